import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { CSSResult } from 'lit';

/**
 * Open-wc's `waitUntil`, with a default timeout of 5 s instead of 1 s: CI
 * runs Chromium and Firefox side by side on two cores, where a page can stall
 * for more than a second. A condition that never holds still fails.
 *
 * It looks every 10 ms (open-wc's 50): most conditions hold a few ms after the first look, and the
 * suite waits thousands of times, so a 50 ms step cost tens of seconds a run. A look is cheap.
 *
 * Unlike open-wc's, it looks at the condition once more when the time is up. After a stall,
 * the overdue timers run in the order they fell due: the page's own timer (whose work the test
 * waits for) and then the time limit, before the next look. Open-wc's then gave up on a
 * condition that already held.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  const { interval = 10, timeout = 5000 } = options;
  const { stack } = new Error();
  return new Promise((resolve, reject) => {
    let done = false;
    let next: ReturnType<typeof setTimeout> | undefined;
    const finish = (error?: unknown) => {
      done = true;
      clearTimeout(next);
      clearTimeout(limit);
      if (error) reject(error);
      else resolve();
    };
    const limit = setTimeout(async () => {
      if (done) return;
      try {
        if (await predicate()) return finish();
      } catch (error) {
        return finish(error);
      }
      const error = new Error(message ? `Timeout: ${message}` : `waitUntil timed out after ${timeout}ms`);
      error.stack = stack;
      finish(error);
    }, timeout);
    const look = async () => {
      try {
        if (await predicate()) finish();
        else if (!done) next = setTimeout(look, interval);
      } catch (error) {
        finish(error);
      }
    };
    void look();
  });
}

/**
 * For `before(warmUpAxe)`: axe-core, behind `to.be.accessible()`, is loaded on first use and
 * its first run is slow as well. Under load that took 1-4 s inside whichever test of a file
 * checked first (two tests ran out of their 8 s that way). This pays it once, with its own limit.
 */
export async function warmUpAxe(this: Mocha.Context): Promise<void> {
  this.timeout(60_000);
  const probe = document.createElement('p');
  probe.textContent = 'axe';
  document.body.append(probe);
  try {
    await expect(probe).to.be.accessible();
  } finally {
    probe.remove();
  }
}

/**
 * How long `work` takes at its fastest, for a test that holds an algorithm to a wall-clock limit
 * (a quadratic one took seconds; a linear one takes milliseconds). On a loaded machine one run can
 * stall well past the limit all the same (944 ms against 500 on CI's two busy cores), so `work`
 * runs again, up to `tries` times in all, while it has not yet come in under `limitMs`; `result` is
 * what the fastest run returned. Work that is really slow is slow every time, and still fails.
 */
export async function fastest<T>(limitMs: number, work: () => T | Promise<T>, tries = 3): Promise<{ ms: number; result: T }> {
  let best: { ms: number; result: T } | undefined;
  for (let i = 0; i < tries && !(best && best.ms < limitMs); i += 1) {
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    if (!best || ms < best.ms) best = { ms, result };
  }
  return best!;
}

/** Records console.warn calls without printing them. */
export function stubWarn() {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    /** Every warning's message, one per line. */
    said: () => calls.map((call) => String(call[0])).join('\n'),
    restore() {
      console.warn = original;
    },
  };
}

/** Waits until MutationObservers and the resulting Lit updates have run. */
export async function settle(element?: { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element?.updateComplete;
}

/**
 * Runs `action` while the test runner records, from outside the page, every
 * request the browser makes (iframes included). `thirdParty` holds those to
 * any origin but the test page's own. `meanwhile` (optional) runs on the
 * action's result during the 300 ms the recording stays open after it.
 */
export async function recordRequests<T>(action: () => Promise<T>, meanwhile?: (result: T) => Promise<unknown>): Promise<{ result: T; thirdParty: string[]; all: string[] }> {
  await executeServerCommand('network-record', 'start');
  // A first request of our own: what the recorder heard before it (an earlier test's request,
  // reported late on a loaded machine) is not this recording's.
  const opening = `/package.json?recorder-opening=${Math.random()}`;
  await fetch(opening);
  await executeServerCommand('network-record', { from: opening });
  const result = await action();
  // Let anything the page queued go out (the recording stays open while `meanwhile` works, if longer).
  await Promise.all([new Promise((resolve) => setTimeout(resolve, 300)), meanwhile?.(result)]);
  // The recorder hears of a request a moment after it is made (on a loaded machine, more than the
  // 300 ms above): a last request of our own, and the recording ends once that one is heard.
  const fence = `/package.json?recorder-fence=${Math.random()}`;
  await fetch(fence);
  const all = (await executeServerCommand<string[], { stop: string }>('network-record', { stop: fence })) ?? [];
  const thirdParty = all.filter((url) => /^https?:/.test(url) && new URL(url).origin !== location.origin);
  return { result, thirdParty, all };
}

/**
 * Opens a host page in an iframe (same origin, so the test can look inside)
 * and waits until `ready(page)` holds.
 */
export async function openHostPage(path: string, ready: (page: Document) => unknown, what: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '700px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  await waitUntil(() => ready(page), what, { timeout: 8000 });
  return page;
}

/**
 * Lays the widgets out for paper until the returned function is called. Chromium emulates the
 * print medium. Firefox, driven over WebDriver BiDi, cannot: there the widgets' own `@media print`
 * rules are switched on for the screen instead. It is the same rules on a screen-sized page, so what
 * the tests read from them (display, colours, generated content, box sizes) is what paper gets.
 */
export async function printMedia(): Promise<() => Promise<void>> {
  try {
    await emulateMedia({ media: 'print' });
    return () => emulateMedia({ media: 'screen' });
  } catch {
    const rules = ['ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card']
      .flatMap((tag) => (customElements.get(tag) as { elementStyles?: (CSSResult | CSSStyleSheet)[] } | undefined)?.elementStyles ?? [])
      .flatMap((style) => [...('styleSheet' in style ? style.styleSheet! : style).cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    for (const rule of rules) rule.media.mediaText = 'all';
    return async () => {
      for (const rule of rules) rule.media.mediaText = 'print';
    };
  }
}

/**
 * The width the page has for its content: the viewport less a classic scrollbar. Firefox on Linux
 * and Windows takes 12 px of a 320 px window for it (308 left); Chromium headless takes none. Measured
 * against `innerWidth`, up to 12 px of sideways overflow went unseen in Firefox.
 */
export const contentWidth = (): number => document.documentElement.clientWidth;

/** WCAG 1.4.10: the page does not scroll sideways, measured against the width it has for its content. */
export function expectNoSidewaysScroll(what = 'no sideways scrolling'): void {
  const { scrollWidth } = document.documentElement;
  expect(scrollWidth, `${what}: ${scrollWidth} px of content in ${contentWidth()}`).to.be.at.most(contentWidth());
}
