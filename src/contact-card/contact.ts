/**
 * Checking and linking contact details: Dutch phone numbers in any common
 * notation to E.164 `tel:` links, e-mail addresses, and the vCard 4.0
 * (RFC 6350) "save contact" file. Pure functions.
 */
import { contentLines, escapeText, oneLine } from '../base/content-line.js';

export { isEmail, phoneHref } from '../base/contact-data.js';

export interface Contact {
  name: string;
  jobTitle?: string;
  organisation?: string;
  email?: string;
  /** E.164 `tel:` URI. */
  tel?: string;
  photo?: string;
}

/** Titles written before a Dutch name, also run together ("mr.drs.", "Prof.dr."). */
const TITLE = /^(?:(?:prof|dr|mr|ir|ing|drs|ds)\.)*(?:prof|dr|mr|ir|ing|drs|ds)\.?$/i;
/** Degrees (as written: "Ma" is a surname, "MA" a degree) and generations written after it. */
const SUFFIX = /^(?:MSc|MA|MBA|BSc|BA|LLM|LLB|PhD|MPA|MPhil|[Jj]r\.?|[Ss]r\.?)$/;

/** Prefixes of Dutch and Flemish family names (tussenvoegsels), also as Flemish names capitalise them. */
const PREFIX = /^(?:van|von|de|den|der|des|het|'t|ter|ten|te|in|op|aan|bij|uit|onder|over|voor|la|le|du|da|di|del|della|el|al)$/i;

/**
 * Family name, given name, titles and degrees, as an address book files them: titles and
 * degrees apart; the family name from its first prefix on, or else the last word; the given
 * names before it (a word that ends in "-de" and the like starts it too):
 * "prof. dr. Anne-Marie van den Heuvel-de Groot" → ["van den Heuvel-de Groot", "Anne-Marie",
 * "prof. dr.", ""], "Anne Jansen MSc" → ["Jansen", "Anne", "", "MSc"].
 */
export function nameParts(name: string): [family: string, given: string, titles: string, suffixes: string] {
  const all = name.trim().split(/\s+/);
  // (Counted, then sliced once: shifting word by word took seconds for a name of 50,000 titles.)
  let first = 0;
  while (all.length - first > 1 && TITLE.test(all[first])) first += 1;
  // A given name and a family name stay: "Jan MA" is not a degree without a name.
  let end = all.length;
  while (end - first > 2 && SUFFIX.test(all[end - 1])) end -= 1;
  const titles = all.slice(0, first);
  const suffixes = all.slice(end);
  const words = all.slice(first, end);
  if (suffixes.length) words[words.length - 1] = words[words.length - 1].replace(/,$/, ''); // "Jansen, MSc"
  // A prefix may follow a hyphen too: "Sjoukje Hoekstra-de Jong" is filed under Hoekstra.
  const prefix = words.findIndex((word, i) => i > 0 && i < words.length - 1 && PREFIX.test(word.slice(word.lastIndexOf('-') + 1)));
  const at = prefix > 0 ? prefix : words.length - 1;
  return [words.slice(at).join(' '), words.slice(0, at).join(' '), titles.join(' '), suffixes.join(' ')];
}

/** A vCard 4.0 (RFC 6350): CRLF, folded, escaped, UTF-8. */
export function toVCard(contact: Contact): string {
  const [family, given, titles, suffixes] = nameParts(contact.name);
  const n = [family, given, '', titles, suffixes].map((part) => escapeText(part)).join(';');
  // Name, organisation and title are one line each, as the card shows them (an attribute may wrap).
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(oneLine(contact.name), false)}`, `N:${n}`];
  if (contact.organisation) lines.push(`ORG:${escapeText(oneLine(contact.organisation))}`);
  if (contact.jobTitle) lines.push(`TITLE:${escapeText(oneLine(contact.jobTitle), false)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${escapeText(contact.email)}`);
  // A municipal 14-number has no country code, and "tel:14020" is no URI RFC 3966 allows (it wants a
  // phone-context, which address books would show as part of the number): text, as vCard 3 wrote them.
  const uri = contact.tel?.[4] === '+';
  if (contact.tel) lines.push(`TEL;VALUE=${uri ? 'uri' : 'text'};TYPE="work,voice":${uri ? contact.tel : escapeText(contact.tel.slice(4))}`);
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
