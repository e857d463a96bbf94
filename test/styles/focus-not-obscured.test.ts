/**
 * WCAG 2.4.11 on a typical municipal page: a sticky header at the top, a fixed cookie bar at the
 * bottom, and `scroll-padding` on <html> to say so. Wherever a widget moves focus or scrolls by
 * itself, what it brings to the visitor (and, from an error summary link, the field's label)
 * must land between the two, not under either.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { CcvCasusForm } from '../../src/casus-form/casus-form.js';
import type { CcvSessionList } from '../../src/session-list/session-list.js';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import { STORAGE_KEY, withdrawConsent } from '../../src/consent/builtin.js';
import { stubWarn, waitUntil } from '../helpers.js';

const q = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement;

let header: HTMLElement;
let bar: HTMLElement;
let style: HTMLStyleElement;
before(() => {
  style = document.createElement('style');
  style.textContent = `html { scroll-padding-block: 96px 56px } body { margin: 0 }
    .site-header { position: sticky; inset-block-start: 0; block-size: 96px; background: #fff; z-index: 1 }
    .cookie-bar { position: fixed; inset-block-end: 0; inset-inline: 0; block-size: 56px; background: #eee; z-index: 1 }
    .tall { block-size: 1500px; margin: 0 }`;
  header = Object.assign(document.createElement('header'), { className: 'site-header' });
  bar = Object.assign(document.createElement('div'), { className: 'cookie-bar' });
  document.head.append(style);
  document.body.prepend(header);
  document.body.append(bar);
});
after(() => {
  for (const element of [style, header, bar]) element.remove();
  scrollTo(0, 0);
});

/** `element` (its top, where it is taller than the room) lies between the sticky header and the cookie bar. */
function expectClear(element: Element, what: string): void {
  const box = element.getBoundingClientRect();
  const top = header.getBoundingClientRect().bottom;
  const bottom = bar.getBoundingClientRect().top;
  expect(box.height, `${what}: shown`).to.be.greaterThan(0);
  expect(box.top, `${what}: not under the sticky header`).to.be.at.least(top - 1);
  expect(box.height > bottom - top ? box.top : box.bottom, `${what}: not under the cookie bar`).to.be.at.most(bottom + 1);
}

/** Scrolls the page so `element` sits just above the cookie bar, where a visitor pressing it would have it. */
function atBottom(element: Element): void {
  scrollBy(0, element.getBoundingClientRect().bottom - bar.getBoundingClientRect().top + 4);
}

