/**
 * Reading session times. Editors write times as they see them on a Dutch
 * clock; a time without an offset (`2026-03-29T15:30`) is taken as
 * Europe/Amsterdam, with summer time worked out for that very date.
 */
import { amsterdamParts } from '../i18n/format.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Minutes Amsterdam is ahead of UTC at an instant (60 or 120). */
function amsterdamOffset(instant: number): number {
  const p = amsterdamParts(new Date(instant));
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - instant) / 60000);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses an ISO 8601 date-time; without an offset it is Amsterdam time. */
export function parseSessionTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const zone = match[7];
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  const hour = +match[4];
  const minute = +match[5];
  const second = match[6] ? +match[6] : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (zone) {
    if (zone === 'Z' || zone === 'z') return new Date(wall);
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    return new Date(wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000);
  }
  // Guess with the offset at that wall time read as UTC, then correct once
  // (enough for Amsterdam, whose offset changes by one hour).
  const guess = wall - amsterdamOffset(wall) * 60000;
  return new Date(wall - amsterdamOffset(guess) * 60000);
}
