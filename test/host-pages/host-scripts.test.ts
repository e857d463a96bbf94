/**
 * The CDN file on partner pages whose own JavaScript and markup get in the way (issue 7): a form
 * around the whole page (ASP.NET WebForms), old libraries that add to Object.prototype,
 * Array.prototype and String.prototype, and scripts that wrap fetch, history and customElements or
 * define AMD and CommonJS globals. Each page sets its scripts up in its own window, before the
 * library loads, so nothing of it reaches the other tests.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openHostPage, waitUntil } from '../helpers.js';

type PageWindow = Window & typeof globalThis & { __outer: string[] };
const shadow = <T extends HTMLElement = HTMLElement>(page: Document, tag: string, selector: string) => page.querySelector(tag)!.shadowRoot!.querySelector<T>(selector)!;
const pause = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `value` into a case form's field as a visitor does (input, then change when leaving it). */
function fill(form: Element, name: string, value: string | boolean) {
  const control = form.shadowRoot!.querySelector<HTMLInputElement>(name === 'preferredFormat' ? `[name=${name}][value=${value}]` : `[name=${name}]`)!;
  if (typeof value === 'boolean' || name === 'preferredFormat') control.checked = true;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const CASE = {
  name: 'Sam de Vries',
  organisation: 'Gemeente Voorbeeld',
  role: 'Adviseur openbare orde',
  email: 'sam@gemeente.example',
  title: 'Oproep tot rellen na een wedstrijd',
  description: 'In een appgroep werd opgeroepen om na de wedstrijd naar het station te komen.',
  theme: 'oproepen',
  preferredFormat: 'xl',
  privacyConsent: true,
};

/** Fills in a whole case, and lets the form believe a person took the time to (its anti-spam wait). */
function fillCase(form: Element, values: Record<string, string | boolean> = CASE) {
  for (const [name, value] of Object.entries(values)) fill(form, name, value);
  // (On the page's clock: each window's performance.now() counts from its own start.)
  const since = form.ownerDocument.defaultView!.performance.now() - 10_000;
  Object.assign(form, { shownAt: since, startedAt: since });
}

describe('host pages: the page’s own scripts and markup', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-')) localStorage.removeItem(key);
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  describe('a form around the whole page (ASP.NET WebForms)', () => {
    const PATH = '/test/host-pages/webforms.html';

    async function open() {
      const page = await openHostPage(
        PATH,
        (doc) => doc.querySelector('ccv-session-list')?.shadowRoot?.querySelector('article') && doc.querySelector('ccv-casus-form')?.shadowRoot?.querySelector('form') && doc.querySelector('ccv-contact-card')?.shadowRoot?.querySelector('[part~=copy-button]'),
        'every widget rendered',
      );
      const frame = document.querySelector('iframe')!;
      const loads: string[] = [];
      // A submitted outer form loads another page into the frame.
      frame.addEventListener('load', () => loads.push(frame.contentWindow!.location.pathname));
      const view = page.defaultView as unknown as PageWindow;
      const untouched = async () => {
        await pause();
        expect(loads, 'no page loaded after ours').to.deep.equal([]);
        expect(view.__outer.filter((what) => what.startsWith('submit')), 'the page’s form not submitted').to.deep.equal([]);
      };
      return { page, view, untouched };
    }

    it('is never submitted by Enter in a field of ours, and our own form and filter still answer', async () => {
      const { page, untouched } = await open();
      const list = page.querySelector('ccv-session-list')!.shadowRoot!;
      const search = list.querySelector<HTMLInputElement>('#text')!;
      search.focus();
      await sendKeys({ type: 'zzzz' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !list.querySelector('article'), 'the search filtered the list');
      await untouched();

      const name = shadow<HTMLInputElement>(page, 'ccv-casus-form', '[name=name]');
      name.focus();
      await sendKeys({ press: 'Enter' });
      // Enter in a field submits our form: its summary of what is missing.
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=error-summary]'), 'the error summary');
      await untouched();
    });

    it('is never submitted by a button of ours, and each button still does its work', async () => {
      const draft = { name: 'Sam', title: 'Eerder begonnen' };
      localStorage.setItem(`ccv-casus-draft:${PATH}`, JSON.stringify({ v: 1, savedAt: Date.now(), values: draft }));
      const { page, untouched } = await open();
      const list = page.querySelector('ccv-session-list')!.shadowRoot!;

      const before = list.querySelectorAll('article').length;
      shadow(page, 'ccv-session-list', '[part=more-button]').click();
      await waitUntil(() => list.querySelectorAll('article').length > before, 'more sessions');

      shadow(page, 'ccv-contact-card', '[part~=copy-button]').click();
      await waitUntil(() => shadow(page, 'ccv-contact-card', '[part=status]').textContent!.trim(), 'the copy announced');

      shadow(page, 'ccv-consent-video', '[part=once-button]').click();
      expect(shadow(page, 'ccv-consent-video', 'iframe'), 'the video plays').to.exist;

      const form = page.querySelector('ccv-casus-form')!;
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=draft-notice] button'), 'the restored draft');
      expect(shadow<HTMLInputElement>(page, 'ccv-casus-form', '[name=title]').value).to.equal('Eerder begonnen');
      shadow(page, 'ccv-casus-form', '[part=draft-notice] button').click();
      await waitUntil(() => shadow<HTMLInputElement>(page, 'ccv-casus-form', '[name=title]').value === '', 'the draft discarded');

      // A case that fails (the receiver is down), the retry, and then one that arrives.
      form.setAttribute('endpoint', '/__test/status/500');
      Object.assign(form.constructor, { timing: { timeoutMs: 2000, retryDelaysMs: [] } });
      fillCase(form);
      shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
      await waitUntil(() => /Opnieuw|again/i.test(shadow(page, 'ccv-casus-form', '[part=submit-button]').textContent!), 'the retry button');
      form.setAttribute('endpoint', '/__test/casus');
      shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=confirmation]'), 'the case received', { timeout: 8000 });
      await untouched();
    });

    it('retries a list that failed to load without submitting the page', async () => {
      const { page, untouched } = await open();
      const list = page.querySelector('ccv-session-list')!;
      list.setAttribute('src', '/__test/flaky/webforms-' + Math.random());
      const retry = () => [...list.shadowRoot!.querySelectorAll('button')].find((button) => /Opnieuw|again/i.test(button.textContent!));
      await waitUntil(retry, 'the retry button');
      retry()!.click();
      await waitUntil(() => list.shadowRoot!.querySelector('article'), 'the sessions after the retry');
      await untouched();
    });

    it('adds nothing of ours to what the page’s form sends', async () => {
      const { page, view } = await open();
      const outer = page.querySelector('form')!;
      const sent = [...new view.FormData(outer).keys()];
      expect(sent).to.deep.equal(['__VIEWSTATE', 'ctl00$Search']);
      // Nothing of ours takes part in the form: the light DOM holds only our JSON-LD.
      expect([...outer.elements].map((control) => control.getAttribute('name'))).to.deep.equal(['__VIEWSTATE', 'ctl00$Search']);
    });
  });
  describe('scripts that wrap fetch, history and customElements, and AMD and CommonJS globals', () => {
    const open = () =>
      openHostPage(
        '/test/host-pages/globals.html',
        (doc) => doc.querySelector('ccv-session-list')?.shadowRoot?.querySelector('article') && doc.querySelector('ccv-casus-form')?.shadowRoot?.querySelector('form') && doc.querySelector('ccv-contact-card')?.shadowRoot?.querySelector('[part~=copy-button]'),
        'every widget rendered',
      );
    const seen = (page: Document) => (page.defaultView as unknown as { __seen: string[] }).__seen;

    it('defines every element through the page’s wrapped customElements, and leaves define, require and module alone', async () => {
      const page = await open();
      // Our bundle is an ES module: it takes no AMD or CommonJS route, and calls neither.
      expect(seen(page).filter((what) => /define called|require called/.test(what))).to.deep.equal([]);
      const view = page.defaultView as unknown as { module: { exports: object }; exports: object };
      expect(Object.keys(view.module.exports)).to.deep.equal([]);
      expect(view.exports).to.equal(view.module.exports);
      expect(seen(page).filter((what) => what.startsWith('defined ')).sort()).to.deep.equal(
        ['defined ccv-casus-form', 'defined ccv-config', 'defined ccv-consent-video', 'defined ccv-contact-card', 'defined ccv-session-list'],
      );
      for (const tag of ['ccv-casus-form', 'ccv-config', 'ccv-consent-video', 'ccv-contact-card', 'ccv-session-list']) {
        expect(page.defaultView!.customElements.get(tag), tag).to.exist;
      }
    });

    it('loads sessions and sends a case through the page’s wrapped fetch, and filters through its wrapped history', async () => {
      const page = await open();
      expect(seen(page)).to.include('fetch /demo/data/sessions.json');
      const list = page.querySelector('ccv-session-list')!.shadowRoot!;
      const topic = list.querySelector<HTMLSelectElement>('#topic')!;
      topic.value = topic.options[1].value;
      topic.dispatchEvent(new Event('change'));
      await waitUntil(() => page.defaultView!.location.search.includes('ccv-topic='), 'the filter in the address');
      expect(seen(page).some((what) => what.startsWith('replaceState ')), 'through the router’s replaceState').to.be.true;
      // The router moves on with pushState and the list follows the address (where the browser tells of it:
      // the Navigation API; Firefox has Back and Forward only).
      page.defaultView!.history.pushState(null, '', page.defaultView!.location.pathname);
      const followed = () => [...list.querySelectorAll('article')].length > 1;
      if ('navigation' in page.defaultView!) await waitUntil(followed, 'the list followed the router');

      const form = page.querySelector('ccv-casus-form')!;
      fillCase(form);
      shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=confirmation]'), 'the case received', { timeout: 8000 });
      expect(seen(page)).to.include('fetch /__test/casus');
    });
  });
});
