/**
 * The case's fields as the form renders them: each control with its label, hint and error
 * message, wired once, here, for every field (`for`, `aria-describedby`, `aria-invalid`,
 * `aria-required`: said at each field, as the intro says it once; not `required`, with which the
 * browser judges empty fields itself: Chromium's tree calls them invalid, novalidate or not,
 * wherever aria-invalid does not say otherwise), the
 * wording of a field's error, and the hidden trap for bots. The form decides when a field has an
 * error; this shows it.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { own } from '../base/own.js';
import { countText } from './count.js';
import type { CasusFormMessages } from './messages.js';
import { DESCRIPTION_LIMIT, FORMATS, sentLength, THEMES, type Field, type Problem } from './payload.js';
import { HONEYPOT } from './spam.js';

/** Each field's error: our own check's problem (worded at render, in the current language) or the server's words. */
export type FieldErrors = Partial<Record<Field, Problem | { server: string }>>;

/** What the fields show: the wording, the values, the errors, and what the count's live region says. */
export interface FieldsView {
  t: CasusFormMessages;
  values: Record<string, string | boolean>;
  errors: FieldErrors;
  said: string;
  /** The form, once rendered: what its fields show now. */
  form?: HTMLFormElement | null;
}

/** A field's error message in the current language, or undefined. (The server's, else ours: a refusal without words gets "check this field".) */
export function errorText(t: CasusFormMessages, errors: FieldErrors, field: Field): string | undefined {
  const error = errors[field];
  return typeof error === 'object' ? error.server || t.checkField(field) : error && t.problem(field, error);
}

/**
 * The trap for bots (see spam.ts): out of sight (in a 1 px box where it is: moved far to one side,
 * a right-to-left page could scroll to it), out of the tab order and of the accessibility tree.
 */
export const honeypotField = html`<div class="visually-hidden" aria-hidden="true">
  <label for=${HONEYPOT}>Website</label>
  <input id=${HONEYPOT} name=${HONEYPOT} type="text" tabindex="-1" autocomplete="off" />
</div>`;

/** The ten fields, in form order. */
export const caseFields = (v: FieldsView): TemplateResult => html`${textField(v, 'name', { autocomplete: 'name' })}
  ${textField(v, 'organisation', { autocomplete: 'organization' })}
  ${textField(v, 'role', { autocomplete: 'organization-title' })}
  ${textField(v, 'email', { type: 'email', autocomplete: 'email', spellcheck: 'false' })}
  ${textField(v, 'phone', { type: 'tel', autocomplete: 'tel', optional: true })}
  ${textField(v, 'title', { autocomplete: 'off' })}
  ${descriptionField(v)}
  ${themeField(v)}
  ${formatField(v)}
  ${consentField(v)}`;

/** Label, hint, error message (above the control) and control, wired together. */
function wired(v: FieldsView, field: Field, control: (describedBy: string) => TemplateResult, optional = false, hint?: string | TemplateResult): TemplateResult {
  const t = v.t;
  const error = errorText(v.t, v.errors, field);
  const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
  return html`<div part="field" class=${error ? 'field field--error' : 'field'}>
    <label for=${field}>${t.labels[field]}${optional ? html`<span class="optional">${` ${t.optional}`}</span>` : nothing}</label>
    ${hint ? html`<div class="hint" id=${`${field}-hint`}>${hint}</div>` : nothing}
    ${error ? html`<p part="error-message" class="error" id=${`${field}-error`}>${error}</p>` : nothing}
    ${control(describedBy)}
  </div>`;
}

/**
 * A text field's value, written only where the field shows something else: Chromium's e-mail field
 * gives a domain in its ASCII form (ĳsselmonde.nl as ijsselmonde.nl, CAFÉ.NL as xn--caf-dma.nl), and
 * that value set back mid-word put the caret at the start, so the rest of the address landed before it.
 * (Written here, not left to Lit: Lit sets a value that differs from the one it set last, which the field
 * may show already; `live()` would cost the bundle 0.4 kB.)
 */
function shown(v: FieldsView, field: Field): string {
  const value = String(v.values[field] ?? '');
  const control = v.form?.elements.namedItem(field) as HTMLInputElement | null | undefined;
  if (!control) return value;
  if (control.value !== value) control.value = value;
  // (Typed as the binding's string for the template checker: Lit leaves the field as it is.)
  return noChange as never;
}

