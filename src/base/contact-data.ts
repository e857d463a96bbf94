/**
 * Checks for contact details, shared by the contact card and the case form,
 * and by the playground's receiver in Node (no DOM here).
 */
import { characterCount, withoutInvisibles } from './text.js';

/**
 * A `tel:` target for a phone number as people write it in the Netherlands:
 * `06 12 056 691`, `06-12056691`, `+31 6 1205 6691`, `0031 (0)6 …`,
 * `(020) 123 45 67`, `0800-1234`, or a foreign `+32 …`. Municipal 14-numbers
 * (`14 020`) only work inside the Netherlands, so they stay national.
 * Returns `undefined` when the text is not a phone number.
 */
export function phoneHref(input: string | null | undefined): string | undefined {
  // Dashes as word processors and CMS editors write them (en dash, non-breaking hyphen, minus) are dashes.
  // A number copied from a phone app comes wrapped in invisible bidi marks: they are not part of it.
  let text = input ? withoutInvisibles(input).trim().replace(/[\u2010-\u2015\u2212]/g, '-') : undefined;
  // No number with an extension is this long; and the pattern below, unanchored at its start, takes
  // time cubic in the length of a long run of spaces (a 2,000-character attribute took seconds).
  if (text && text.length > 80) return undefined;
  // An extension ("toestel 123", "ext. 12", "x12", "#12") is dialled after the number: RFC 3966 ";ext=",
  // which a tel: link copied from a page (a card's own) carries.
  const extension = text && /\s*(?:[,;]\s*)?\(?(?:toestelnummer|toestel|tst\.?|ext\.?|extension|x|#)\s*[:=]?\s*(\d{1,6})\)?$/i.exec(text);
  if (extension) text = text!.slice(0, extension.index);
  const href = number(text);
  return href && extension ? `${href};ext=${extension[1]}` : href;
}

function number(text: string | undefined): string | undefined {
  if (!text || text.length > 40 || !/^[+\d\s().\-/]+$/.test(text)) return undefined;
  // "+31 (0)6": the bracketed trunk zero is dropped after a country code, and dialled without one ("(0)20 …").
  const international = /^[\s(]*(?:\+|00)/.test(text);
  let digits = text.replace(/\(0\)/g, international ? '' : '0').replace(/[^\d+]/g, '');
  if (digits.indexOf('+') > 0 || digits.split('+').length > 2) return undefined;
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  // A municipality's 14 + area code, and the government's own 1400: short numbers, dialled as they are.
  if (/^14(00|\d{3,4})$/.test(digits)) return `tel:${digits}`;
  if (digits.startsWith('+')) {
    // "+31 06 …", as often written: the trunk zero kept after the country code is not dialled.
    if (digits.startsWith('+31')) return dutch(digits.slice(3).replace(/^0/, ''));
    return /^\+[1-9]\d{7,14}$/.test(digits) ? `tel:${digits}` : undefined;
  }
  return digits.startsWith('0') ? dutch(digits.slice(1)) : undefined;
}

/** The national significant number (after +31 or the trunk 0). */
function dutch(number: string): string | undefined {
  // Service numbers 0800/0900/0906/0909 have 4 or 7 more digits; all others 9 digits in total.
  const valid = /^(800|90[069])(\d{4}|\d{7})$/.test(number) || /^[1-9]\d{8}$/.test(number);
  return valid ? `tel:+31${number}` : undefined;
}

/**
 * An address as people have them: dot-separated words before the @ (no `?`, `#` or `%`, which
 * would turn a mailto: link into one with extra headers or another recipient), and a domain of
 * letter-or-digit labels (internationalised too) ending in a top-level domain of letters or
 * its xn-- form. The same pattern as the `email` of schema/casus.schema.json. Without the `i`
 * flag: \p{L} has both cases already, and case-insensitive Unicode classes cost the browser
 * about 10 ms to compile, on the page's first render.
 */
const EMAIL = /^(?=[^@]{1,64}@)[\p{L}\p{M}\p{N}!$&'*+/=^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!$&'*+/=^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?\.)+(?:\p{L}[\p{L}\p{M}]+|[Xx][Nn]--[A-Za-z0-9-]+)$/u;
/**
 * The same pattern for an address of printable ASCII, as nearly all are: compiling the Unicode
 * one still took 10 to 20 ms, the longest single step of a contact card's first render.
 */
const ASCII_EMAIL = /^(?=[^@]{1,64}@)[\w!$&'*+/=^`{|}~-]+(?:\.[\w!$&'*+/=^`{|}~-]+)*@(?:[A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?\.)+(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z\d-]+)$/;

export function isEmail(value: string | null | undefined): value is string {
  // 254 characters at most, as the schema counts them: a letter beyond U+FFFF (𩸽) is one, in two UTF-16 units.
  if (!value || value.length > 508) return false;
  // NFC: an accent pasted as a separate mark (from a PDF, say) is the same letter. Invisible marks
  // from a mail app's copy are not part of the address.
  const address = withoutInvisibles(value).trim().normalize('NFC');
  return characterCount(address) <= 254 && (/^[\x20-\x7e]*$/.test(address) ? ASCII_EMAIL : EMAIL).test(address);
}
