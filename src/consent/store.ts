/**
 * One consent view per page and source, shared by every widget: a video
 * subscribes, reads `granted(category)`, and asks `grant(category)` when
 * its visitor accepts. With `auto`, the source is whichever consent
 * manager the page has — also one that loads after our script, which is
 * common when a tag manager injects it.
 */
import type { ConsentAdapter } from './adapter.js';
import { afterClick, listen } from './adapter.js';
import { warnOnce } from '../base/warn.js';
import { builtinAdapter, forgetBuiltinConsent, grantedSince, grantForAuto, managerSeen, noteManager } from './builtin.js';
import { MAPPING_CHANGED, MANAGERS } from './managers.js';
import type { ConsentSource } from './sources.js';

/** Moments a late consent manager may have arrived, besides its own events. */
const ARRIVAL_EVENTS = ['load', 'pageshow', 'visibilitychange', 'CookiebotOnLoad', 'CookiebotOnConsentReady', 'OneTrustGroupsUpdated', 'cc:onConsent'];
/**
 * Klaro and TCF CMPs announce nothing on window: look again, less and less often, for a minute
 * (a tag manager may inject one late). A look also follows every click on the page, once the page
 * has handled it, for as long as the page is open: a visitor answers a banner, however late, with a click.
 */
const ARRIVAL_CHECKS_MS = [500, 1000, 2000, 3000, 4000, 6000, 8000, 10_000, 15_000, 20_000, 30_000, 45_000, 60_000];
/**
 * `auto` with no manager on the page yet reads our own record only this long after the page has
 * loaded, when a tag manager has had its chance to inject one (and not at all on a site where
 * one was found before, until a minute passes without it).
 */
const SETTLE_MS = 2000;

/** 0 once the page loaded SETTLE_MS ago; else how long until then (undefined until it has loaded). */
function untilSettled(): number | undefined {
  if (document.readyState !== 'complete') return undefined;
  // (While the load event runs, its end is not known yet: it is now.)
  const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd || performance.now();
  return Math.max(0, loaded + SETTLE_MS - performance.now());
}

/** A category, and the provider of the video it was accepted on. */
type Carried = [category: string, provider?: string];

export class ConsentHub {
  readonly source: ConsentSource;
  #adapter: ConsentAdapter;
  #attachedTo?: ConsentAdapter;
  #stopWatching?: () => void;
  #stopArrival?: () => void;
  readonly #listeners = new Set<() => void>();
  /** Accepted with our button on this page before the manager came: written to it once it answers. */
  #carried: Carried[] = [];
  /** Our button's accepts into our own record on this page, with the video's provider. */
  #given: Carried[] = [];
  /** The source's own reports (its change events) so far, leaving out the echoes of our writes: see reportsSince. */
  #reports = 0;
  /** Grants being written (one may write a carried one); whether the source reported meanwhile. */
  #writing = 0;
  #echoed = false;

  constructor(source: ConsentSource) {
    this.source = source;
    this.#adapter = this.#detect();
  }

  /** The adapter in use now: `builtin`, or the manager in charge. */
  get active(): ConsentAdapter {
    return this.#adapter;
  }

  granted(category: string, provider?: string): boolean | undefined {
    let answer: boolean | undefined;
    try {
      answer = this.#adapter.granted(category, provider);
    } catch {
      // A manager that breaks is no consent, and no reason for a blank widget.
      warnOnce(`The consent manager (${this.#adapter.source}) failed to answer: videos wait for consent.`);
      return undefined;
    }
    // While a manager may still come, a yes from an earlier visit waits (a no, a withdrawal, counts
    // at once); consent given while this page is open (our button, another tab, the site's
    // settings page) counts at once.
    return answer && this.#waiting() && !grantedSince(category, performance.timeOrigin) ? undefined : answer;
  }

