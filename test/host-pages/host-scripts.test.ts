/**
 * The CDN file on partner pages whose own JavaScript and markup get in the way (issue 7): a form
 * around the whole page (ASP.NET WebForms), old libraries that add to Object.prototype,
 * Array.prototype and String.prototype, and scripts that wrap fetch, history and customElements or
 * define AMD and CommonJS globals. Each page sets its scripts up in its own window, before the
 * library loads, so nothing of it reaches the other tests.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fillInCase } from '../audit/page.js';
import { typedCase } from '../casus-form/sample-payload.js';
import { openHostPage, waitUntil } from '../helpers.js';

type PageWindow = Window & typeof globalThis & { __outer: string[] };
const shadow = <T extends HTMLElement = HTMLElement>(page: Document, tag: string, selector: string) => page.querySelector(tag)!.shadowRoot!.querySelector<T>(selector)!;
const pause = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));

/** A whole case, as fillInCase types it (with the preferred format xl and the privacy box ticked). */
const CASE = typedCase;
const fillCase = (form: Element) => fillInCase(form, CASE);

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
  describe('old libraries that add to Object.prototype, Array.prototype and String.prototype', () => {
    const PATH = '/test/host-pages/polluted.html';
    const INHERITED = /Geërfd|Uit __proto__|aanval/;
    const open = () =>
      openHostPage(
        PATH,
        (doc) => doc.querySelector('ccv-session-list')?.shadowRoot?.querySelector('article') && doc.querySelector('ccv-casus-form')?.shadowRoot?.querySelector('form') && doc.querySelector('ccv-contact-card')?.shadowRoot?.querySelector('[part=vcard-link]'),
        'every widget rendered',
      );
    /** A download link's file, as the visitor's browser saves it. */
    const file = (link: HTMLAnchorElement) => decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
    /** Nothing was written into what every object of the page inherits. */
    function unpolluted(view: Window) {
      for (const object of [{}, new (view as unknown as typeof globalThis).Object()]) {
        expect((object as Record<string, unknown>).polluted, 'Object.prototype.polluted').to.be.undefined;
        expect((object as Record<string, unknown>).summary, 'Object.prototype.summary').to.be.undefined;
        expect((object as Record<string, unknown>).organisation, 'Object.prototype.organisation').to.be.undefined;
      }
    }

    it('takes a session’s fields only from the data itself, never from what every object inherits', async () => {
      const page = await open();
      const view = page.defaultView!;
      expect((view as unknown as { eval(code: string): unknown }).eval('({}).title'), 'the page really is polluted').to.equal('Geërfd van Object.prototype');
      const list = page.querySelector('ccv-session-list')!.shadowRoot!;
      // The session without a title is skipped, not shown under the inherited one.
      expect([...list.querySelectorAll('[part=session-title]')].map((title) => title.textContent!.trim())).to.deep.equal(['Met vreemde sleutels', 'Leerkring XL']);
      const odd = list.querySelector('#vreemde-sleutels, [id$=vreemde-sleutels]')!;
      expect(odd.textContent, 'nothing from __proto__ or inherited').not.to.match(INHERITED);
      expect(odd.querySelector('[part=registration-link]'), 'no registration link from __proto__').to.be.null;
      // The panel member without a name is left out (not named by Object.prototype).
      expect(odd.textContent).to.contain('Lienke Hutten').and.not.to.contain('zonder naam');
      const calendar = file(odd.querySelector<HTMLAnchorElement>('[part=calendar-link]')!);
      expect(calendar).to.contain('\r\nSUMMARY:Met vreemde sleutels\r\n').and.not.to.match(INHERITED);
      expect(calendar.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75), 'lines folded').to.be.true;
      unpolluted(view);
      unpolluted(window);
    });

    it('writes correct JSON-LD although Array.prototype.toJSON turns arrays into strings', async () => {
      const page = await open();
      const view = page.defaultView!;
      expect((view as unknown as { eval(code: string): unknown }).eval('JSON.stringify([1])'), 'the page really has Prototype.js 1.6’s Array#toJSON').to.equal('"[1]"');
      const ld = JSON.parse(page.querySelector('ccv-session-list > script[type="application/ld+json"]')!.textContent!);
      expect(ld['@graph']).to.be.an('array').with.length(2);
      const [upcoming, past] = ld['@graph'];
      expect(upcoming.name).to.equal('Met vreemde sleutels');
      expect(upcoming.performer).to.deep.equal([
        { '@type': 'Person', name: 'Patrick van den Brink' },
        { '@type': 'Person', name: 'Lienke Hutten', affiliation: { '@type': 'Organization', name: 'CCV' } },
      ]);
      expect(upcoming.keywords).to.equal('OSINT, Barrièremodel');
      expect(past.recordedIn.name, 'a recording without a title takes the session’s').to.equal('Leerkring XL');
      expect(JSON.stringify(ld)).not.to.match(INHERITED);
      const person = JSON.parse(page.querySelector('ccv-contact-card > script[type="application/ld+json"]')!.textContent!);
      expect(person).to.include({ '@type': 'Person', name: 'Lienke Hutten', email: 'lienke.hutten@hetccv.nl', telephone: '+31612056691' });
      expect(person).not.to.have.property('jobTitle');
    });

    it('writes a correct vCard and plays the video from the time in its address', async () => {
      const page = await open();
      const vcard = file(shadow<HTMLAnchorElement>(page, 'ccv-contact-card', '[part=vcard-link]'));
      expect(vcard.split('\r\n')).to.deep.equal([
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Lienke Hutten',
        'N:Hutten;Lienke;;;',
        'ORG:CCV',
        'EMAIL;TYPE=work:lienke.hutten@hetccv.nl',
        'TEL;VALUE=uri;TYPE="work,voice":tel:+31612056691',
        'END:VCARD',
        '',
      ]);
      shadow(page, 'ccv-consent-video', '[part=accept-button]').click();
      const src = new URL(shadow<HTMLIFrameElement>(page, 'ccv-consent-video', 'iframe').src);
      expect([src.origin, src.pathname, src.searchParams.get('start')]).to.deep.equal(['https://www.youtube-nocookie.com', '/embed/M7lc1UVf-VE', '90']);
      // Our consent record is written as JSON of what it holds: its list of categories granted without a
      // consent manager (`auto`: none on this page) still a list.
      const stored = JSON.parse(localStorage.getItem('ccv-consent')!);
      expect(stored.v).to.equal(1);
      expect(stored.granted.marketing).to.be.a('number');
      expect(stored.auto).to.deep.equal(['marketing']);
    });

    it('posts the documented case payload and keeps a draft of only what was typed', async () => {
      const page = await open();
      const view = page.defaultView as unknown as Window & { __events: { type: string; detail: { payload: Record<string, unknown> } }[] };
      const bodies: string[] = [];
      const pageFetch = view.fetch;
      view.fetch = (input, init) => {
        if (init?.body) bodies.push(String(init.body));
        return pageFetch(input, init);
      };
      const form = page.querySelector('ccv-casus-form')!;
      fillInCase(form, { name: 'Sam de Vries' });
      const key = `ccv-casus-draft:${PATH}`;
      await waitUntil(() => localStorage.getItem(key), 'the draft saved');
      const draft = JSON.parse(localStorage.getItem(key)!);
      expect(draft.values.title ?? '', 'no inherited title in the draft').to.equal('');
      expect(draft.values.name).to.equal('Sam de Vries');
      fillCase(form);
      shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=confirmation]'), 'the case received', { timeout: 8000 });
      expect(bodies).to.have.length(1);
      const expected = { version: 1, ...CASE, phone: '', preferredFormat: 'xl', privacyConsent: true, locale: 'nl' };
      expect(JSON.parse(bodies[0])).to.deep.equal(expected);
      expect(view.__events.map((event) => event.type)).to.deep.equal(['ccv-casus-submit', 'ccv-casus-success']);
      expect(JSON.parse(JSON.stringify(view.__events[1].detail.payload))).to.deep.equal(expected);
    });

    it('restores a stored draft by its own fields only, and ignores __proto__ and constructor in it', async () => {
      const values = JSON.parse('{"name":"Sam","__proto__":{"title":"Uit __proto__","polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}}}');
      const savedAt = Date.now();
      localStorage.setItem(`ccv-casus-draft:${PATH}`, JSON.stringify({ v: 1, savedAt, values }));
      const page = await open();
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=draft-notice]'), 'the restored draft');
      // When it was saved, on the device's own 24-hour clock: not in the page's Object.prototype.timeZone
      // (Asia/Tokyo), nor with its hour12.
      const saved = new Date(savedAt);
      const clock = [saved.getHours(), saved.getMinutes()].map((n) => String(n).padStart(2, '0')).join(':');
      expect(shadow(page, 'ccv-casus-form', '[part=draft-notice]').textContent).to.contain(`om ${clock})`);
      expect(shadow<HTMLInputElement>(page, 'ccv-casus-form', '[name=name]').value).to.equal('Sam');
      expect(shadow<HTMLInputElement>(page, 'ccv-casus-form', '[name=title]').value, 'no title restored from Object.prototype').to.equal('');
      unpolluted(page.defaultView!);
    });

    it('shows every widget and answers every press, whatever Object.prototype says of the browser’s options', async () => {
      const page = await open();
      const view = page.defaultView as unknown as Window & typeof globalThis;
      expect((view as unknown as { eval(code: string): unknown }).eval('({}).slotAssignment'), 'the page really is polluted').to.equal('manual');
      // The shadow roots: <ccv-config> shows the widgets in it (its slot is no `manual` one), and a
      // widget hands no focus on (no `delegatesFocus`).
      for (const tag of ['ccv-session-list', 'ccv-consent-video', 'ccv-casus-form', 'ccv-contact-card']) {
        const widget = page.querySelector<HTMLElement>(tag)!;
        expect(widget.assignedSlot, `${tag} in <ccv-config>’s slot`).to.exist;
        expect(widget.getBoundingClientRect().height, `${tag} shown`).to.be.greaterThan(0);
      }
      page.querySelector<HTMLElement>('ccv-session-list')!.focus();
      expect(page.activeElement, 'focusing the list moves focus into nothing of it').to.equal(page.body);
      // The observers: the data-ccv markup is upgraded (observed with `attributes` and
      // `attributeOldValue` of its own), and a recording far down the list comes in as it nears.
      await waitUntil(() => page.querySelector('body > ccv-contact-card'), 'the data-ccv markup upgraded');
      const list = page.querySelector('ccv-session-list') as HTMLElement & { sessions: unknown[] };
      list.sessions = Array.from({ length: 10 }, (_, i) => ({ id: `v${i}`, title: `Sessie ${i}`, start: new Date(Date.UTC(2023, 0, 1 + i, 14)).toISOString(), video: { url: 'https://youtu.be/M7lc1UVf-VE' } }));
      await waitUntil(() => list.shadowRoot!.querySelectorAll('article').length === 10, 'the ten sessions');
      const last = [...list.shadowRoot!.querySelectorAll('article')].pop()!;
      expect(last.querySelector('ccv-consent-video'), 'far down, a box until it comes near').to.be.null;
      last.scrollIntoView();
      await waitUntil(() => last.querySelector('ccv-consent-video'), 'the recording near the viewport');
      // The listeners: a submit of ours stays on the page (no `passive`). (That each button answers
      // every press, with no `once`, the tests that press one twice tell.)
      const form = shadow<HTMLFormElement>(page, 'ccv-casus-form', 'form');
      let submitted: Event | undefined;
      form.addEventListener('submit', (event) => (submitted = event));
      form.requestSubmit();
      expect(submitted?.defaultPrevented, 'the submit cancelled').to.be.true;
      // And nothing of ours threw on the way (an observer's options, say, when a widget connected).
      expect((view as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=error-summary]'), 'the error summary');
      // The summary link brings the field into view at once, not in a smooth scroll the visitor
      // may have asked their system not to make (no `behavior`).
      const link = shadow<HTMLAnchorElement>(page, 'ccv-casus-form', '[part=error-summary] a[href="#email"]');
      view.scrollTo(0, 0);
      link.click();
      const field = shadow(page, 'ccv-casus-form', '#email').closest('[part=field]')!;
      expect(Math.round(field.getBoundingClientRect().top), 'the field at the top at once').to.equal(0);
    });

    it('starts upgrading markup when loaded while the page is still loading', async () => {
      const page = await open();
      const view = page.defaultView as unknown as Window & typeof globalThis & { eval(code: string): Promise<unknown> };
      // A copy of the library loaded during the parse (a script in the head of a page without modules):
      // it waits for DOMContentLoaded, with options of its own (no `signal` that is no AbortSignal).
      const OBSERVER = Symbol.for('ccv-leerkring.upgrade-observer');
      const global = view as unknown as Record<symbol, MutationObserver | undefined>;
      global[OBSERVER]!.disconnect();
      delete global[OBSERVER];
      Object.defineProperty(page, 'readyState', { value: 'loading', configurable: true });
      await view.eval("import('/dist/cdn/ccv-leerkring.js?while-loading')");
      delete (page as unknown as { readyState?: string }).readyState;
      page.body.insertAdjacentHTML('beforeend', '<div id="late" data-ccv="contact-card" data-name="Sam de Vries">Sam de Vries</div>');
      page.dispatchEvent(new view.Event('DOMContentLoaded'));
      await waitUntil(() => page.querySelector('#late')?.localName === 'ccv-contact-card', 'upgraded after DOMContentLoaded');
    });

    it('shows a receiver’s field errors with __proto__ and constructor among them, and crashes on none', async () => {
      const page = await open();
      const form = page.querySelector('ccv-casus-form')!;
      const body = '{"title":"Refused","__proto__":{"polluted":"ja"},"errors":[{"field":"__proto__","detail":"x"},{"field":"constructor","detail":"y"},{"field":"email","detail":"Dit adres kennen wij niet."}]}';
      form.setAttribute('endpoint', `/__test/answer?status=422&type=application/problem%2Bjson&body=${encodeURIComponent(body)}`);
      fillCase(form);
      shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=error-summary]'), 'the error summary');
      // Only the e-mail address is wrong (the others the receiver named are no fields of ours): no field
      // is marked for a `name` or `title` every object inherits.
      const summary = shadow(page, 'ccv-casus-form', '[part=error-summary]');
      expect([...summary.querySelectorAll('a')].map((link) => [link.getAttribute('href'), link.textContent])).to.deep.equal([['#email', 'Dit adres kennen wij niet.']]);
      const invalid = [...form.shadowRoot!.querySelectorAll('[aria-invalid=true]')].map((control) => control.id);
      expect(invalid).to.deep.equal(['email']);
      // Nor a hint: the name and the title have none of ours.
      expect(form.shadowRoot!.querySelector('#name-hint, #title-hint'), 'no hint from Object.prototype').to.be.null;
      unpolluted(page.defaultView!);
    });

    it('takes a receiver’s answer by its own fields: no reference, detail or field errors from Object.prototype', async () => {
      const page = await open();
      // What the page's scripts could add as well, once the form is there.
      const proto = (page.defaultView as unknown as typeof globalThis).Object.prototype as Record<string, unknown>;
      Object.assign(proto, { reference: 'LK-GEERFD', detail: 'Geërfde uitleg', errors: [{ field: 'email', detail: 'Geërfde fout' }] });
      const form = page.querySelector('ccv-casus-form')!;
      // Refused, without field errors or words of its own: our words, and no field marked.
      form.setAttribute('endpoint', `/__test/answer?status=422&type=application/problem%2Bjson&body=${encodeURIComponent('{"title":"Refused"}')}`);
      fillCase(form);
      shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
      await waitUntil(() => form.shadowRoot!.querySelector('[part=status], [part=error-summary]'), 'the refusal shown');
      expect(form.shadowRoot!.querySelector('[part=error-summary]'), 'no error summary').to.be.null;
      expect([...form.shadowRoot!.querySelectorAll('[aria-invalid=true]')].map((control) => control.id), 'no field marked').to.deep.equal([]);
      expect(shadow(page, 'ccv-casus-form', '[part=status]').textContent).not.to.match(/Geërfd/);
      // Received, without a reference: none shown.
      form.setAttribute('endpoint', `/__test/answer?status=201&body=${encodeURIComponent('{}')}`);
      shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
      await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=confirmation]'), 'the case received', { timeout: 8000 });
      expect(shadow(page, 'ccv-casus-form', '[part=confirmation]').textContent).not.to.contain('LK-GEERFD');
    });

    it('reads a consent record with __proto__ and constructor as no consent, without pollution', async () => {
      localStorage.setItem('ccv-consent', JSON.stringify(JSON.parse(`{"v":1,"granted":{"__proto__":{"marketing":${Date.now()}},"constructor":1}}`)));
      const page = await open();
      const video = page.querySelector('ccv-consent-video') as HTMLElement & { updateComplete: Promise<unknown> };
      // With no consent manager on the page our own record counts two seconds after the load: a record
      // read as consent would show the player then. Past that moment (and a task and a render later), it has not.
      const view = page.defaultView!;
      const loaded = (view.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
      await waitUntil(() => view.performance.now() > loaded + 2100, 'two seconds after the load', { timeout: 6000 });
      await new Promise((resolve) => view.setTimeout(resolve));
      await video.updateComplete;
      expect(video.shadowRoot!.querySelector('iframe'), 'not consented').to.be.null;
      expect(video.shadowRoot!.querySelector('[part=accept-button]')).to.exist;
      unpolluted(page.defaultView!);
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
