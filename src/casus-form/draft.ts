/**
 * The draft: what someone typed, kept in localStorage so a reload, a crash
 * or a failed send loses nothing. Only the form's own fields are kept —
 * never the honeypot — and a draft older than DRAFT_MAX_AGE_DAYS is dropped.
 */
import { own } from '../base/own.js';
import { caseOf } from './case.js';
import { checkPayload, FIELDS, PAYLOAD_VERSION } from './payload.js';

export const DRAFT_MAX_AGE_DAYS = 30;
const MAX_AGE_MS = DRAFT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;

export interface Draft {
  values: Record<string, string | boolean>;
  savedAt: Date;
  /**
   * The last send's Idempotency-Key and the payload it was for: sent again after a reload,
   * the same case keeps its key, so a receiver that did store it stores nothing new.
   */
  sent?: Sent;
  /** The `endpoint` of the form without an id that kept it (see draft-keeper.ts, restore). */
  at?: string;
}

export interface Sent {
  key: string;
  payload: string;
  /** Known not to have arrived (the host's fail()): a changed case is a new one, not this one sent again first. */
  settled?: true;
}

export function draftKey(scope: string): string {
  return `ccv-casus-draft:${scope}`;
}

function known(values: Record<string, unknown>): Record<string, string | boolean> {
  const kept: Record<string, string | boolean> = {};
  const fields = own(values);
  for (const field of FIELDS) {
    const value = fields[field];
    if (typeof value === 'string' || typeof value === 'boolean') kept[field] = value;
  }
  return kept;
}

/** An Idempotency-Key as we make one: a UUID's characters (fetch refuses a line break or a character past Latin-1 in a header, as if offline, at every press). */
const isKey = (key: unknown): key is string => typeof key === 'string' && /^[\w-]+$/.test(key);

/** A payload as we send one (it may be sent again): JSON of a valid case, version 1. */
function isCaseJson(text: unknown): text is string {
  try {
    const value = typeof text === 'string' && JSON.parse(text);
    return !!value && value.version === PAYLOAD_VERSION && !Object.keys(checkPayload(value)).length;
  } catch {
    return false;
  }
}

/** Anything a person typed: defaults (no preference, no consent yet) are not. */
export function hasTyped(values: Record<string, unknown>): boolean {
  return Object.entries(values).some(([field, value]) => value !== '' && value !== false && value !== undefined && !(field === 'preferredFormat' && value === 'none'));
}

