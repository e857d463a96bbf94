/**
 * One consent view per page and source, shared by every widget: a video
 * subscribes, reads `granted(category)`, and asks `grant(category)` when
 * its visitor accepts. With `auto`, the source is whichever consent
 * manager the page has — also one that loads after our script, which is
 * common when a tag manager injects it.
 */
import type { ConsentAdapter } from './adapter.js';
import { listen } from './adapter.js';
import { builtinAdapter, forgetBuiltinConsent, grantForAuto } from './builtin.js';
import { managerFor, MANAGERS } from './managers.js';
import type { ConsentSource } from './sources.js';

/** Moments a late consent manager may have arrived, besides its own events. */
const ARRIVAL_EVENTS = ['load', 'pageshow', 'visibilitychange', 'CookiebotOnLoad', 'CookiebotOnConsentReady', 'OneTrustGroupsUpdated', 'cc:onConsent'];
/**
 * Klaro and TCF CMPs announce nothing on window: look again, less and less often, for a minute
 * (a tag manager may inject one late), then stop; a click on an accept button looks again too.
 */
const ARRIVAL_CHECKS_MS = [500, 2000, 6000, 15_000, 30_000, 60_000];

export class ConsentHub {
  readonly source: ConsentSource;
  #adapter: ConsentAdapter;
  #attachedTo?: ConsentAdapter;
  #stopWatching?: () => void;
  #stopArrival?: () => void;
  readonly #listeners = new Set<() => void>();

  constructor(source: ConsentSource) {
    this.source = source;
    this.#adapter = this.#detect();
  }

  /** The adapter in use now: `builtin`, or the manager in charge. */
  get active(): ConsentAdapter {
    return this.#adapter;
  }

  granted(category: string): boolean | undefined {
    return this.#adapter.granted(category);
  }

  /** Records consent through the active source; `false` when it cannot be written there. */
  grant(category: string): boolean {
    this.#recheck();
    if (this.source === 'auto' && this.#adapter === builtinAdapter) {
      // Marked, so a consent manager that turns up later takes over (forgetBuiltinConsent).
      grantForAuto(category);
      return true;
    }
    return this.#adapter.grant(category);
  }

  subscribe(listener: () => void): () => void {
    if (!this.#listeners.size) this.#start();
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (!this.#listeners.size) this.#stop();
    };
  }

  #detect(): ConsentAdapter {
    if (this.source === 'builtin') return builtinAdapter;
    if (this.source !== 'auto') return managerFor(this.source) ?? builtinAdapter;
    return MANAGERS.find((adapter) => adapter.present()) ?? builtinAdapter;
  }

  readonly #notify = () => {
    for (const listener of [...this.#listeners]) listener();
  };

  /** Switches to a manager that has appeared, and (re)attaches to it once it is really there. */
  readonly #recheck = () => {
    const next = this.#detect();
    // (A manager named by consent-source that never arrives, blocked say, is not attached anew at every look.)
    if (next !== this.#adapter || (this.#attachedTo !== next && next.present())) {
      this.#adapter = next;
      this.#attach();
      this.#notify();
    }
  };

  #attach(): void {
    this.#stopWatching?.();
    this.#stopWatching = this.#adapter.watch(this.#notify);
    // Watching a manager that is not loaded yet hears nothing; try again when it is.
    this.#attachedTo = this.#adapter.present() ? this.#adapter : undefined;
    if (this.source === 'auto' && this.#attachedTo && this.#adapter !== builtinAdapter) forgetBuiltinConsent();
  }

  #start(): void {
    this.#adapter = this.#detect();
    this.#attach();
    if (this.source === 'builtin' || (this.source !== 'auto' && this.#attachedTo)) return;
    const stopEvents = listen(ARRIVAL_EVENTS, this.#recheck);
    const timers = ARRIVAL_CHECKS_MS.map((ms) => setTimeout(this.#recheck, ms));
    this.#stopArrival = () => {
      stopEvents();
      timers.forEach(clearTimeout);
    };
  }

  #stop(): void {
    this.#stopWatching?.();
    this.#stopArrival?.();
    this.#stopWatching = this.#stopArrival = this.#attachedTo = undefined;
  }
}

const hubs = new Map<ConsentSource, ConsentHub>();

export function consentHub(source: ConsentSource): ConsentHub {
  let hub = hubs.get(source);
  if (!hub) hubs.set(source, (hub = new ConsentHub(source)));
  return hub;
}
