import type { ConsentSource } from './sources.js';

/**
 * One consent manager, seen through the four things a video needs. Each
 * adapter talks to its manager's own API, so the site's consent record
 * stays the single truth: we never keep a second opinion beside it.
 */
export interface ConsentAdapter {
  readonly source: Exclude<ConsentSource, 'auto'>;
  /** The manager is on the page (its global exists). */
  present(): boolean;
  /**
   * Consent for one of our categories (`marketing`, `statistics`, …) or a
   * manager's own id (`C0004`): `undefined` while the manager has no
   * answer yet, e.g. before a returning visitor's record is read. `provider`
   * (`youtube`, `vimeo`) for a manager that also asks per vendor (TCF) or per service (Klaro,
   * CookieConsent: a service named after the provider decides, in whatever category the site filed it).
   */
  granted(category: string, provider?: string): boolean | undefined;
  /**
   * Records consent through the manager, keeping its other choices; `provider` as in `granted`
   * (the manager's service named after it). Returns `false` where the manager offers no way to write (TCF).
   */
  grant(category: string, provider?: string): boolean;
  /**
   * Whether the visitor has made a choice in the manager yet (`false`: a new visitor, only its
   * defaults), or one that concerns this category (Klaro); `undefined` where that cannot be told.
   * An accept given on the page before the manager came is written to it only while this is `false`.
   */
  chosen?(category: string, provider?: string): boolean | undefined;
  /** Calls back on every change the manager reports; returns an unsubscribe. */
  watch(onChange: () => void): () => void;
  /** Opens the manager's own settings dialog, where it has one. */
  openSettings?(): void;
}

/** Adds window listeners for a manager's events (`capture`: on their way down); the returned function removes them. */
export function listen(events: readonly string[], onChange: () => void, capture?: boolean): () => void {
  for (const type of events) addEventListener(type, onChange, capture);
  return () => {
    for (const type of events) removeEventListener(type, onChange, capture);
  };
}

/**
 * A category as `consent-category` is read: without spaces around it, and our own names in any
 * case ("Marketing" from a word processor) as managers and our store name them.
 */
export const categoryName = (name: string): string =>
  /^(marketing|statistics|preferences|functional|social|necessary)$/i.test((name = String(name).trim())) ? name.toLowerCase() : name;

/**
 * Calls `look` after every click (or other of `events`), once the page's own handlers have run.
 * Heard on the way down: a banner or settings panel may keep its clicks to itself. Stopped, a look
 * still to come does not.
 */
export function afterClick(look: () => void, events: readonly string[] = ['click']): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const stop = listen(events, () => void (pending = setTimeout(look)), true);
  return () => {
    stop();
    clearTimeout(pending);
  };
}
