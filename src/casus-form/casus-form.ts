// These imports place the modules in the element's bundle, in the order that gave it the smallest
// gzip size (each line tried in each place: 63 B less than sheets, messages, then the rest; gzip finds
// a repeat only within the last 32 KB). Worth searching again as the modules grow: see src/index.ts.
import { buttonStyles } from '../styles/buttons.js';
import { html, nothing, type PropertyValues } from 'lit';
import { baseStyles } from '../styles/tokens.js';
import { casusFormStyles } from './styles.js';
import { own } from '../base/own.js';
import { checkField, checkPayload, FIELDS, toPayload, type CasusPayload, type Field } from './payload.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';
import { formatDateTime } from '../i18n/format.js';
import { countText } from './count.js';
import { type CasusFormMessages, casusFormMessages } from './messages.js';
import { define } from '../base/define.js';
import { checkedWebUrl } from '../base/url.js';
import { HONEYPOT, looksAutomated } from './spam.js';
import { CcvElement } from '../base/ccv-element.js';
import { focusInView, NO_SCROLL, TO_TOP } from '../base/focus.js';
import { warnOnce } from '../base/warn.js';
import { caseOf, serverWords } from './case.js';
import { warnWithoutPrivacyUrl } from './privacy-warning.js';
import { canStore, DRAFT_MAX_AGE_DAYS, hasTyped, type Sent } from './draft.js';
import { afterPress } from './press.js';
import { announcer } from '../base/announcer.js';
import { sender, type Failure } from './sender.js';
import { draftKeeper } from './draft-keeper.js';
import { caseFields, errorText, honeypotField, type FieldErrors } from './fields.js';
import { heading, headingLevel } from '../base/heading.js';
import { serverText, type ServerFieldError } from './send.js';

export interface CasusSubmitDetail {
  payload: CasusPayload;
  idempotencyKey: string;
}
export interface CasusSuccessDetail {
  /** Absent when the receiver's 2xx gave none (202, 204, a 200 without a body), or `complete()` had none. */
  reference?: string;
  payload: CasusPayload;
}
export interface CasusErrorDetail {
  /**
   * `invalid`: the server refused the case (`errors`: its field errors, `reason`: its `detail`);
   * `failed`: no good answer after every retry, or the host's `fail()`; `configuration`: nowhere to send.
   * `errors` is always an array (empty but for `invalid`), so a listener can read it whatever the kind.
   */
  kind: 'invalid' | 'failed' | 'configuration';
  reason?: string;
  errors: ServerFieldError[];
}

type Status = 'editing' | 'sending' | 'failed' | 'success';
type Values = Record<string, string | boolean>;

/** Shown in the privacy text: how long the CCV keeps a case after discussing it. */
const RETENTION_DAYS = 365;

/**
 * A form in which a municipal professional submits a case for discussion.
 * It follows the NL Design System form guidelines, sends exactly once
 * (Idempotency-Key, retries with backoff), and never loses what was typed:
 * a draft is kept in the browser until the case is received.
 *
 * @summary Submit a case for discussion in the leerkring; nothing typed is ever lost.
 * @tag ccv-casus-form
 *
 * @event {CustomEvent<CasusSubmitDetail>} ccv-casus-submit - Before sending. Cancelable: call `preventDefault()` to send `detail.payload` yourself (then call `complete(reference, idempotencyKey)`, or `fail(message, idempotencyKey)`; the key is optional, and makes a late answer to an earlier attempt ignored). `detail: { payload, idempotencyKey }`.
 * @event {CustomEvent<CasusSuccessDetail>} ccv-casus-success - The case was received. `detail: { reference, payload }`; `reference` is undefined when the receiver gave none (a 202, 204, or 200 without a body).
 * @event {CustomEvent<CasusErrorDetail>} ccv-casus-error - Sending failed or the server refused fields. `detail: { kind, reason, errors }`.
 *
 * @csspart form - The form.
 * @csspart error-summary - The summary of problems above the form.
 * @csspart field - Each field's wrapper.
 * @csspart error-message - An inline error message.
 * @csspart draft-notice - The "restored what you typed" notice.
 * @csspart submit-button - The submit button.
 * @csspart status - Sending and failure messages.
 * @csspart confirmation - The confirmation after success.
 * @cssproperty --ccv-surface-color - Background of secondary buttons on hover.
 * @cssproperty --ccv-button-background-color - Primary buttons (--nl-button-primary-background-color, --utrecht-button-primary-action-background-color).
 * @cssproperty --ccv-button-color - Primary button text (--nl-button-primary-color, --utrecht-button-primary-action-color).
 * @cssproperty --ccv-button-hover-background-color - Primary buttons on hover (--nl-button-primary-hover-background-color, --utrecht-button-primary-action-hover-background-color).
 * @cssproperty --ccv-button-border-radius - Button corners (--nl-button-border-radius, --utrecht-button-border-radius).
 */
