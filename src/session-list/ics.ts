/**
 * An iCalendar (RFC 5545) event for "add to calendar". Written by hand
 * because the rules that calendar apps actually enforce are few and exact:
 * CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, escaped text, a stable UID, UTC times and a UTC DTSTAMP.
 */
import type { Session } from './schema.js';

const encoder = new TextEncoder();

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
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

/** 20231030T143000Z */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** The host page, for the event's URL and the UID's domain. */
  pageUrl?: string;
  /** Description lines in the visitor's language. */
  description?: string;
}

export function sessionToIcs(session: Session, options: IcsOptions): string {
  const host = options.pageUrl ? new URL(options.pageUrl).hostname : 'leerkring.hetccv.nl';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CCV//Leerkring widgets//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // Stable across downloads, so re-adding the session updates it instead of duplicating.
    `UID:${session.id}@${host}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART:${utcStamp(session.start)}`,
    `DTEND:${utcStamp(session.end)}`,
    `SUMMARY:${escapeText(session.title)}`,
  ];
  const description = options.description ?? session.summary;
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  lines.push('LOCATION:Online');
  const url = session.registrationUrl ?? options.pageUrl;
  if (url) lines.push(`URL:${url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