  /** What a manager says, or undefined when it throws. */
  #safely<T>(ask: () => T): T | undefined {
    try {
      return ask();
    } catch {
      return undefined;
    }
  }

  /** `auto` has no manager yet, and one may still come: our own record does not count meanwhile. */
  #waiting(): boolean {
    return this.source === 'auto' && this.#adapter === builtinAdapter && (managerSeen() || untilSettled() !== 0);
  }

  /**
   * Whether the source has reported since this call was made: a change event, a withdrawal, a
   * choice saved. Not counted: our own look at it again (a render, a timer, a new mapping), which
   * may come before a manager has recorded a click, and what a source reports while our grant is
   * written, which is its echo of that grant.
   */
  reportsSince(): () => boolean {
    const then = this.#reports;
    return () => this.#reports > then;
  }

  /** Records consent through the active source; `false` when it cannot be written there. */
  grant(category: string, provider?: string): boolean {
    this.#writing += 1;
    try {
      this.#recheck();
      if (this.source === 'auto' && this.#adapter === builtinAdapter) {
        // Marked, so a consent manager that turns up later takes over (forgetBuiltinConsent).
        grantForAuto(category);
        this.#given.push([category, provider]);
        return true;
      }
      // (A manager that throws cannot record it: the visitor is pointed to the site's own settings.)
      return this.#safely(() => this.#adapter.grant(category, provider)) ?? false;
    } finally {
      // What the source reported while it wrote, once it is all written.
      if (!--this.#writing && this.#echoed) {
        this.#echoed = false;
        this.#notify();
      }
    }
  }

  subscribe(listener: () => void): () => void {
    if (!this.#listeners.size) this.#start();
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
      if (!this.#listeners.size) this.#stop();
    };
  }

  /** `auto`: the first manager on the page; else the one named (`builtin` is none of them). */
  #detect(): ConsentAdapter {
    const auto = this.source === 'auto';
    return MANAGERS.find((adapter) => (auto ? adapter.present() : adapter.source === this.source)) ?? builtinAdapter;
  }

  /** The source reports a change. */
  readonly #heard = () => {
    // (A write reports its steps, Klaro one per switch: a player must not go at a half-written record.)
    if (this.#writing) this.#echoed = true;
    else {
      this.#reports += 1;
      this.#notify();
    }
  };

  readonly #notify = () => {
    this.#carryOver();
    for (const listener of [...this.#listeners]) listener();
  };

  /**
   * A visitor who accepted on this page before the site's manager came gets that recorded
   * there, as our button does once it is there: no player that plays and is then taken away,
   * and no second click. Once, at the manager's first answer, and only while the visitor has
   * made no choice there (a new visitor, its defaults): written before it has answered, the
   * manager would take the other categories as refused; over a choice, it would undo that.
   */
  #carryOver(): void {
    const carried = this.#carried;
    this.#carried = [];
    for (const item of carried) {
      const answer = this.granted(...item);
      if (answer === undefined) this.#carried.push(item);
      // Only over a new visitor's defaults: a choice made in the manager's own banner stands.
      else if (!answer && this.#safely(() => this.#adapter.chosen?.(...item)) === false) this.grant(...item);
    }
  }

  /** Switches to a manager that has appeared, and (re)attaches to it once it is really there. */
  readonly #recheck = () => {
    const next = this.#detect();
    // (A manager named by consent-source that never arrives, blocked say, is not attached anew at every look.)
    if (next !== this.#adapter || (this.#attachedTo !== next && next.present())) {
      this.#adapter = next;
      this.#attach();
      this.#notify();
    } else if (this.#carried.length) {
      // A manager that has read its record without an event of its own (CookieConsent's run() for a
      // new visitor): asked again at every look.
      this.#notify();
    }
  };

  #attach(): void {
    this.#stopWatching?.();
    this.#stopWatching = this.#adapter.watch(this.#heard);
    // Watching a manager that is not loaded yet hears nothing; try again when it is.
    this.#attachedTo = this.#adapter.present() ? this.#adapter : undefined;
    if (this.source === 'auto' && this.#attachedTo && this.#adapter !== builtinAdapter) {
      // (Kept when the hub attaches again, its videos gone and back, before the manager answered.)
      // With the provider of the video accepted on, where that was here (not in another tab).
      for (const category of forgetBuiltinConsent(performance.timeOrigin)) {
        const given = this.#given.filter(([name]) => name === category);
        this.#carried.push(...(given.length ? given : [[category] as Carried]));
      }
      noteManager(this.#adapter.source);
    }
  }

  #start(): void {
    this.#adapter = this.#detect();
    this.#attach();
    // A new mapping (setConsentMapping) may change every answer.
    const stopMapping = listen([MAPPING_CHANGED], this.#notify);
    if (this.source === 'builtin' || (this.source !== 'auto' && this.#attachedTo)) {
      this.#stopArrival = stopMapping;
      return;
    }
    const stopEvents = listen(ARRIVAL_EVENTS, this.#recheck);
    const stopClicks = afterClick(this.#recheck);
    const timers = ARRIVAL_CHECKS_MS.map((ms) => setTimeout(this.#recheck, ms));
    let stopLoad = () => {};
    if (this.source === 'auto') {
      // Once the page has settled, our own record counts (where no manager was found before).
      const settle = () => {
        const wait = untilSettled();
        if (wait === 0) this.#notify();
        else if (wait) timers.push(setTimeout(settle, wait));
      };
      // (Removed when the hub stops: an app that shows and removes videos while the page still
      // loads started the hub each time, and each start left a listener, and at load a timer.
      // Kept through a `load` that a script fires itself while the page still loads.)
      if (untilSettled() === undefined) stopLoad = listen(['load'], () => untilSettled() !== undefined && (stopLoad(), settle()));
      else settle();
      // A minute into the page (and some seconds after the first video) without the manager found
      // here before: it is gone from this site.
      timers.push(
        setTimeout(() => {
          if (this.#adapter === builtinAdapter && managerSeen()) noteManager(undefined);
        }, Math.max(6000, ARRIVAL_CHECKS_MS[ARRIVAL_CHECKS_MS.length - 1] - performance.now()) + 1),
      );
    }
    this.#stopArrival = () => {
      stopMapping();
      stopEvents();
      stopClicks();
      stopLoad();
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
