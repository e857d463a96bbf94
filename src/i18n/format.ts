/**
 * Date, time and number formatting for the widgets.
 *
 * Leerkring sessions happen in the Netherlands, so times are always shown in
 * Europe/Amsterdam, whatever the visitor's device is set to: a police officer
 * on a laptop still set to UTC must not see a session start an hour early.
 */
import type { Language } from './languages.js';

export const TIME_ZONE = 'Europe/Amsterdam';

/** `en` is British English: day-month order and a 24-hour clock, as in NL. */
const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Constructing an `Intl.DateTimeFormat` is slow; lists format many dates. */
function dateTimeFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + Object.entries(options).join();
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: TIME_ZONE });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "maandag 30 oktober 2023" / "Monday 30 October 2023" */
export function formatDate(date: Date, lang: Language): string {
  return dateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "15:30" */
export function formatTime(date: Date, lang: Language): string {
  return dateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** "maandag 30 oktober 2023 om 15:30" in the language's own phrasing. */
export function formatDateTime(date: Date, lang: Language): string {
  return dateTimeFormat(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/**
 * "15:30–17:00", or a full range when the end falls on another day.
 * (Two times and a dash, not formatRange: lists format hundreds of these,
 * and formatRange is many times slower for the same text.)
 */
export function formatTimeRange(start: Date, end: Date, lang: Language): string {
  if (sameAmsterdamDay(start, end)) return `${formatTime(start, lang)}–${formatTime(end, lang)}`;
  return dateTimeFormat(lang, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).formatRange(start, end);
}

export interface AmsterdamParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The calendar fields of an instant as a clock in Amsterdam shows them. */
export function amsterdamParts(date: Date): AmsterdamParts {
  const parts = dateTimeFormat('en', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute') };
}

/** "2023-10-30": the Amsterdam calendar day, cheap to compare. */
const dayKey = (date: Date) => dateTimeFormat('en', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

export function sameAmsterdamDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}
