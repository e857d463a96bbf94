/**
 * Content lines as iCalendar (RFC 5545) and vCard (RFC 6350) share them:
 * text escaping and folding at 75 octets. Calendar and address-book apps
 * are strict about exactly these two rules.
 */
/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string, semicolons = true): string {
  const text = value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
  // A vCard's single-valued text (FN, TITLE) MAY leave ";" as it is (RFC 6350 3.4), and parsers
  // such as ical.js keep the backslash there; structured values (N, ORG) and iCalendar need it.
  return semicolons ? text.replace(/;/g, '\\;') : text;
}

/**
 * A one-line value (a title, a name) with the line breaks the data had as spaces, as a page shows it.
 * Each run of spaces is read once: a pattern of spaces around a line break tried a long run
 * without one from each of its spaces again (100,000 in an attribute took half a minute).
 */
export const oneLine = (value: string): string => value.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run));

/** Folds a content line at 75 octets, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    // UTF-8 length of the character, from its code point.
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = parts.length ? 74 : 75;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines with CRLF, folded, ending with CRLF. */
export function contentLines(lines: string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * Half of a surrogate pair without its other half: not text, and `encodeURIComponent` throws on it.
 * (With `u`, a whole pair is one character outside this range. No lookbehind: Safari reads that from 16.4.)
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** A `data:` URL for a download, UTF-8; a broken character becomes U+FFFD instead of an exception. */
export function dataUrl(type: string, text: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'))}`;
}