export class CcvCasusForm extends CcvElement<'casus-form'> {
  static override get properties() {
    return {
      endpoint: {},
      privacyUrl: { attribute: 'privacy-url' },
      headingLevel: { type: Number, attribute: 'heading-level' },
      noDraft: { type: Boolean, attribute: 'no-draft' },
      values: { state: true },
      errors: { state: true },
      showSummary: { state: true },
      status: { state: true },
      reference: { state: true },
      restoredAt: { state: true },
      configurationError: { state: true },
      announcement: { state: true },
      serverMessage: { state: true },
      summaryNote: { state: true },
      held: { state: true },
      unsentEdits: { state: true },
      storageRefused: { state: true },
      discarded: { state: true },
    };
  }

  static override styles = [baseStyles, visuallyHiddenStyles, buttonStyles, casusFormStyles];
  /** Timing of sending; tests shorten it. */
  static timing = { timeoutMs: 15_000, retryDelaysMs: [1000, 2000, 4000] as readonly number[] };

  protected readonly catalogue = { namespace: 'casus-form' as const, translations: casusFormMessages };

  /** Where cases are posted (JSON). Without it, `<ccv-config casus-endpoint>`, else the host sends. */
  endpoint?: string | undefined;

  /** The privacy statement; else `<ccv-config privacy-url>`. */
  privacyUrl?: string | undefined;

  /** Level of the headings of the summary and confirmation (2–6, default 2). */
  headingLevel = 2;

  /** Keep no draft in this browser (for shared computers). */
  noDraft = false;

  private values: Values = { preferredFormat: 'none', privacyConsent: false };
  /** Each field's error: our own check's (worded at render, in the current language) or the server's words. */
  private errors: FieldErrors = {};
  private showSummary = false;
  private status: Status = 'editing';
  private reference?: string;
  private restoredAt?: Date;
  private configurationError = false;
  private announcement = '';
  /** A refusal from the server that names no field of ours. */
  private serverMessage?: string;
  /** What the server said beside its errors for our fields (for fields we do not have). */
  private summaryNote?: string;
  /** The last submit looked automated and was not sent: the person is asked to send it again. */
  private held = false;
  /** The confirmation is for an earlier version: what was changed after it went is still here. */
  private unsentEdits = false;
  /**
   * The browser refused to keep the draft: the person is told once. Storage out of reach altogether (a
   * sandboxed preview, site data blocked) is said from the start, not at the first save, so the form
   * never promises to keep what is typed. (Not announced: nothing changed.)
   */
  private storageRefused = !canStore();
  /**
   * A restored case just discarded, with its send record and notice: "undo" puts it back, until the
   * person types anew (then undo would overwrite that) or sends. No time limit (WCAG 2.2.1).
   */
  private discarded?: { values: Values; sent: Sent | undefined; restoredAt?: Date };

