/**
 * Our own consent record, for sites without a consent manager: localStorage,
 * shared by every widget on the page (also across two copies of the
 * library, through a window event) and by every tab (the `storage` event).
 * A grant expires after a year, after which the visitor is asked again.
 */
import { own, toJson } from '../base/own.js';
import { categoryName, listen, type ConsentAdapter } from './adapter.js';

export const STORAGE_KEY = 'ccv-consent';
/** Dispatched on window after every write, for widgets in this tab. Internal: outside the public `ccv-` events. */
export const BUILTIN_CHANGE = 'leerkring-consent-change';
const MAX_AGE = 365 * 24 * 60 * 60 * 1000;

/**
 * `auto`: categories granted while `auto` had no consent manager to write to (see forgetBuiltinConsent).
 * `manager`: the consent manager `auto` last found on this site (see noteManager). No consent of its own.
 */
type Record_ = { v: 1; granted: Record<string, number>; auto?: string[]; manager?: string };

/**
 * Used when storage is unavailable (blocked, private mode): consent lasts for this page. On
 * globalThis, as localStorage is: every copy of the library on the page reads the one record.
 */
const kept: { memory: Record_; failed?: boolean } = ((globalThis as Record<symbol, typeof kept>)[Symbol.for('ccv-leerkring.consent-memory')] ??= {
  memory: record({}),
});

function read(): Record_ {
  if (kept.failed) return kept.memory;
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (parsed?.v === 1 && parsed.granted && typeof parsed.granted === 'object') {
      // (Another script may have written the key: `auto` is a list of names, or nothing.)
      const auto = Array.isArray(parsed.auto) ? parsed.auto.filter((name: unknown) => typeof name === 'string') : [];
      return record(parsed.granted, auto, typeof parsed.manager === 'string' ? parsed.manager : undefined);
    }
    return record({});
  } catch {
    return kept.memory;
  }
}

/**
 * (Fields left undefined are not stored: JSON leaves them out.) The grants by their own keys (see
 * own.ts): a `marketing` a page's script put on Object.prototype is no consent, and a category
 * named `__proto__` one like any other (granted on a plain object, it set the object's prototype).
 */
function record(granted: Record<string, number>, auto: string[] = [], manager?: string): Record_ {
  return { v: 1, granted: own(granted), auto: auto.length ? auto : undefined, manager: manager || undefined };
}

function write(record: Record_): void {
  kept.memory = record;
  try {
    // Nothing granted and no manager to wait for: nothing stored.
    if (Object.keys(record.granted).length || record.manager) localStorage.setItem(STORAGE_KEY, toJson(record));
    else localStorage.removeItem(STORAGE_KEY);
    kept.failed = false;
  } catch {
    // Storage refused: `kept.memory` keeps it for this page.
    kept.failed = true;
  }
  dispatchEvent(new Event(BUILTIN_CHANGE));
}

function setGranted(name: string, on: boolean, byAuto = false): void {
  // (As consent-category is read: grantConsent('Marketing') from a site's settings page is marketing.)
  const category = categoryName(name);
  const stored = read();
  const granted = own(stored.granted);
  const auto = (stored.auto ?? []).filter((name) => name !== category);
  if (on) granted[category] = Date.now();
  else delete granted[category];
  if (on && byAuto) auto.push(category);
  write(record(granted, auto, stored.manager));
}

/** Grants a category in the built-in store, e.g. from a site's own cookie settings page. */
export function grantConsent(category: string): void {
  setGranted(category, true);
}

/** A grant for `consent-source="auto"` while no consent manager was there: see forgetBuiltinConsent. */
export function grantForAuto(category: string): void {
  setGranted(category, true, true);
}

/** Withdraws a grant: every widget of that category returns to its placeholder. */
export function withdrawConsent(category: string): void {
  setGranted(category, false);
}

/**
 * Drops the grants of ours that `auto` made. A visitor may accept with our
 * button before a tag manager has injected the site's consent manager; once
 * that manager is there it is the only record (the grants made on this page
 * are written to it), and such a grant left behind would load videos on the
 * next page before it arrives. Grants for videos
 * that use the built-in store on purpose (`consent-source="builtin"`) stay.
 */
export function forgetBuiltinConsent(since: number): string[] {
  const stored = read();
  if (!stored.auto?.length) return [];
  const granted = own(stored.granted);
  for (const category of stored.auto) delete granted[category];
  write(record(granted, [], stored.manager));
  // Those given while this page is open: the visitor's latest word, which the manager is to record.
  return stored.auto.filter((category) => stored.granted[category] >= since);
}

/**
 * Remembers that this site has a consent manager (`auto` found one), or forgets it (`undefined`:
 * none came in a minute of a page). Where one was found before, `auto` waits for it on every page, however
 * late a tag manager injects it, instead of reading our own record meanwhile.
 */
export function noteManager(source: string | undefined): void {
  const stored = read();
  // Only beside consent of ours that could load a video before the manager: nothing is stored
  // on the device of a visitor who never gave any here.
  if (stored.manager !== source && (!source || Object.keys(stored.granted).length)) write(record(stored.granted, stored.auto, source));
}

/** Granted in our store at or after `since` (a time on Date's clock): while this page is open, say. */
export const grantedSince = (category: string, since: number): boolean => read().granted[category] >= since;

export const managerSeen = (): boolean => !!read().manager;

export const builtinAdapter: ConsentAdapter = {
  source: 'builtin',
  present: () => true,
  granted(category) {
    const at = read().granted[category];
    return typeof at === 'number' && Date.now() - at < MAX_AGE;
  },
  grant(category) {
    grantConsent(category);
    return true;
  },
  // `storage` carries other tabs' writes; BUILTIN_CHANGE this tab's. A page back from the back/forward
  // cache reads it again at `pageshow`: Firefox delivers no `storage` event for the time it was away.
  watch: (onChange) => listen(['storage', BUILTIN_CHANGE, 'pageshow'], onChange),
};
