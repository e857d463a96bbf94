/**
 * Puts a list's JSON-LD on the page, or leaves what is there: writing it anew on every render (a
 * filter keystroke) would serialise up to a hundred sessions each time. A plain function with what
 * each list last wrote kept here, private to this module.
 */
import { writeJsonLd } from '../base/structured-data.js';
import { pageAddress } from './address.js';
import { sessionsToJsonLd } from './jsonld.js';
import type { Session } from './schema.js';

/** The most sessions the JSON-LD describes. */
const STRUCTURED_DATA_MAX = 100;
/** What each list's JSON-LD was last written from. */
const written = new WeakMap<HTMLElement, { shown: Session[]; page: string; past: number }>();

/**
 * Writes the JSON-LD of `list`'s sessions in `groups` at `now` (without them, takes it away), or
 * leaves it: it changes only with the sessions described, their order, which of them are past,
 * and the page address — not with a filter keystroke.
 */
export function writeSessionsJsonLd(list: HTMLElement, now?: Date, groups?: { upcoming: Session[]; past: Session[] }): void {
  if (!groups) {
    written.delete(list);
    return writeJsonLd(list, undefined);
  }
  // The next sessions and the latest ones, as a page shows them first: a long archive would add
  // megabytes to the page (about 1.3 kB each) and a third of a second for 10,000.
  const shown = groups.upcoming.concat(groups.past).slice(0, STRUCTURED_DATA_MAX);
  const page = pageAddress(location.href);
  const past = groups.past.length;
  const last = written.get(list);
  if (last && last.page === page && last.past === past && last.shown.length === shown.length && last.shown.every((session, i) => session === shown[i])) {
    return;
  }
  written.set(list, { shown, page, past });
  writeJsonLd(list, sessionsToJsonLd(shown, now!, page));
}