  get #form(): HTMLFormElement | null | undefined {
    return this.renderRoot?.querySelector('form');
  }

  readonly #changed = new Set<Field>();
  /**
   * When the form appeared, and when this person first typed in it: bots fill and submit faster
   * than anyone can. The first keystroke is the later, so it counts where there was one; a script
   * that sets the values without a keystroke is timed from when the form appeared.
   */
  private shownAt?: number;
  private startedAt?: number;
  /**
   * A press of this case passed the checks: a person's. One that sent nothing (nowhere to send) or did
   * not arrive is answered with another, perhaps just after a first keystroke: that one is not timed again.
   */
  #passed = false;
  readonly #draft = draftKeeper(this, {
    // Nothing while the confirmation shows: a save then would store again the case that arrived.
    draft: () => (this.status === 'success' ? undefined : { values: this.values, sent: this.#sender.record() }),
    stored: (kept) => {
      // Refused: said once, also to a screen reader (the notice shows above the form, away from the typing).
      if (!kept && !this.storageRefused) this.announcement = this.t.noDraftStorage;
      this.storageRefused = !kept;
    },
    unseen: () => this.#readFields() && hasTyped(this.values),
    sentElsewhere: (sent) => this.#sender.sentElsewhere(sent),
  });
  readonly #sender = sender(this, {
    body: () => JSON.stringify(toPayload(this.values, this.currentLanguage)),
    endpoint: () => this.setting('casusEndpoint', this.endpoint),
    options: () => ({ ...(this.constructor as typeof CcvCasusForm).timing, language: this.currentLanguage }),
    save: () => this.#draft.save(),
    sending: (now) => {
      this.announcement = now ? this.t.sending : '';
      if (now) {
        this.status = 'sending';
        this.configurationError = false;
      }
    },
    received: (reference, payload, sent) => {
      this.#draft.arrived(sent);
      this.#received(reference, payload);
    },
    arrival: (body) => this.#draft.arrival(body),
    failed: (failure) => this.#failed(failure),
    online: () => this.#onOnline(),
  });
  /** The description's count, said politely a second after typing pauses (as GOV.UK's). */
  readonly #count = announcer(this, 1000);
  #focusAfterRender?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = this.#draft.restore();
    if (draft) {
      this.values = { ...this.values, ...draft.values };
      this.restoredAt = draft.savedAt;
      // Sent before the reload and perhaps received: the same case goes again under the same key.
      this.#sender.restore(draft.sent);
    }
  }

  protected override firstUpdated(): void {
    this.shownAt = performance.now();
    warnWithoutPrivacyUrl(this, () => !!this.setting('privacyUrl', this.privacyUrl)?.trim());
  }

  /**
   * The connection is back after a send that got no answer: the same case goes again under its key,
   * once, as a press would send it. Not one changed since: that is the person's to send.
   */
  #onOnline(): void {
    // (Rendered again: the message that promised this says "try again shortly" if nothing goes.)
    this.#readFields();
    if (this.status !== 'failed') return;
    // The focused failure message goes while the case is on its way: focus waits on the button, not on <body>.
    if (this.renderRoot.querySelector('[part=status]:focus')) this.#focusAfterRender = '[part=submit-button]';
    void this.#sender.send(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('noDraft')) this.#draft.noDraftChanged();
    // The outcome of a send (with its retries, up to a minute; or one that went by itself): the person
    // who went on elsewhere on the page (typing in the site's search box) is not pulled back, and hears
    // it in the status instead.
    const active = document.activeElement;
    if (this.#focusAfterRender && active && active !== document.body && !this.matches(':focus-within')) {
      const t = this.t;
      const errors = own(this.errors);
      // (A refusal says what to put right, as the summary would: its heading alone says nothing.)
      this.announcement =
        this.status === 'success'
          ? `${t.confirmationHeading}. ${t.confirmation(this.reference)}`
          : this.showSummary
            ? [t.summaryHeading, ...FIELDS.map((field) => errorText(t, errors, field)), this.summaryNote].filter(Boolean).join('. ')
            : this.#statusText();
      this.#focusAfterRender = undefined;
    }
  }

  protected override updated(): void {
    if (!this.#focusAfterRender) return;
    focusInView(this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender));
    this.#focusAfterRender = undefined;
  }

  /**
   * For hosts that send the case themselves: show the confirmation. With the event's
   * `idempotencyKey`, a late answer to an earlier attempt (one the host gave up on with `fail()`)
   * is ignored instead of confirming the case handed over since.
   */
  complete(reference?: string, idempotencyKey?: string): void {
    this.#sender.complete(reference, idempotencyKey);
  }

  /** For hosts that send the case themselves: sending failed; everything typed stays. `idempotencyKey` as for complete(). */
  fail(message?: string, idempotencyKey?: string): void {
    this.#sender.fail(message, idempotencyKey);
  }

  #onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    const field = control.name as Field;
    if (!FIELDS.includes(field)) return;
    // Every field, not only this one: what a password manager filled without an event is kept in the draft too.
    this.#readFields();
    // Changed, the case is the person's to send, not the connection's: the message stops promising it
    // (quietly: it is no live region, and focus stays in the field).
    this.#sender.edited();
    // A new case begun: putting the discarded one back would overwrite it.
    this.discarded = undefined;
    this.#changed.add(field);
    this.startedAt ??= performance.now();
    // (Typing only: the change event when the field is left would say the same count again. Nor while
    // a word is being composed with an input method: said over its candidates, of a text not yet written.)
    if (field === 'description' && event.type === 'input') {
      if ((event as InputEvent).isComposing) this.#count.stop();
      else this.#sayCount();
    }
    this.#draft.schedule();
  }

  /** A composed word is written (Chromium's last input event of it came before, while composing). */
  #onComposed(event: CompositionEvent): void {
    if ((event.target as HTMLTextAreaElement).name === 'description') this.#sayCount();
  }

  /** Says the description's count once typing pauses (counted then). */
  #sayCount(): void {
    this.#count.later(() => countText(this.t, this.values.description));
  }

  /** Checked when the field loses focus after a change; never while typing. */
  #onBlur(event: FocusEvent): void {
    const target = event.target as HTMLInputElement;
    const field = target.name as Field;
    if (!FIELDS.includes(field) || !this.#changed.has(field)) return;
    if (field === 'preferredFormat' && this.renderRoot.querySelector('fieldset')?.contains(event.relatedTarget as Node)) return;
    this.#changed.delete(field);
    const check = () => {
      const errors = { ...this.errors };
      const problem = checkField(field, this.values[field]);
      if (problem) errors[field] = problem;
      else delete errors[field];
      this.errors = errors;
      // The message comes above a field the person has left: a screen reader, at the next one, would
      // not meet it. The status says it (again after each change).
      // (Not where focus stayed, the window left: back there, the field's own description says it.)
      const said = errorText(this.t, this.errors, field) ?? '';
      if (this.status === 'sending' || target === this.shadowRoot?.activeElement) return;
      this.#say(said);
      // A count still to be said would say it again (a description left too long).
      if (said) this.#count.stop();
    };
    // A message that comes or goes moves everything below it: checked after a press (see press.ts).
    this.#press.run(check);
  }

  readonly #press = afterPress();

  protected override languageChanged(): void {
    this.#count.unsay();
    // The sending line is also what a sighted visitor sees while the case is on its way: it stays, reworded.
    this.announcement = this.status === 'sending' ? this.t.sending : '';
  }

  #discardDraft(): void {
    // (A field's check held by this press would mark the emptied form.)
    this.#press.drop();
    // What the fields show, also what an extension filled without an input event: all of it is
    // emptied below (a value the state never held Lit would leave), and all of it comes back on undo.
    this.#readFields();
    // …and rendered once with them: Lit writes a control only when its value changes from what it
    // last wrote, and a value an extension filled was never written, so emptying it would not reach it.
    this.performUpdate();
    this.discarded = { values: this.values, sent: this.#sender.record(), restoredAt: this.restoredAt };
    this.#draft.clear();
    // The discarded case's key goes with it: a new case is a new submission, also in the draft.
    this.#sender.restore(undefined);
    this.values = { preferredFormat: 'none', privacyConsent: false };
    this.errors = {};
    this.showSummary = false;
    this.held = false;
    // A new case: no word about the last one's send ("what you entered is still here"), and no "send again".
    if (this.status === 'failed') this.status = 'editing';
    this.serverMessage = undefined;
    this.configurationError = false;
    this.restoredAt = undefined;
    // Focus on the notice's button, which now undoes (where it was, for a keyboard); the notice, a status, says what happened.
    this.#focusAfterRender = '[part=draft-notice] button';
  }

  #undoDiscard(): void {
    const { values, sent, restoredAt } = this.discarded!;
    this.discarded = undefined;
    this.values = values;
    this.#sender.restore(sent);
    this.restoredAt = restoredAt;
    this.#draft.save();
    this.#focusAfterRender = '[part=draft-notice] button';
  }

  /**
   * What the fields show now. Input events keep the state up to date as people type, but a
   * password manager or browser extension may fill a field without one: what is sent must be
   * what the person sees. Says whether any differed from what the form held.
   */
  #readFields(): boolean {
    const form = this.#form;
    if (!form) return false;
    const values: Values = { ...this.values };
    let differs = false;
    for (const field of FIELDS) {
      const control = form.elements.namedItem(field) as HTMLInputElement | RadioNodeList | null;
      if (!control) continue;
      const value = 'type' in control && control.type === 'checkbox' ? control.checked : control.value;
      // (A text field never typed in holds undefined and shows '': no difference. The others have defaults.)
      differs ||= value !== (values[field] ?? '');
      values[field] = value;
    }
    this.values = values;
    return differs;
  }

  /** Says `text` in the status, also when it says that already: an unchanged text is not read again, so every other time it ends in a no-break space. */
  #say(text: string): void {
    this.announcement = text && this.announcement === text ? `${text}\u00a0` : text;
  }

  /**
   * A press of the submit button, which sends: its click (Enter in a field presses it too), its default
   * (the form's submission) cancelled. A page framed in a sandbox without allow-forms submits no form
   * and fires no submit event, so a form that waited for one would do nothing there. The form's own
   * submit event (a script's requestSubmit()) sends too; a press cancelled the submission, so never both.
   */
  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.#press.drop();
    if (this.status === 'sending') {
      this.#say(this.t.busy); // (at every press)
      return;
    }
    // A count still to be said would talk over the summary or the status that comes now.
    this.#count.stop();
    // Pressed: this is the attempt that counts (one held back as automated is not sent once online).
    this.#sender.pressed();
    // (Kept also when the case is not complete yet: values filled without an event were in no draft.
    // An empty form pressed at once leaves no record of nothing, nor do contact details kept from the last case.)
    if (this.#draft.unsaved()) this.#draft.schedule();
    this.discarded = undefined;
    // Held back last time and asked to send again: this press is a person's answer to that.
    const askedAgain = this.held;
    this.held = false;
    const errors = checkPayload(this.values);
    this.errors = errors;
    this.summaryNote = undefined;
    this.#changed.clear();
    if (Object.keys(errors).length) {
      this.showSummary = true;
      this.#focusAfterRender = '[part=error-summary]';
      return;
    }
    this.showSummary = false;
    // Anti-spam without CAPTCHA: a filled honeypot, or a complete case sent faster than anyone
    // can write one, is a bot. (Checked after the fields: a person who submits too early is
    // shown what is missing, never a confirmation.)
    const trap = this.#form?.querySelector<HTMLInputElement>(`[name=${HONEYPOT}]`);
    const honeypot = trap?.value;
    // A restored draft was typed on an earlier visit: no minimum time then. Nor once the person
    // was asked to send again: whoever read that and pressed again is a person, however quick (so is
    // whoever pressed past this before).
    if (looksAutomated(honeypot, this.restoredAt || askedAgain || this.#passed ? undefined : (this.startedAt ?? this.shownAt ?? 0))) {
      warnOnce('<ccv-casus-form>: a submission that looked automated was held back: nothing was sent.');
      // Nothing sent and nothing confirmed: a person who was that fast (autofill and a pasted
      // text) is asked to send again, which then goes. A password manager may have filled the
      // trap: it is emptied. (A bot rarely submits twice, and the receiver refuses a filled trap too.)
      this.#draft.save();
      if (trap) trap.value = '';
      this.held = true;
      this.#focusAfterRender = '[part=status]';
      return;
    }
    this.#passed = true;
    await this.#sender.send();
  }

  /** What did not go or did not arrive, shown: the fields the receiver refused, else what happened, and focus on it. */
  #failed(failure: Failure): void {
    this.#focusAfterRender = '[part=status]';
    if (failure.kind === 'configuration') {
      this.configurationError = true;
      this.status = 'editing';
      return;
    }
    this.status = 'failed';
    if (failure.kind === 'host') {
      this.serverMessage = serverText(failure.message) || undefined;
      return;
    }
    if (failure.kind === 'invalid') {
      const errors: typeof this.errors = {};
      for (const error of failure.errors) if (FIELDS.includes(error.field as Field)) errors[error.field as Field] = { server: error.detail };
      if (Object.keys(errors).length) {
        this.errors = errors;
        // Errors for fields the form does not have still reach the person, in the summary.
        this.summaryNote = serverWords(undefined, failure.errors) || undefined;
        this.status = 'editing';
        this.showSummary = true;
        this.#focusAfterRender = '[part=error-summary]';
        return;
      }
      // Refused, but not for a field we have: say what the server said, never "check the marked fields".
      // Refused for the hidden trap (a password manager filled it): the server's words would speak of
      // a field nobody sees, so ours are said, and the case is still here to send again.
      const trapped = failure.errors.some((error) => error.field === HONEYPOT);
      this.serverMessage = (!trapped && serverWords(failure.detail, failure.errors)) || this.t.serverProblem;
      return;
    }
    // A refusal that names no field (404, 413, …) will not go away by waiting: say so, in the server's words where it gave some.
    // (A 409's detail speaks of keys, not of the case: ours says what happened and what sending again does.)
    this.serverMessage = failure.conflict ? this.t.keyConflict : failure.refused ? failure.detail || this.t.serverProblem : undefined;
  }

  /** The case arrived (the sender has spent its key): the confirmation, and the draft kept only for what was not sent. */
  #received(reference: string | undefined, payload: CasusPayload): void {
    // The same case, however its payload was written (a restored one may come from an older version).
    const sent = caseOf(JSON.stringify(payload));
    const holdsCase = (values: Values) => caseOf(JSON.stringify(toPayload(values, payload.locale))) === sent;
    // Typed while it was being sent: that was not sent, so the draft keeps it.
    // (Emptied meanwhile with the discard button: nothing to keep.)
    const editedMeanwhile = !holdsCase(this.values) && hasTyped(this.values);
    // Discarded while it went: what arrived is not offered back (sent again, it would be filed
    // twice); edits typed before the discard are, as a new case.
    const gone = this.discarded;
    if (gone) this.discarded = holdsCase(gone.values) ? undefined : { ...gone, sent: undefined };
    if (this.isConnected && editedMeanwhile) this.#draft.save();
    else {
      // The draft is cleared only while it still holds exactly the case that arrived: taken off
      // the page while sending (a single-page app moved on), the form that came in its place may
      // have restored this case and typed on; and the same page in another tab may hold another.
      // (Or, on the page, saved by this form last: a change made while it went and undone since.)
      this.#draft.clear((stored, own) => holdsCase(stored.values) || (this.isConnected && own));
    }
    // (Also taken off the page meanwhile: put back, as an app's cached view is, it says so, and keeps them.)
    this.unsentEdits = editedMeanwhile;
    this.status = 'success';
    this.reference = reference;
    this.#focusAfterRender = '[part=confirmation]';
  }

  #startOver(): void {
    // A new case. Changes that were not sent stay in the form (and their draft) to be sent as one.
    if (!this.unsentEdits) {
      this.#draft.clear();
      // The same person files the next one: their contact details stay (WCAG 3.3.7), the case starts
      // empty, and consent is asked again. Only in the fields: stored once something is typed (see draft-keeper.ts).
      const { name, organisation, role, email, phone } = this.values;
      this.values = { name, organisation, role, email, phone, preferredFormat: 'none', privacyConsent: false };
      // A new case appears: timed afresh. (Changes kept from the last case were typed while it went.)
      this.shownAt = performance.now();
    }
    this.unsentEdits = false;
    this.errors = {};
    // Nothing of the last case is left for a screen reader to find in the status regions.
    this.#count.unsay();
    this.announcement = '';
    this.restoredAt = undefined;
    this.status = 'editing';
    this.startedAt = undefined;
    this.#passed = false;
    this.#focusAfterRender = '[name=name]';
  }

  /** The summary link focuses its field and brings the field's label into view. */
  #focusField(event: Event, field: Field): void {
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`[name=${field}]`);
    control?.focus(NO_SCROLL);
    // The field from its top: its label and its message (above the consent box, whose label is beside it).
    control?.closest('[part=field]')?.scrollIntoView(TO_TOP);
  }

  /**
   * The sending status stands after the form, not in it: screen readers may hold back changes
   * inside an aria-busy region. It shows too, so a sighted visitor sees that sending (with its
   * retries, up to a minute) goes on. It stays the same element when the confirmation replaces the
   * form, so that what it says then is heard; after sending, only heard (the outcome shows itself).
   */
  protected override render() {
    return html`${this.#view()}<p lang=${this.currentLanguage} class="sending ${this.status === 'sending' ? '' : 'visually-hidden'}" role="status">${this.announcement}</p>`;
  }

  #view() {
    const t = this.t;
    const lang = this.currentLanguage;
    const level = headingLevel(this);
    if (this.status === 'success') {
      // It takes focus, and a screen reader says of it its name and description, not its text: Orca
      // said nothing of a plain box. (Named by its words, not by aria-labelledby: Orca, which had been
      // put on the heading as the form went, left out a name it had taken for the heading's, just said.)
      return html`<section lang=${lang} part="confirmation" class="confirmation" tabindex="-1" aria-label=${t.confirmationHeading} aria-describedby="confirmation-text${this.unsentEdits ? ' unsent-edits' : ''}">
        ${heading(level, t.confirmationHeading)}
        <p id="confirmation-text">${t.confirmation(this.reference)}</p>
        ${this.unsentEdits ? html`<p id="unsent-edits">${t.unsentEdits}</p>` : nothing}
        <button class="button button--secondary" type="button" @click=${this.on(this.#startOver)}>${t.newCase}</button>
      </section>`;
    }
    const privacy = checkedWebUrl(this.setting('privacyUrl', this.privacyUrl), 'privacy-url');
    const unkept = this.noDraft || this.storageRefused;
    // (Own fields only, here and in the fields: a page's library may have put a `name` on Object.prototype, see own.ts.)
    const errors = own(this.errors);
    const errorFields = FIELDS.filter((field) => errors[field]);
    // (A press anywhere here, not only in the form: a summary link or the notice's button moves too when a message comes or goes.)
    return html`<div lang=${lang} @pointerdown=${this.on(this.#press.press)}>
      ${this.showSummary && errorFields.length
        ? html`<section part="error-summary" class="summary" tabindex="-1" aria-labelledby="summary-heading">
            ${heading(level, t.summaryHeading, { id: 'summary-heading' })}
            <ul>
              ${errorFields.map((field) => html`<li><a href=${`#${field}`} @click=${this.on((e: Event) => this.#focusField(e, field))}>${errorText(t, errors, field)}</a></li>`)}
              ${this.summaryNote ? html`<li>${this.summaryNote}</li>` : nothing}
            </ul>
          </section>`
        : nothing}
      ${this.restoredAt || this.discarded
        ? // One button, its words and action swapped: the focus stays where the person pressed.
          html`<div part="draft-notice" class="notice" role="status">
            <p>${this.discarded ? t.draftDiscarded : t.draftRestored(formatDateTime(this.restoredAt!, lang))}</p>
            <button class="button button--secondary" type="button" @click=${this.on(this.discarded ? this.#undoDiscard : this.#discardDraft)}>
              ${this.discarded ? t.undoDiscard : t.discardDraft}
            </button>
          </div>`
        : nothing}
      ${this.storageRefused && !this.noDraft ? html`<p part="draft-notice" class="notice">${t.noDraftStorage}</p>` : nothing}
      <form part="form" novalidate aria-busy=${this.status === 'sending' ? 'true' : 'false'} @submit=${this.on(this.#onSubmit)} @input=${this.on(this.#onInput)} @change=${this.on(this.#onInput)} @focusout=${this.on(this.#onBlur)} @compositionend=${this.on(this.#onComposed)}>
        <p>${t.intro}</p>
        ${caseFields({ t, values: own(this.values), errors, said: this.#count.text, form: this.#form })}
        ${honeypotField}
        <p class="privacy">
          ${t.privacy(RETENTION_DAYS)} ${unkept ? nothing : t.draftKept(DRAFT_MAX_AGE_DAYS)}
          ${privacy
            ? // Where this browser keeps nothing typed, reading the statement must not lose the case.
              html`<a href=${privacy} target=${unkept ? '_blank' : nothing}>${t.privacyLink}${unkept ? ` ${t.newTab}` : ''}</a>`
            : nothing}
        </p>
        ${this.configurationError || this.status === 'failed' || this.held
          ? // It takes focus, and is read as its name: an alert as well would be read twice.
            html`<div part="status" class=${this.held ? 'notice' : 'notice notice--error'} role="group" aria-labelledby="status-message" tabindex="-1">
              <p id="status-message">${this.#statusText()}</p>
            </div>`
          : nothing}
        <button part="submit-button" class="button" type="submit" @click=${this.on(this.#onSubmit)}>${this.status === 'failed' ? t.retry : t.submit}</button>
      </form>
    </div>`;
  }

  #statusText(): string {
    const t = this.t;
    return this.held ? t.checkAgain : this.configurationError ? t.noEndpoint : (this.serverMessage ?? (this.#sender.offline && !navigator.onLine ? t.offline : t.failed));
  }
}

define('ccv-casus-form', CcvCasusForm);

declare global {
  /** This element's wording, for registerMessages() and the messages property. */
  interface CcvMessageCatalogue {
    'casus-form': CasusFormMessages;
  }
  interface HTMLElementTagNameMap {
    'ccv-casus-form': CcvCasusForm;
  }
  interface GlobalEventHandlersEventMap {
    'ccv-casus-submit': CustomEvent<CasusSubmitDetail>;
    'ccv-casus-success': CustomEvent<CasusSuccessDetail>;
    'ccv-casus-error': CustomEvent<CasusErrorDetail>;
  }
}
