/**
 * The leerkring page a visitor leaves for another page of the site and comes back to with Back. The
 * browser may keep the whole page, as it was, in its back/forward cache: nothing of ours may keep it
 * out (an `unload` listener, a request left open), and what the widgets show when it comes back must
 * be true for the moment it comes back (typing kept, consent given elsewhere followed, the clock's
 * statuses, a send that was on its way, a count said once). The back-forward command
 * (scripts/wtr-plugins.mjs) drives a second tab of the same browser, Chromium and Firefox alike.
 * Each step runs in that tab: the functions below are sent as text, so they use nothing from here.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { typedCase } from '../casus-form/sample-payload.js';

type Visit = {
  /** Whether the page came back from the cache: `pageshow` with `persisted`, in the same document. */
  restored: boolean;
  /** Chromium: what kept the page out of the cache, as DevTools names it; Firefox tells nothing. */
  blocked: string[];
  /** Chromium: the navigation entry's `notRestoredReasons` (null when restored). */
  notRestoredReasons: unknown;
  value: any;
  /** Why `after` failed, if it did. */
  error?: string;
};

const PATH = '/test/host-pages/bfcache.html';
/** A function to run in the page, with its arguments, as the text of a call. */
const call = (fn: (...args: any[]) => unknown, ...args: unknown[]) => `(${fn})(...${JSON.stringify(args)})`;
/** Every widget rendered: the list's sessions, the form (or its confirmation), the video's placeholder, the card. */
const READY = call(() =>
  Object.entries({ 'ccv-session-list': 'article', 'ccv-casus-form': 'form, [part=confirmation]', 'ccv-consent-video': 'button', 'ccv-contact-card': 'a' }).every(([tag, inside]) =>
    document.querySelector(tag)?.shadowRoot?.querySelector(inside),
  ),
);
const visit = (steps: Record<string, unknown>, path = PATH): Promise<Visit> => executeServerCommand('back-forward', { path, ready: READY, ...steps });

/** Chromium and Firefox keep the page: nothing blocked it. */
function expectKept(visit: Visit) {
  expect(visit.blocked, `what kept the page out of the cache (notRestoredReasons ${JSON.stringify(visit.notRestoredReasons)})`).to.deep.equal([]);
  expect(visit.restored, 'the page came back from the back/forward cache').to.equal(true);
  expect(visit.error).to.equal(undefined);
}

/**
 * In the page: records what every live region of ours says from now on ({ text, back }: `back`
 * once the page has come back), and returns nothing. Read with `window.__said`.
 */
function listen() {
  const said: { text: string; back: boolean }[] = ((window as any).__said = []);
  let back = false;
  addEventListener('pageshow', (event) => (back ||= event.persisted));
  for (const host of document.querySelectorAll('ccv-session-list, ccv-casus-form, ccv-consent-video, ccv-contact-card')) {
    for (const region of host.shadowRoot!.querySelectorAll('[aria-live], [role=status], [role=alert]')) {
      new MutationObserver(() => said.push({ text: region.textContent!.trim(), back })).observe(region, { childList: true, characterData: true, subtree: true });
    }
  }
}

