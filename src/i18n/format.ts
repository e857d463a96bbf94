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

const formatters = new WeakMap<Intl.DateTimeFormatOptions, Partial<Record<Language, Intl.DateTimeFormat>>>();

/**
 * Constructing an `Intl.DateTimeFormat` is slow and lists format thousands
 * of dates, so formatters are kept per options object (each a constant
 * below: looking one up builds no key) and language.
 */
function dateTimeFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let perLanguage = formatters.get(options);
  if (!perLanguage) formatters.set(options, (perLanguage = {}));
  return (perLanguage[lang] ??= new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: TIME_ZONE }));
}

const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, ...TIME };
const DAY_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', ...TIME };
const PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' };
const DAY_KEY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** "maandag 30 oktober 2023" / "Monday 30 October 2023" */
export function formatDate(date: Date, lang: Language): string {
  return dateTimeFormat(lang, DATE).format(date);
}

/** "15:30" */
export function formatTime(date: Date, lang: Language): string {
  return dateTimeFormat(lang, TIME).format(date);
}

/** "maandag 30 oktober 2023 om 15:30" in the language's own phrasing. */
export function formatDateTime(date: Date, lang: Language): string {
  return dateTimeFormat(lang, DATE_TIME).format(date);
}

/**
 * "15:30–17:00", or a full range when the end falls on another day.
 * (Two times and a dash, not formatRange: lists format hundreds of these,
 * and formatRange is many times slower for the same text.)
 */
export function formatTimeRange(start: Date, end: Date, lang: Language): string {
  const from = formatTime(start, lang);
  const to = formatTime(end, lang);
  // Both languages write a 24-hour "HH:MM", so the strings compare as times: when the clock
  // moved forward in less than 20 hours, no midnight passed. (Otherwise ask the calendar: in
  // the hour the clocks go back, a range on one day can end at an earlier clock time.)
  const short = end.getTime() - start.getTime() < 20 * 3_600_000;
  if ((short && to > from) || sameAmsterdamDay(start, end)) return `${from}–${to}`;
  return dateTimeFormat(lang, DAY_TIME).formatRange(start, end);
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
  const parts = dateTimeFormat('en', PARTS).formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day'), hour: field('hour'), minute: field('minute') };
}

/** "2023-10-30": the Amsterdam calendar day, cheap to compare. */
const dayKey = (date: Date) => dateTimeFormat('en', DAY_KEY).format(date);

export function sameAmsterdamDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}
