/**
 * Date, time and number formatting for the widgets.
 *
 * Leerkring sessions happen in the Netherlands, so times are always shown in
 * Europe/Amsterdam, whatever the visitor's device is set to: a police officer
 * on a laptop still set to UTC must not see a session start an hour early.
 * (Where that device's clock differs, the list adds its time: deviceTime.)
 * The one exception is a moment of the visitor's own: formatDateTime.
 */
import { own } from '../base/own.js';
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
  // (Own fields only: see DATE_TIME.)
  return (perLanguage[lang] ??= new Intl.DateTimeFormat(LOCALE[lang], own({ ...options, timeZone: TIME_ZONE })));
}

// Intl reads its options through their prototypes: a page's Object.prototype.timeZone or hour12 would
// move or reword every time (and a dateStyle would throw). Own fields only.
const DATE_TIME: Intl.DateTimeFormatOptions = own({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' };

export interface AmsterdamParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 is Sunday, as `Date#getDay`. */
  weekday: number;
}

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of a month (0-based), when the EU changes its clocks. */
function lastSunday(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR;
}

/** The last year's summer time, in UTC: a list reads thousands of times, most of them in a few years. */
let summer = { year: 0, from: 0, to: 0 };

/**
 * Minutes Amsterdam is ahead of UTC at an instant (60 or 120). A caller that
 * knows the instant's year passes it (a year either side of New Year gives
 * the same answer: winter time).
 *
 * Since 1996 the Netherlands keeps the EU rule (Directive 2000/84/EC):
 * UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October, UTC+1 otherwise — worked out here, because the first
 * `Intl.DateTimeFormat` with a time zone loads the browser's time-zone and
 * locale data: 15 to 60 ms of blocking in a list's first render. Older
 * dates ask the browser. A test holds the rule against the browser's own
 * time-zone database for every changeover from 1990 to 2040; if the EU ever
 * drops summer time, that test fails first.
 */
export function amsterdamOffset(instant: number, year = new Date(instant).getUTCFullYear()): number {
  if (year >= 1996) {
    if (year !== summer.year) summer = { year, from: lastSunday(year, 2), to: lastSunday(year, 9) };
    return instant >= summer.from && instant < summer.to ? 120 : 60;
  }
  const parts = dateTimeFormat('en', PARTS).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  // Against the instant's own minute: the clock reading has no seconds.
  return Math.round((Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute')) - Math.floor(instant / 60000) * 60000) / 60000);
}

/** The calendar fields of an instant as a clock in Amsterdam shows them. */
export function amsterdamParts(date: Date): AmsterdamParts {
  const local = new Date(date.getTime() + amsterdamOffset(date.getTime()) * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: local.getUTCDay(),
  };
}

/** Day and month names, Sunday and January first, as CLDR writes them for nl-NL and en-GB. */
const NAMES: Record<Language, { days: string[]; months: string[] }> = {
  nl: {
    days: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  },
  en: {
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

/** The words a person may search a date by, in both languages: "oktober october 2023". */
export function dateWords(date: Date): string {
  const { year, month } = amsterdamParts(date);
  return `${NAMES.nl.months[month - 1]} ${NAMES.en.months[month - 1]} ${year}`;
}

/** "maandag 30 oktober 2023" / "Monday 30 October 2023" */
export function formatDate(date: Date, lang: Language): string {
  const { year, month, day, weekday } = amsterdamParts(date);
  const names = NAMES[lang];
  return `${names.days[weekday]} ${day} ${names.months[month - 1]} ${year}`;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "15:30": both languages write a 24-hour clock. */
const clock = (hour: number, minute: number) => `${twoDigits(hour)}:${twoDigits(minute)}`;

/** A time on Amsterdam's clock. */
export function formatTime(date: Date): string {
  const { hour, minute } = amsterdamParts(date);
  return clock(hour, minute);
}

/**
 * An instant on the visitor's own clock, where their device shows another time than Amsterdam
 * then (a civil servant abroad; Bonaire, Sint Eustatius and Saba, on UTC−4): "10:30", with the
 * day's name where it is another day there ("dinsdag 01:00"). Nothing on Amsterdam's clock.
 */
export function deviceTime(date: Date, lang: Language): string | undefined {
  const { hour, minute, weekday } = amsterdamParts(date);
  const h = date.getHours();
  const m = date.getMinutes();
  const day = date.getDay();
  // (Equal hours and minutes are equal offsets: no two clocks on Earth are a whole day apart.)
  if (h !== hour || m !== minute) return (day === weekday ? '' : `${NAMES[lang].days[day]} `) + clock(h, m);
}

/**
 * A moment the visitor saw themselves (when their draft was saved), on their device's own clock, as
 * they remember it: someone in Bonaire who typed at 10:30 must not read "om 15:30". (A session's
 * time is Amsterdam's, and says so where the device differs: deviceTime.)
 * "maandag 30 oktober 2023 om 15:30" / "Monday 30 October 2023 at 15:30", with the date written as the
 * list writes it: current browsers' en-GB put a comma after the day's name ("Monday, 30 October"), which
 * the list and GOV.UK's style do not have (older browsers left it out too).
 */
export function formatDateTime(date: Date, lang: Language): string {
  // A formatter of its own each time (a form shows one such date): one kept would keep the clock the
  // device had then, and a laptop changes zones when it travels.
  return new Intl.DateTimeFormat(LOCALE[lang], DATE_TIME).format(date).replace(/^(\p{L}+),/u, '$1');
}

/**
 * A count as the language writes it: English groups from 1,000 (GOV.UK: "2,000 characters"),
 * Dutch from 10.000 ("2000 tekens", but "12.345 tekens").
 */
export const formatCount = (count: number, lang: Language): string => (lang === 'nl' && count < 1e4 ? `${count}` : count.toLocaleString(LOCALE[lang]));

/**
 * "15:30–17:00"; when the end falls on another day, that day too: "23:30 – dinsdag
 * 31 oktober 2023, 00:30" (it follows the start's date, which is said before it).
 * (Two times and a dash, not formatRange: lists format hundreds of these,
 * and formatRange is many times slower for the same text.) In the hour the
 * clocks go back, a range on one day can end at an earlier clock time.
 */
export function formatTimeRange(start: Date, end: Date, lang: Language): string {
  if (sameAmsterdamDay(start, end)) return `${formatTime(start)}–${formatTime(end)}`;
  return `${formatTime(start)} – ${formatDate(end, lang)}, ${formatTime(end)}`;
}

/** "2023-10-30" (unpadded: "2024-1-5"): the Amsterdam calendar day, cheap to compare. */
function dayKey(date: Date): string {
  const { year, month, day } = amsterdamParts(date);
  return `${year}-${month}-${day}`;
}

export function sameAmsterdamDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}