describe('host pages: back to the page with Back (back/forward cache)', function () {
  // Each visit loads the page twice over in another tab, and waits out a few seconds away from it.
  this.timeout(60_000);
  // Before too: a host-page test of another file (same origin, same storage) may have left a draft.
  const forget = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-')) localStorage.removeItem(key);
  };
  beforeEach(forget);
  afterEach(forget);

  it('is kept whole, every widget on it, and the form comes back with what was typed (its draft kept too)', async () => {
    const result = await visit({
      type: [{ selector: '[name=name]', text: 'Anna de Boer' }],
      after: call(() => ({
        name: document.querySelector('ccv-casus-form')!.shadowRoot!.querySelector<HTMLInputElement>('[name=name]')!.value,
        draft: Object.entries(localStorage).find(([key]) => key.startsWith('ccv-casus-draft:'))?.[1],
      })),
    });
    expectKept(result);
    expect(result.value.name).to.equal('Anna de Boer');
    expect(JSON.parse(result.value.draft).values.name).to.equal('Anna de Boer');
  });

  it('loads the video on return when consent was given on another page meanwhile', async () => {
    const result = await visit({
      // (Another page of the site: its storage is this page's, and no `storage` event reaches a page in the cache.)
      whileAway: call(() => localStorage.setItem('ccv-consent', JSON.stringify({ v: 1, granted: { marketing: Date.now() } }))),
      after: call(async () => {
        const video = document.querySelector('ccv-consent-video')!;
        for (const deadline = performance.now() + 5000; !video.shadowRoot!.querySelector('iframe') && performance.now() < deadline; ) await new Promise(requestAnimationFrame);
        return !!video.shadowRoot!.querySelector('iframe');
      }),
    });
    expectKept(result);
    expect(result.value, 'the player loaded').to.equal(true);
  });

  it('says on return what is past: a session upcoming when the visitor left has ended since', async () => {
    const result = await visit({
      // A session starting 1.5 s from now and ending 3 s from now, shown as upcoming (with its calendar link).
      before: call(async () => {
        const list = document.querySelector('ccv-session-list') as HTMLElement & { sessions: unknown; updateComplete: Promise<unknown> };
        const now = Date.now();
        list.removeAttribute('src');
        list.sessions = [{ id: 'soon', title: 'Straks', start: new Date(now + 1500).toISOString(), end: new Date(now + 3000).toISOString() }];
        localStorage.setItem('ccv-test-end', String(now + 3000));
        await list.updateComplete;
        return !!list.shadowRoot!.querySelector('#session-soon [part=calendar-link]');
      }),
      // Away until it has ended.
      whileAway: call(() => new Promise((resolve) => setTimeout(resolve, Number(localStorage.getItem('ccv-test-end')) - Date.now() + 200))),
      after: call(async () => {
        const list = document.querySelector('ccv-session-list') as HTMLElement & { updateComplete: Promise<unknown> };
        await list.updateComplete;
        const session = list.shadowRoot!.querySelector('#session-soon')!;
        return { calendar: !!session.querySelector('[part=calendar-link]'), live: !!session.querySelector('[part=live-badge]') };
      }),
    });
    expectKept(result);
    expect(result.value, 'past: no calendar link, not live').to.deep.equal({ calendar: false, live: false });
  });

  it('ends a send that was on its way when the visitor left in one case received, and its confirmation', async () => {
    const id = crypto.randomUUID();
    const result = await visit(
      {
        // Sent to a receiver that stores the case at once and answers 2 s later; the visitor leaves meanwhile.
        before: call(async (values: Record<string, string>) => {
          const form = document.querySelector('ccv-casus-form') as HTMLElement & { updateComplete: Promise<unknown> };
          const { fillInCase } = await import('/test/audit/page.ts' as string);
          fillInCase(form, values);
          form.shadowRoot!.querySelector<HTMLElement>('[part=submit-button]')!.click();
          await form.updateComplete;
          return form.shadowRoot!.querySelector('form')!.getAttribute('aria-busy');
        }, typedCase),
        whileAway: call(() => new Promise((resolve) => setTimeout(resolve, 2500))),
        after: call(async () => {
          const form = document.querySelector('ccv-casus-form')!;
          const confirmation = () => form.shadowRoot!.querySelector('[part=confirmation]');
          // Not kept (Firefox keeps no page with a request open): the draft is back, and the visitor sends again.
          if (!confirmation()) form.shadowRoot!.querySelector<HTMLElement>('[part=submit-button]')!.click();
          for (const deadline = performance.now() + 8000; !confirmation() && performance.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
          return confirmation()?.textContent?.match(/LK-[\w-]+/)?.[0];
        }),
      },
      `${PATH}?endpoint=${encodeURIComponent(`/__test/casus-late/${id}?slow=2000`)}`,
    );
    const keys: string[] = await (await fetch(`/__test/casus-attempts/${id}`)).json();
    expect(keys.length, 'sent at least once').to.be.at.least(1);
    expect(new Set(keys).size, 'every attempt one case: the same Idempotency-Key').to.equal(1);
    expect(result.value, 'the confirmation shows the reference').to.match(/^LK-/);
    // Kept with its request open (Chromium, measured: nothing blocked), the answer reaches the page and it
    // sends nothing more. (Not asserted kept: a browser may evict a page whose request runs long.)
    if (result.restored) expect(keys.length, 'sent once').to.equal(1);
  });

  /** What the live regions of ours said, not empty, once nothing more comes (a second saying would come within 1.5 s). */
  const saidAfterReturn = call(async () => {
    const said: { text: string; back: boolean }[] = (window as any).__said;
    for (const deadline = performance.now() + 3000; !said.some(({ text }) => text) && performance.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return said.filter(({ text }) => text);
  });

  it('says a count owed when the visitor left once, after return', async () => {
    const result = await visit({
      setup: call(listen),
      // A search typed just before leaving: its count is said once typing pauses (700 ms).
      type: [{ selector: '#text', text: 'XL' }],
      after: saidAfterReturn,
    });
    expectKept(result);
    expect(result.value.length, `said: ${JSON.stringify(result.value)}`).to.equal(1);
    expect(result.value[0].text).to.match(/\d/);
  });

  it('does not say again on return what it said before the visitor left', async () => {
    const result = await visit({
      setup: call(listen),
      type: [{ selector: '#text', text: 'XL' }],
      before: call(async () => {
        const said: { text: string }[] = (window as any).__said;
        for (const deadline = performance.now() + 5000; !said.some(({ text }) => text) && performance.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
      }),
      after: saidAfterReturn,
    });
    expectKept(result);
    expect(result.value.length, `said: ${JSON.stringify(result.value)}`).to.equal(1);
    expect(result.value[0].back, 'said before leaving').to.equal(false);
  });
});

describe('host pages: back to the page with Back, the page not kept', function () {
  this.timeout(60_000);

  it('brings back a search typed just before leaving, in the address and the list', async () => {
    const result = await visit({
      // A site's own script with an `unload` listener (common in older analytics): no browser keeps the page.
      setup: call(() => addEventListener('unload', () => {})),
      // Left at once, before typing has paused (700 ms): the search had not yet gone into the address.
      type: [{ selector: '#text', text: 'XL' }],
      after: call(async () => {
        const list = document.querySelector('ccv-session-list') as HTMLElement & { updateComplete: Promise<unknown> };
        await list.updateComplete;
        return { search: new URLSearchParams(location.search).get('ccv-q'), field: list.shadowRoot!.querySelector<HTMLInputElement>('#text')!.value };
      }),
    });
    expect(result.restored, 'loaded anew').to.equal(false);
    expect(result.value).to.deep.equal({ search: 'XL', field: 'XL' });
  });
});
