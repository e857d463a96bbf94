/**
 * Checking and linking contact details: Dutch phone numbers in any common
 * notation to E.164 `tel:` links, e-mail addresses, and the vCard 4.0
 * (RFC 6350) "save contact" file. Pure functions.
 */
import { contentLines, escapeText } from '../base/content-line.js';

/**
 * A `tel:` target for a phone number as people write it in the Netherlands:
 * `06 12 056 691`, `06-12056691`, `+31 6 1205 6691`, `0031 (0)6 …`,
 * `(020) 123 45 67`, `0800-1234`, or a foreign `+32 …`. Municipal 14-numbers
 * (`14 020`) only work inside the Netherlands, so they stay national.
 * Returns `undefined` when the text is not a phone number.
 */
export function phoneHref(input: string | null | undefined): string | undefined {
  const text = input?.trim();
  if (!text || text.length > 40 || !/^[+\d\s().\-/]+$/.test(text)) return undefined;
  // "+31 (0)6": the bracketed trunk zero is dropped after a country code.
  let digits = text.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.indexOf('+') > 0 || digits.split('+').length > 2) return undefined;
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (/^14\d{3,4}$/.test(digits)) return `tel:${digits}`;
  if (digits.startsWith('+')) {
    if (digits.startsWith('+31')) return dutch(digits.slice(3));
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

/** Deliberately simple: one @, a dot in the domain, no spaces or brackets. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

export function isEmail(value: string | null | undefined): value is string {
  return !!value && value.length <= 254 && EMAIL.test(value.trim());
}

export interface Contact {
  name: string;
  jobTitle?: string;
  organisation?: string;
  email?: string;
  /** E.164 `tel:` URI. */
  tel?: string;
  photo?: string;
}

/** Given name and the rest as family name: "Patrick van den Brink" → ["van den Brink", "Patrick"]. */
function nameParts(name: string): [string, string] {
  const [given, ...rest] = name.trim().split(/\s+/);
  return rest.length ? [rest.join(' '), given] : [given, ''];
}

/** A vCard 4.0 (RFC 6350): CRLF, folded, escaped, UTF-8. */
export function toVCard(contact: Contact): string {
  const [family, given] = nameParts(contact.name);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(contact.name)}`, `N:${escapeText(family)};${escapeText(given)};;;`];
  if (contact.organisation) lines.push(`ORG:${escapeText(contact.organisation)}`);
  if (contact.jobTitle) lines.push(`TITLE:${escapeText(contact.jobTitle)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${escapeText(contact.email)}`);
  if (contact.tel) lines.push(`TEL;VALUE=uri;TYPE="work,voice":${contact.tel}`);
  if (contact.photo) lines.push(`PHOTO:${contact.photo}`);
  lines.push('END:VCARD');
  return contentLines(lines);
}

/** schema.org Person, for search engines (JSON-LD in light DOM). */
export function toPersonLd(contact: Contact): object {
  const point: Record<string, string> = { '@type': 'ContactPoint', contactType: 'customer support' };
  if (contact.email) point.email = contact.email;
  if (contact.tel) point.telephone = contact.tel.replace(/^tel:/, '');
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: contact.name,
    ...(contact.jobTitle ? { jobTitle: contact.jobTitle } : {}),
    ...(contact.organisation ? { worksFor: { '@type': 'Organization', name: contact.organisation } } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.tel ? { telephone: point.telephone } : {}),
    ...(contact.photo ? { image: contact.photo } : {}),
    ...(contact.email || contact.tel ? { contactPoint: point } : {}),
  };
}
