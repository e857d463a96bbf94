/**
 * The list's attribute values as it uses them, checked: a value a page cannot mean is read as the
 * default, with a warning, so a typo never breaks the list. Plain functions, tested on their own.
 */
import { warnOnce } from '../base/warn.js';
import type { Show } from './order.js';
import { parseSessionTime } from './time.js';

/**
 * The most sessions one page shows: the 1,000 the bench measures (filled in a part at a time). A
 * `page-size="100000"` (a typo, or "show them all") would put a whole archive on the page at once.
 */
const MAX_PAGE_SIZE = 1000;
const SHOW: readonly Show[] = ['all', 'upcoming', 'past'];

/**
 * `page-size`, checked: a removed attribute quietly means 10, a bad value with a warning, and a
 * huge one is capped. `written` is the attribute as the page wrote it, for the warning.
 */
export function pageSizeOf(pageSize: number | null | undefined, written?: string | null): number {
  const size = Math.floor(pageSize!);
  if (size >= 1 && size <= MAX_PAGE_SIZE) return size;
  const fallback = size > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : 10;
  if (pageSize != null) warnOnce(`<ccv-session-list page-size="${written ?? pageSize}"> must be 1 to ${MAX_PAGE_SIZE}; showing ${fallback} at a time.`);
  return fallback;
}

/** `show`, checked: another value shows all (a removed attribute quietly). Read as HTML reads keywords: `Upcoming` and ` past ` count. */
export function showOf(value: string | null | undefined): Show {
  const show = String(value ?? 'all').trim().toLowerCase() as Show;
  if (SHOW.includes(show)) return show;
  warnOnce(`<ccv-session-list show="${value}"> must be all, upcoming or past; showing all.`);
  return 'all';
}

/** `now`, checked: the time it names, else (none, or not a time) `undefined`: the real time, which the list's clock follows. */
export function timeOf(now: string | undefined): Date | undefined {
  if (now) {
    // A date alone is the start of that day in Amsterdam. (As text: a Date or a number from a script is
    // no ISO time, and is said so below; it threw.)
    const text = `${now}`.trim();
    const parsed = parseSessionTime(text) ?? parseSessionTime(`${text}T00:00`);
    if (parsed) return parsed;
    warnOnce(`<ccv-session-list now="${now}"> is not an ISO 8601 time; using the real time.`);
  }
  return undefined;
}