/** The draft stored under `key`, or the one in `text` (what another tab stored there). */
export function loadDraft(key: string, text?: string | null): Draft | undefined {
  try {
    const stored = JSON.parse((text === undefined ? localStorage.getItem(key) : text) ?? 'null');
    // (A time no Date can hold, from a hand-edited or foreign record, would break the notice that shows it.)
    if (stored?.v !== 1 || !stored.values || typeof stored.savedAt !== 'number' || Number.isNaN(new Date(stored.savedAt).getTime())) return undefined;
    if (Date.now() - stored.savedAt > MAX_AGE_MS) {
      localStorage.removeItem(key);
      return undefined;
    }
    const values = known(stored.values);
    // A record of a send is kept only as we write one: a key, and a valid case (it may be sent again).
    const sent = isKey(stored.sent?.key) && isCaseJson(stored.sent.payload) ? { key: stored.sent.key, payload: stored.sent.payload, ...(stored.sent.settled === true && { settled: true as const }) } : undefined;
    return hasTyped(values) ? { values, savedAt: new Date(stored.savedAt), sent, at: stored.at } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether this page can reach localStorage at all: not in a sandboxed frame without allow-same-origin
 * (the getter throws), nor where site data is blocked (Chromium throws; Firefox gives null).
 */
export function canStore(): boolean {
  try {
    return !!localStorage;
  } catch {
    return false;
  }
}

/** Returns when it was saved (its `savedAt`), or 0 when the browser refused to store it (private mode, quota). */
export function saveDraft(key: string, values: Record<string, unknown>, sent?: Sent, at?: string): number {
  const savedAt = Date.now();
  try {
    localStorage.setItem(key, JSON.stringify({ v: 1, savedAt, values: known(values), sent, at }));
    return savedAt;
  } catch {
    return 0;
  }
}

/**
 * The same form open in two tabs shares one key: the tab that finds its draft overwritten by
 * the other (see draft-keeper.ts, save) keeps its own beside it, under the first free `<key> tab <n>`.
 * (A space is in no path or id, and a place has only digits after its space.)
 */
export function tabKey(key: string): string {
  const base = baseKey(key);
  let n = 1;
  try {
    while (localStorage.getItem(`${base} tab ${n}`) !== null) n += 1;
  } catch {
    // storage refused: the save that follows says so
  }
  return `${base} tab ${n}`;
}

export const baseKey = (key: string) => key.replace(/ tab \d+$/, '');
const TAB_KEY = 'ccv-casus-draft-tab:';

/** Notes the key this tab keeps its draft under, in sessionStorage, which a reload of the tab keeps. */
export function rememberKey(key: string): void {
  try {
    sessionStorage.setItem(TAB_KEY + baseKey(key), key);
  } catch {
    // no session storage: a reload offers the newest draft
  }
}

/**
 * Of the drafts that `fits` picks (by their key and what they hold; those kept under `key` or beside
 * it, say), the one this tab kept under `key` (a reload goes on with its own case), else the newest
 * (another tab's, or an earlier visit's) and its key; the others wait for a later visit.
 */
export function newestDraft(key: string, fits: (each: string, draft: Draft) => boolean): { key: string; draft: Draft } | undefined {
  let newest: { key: string; draft: Draft } | undefined;
  let own: typeof newest;
  try {
    const ownKey = sessionStorage.getItem(TAB_KEY + key);
    for (const each of Object.keys(localStorage)) {
      // Every draft of the site is read, and so dropped once its days are over: also one kept on
      // another page, which may never be visited again (moved or renamed), as no draft is kept longer.
      const draft = each.startsWith(draftKey('')) ? loadDraft(each) : undefined;
      if (!draft || !fits(each, draft)) continue;
      if (each === ownKey) own = { key: each, draft };
      if (!(newest && newest.draft.savedAt >= draft.savedAt)) newest = { key: each, draft };
    }
  } catch {
    // storage refused: nothing to restore
  }
  return own ?? newest;
}

/** Moves a draft to another key, as it was saved (when, and under which Idempotency-Key), unless one is there. */
export function moveDraft(from: string, to: string): void {
  try {
    const stored = localStorage.getItem(from);
    if (stored === null || localStorage.getItem(to) !== null) return;
    localStorage.setItem(to, stored);
    localStorage.removeItem(from);
  } catch {
    // storage refused: the draft stays where it was
  }
}

/** A case's fingerprint (see caseOf): two 32-bit FNV-1a-like hashes with other multipliers. Tells cases apart, and keeps nothing readable. */
function fingerprint(payload: string): string {
  const text = caseOf(payload);
  let a = 0x811c9dc5;
  let b = 0x6b43a9b5;
  for (let i = 0; i < text.length; i += 1) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x1000193);
    b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/**
 * Where a case that arrived from the form keeping its draft under `key` (in any tab of its page) is
 * noted: beside the drafts, by its fingerprint. The note holds its Idempotency-Key and the language it
 * went in — nothing typed — and is stored as a draft that holds nothing: dropped as drafts are, after 30 days.
 */
const arrivalKey = (key: string, payload: string) => `${baseKey(key)} sent ${fingerprint(payload)}`;

/** Notes that `sent` arrived from the form that keeps its draft under `key`. */
export function noteArrival(key: string, sent: Sent): void {
  try {
    localStorage.setItem(arrivalKey(key, sent.payload), JSON.stringify({ v: 1, savedAt: Date.now(), values: {}, key: sent.key, locale: JSON.parse(sent.payload).locale }));
  } catch {
    // storage refused: no other tab holds a draft of it either
  }
}

/** The case `payload` as it arrived from that form, if noted: its key, and the payload in the language it went in (a receiver compares it). */
export function arrival(key: string, payload: string): Sent | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(arrivalKey(key, payload))!);
    const sent = { key: stored.key, payload: JSON.stringify({ ...JSON.parse(payload), locale: stored.locale }) };
    // (One past its days is dropped with the drafts when a form appears: see newestDraft.)
    if (isKey(sent.key) && isCaseJson(sent.payload)) return sent;
  } catch {
    // nothing noted (or not as we note it)
  }
  return undefined;
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing stored, nothing to clear
  }
}
