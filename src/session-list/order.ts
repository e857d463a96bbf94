/**
 * Which sessions to show, in which order: pure functions over validated
 * sessions and a moment `now`, so the list can be tested at any time of
 * year and the demo can pretend it is any day.
 */
import { amsterdamParts } from '../i18n/format.js';
import { foldForSearch, sameTextKey } from '../base/text.js';
import type { Session } from './schema.js';

export type SessionStatus = 'upcoming' | 'live' | 'past';
export type Show = 'all' | 'upcoming' | 'past';

export function statusOf(session: Session, now: Date): SessionStatus {
  const time = now.getTime();
  if (time < session.start.getTime()) return 'upcoming';
  return time < session.end.getTime() ? 'live' : 'past';
}

export interface Grouped {
  /** Live first, then soonest first. */
  upcoming: Session[];
  /** Newest first. */
  past: Session[];
}

export function groupSessions(sessions: readonly Session[], now: Date, show: Show = 'all'): Grouped {
  const upcoming: Session[] = [];
  const past: Session[] = [];
  for (const session of sessions) (statusOf(session, now) === 'past' ? past : upcoming).push(session);
  upcoming.sort((a, b) => a.start.getTime() - b.start.getTime());
  past.sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming: show === 'past' ? [] : upcoming, past: show === 'upcoming' ? [] : past };
}

export interface Filter {
  topic?: string;
  year?: number;
  /** Free text; every word must occur somewhere in the session. */
  text?: string;
}

/** The year a session falls in, judged on an Amsterdam calendar. */
export function yearOf(session: Session): number {
  const start = session.start;
  // Amsterdam is one or two hours ahead of UTC: only the last hours of a UTC year can be the next year there.
  const late = start.getUTCMonth() === 11 && start.getUTCDate() === 31 && start.getUTCHours() >= 21;
  return late ? amsterdamParts(start).year : start.getUTCFullYear();
}

/** The filter as a test, its words split once: a list runs it on every session. */
export function matcher(filter: Filter): (session: Session) => boolean {
  // Each word once, and at most 32 of them: a link's ?ccv-q= of 10,000 words froze the page.
  const words = [...new Set(foldForSearch(filter.text ?? '').split(/\s+/).filter(Boolean))].slice(0, 32);
  // (A topic of only invisible characters, from a link, is matched as written: it finds nothing.)
  const topic = filter.topic && (sameTextKey(filter.topic) || filter.topic);
  // Each topic's key once, not once per session that has it: the list runs this on every keystroke.
  const keys = new Map<string, string>();
  const keyOf = (each: string) => keys.get(each) ?? keys.set(each, sameTextKey(each)).get(each)!;
  return (session) =>
    (!topic || session.topics.some((each) => each === filter.topic || keyOf(each) === topic)) &&
    (!filter.year || yearOf(session) === filter.year) &&
    words.every((word) => session.haystack.includes(word));
}

export function matches(session: Session, filter: Filter): boolean {
  return matcher(filter)(session);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * People's order without a collator: accents and case folded, as the search
 * folds them. Dutch sorts no letters of its own, and the first
 * `localeCompare` loads collation data — 10 to 25 ms of blocking, in the
 * middle of the list's first render.
 */
function sortedForPeople(words: Set<string>): string[] {
  const key = new Map([...words].map((word) => [word, foldForSearch(word)]));
  return [...words].sort((a, b) => compare(key.get(a)!, key.get(b)!) || compare(a, b));
}

/**
 * Topics and years to offer in the filters, sorted for people. Topics written in other case or
 * form, or with invisible characters ("OSINT", "osint") are one topic, offered in the spelling seen first.
 */
export function facets(sessions: readonly Session[]): { topics: string[]; years: number[] } {
  const topics = new Map<string, string>();
  const years = new Set<number>();
  for (const session of sessions) {
    for (const topic of session.topics) {
      const key = sameTextKey(topic);
      if (!topics.has(key)) topics.set(key, topic);
    }
    years.add(yearOf(session));
  }
  return {
    topics: sortedForPeople(new Set(topics.values())),
    years: [...years].sort((a, b) => b - a),
  };
}
