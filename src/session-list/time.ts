/**
 * Reading session times. Editors write times as they see them on a Dutch
 * clock; a time without an offset (`2026-03-29T15:30`) is taken as
 * Europe/Amsterdam, with summer time worked out for that very date.
 */
import { amsterdamOffset } from '../i18n/format.js';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?$/i;

const digits = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
const isSign = (code: number) => code === 43 || code === 45;

/**
 * Parses an ISO 8601 date-time; without an offset it is Amsterdam time.
 * The shape is checked with a pattern without groups, and the numbers and
 * signs read as character codes from their fixed places: a list reads two
 * times for each of its sessions, and match arrays, one-letter strings and
 * a `Date` per summer-time check made 10,000 local times cost 4 times as much.
 */
export function parseSessionTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  // Trimmed only when needed (a CMS field may add spaces, or no-break spaces from a word processor).
  let text = value;
  if (!ISO.test(text) && !ISO.test((text = value.trim()))) return undefined;
  const year = digits(text, 0) * 100 + digits(text, 2);
  const month = digits(text, 5);
  const day = digits(text, 8);
  const hour = digits(text, 11);
  const minute = digits(text, 14);
  const second = text.charCodeAt(16) === 58 ? digits(text, 17) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Years before 1000 are typos here (and Date.UTC would read 0050 as 1950); so is 9999, whose
  // last hours, with an offset or the default length added, would need a five-digit year. A day
  // past the month's end (31 April, 29 February 2023) runs into the next month; only a day after
  // the 28th can, so most times cost no second Date.UTC.
  if (year < 1000 || year > 9998 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || (day > 28 && wall >= Date.UTC(year, month, 1))) {
    return undefined;
  }
  const end = text.length;
  if ((text.charCodeAt(end - 1) | 32) === 122) return new Date(wall); // Z or z
  // An offset is the last 5 or 6 characters (±HHMM or ±HH:MM); no other sign can stand there.
  const sign = isSign(text.charCodeAt(end - 6)) ? end - 6 : end - 5;
  const code = text.charCodeAt(sign);
  if (isSign(code)) {
    const hours = digits(text, sign + 1);
    const minutes = digits(text, end - 2);
    // No place on Earth is more than 14 hours off UTC: +99:99 is a typo, not a time.
    if (hours * 60 + minutes > 14 * 60 || minutes > 59) return undefined;
    return new Date(wall - (code === 45 ? -60000 : 60000) * (hours * 60 + minutes));
  }
  // Guess with the offset at that wall time read as UTC, then correct once
  // (enough for Amsterdam, whose offset changes by one hour).
  const guess = wall - amsterdamOffset(wall, year) * 60000;
  const instant = wall - amsterdamOffset(guess, year) * 60000;
  // A time the clock shows twice (the night summer time ends) is the first of the two, as
  // RFC 5545 and Temporal read it: an hour earlier, if the clock showed this time then too.
  const earlier = instant - 3_600_000;
  return new Date(amsterdamOffset(earlier, year) * 60000 === wall - earlier ? earlier : instant);
}