/** A page with room above and below a widget, so that every focus move has to scroll. */
/** Two rendered frames: past whatever the page still had to lay out and scroll. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const tall = (widget: unknown) => fixture<HTMLElement>(html`<div><p class="tall">Boven</p>${widget}<p class="tall">Onder</p></div>`);

describe('focus a widget moves stays clear of a sticky header and a cookie bar (2.4.11)', () => {
  describe('<ccv-casus-form>', () => {
    const realFetch = window.fetch;
    let answer: () => Response;
    beforeEach(() => {
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [10, 10, 10] };
      window.fetch = async () => answer();
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    async function mount(): Promise<CcvCasusForm> {
      const page = await tall(html`<ccv-casus-form endpoint="/nowhere" privacy-url="/privacy" no-draft></ccv-casus-form>`);
      const form = page.querySelector<CcvCasusForm>('ccv-casus-form')!;
      await form.updateComplete;
      // (The form refuses a case sent faster than a person types one.)
      Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
      return form;
    }

    function fillAll(form: CcvCasusForm): void {
      const values = { name: 'Sam', organisation: 'Gemeente', role: 'Adviseur', email: 'sam@gemeente.example', title: 'Oproep', description: 'In een appgroep werd opgeroepen.', theme: 'oproepen' };
      for (const [name, value] of Object.entries(values)) {
        const control = q<HTMLInputElement>(form, `[name=${name}]`);
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }
      const consent = q<HTMLInputElement>(form, '[name=privacyConsent]');
      consent.checked = true;
      consent.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }

    async function submitFromBottom(form: CcvCasusForm): Promise<void> {
      const button = q(form, '[part=submit-button]');
      atBottom(button);
      button.click();
      await form.updateComplete;
    }

    it('shows the error summary it focuses, and each field with its label that a summary link focuses', async () => {
      const form = await mount();
      await submitFromBottom(form);
      const summary = q(form, '[part=error-summary]');
      expect(focused(form)).to.equal(summary);
      expectClear(summary, 'the error summary');
      for (const link of [...summary.querySelectorAll('a')]) {
        // From the far end of the page, and from just below the sticky header.
        for (const start of [document.documentElement.scrollHeight, scrollY + link.getBoundingClientRect().top - 40]) {
          scrollTo(0, start);
          link.click();
          await form.updateComplete;
          const control = focused(form);
          const name = control.getAttribute('name')!;
          expectClear(control, `the field ${name}`);
          expectClear(form.shadowRoot!.querySelector(`label[for="${control.id}"]`)!, `the label of ${name}`);
        }
      }
    });

    it('shows an error summary taller than the room from its heading, on a phone', async () => {
      await setViewport({ width: 320, height: 568 });
      try {
        const form = await mount();
        await submitFromBottom(form);
        const summary = focused(form);
        expect(summary.offsetHeight, 'taller than the room between header and cookie bar').to.be.greaterThan(568 - 96 - 56);
        expectClear(summary, 'the error summary');
        expectClear(summary.querySelector('h2')!, 'its heading');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows the field errors of the server in the summary it focuses, and a group of choices with its legend', async () => {
      const form = await mount();
      fillAll(form);
      answer = () => new Response(JSON.stringify({ errors: [{ field: 'preferredFormat', detail: 'Kies een vorm' }] }), { status: 422, headers: { 'Content-Type': 'application/problem+json' } });
      await submitFromBottom(form);
      await waitUntil(() => focused(form)?.matches('[part=error-summary]'), 'the summary focused');
      expectClear(focused(form), 'the error summary');
      scrollTo(0, document.documentElement.scrollHeight);
      focused(form).querySelector('a')!.click();
      await form.updateComplete;
      expect(focused(form).getAttribute('name')).to.equal('preferredFormat');
      expectClear(focused(form), 'the first choice');
      expectClear(focused(form).closest('fieldset')!.querySelector('legend')!, 'the legend of the choices');
    });

    it('keeps the button of the restored-draft notice in view when it discards and undoes', async () => {
      const key = `ccv-casus-draft:${location.pathname}`;
      localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: Date.now() - 60_000, values: { title: 'Een eerdere casus' } }));
      try {
        const page = await tall(html`<ccv-casus-form endpoint="/nowhere" privacy-url="/privacy"></ccv-casus-form>`);
        const form = page.querySelector<CcvCasusForm>('ccv-casus-form')!;
        await form.updateComplete;
        for (const what of ['discard', 'undo']) {
          const button = q(form, '[part=draft-notice] button');
          atBottom(button);
          button.click();
          await form.updateComplete;
          expect(focused(form), what).to.equal(q(form, '[part=draft-notice] button'));
          expectClear(focused(form), `the button after ${what}`);
        }
      } finally {
        localStorage.removeItem(key);
      }
    });

    it('shows the confirmation it focuses', async () => {
      const form = await mount();
      fillAll(form);
      answer = () => new Response(JSON.stringify({ reference: 'CCV-1' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
      await submitFromBottom(form);
      await waitUntil(() => focused(form)?.matches('[part=confirmation]'), 'the confirmation focused');
      expectClear(focused(form), 'the confirmation');
    });

    it('shows the message of a failed send, with its retry, that it focuses', async () => {
      const form = await mount();
      fillAll(form);
      answer = () => new Response('', { status: 503 });
      await submitFromBottom(form);
      await waitUntil(() => focused(form)?.matches('[part=status]'), 'the failure focused', { timeout: 8000 });
      expectClear(focused(form), 'the failure message');
    });
  });

  describe('<ccv-session-list>', () => {
    const SESSIONS = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      title: `Leerkring ${i + 1}`,
      start: `2023-${String(12 - i).padStart(2, '0')}-01T15:30:00+01:00`,
      summary: 'Over online aangejaagde ordeverstoringen.',
      topics: [i % 2 ? 'OSINT' : 'APV'],
    }));
    const NOW = '2024-03-01T12:00:00+01:00';

    it('shows the first new session "show more" focuses', async () => {
      const page = await tall(html`<ccv-session-list now=${NOW} page-size="3" .sessions=${SESSIONS}></ccv-session-list>`);
      const list = page.querySelector<CcvSessionList>('ccv-session-list')!;
      await list.updateComplete;
      const more = q(list, '[part=more-button]');
      atBottom(more);
      more.focus({ preventScroll: true });
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(focused(list)).to.equal(list.shadowRoot!.querySelectorAll('article')[3]);
      expectClear(focused(list), 'the first new session');
    });

    it('shows the session a link to it names, focused', async () => {
      const page = await tall(html`<ccv-session-list now=${NOW} page-size="3" .sessions=${SESSIONS}></ccv-session-list>`);
      const list = page.querySelector<CcvSessionList>('ccv-session-list')!;
      await list.updateComplete;
      const hash = location.hash;
      try {
        scrollTo(0, 0);
        location.hash = '#s7';
        await waitUntil(() => focused(list)?.id === 'session-s7', 'the linked session focused');
        await frames(); // a scroll the browser still owed the new address is done
        expectClear(focused(list), 'the linked session');
        scrollTo(0, document.documentElement.scrollHeight);
        location.hash = '#s1';
        await waitUntil(() => focused(list)?.id === 'session-s1', 'the linked session focused');
        await frames(); // a scroll the browser still owed the new address is done
        expectClear(focused(list), 'the linked session, from below');
      } finally {
        history.replaceState(null, '', hash || location.pathname + location.search);
      }
    });

    it('shows what a retry brought, focused', async () => {
      const warn = stubWarn();
      try {
        const page = await tall(html`<ccv-session-list now=${NOW} src=${`/__test/flaky/${Math.random()}`}></ccv-session-list>`);
        const list = page.querySelector<CcvSessionList>('ccv-session-list')!;
        await waitUntil(() => list.shadowRoot!.querySelector('[role=alert] button'), 'the error state');
        const retry = q(list, '[role=alert] button');
        atBottom(retry);
        retry.focus({ preventScroll: true });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => focused(list)?.localName === 'article', 'the first session focused');
        expectClear(focused(list), 'the first session');
      } finally {
        warn.restore();
      }
    });
  });

  describe('<ccv-consent-video>', () => {
    beforeEach(() => localStorage.removeItem(STORAGE_KEY));
    afterEach(() => withdrawConsent('marketing'));

    it('shows the player it focuses after consent, and the accept button it focuses after withdrawal', async () => {
      const page = await tall(html`<ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname" consent-source="builtin"></ccv-consent-video>`);
      const video = page.querySelector<CcvConsentVideo>('ccv-consent-video')!;
      await video.updateComplete;
      const accept = q(video, '[part~=accept-button]');
      atBottom(accept);
      accept.click();
      await video.updateComplete;
      expect(focused(video)?.localName).to.equal('iframe');
      expectClear(focused(video), 'the player');
      const withdraw = q(video, '[part~=withdraw-button]');
      atBottom(withdraw);
      withdraw.click();
      await waitUntil(() => focused(video) === accept, 'the accept button focused');
      expectClear(accept, 'the accept button');
    });

    it('leaves a player taller than half the window where it is when it is already clear', async () => {
      // (315 px of the runner's 600: taller than half, and in full view between header and bar.)
      const page = await tall(html`<ccv-consent-video style="inline-size: 560px" video-id="M7lc1UVf-VE" video-title="Opname" consent-source="builtin"></ccv-consent-video>`);
      const video = page.querySelector<CcvConsentVideo>('ccv-consent-video')!;
      await video.updateComplete;
      scrollBy(0, video.getBoundingClientRect().top - 150);
      const before = scrollY;
      expectClear(video, 'the placeholder');
      expect(video.offsetHeight, 'taller than half the window').to.be.greaterThan(innerHeight / 2);
      q(video, '[part~=accept-button]').click();
      await video.updateComplete;
      expect(focused(video)?.localName).to.equal('iframe');
      expect(scrollY, 'the page did not move under the visitor').to.equal(before);
    });
  });
});
