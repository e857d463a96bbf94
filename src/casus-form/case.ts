/**
 * What makes two submissions the same case, and the server's own words for a refusal: pure
 * functions over payloads and answers, used by the form's sending and its messages.
 */
import { FIELDS, type CasusPayload, type Field } from './payload.js';
import type { ServerFieldError } from './send.js';
import { HONEYPOT } from './spam.js';

/** A payload as JSON without its language: what makes two submissions the same case. */
export function caseOf(json: string): string {
  // Also blind to key order and to an empty phone left out, as version 0.1 wrote a payload, and to
  // accents sent decomposed, as before NFC: a draft's case unanswered then is this case, not an edit of it.
  // (Always JSON of an object: ours, or a draft's record that loadDraft checked.)
  const { locale: _language, phone = '', ...rest } = JSON.parse(json) as CasusPayload;
  const values = { ...rest, phone };
  return JSON.stringify(values, Object.keys(values).sort()).normalize();
}

/** The server's own words for a refusal: its `detail`, and its errors for fields the form does not have. */
export function serverWords(detail: string | undefined, errors: readonly ServerFieldError[]): string {
  // (A receiver may have put those errors in its detail already: each is said once.)
  // (Not the hidden trap's: the person cannot see that field, let alone correct it.)
  const others = errors.filter((error) => !FIELDS.includes(error.field as Field) && error.field !== HONEYPOT && !detail?.includes(error.detail)).map((error) => error.detail);
  return [detail, ...others]
    .map((text) => text?.trim())
    .filter(Boolean)
    .join(' ');
}