function textField(
  v: FieldsView,
  field: Field,
  options: { type?: 'text' | 'email' | 'tel'; autocomplete: 'name' | 'organization' | 'organization-title' | 'email' | 'tel' | 'off'; spellcheck?: 'true' | 'false'; optional?: boolean },
): TemplateResult {
  return wired(
    v,
    field,
    (describedBy) => html`<input
      id=${field}
      name=${field}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      spellcheck=${options.spellcheck ?? 'true'}
      aria-required=${!options.optional}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${v.errors[field] ? 'true' : 'false'}
      .value=${shown(v, field)}
    />`,
    options.optional,
    own(v.t.hints)[field],
  );
}

function descriptionField(v: FieldsView): TemplateResult {
  const t = v.t;
  const over = sentLength(v.values.description) > DESCRIPTION_LIMIT;
  // One text: Chromium leaves a space between two of Lit's parts out of the accessible description.
  const hint = `${t.hints.description} ${t.limit(DESCRIPTION_LIMIT)}`;
  // The count is no part of the field's description (the hint says the limit): it changes at every
  // key, and Orca read the whole description again at each change. It is said after a pause instead;
  // while the live region holds its words, the shown count is hidden from screen readers (read once).
  const count = countText(t, v.values.description);
  return html`${wired(
      v,
      'description',
      (describedBy) => html`<textarea
        id="description"
        name="description"
        rows="8"
        aria-required="true"
        aria-describedby=${describedBy}
        aria-invalid=${v.errors.description ? 'true' : 'false'}
        .value=${String(v.values.description ?? '')}
      ></textarea>`,
      false,
      hint,
    )}
    <p id="description-count" class=${over ? 'count count--over' : 'count'} aria-hidden=${ifDefined(v.said === count ? 'true' : undefined)}>${count}</p>
    <p class="visually-hidden" aria-live="polite">${v.said}</p>`;
}

function themeField(v: FieldsView): TemplateResult {
  const t = v.t;
  return wired(v, 'theme', (describedBy) => html`<select
    id="theme"
    name="theme"
    aria-required="true"
    aria-describedby=${describedBy || nothing}
    aria-invalid=${v.errors.theme ? 'true' : 'false'}
    .value=${String(v.values.theme ?? '')}
  >
    <option value="" ?selected=${!v.values.theme}>${t.chooseTheme}</option>
    ${THEMES.map((theme) => html`<option value=${theme} ?selected=${v.values.theme === theme}>${t.themes[theme]}</option>`)}
  </select>`);
}

function formatField(v: FieldsView): TemplateResult {
  const t = v.t;
  const error = errorText(v.t, v.errors, 'preferredFormat');
  // Screen readers say 'invalid' of the control that has focus, not of the group around it:
  // each radio carries it, as the other fields' controls do.
  return html`<fieldset part="field" class=${error ? 'field field--error' : 'field'} aria-describedby=${error ? 'preferredFormat-error' : nothing}>
    <legend>${t.labels.preferredFormat}</legend>
    ${error ? html`<p part="error-message" class="error" id="preferredFormat-error">${error}</p>` : nothing}
    ${FORMATS.map(
      (format, index) => html`<div class="choice">
        <input
          type="radio"
          name="preferredFormat"
          id=${index === 0 ? 'preferredFormat' : `preferredFormat-${format}`}
          value=${format}
          aria-invalid=${error ? 'true' : 'false'}
          .checked=${v.values.preferredFormat === format}
        />
        <label for=${index === 0 ? 'preferredFormat' : `preferredFormat-${format}`}>${t.formats[format]}</label>
      </div>`,
    )}
  </fieldset>`;
}

function consentField(v: FieldsView): TemplateResult {
  const t = v.t;
  const error = errorText(v.t, v.errors, 'privacyConsent');
  return html`<div part="field" class=${error ? 'field field--error' : 'field'}>
    ${error ? html`<p part="error-message" class="error" id="privacyConsent-error">${error}</p>` : nothing}
    <div class="choice">
      <input
        type="checkbox"
        id="privacyConsent"
        name="privacyConsent"
        aria-required="true"
        aria-describedby=${error ? 'privacyConsent-error' : nothing}
        aria-invalid=${error ? 'true' : 'false'}
        .checked=${v.values.privacyConsent === true}
      />
      <label for="privacyConsent">${t.consentLabel}</label>
    </div>
  </div>`;
}
