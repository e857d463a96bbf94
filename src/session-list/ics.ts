/**
 * An iCalendar (RFC 5545) event for "add to calendar". Written by hand
 * because the rules that calendar apps actually enforce are few and exact:
 * CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, escaped text, a stable UID, UTC times and a UTC DTSTAMP.
 */
import { contentLines, escapeText, oneLine } from '../base/content-line.js';
import type { Session } from './schema.js';

/** 20231030T143000Z */
export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** The session on the host page (its address and anchor), for the event's URL. */
  pageUrl: string;
  /**
   * The UID's domain: the host that publishes the data (of `src`), so the
   * same session embedded on two partner sites is one event in a calendar,
   * not two. Without it, the page's host (and without one, a file or an about:srcdoc frame, ours).
   */
  uidDomain?: string;
  /** Description lines in the visitor's language. */
  description?: string;
}

export function sessionToIcs(session: Session, options: IcsOptions): string {
  const host = options.uidDomain || new URL(options.pageUrl).hostname || 'ccv-leerkring';
  const url = session.registrationUrl ?? options.pageUrl;
  return contentLines([
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
    `SUMMARY:${escapeText(oneLine(session.title))}`,
    // The link in the description too, after a blank line: Outlook and Google Calendar show no URL.
    `DESCRIPTION:${escapeText([options.description ?? session.summary, url].filter(Boolean).join('\n\n'))}`,
    'LOCATION:Online',
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
