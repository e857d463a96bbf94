import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { resetWarnings } from '../../src/base/warn.js';
import { CcvCasusForm } from '../../src/casus-form/casus-form.js';
import { toPayload } from '../../src/casus-form/payload.js';
import { casusFormMessages } from '../../src/casus-form/messages.js';
import { openHostPage, settle, stubWarn, waitUntil, warmUpAxe } from '../helpers.js';
import { typedCase } from './sample-payload.js';

before(warmUpAxe);

/** Drafts are kept per page. */
const DRAFT_KEY = `ccv-casus-draft:${location.pathname}`;

const q = <T extends HTMLElement = HTMLElement>(form: Element, selector: string) => form.shadowRoot!.querySelector<T>(selector);
const qa = (form: Element, selector: string) => [...form.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Types into a control as a person would: input events, then leaving the field. */
function fill(form: CcvCasusForm, name: string, value: string | boolean): void {
  const control = q<HTMLInputElement>(form, `[name=${name}]${typeof value === 'string' && name === 'preferredFormat' ? `[value=${value}]` : ''}`)!;
  if (typeof value === 'boolean') control.checked = value;
  else if (name === 'preferredFormat') control.checked = true;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const complete = { ...typedCase, preferredFormat: 'xl' };

function fillAll(form: CcvCasusForm, values: Record<string, string> = complete): void {
  for (const [name, value] of Object.entries(values)) fill(form, name, value);
  fill(form, 'privacyConsent', true);
}

/** The form refuses submissions faster than a person can type; tests wait that out. */
function pretendTimePassed(form: CcvCasusForm): void {
  // Since the form appeared, and since the first keystroke.
  Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
}

async function submit(form: CcvCasusForm): Promise<void> {
  q<HTMLButtonElement>(form, '[part=submit-button]')!.click();
  await form.updateComplete;
}

async function mount(endpoint = '/__test/casus', extra = html``) {
  const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint=${endpoint} privacy-url="/privacy" heading-level="3"></ccv-casus-form>${extra}`);
  pretendTimePassed(form);
  return form;
}

/**
 * Stores a draft of the complete case titled `title` with the record of a send as version 0.1 wrote
 * it (no phone key: the same case as the form writes it now, but another payload); its values and key.
 */
function draftSentWithoutPhone(title: string) {
  const values = { ...complete, title, privacyConsent: true };
  const { name, organisation, role, email, description, theme, preferredFormat } = values;
  const earlier = { version: 1, name, organisation, role, email, title, description, theme, preferredFormat, privacyConsent: true, locale: 'nl' };
  const key = crypto.randomUUID();
  localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values, sent: { key, payload: JSON.stringify(earlier) } }));
  return { values, key };
}

/** Records (and may rewrite on the way) what the form posts; `restore()` puts fetch back. */
function watchPosts(rewrite = (body: string) => body) {
  const bodies: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    if (init?.body === undefined) return realFetch(input, init);
    const body = rewrite(String(init.body));
    bodies.push(body);
    return realFetch(input, { ...init, body });
  };
  return { bodies, restore: () => void (window.fetch = realFetch) };
}

/** A receiver scripted by the test, at /__test/scripted: `answer` gets each POST's body, key and abort signal. */
function scriptedReceiver(answer: (body: string, key: string, signal: AbortSignal) => Response | Promise<Response>) {
  const posts: { body: string; key: string; language?: string }[] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    if (!String(input).includes('/__test/scripted')) return realFetch(input, init);
    const { 'Idempotency-Key': key, 'Accept-Language': language } = init!.headers as Record<string, string>;
    posts.push({ body: String(init!.body), key, language });
    return Promise.resolve(answer(String(init!.body), key, init!.signal!));
  };
  return { posts, restore: () => void (window.fetch = realFetch) };
}
const created = (reference: string) => new Response(JSON.stringify({ reference }), { status: 201, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, body: object = {}) => new Response(JSON.stringify({ title: 'Problem', ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } });
/** An answer that never comes: the form's timeout ends it. */
const never = (signal: AbortSignal) => new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
const statusOf = (form: CcvCasusForm) => (form as unknown as { status: string }).status;

/**
 * The one form of a test keeps its draft under the page's key (its path). A send that a
 * test leaves in flight succeeds later and clears that key, in the middle of another test: each
 * test waits for its own sends (retries included) to end.
 */
let inFlight = 0;
const prototype = CcvCasusForm.prototype as unknown as { send: (...args: unknown[]) => Promise<unknown> };
const realSend = prototype.send;
prototype.send = async function (this: CcvCasusForm, ...args: unknown[]) {
  inFlight += 1;
  try {
    return await realSend.apply(this, args);
  } finally {
    inFlight -= 1;
  }
};

describe('<ccv-casus-form>', () => {
  beforeEach(() => {
    resetWarnings();
    for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-casus-draft:')) localStorage.removeItem(key);
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('ccv-casus-draft-tab:')) sessionStorage.removeItem(key);
    // Short pauses between attempts, and a timeout well beyond any answer of the test server on a busy
    // machine: at 300 ms, slow answers were taken for lost ones and sent again.
    CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [20, 40, 80] };
  });
  // Every test file in a browser shares this origin's storage: leave no draft to the next file.
  after(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-casus-draft:')) localStorage.removeItem(key);
  });
  afterEach(async () => {
    await waitUntil(() => inFlight === 0, 'the sends of the test have ended');
  });

  describe('the empty form', () => {
    it('follows the NL Design System guidelines', async () => {
      const form = await mount();
      const element = q<HTMLFormElement>(form, 'form')!;
      expect(element.noValidate).to.be.true;
      expect(q(form, 'form > p')!.textContent).to.contain('Alle velden zijn verplicht');
      for (const name of ['name', 'organisation', 'role', 'email', 'phone', 'title', 'description', 'theme', 'privacyConsent']) {
        const control = q(form, `[name=${name}]`)!;
        expect(q(form, `label[for=${control.id}]`), name).to.exist;
        expect(control.hasAttribute('placeholder'), name).to.be.false;
      }
      // The space inside the span: Chromium drops a lone space text node from the accessible name.
      expect(q(form, 'label[for=phone] .optional')!.textContent).to.equal(' (optioneel)');
      expect(qa(form, '.optional')).to.have.length(1);
      expect(q(form, '[name=email]')!.getAttribute('autocomplete')).to.equal('email');
      expect(q(form, '[name=name]')!.getAttribute('autocomplete')).to.equal('name');
      expect(q(form, '[name=organisation]')!.getAttribute('autocomplete')).to.equal('organization');
      expect(q(form, '[name=phone]')!.getAttribute('autocomplete')).to.equal('tel');
      expect(q(form, '#description-hint')!.textContent).to.contain('maximaal 2000 tekens').and.contain('Noem geen namen');
      // Who receives it, what for, and how long it is kept.
      expect(q(form, '.privacy')!.textContent)
        .to.contain('Je casus gaat naar de adviseurs van het CCV')
        .and.contain('alleen om de casus voor te bereiden en contact met je op te nemen')
        .and.contain('365 dagen na de bespreking');
      expect(q<HTMLAnchorElement>(form, '.privacy a')!.getAttribute('href')).to.equal(new URL('/privacy', location.href).href);
      expect(q<HTMLButtonElement>(form, '[part=submit-button]')!.disabled).to.be.false;
      await expect(form).to.be.accessible();
    });

    it('says before the button that this browser keeps what is typed until it is sent, and then only that it was sent, unless no-draft', async () => {
      const form = await mount();
      expect(q(form, '.privacy')!.textContent).to.contain('bewaart deze browser wat je hier typt, hoogstens 30 dagen')
        // The note of an arrival (draft.ts noteArrival), which keeps a case from being filed twice.
        .and.contain('Daarna onthoudt hij 30 dagen alleen dat je casus is verstuurd');
      form.lang = 'en';
      await form.updateComplete;
      expect(q(form, '.privacy')!.textContent).to.contain('this browser keeps what you type here, for 30 days at most')
        .and.contain('After that it only remembers for 30 days that your case was sent');
      form.noDraft = true;
      await form.updateComplete;
      expect(q(form, '.privacy')!.textContent).not.to.contain('this browser keeps');
    });

    it('opens the privacy statement in a new tab, and says so, while nothing typed is kept (no-draft, or storage refused)', async () => {
      const form = await mount();
      const link = () => q<HTMLAnchorElement>(form, '.privacy a')!;
      expect(link().target, 'drafts kept: the same tab, the draft restores').to.equal('');
      expect(link().textContent!.trim()).to.equal('Lees de privacyverklaring');
      form.noDraft = true;
      await form.updateComplete;
      expect(link().target).to.equal('_blank');
      expect(link().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lees de privacyverklaring (opent in een nieuw tabblad)');
      await expect(form).to.be.accessible();
      form.lang = 'en';
      await form.updateComplete;
      expect(link().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Read the privacy statement (opens in a new tab)');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const refused = await mount();
        fill(refused, 'title', 'Oproep');
        await waitUntil(() => q(refused, '.privacy a[target=_blank]'), 'a new tab once storage refuses');
        expect(q(refused, '.privacy')!.textContent, 'no promise to keep it').not.to.contain('bewaart deze browser');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('shows every label, the group legend and the "(optioneel)" mark, in sight at all times', async () => {
      const form = await mount();
      const shown = (element: Element | null, what: string) => {
        expect(element, what).to.exist;
        const box = element!.getBoundingClientRect();
        expect(box.width > 1 && box.height > 1, `${what} has a size`).to.be.true;
        expect(element!.closest('.visually-hidden, [aria-hidden=true]'), `${what} not hidden`).to.be.null;
        expect(getComputedStyle(element!).clipPath, `${what} not clipped`).to.equal('none');
        expect(getComputedStyle(element!).visibility, `${what} visible`).to.equal('visible');
      };
      for (const control of qa(form, 'input, select, textarea').filter((c) => !c.closest('[aria-hidden=true]'))) {
        shown(q(form, `label[for="${control.id}"]`), `the label of ${control.id}`);
      }
      shown(q(form, 'fieldset legend'), 'the legend');
      shown(q(form, 'label[for=phone] .optional'), '(optioneel)');
      // Still there once a field has a value, and with errors (no label turned into a placeholder).
      fill(form, 'name', 'Sam');
      await submit(form);
      shown(q(form, 'label[for=name]'), 'the label of a filled field');
      shown(q(form, 'label[for=email]'), 'the label of a field with an error');
    });

    it('hides the honeypot from people and assistive technology', async () => {
      const form = await mount();
      const trap = q<HTMLInputElement>(form, '[name=website]')!;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden=true]')).to.exist;
      // Out of sight where it is (not moved far to one side, which a right-to-left page can scroll to).
      const box = trap.closest<HTMLElement>('[aria-hidden=true]')!;
      expect(box.getBoundingClientRect().width).to.be.at.most(1);
      expect(box.getBoundingClientRect().height).to.be.at.most(1);
      expect(getComputedStyle(box).clipPath).to.equal('inset(50%)');
    });

    it("keeps the hints and the count in the widget's text colour when a page colours its form and field parts", async () => {
      // A site may colour the labels through ::part(field) or ::part(form); the hints and the count
      // (neither a part) keep --ccv-color, as they always did.
      const style = document.createElement('style');
      style.textContent = 'ccv-casus-form::part(form), ccv-casus-form::part(field) { color: rgb(0, 0, 255) }';
      document.head.append(style);
      try {
        const form = await mount();
        form.style.setProperty('--ccv-color', 'rgb(10, 20, 30)');
        await form.updateComplete;
        expect(getComputedStyle(q(form, 'label[for=name]')!).color, 'the part is coloured').to.equal('rgb(0, 0, 255)');
        expect(getComputedStyle(q(form, '#description-hint')!).color, 'hint').to.equal('rgb(10, 20, 30)');
        expect(getComputedStyle(q(form, '#description-count')!).color, 'count').to.equal('rgb(10, 20, 30)');
      } finally {
        style.remove();
      }
    });

    it('keeps every label when `messages` replaces a group with null or a count with a text', async () => {
      const warn = stubWarn();
      try {
        const form = document.createElement('ccv-casus-form');
        form.endpoint = '/__test/casus';
        form.messages = { labels: null, limit: 'Maximaal 2000 tekens.', hints: { name: 'Voor- en achternaam' } } as never;
        document.body.append(form);
        await form.updateComplete;
        expect(q(form, 'label[for=name]')!.textContent).to.contain('Naam');
        expect(q(form, '#name-hint')!.textContent).to.contain('Voor- en achternaam');
        expect(q(form, '#description-hint')!.textContent).to.contain('maximaal 2000 tekens');
        expect(warn.calls).to.have.length(2);
        form.remove();
      } finally {
        warn.restore();
      }
    });

    it('speaks English', async () => {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form lang="en" endpoint="/__test/casus"></ccv-casus-form>`);
      expect(q(form, 'form > p')!.textContent).to.contain('All fields are required');
      expect(q(form, 'label[for=phone]')!.textContent).to.contain('(optional)');
      expect(q(form, '#description-hint')!.textContent).to.contain('You can use up to 2,000 characters').and.contain('Do not give the names, addresses or account names');
      expect(q(form, '.privacy')!.textContent)
        .to.contain('Your case goes to the CCV’s advisors')
        .and.contain('only use your details to prepare the case and to contact you')
        .and.contain('365 days after the discussion');
      expect(q(form, '[part=submit-button]')!.textContent!.trim()).to.equal('Send case');
      await expect(form).to.be.accessible();
    });
  });

  describe('validation', () => {
    it('keeps a message in place while a pointer is pressed, so the click it began lands where it began', async () => {
      // Pressing the submit button takes focus from a corrected field; its message going (or one
      // coming) would move the button before the press is released, and the click be lost.
      const form = await mount();
      await submit(form); // every field shows its error
      fillAll(form);
      const consent = q<HTMLInputElement>(form, '[name=privacyConsent]')!;
      consent.focus();
      const button = q<HTMLButtonElement>(form, '[part=submit-button]')!;
      button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      button.focus(); // as the press does
      await form.updateComplete;
      expect(q(form, '#privacyConsent-error') !== null, 'not while pressed').to.be.true;
      const top = button.getBoundingClientRect().top;
      dispatchEvent(new PointerEvent('pointerup'));
      await aTimeout(0);
      expect(button.getBoundingClientRect().top, 'the button did not move during the press').to.be.closeTo(top, 2);
      await waitUntil(() => q(form, '#privacyConsent-error') === null, 'checked once the press is over');
    });

    it('keeps the summary and the notice above the form in place while a pointer is pressed there: the link pressed is the one followed', async () => {
      // Pressing a summary link (or the notice's button) takes focus from a corrected field: its line
      // in the summary going would move the links below it up before the press is released, and the
      // click land on the next one (focus on the wrong field) or on none.
      /** A real press and release in the middle of `element`. */
      const press = async (element: Element) => {
        const box = element.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
        await sendMouse({ type: 'down' });
        await aTimeout(50);
        await sendMouse({ type: 'up' });
        await aTimeout(50);
      };
      try {
        const form = await mount();
        await submit(form);
        q<HTMLInputElement>(form, '[name=name]')!.focus();
        await sendKeys({ type: 'Sam' });
        const link = qa(form, '[part=error-summary] a')[1];
        expect(link.textContent).to.equal('Vul de naam van je organisatie in');
        await press(link);
        expect((form.shadowRoot!.activeElement as HTMLInputElement).name, 'the field of the link pressed').to.equal('organisation');
        await waitUntil(() => q(form, '#name-error') === null, 'the name checked once the press is over');
        expect(qa(form, '[part=error-summary] a')[0].textContent).to.equal('Vul de naam van je organisatie in');
        form.remove();

        // The notice's button, below the summary: the case is discarded, and the emptied form shows no message the press held.
        localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now() - 60_000, values: { title: 'Een eerdere casus' } }));
        const restored = await mount();
        await submit(restored);
        q<HTMLInputElement>(restored, '[name=name]')!.focus();
        await sendKeys({ type: 'Sam' });
        await press(q(restored, '[part=draft-notice] button')!);
        await aTimeout(50);
        expect(q(restored, '[part=draft-notice]')!.textContent).to.contain('We hebben gewist');
        expect(qa(restored, '[part=error-message]'), 'no message on the emptied form').to.deep.equal([]);
      } finally {
        await resetMouse();
      }
    });

    it('checks a field on leaving after a right-click in the form (to paste, or take a spelling suggestion)', async () => {
      // The context menu opens on the press (macOS, Linux) and takes its release: no pointerup comes.
      const form = await mount();
      const email = q<HTMLInputElement>(form, '[name=email]')!;
      email.focus();
      email.dispatchEvent(new PointerEvent('pointerdown', { button: 2, bubbles: true, composed: true }));
      await sendKeys({ type: 'sam@' });
      await sendKeys({ press: 'Tab' });
      await form.updateComplete;
      expect(q(form, '#email-error')?.textContent).to.equal('Vul een geldig e-mailadres in, zoals naam@gemeente.nl');
    });

    it('keeps an address as typed when the browser writes its domain in ASCII (ĳ, ß, capitals with accents)', async () => {
      // Chromium's e-mail field gives ĳsselmonde.nl as ijsselmonde.nl and CAFÉ.NL as xn--caf-dma.nl; set back
      // into the field mid-word, that value put the caret at the start: "sselmonde.nlsam@ij".
      const form = await mount();
      const email = q<HTMLInputElement>(form, '[name=email]')!;
      for (const [typed, ascii] of [['sam@ĳsselmonde.nl', 'sam@ijsselmonde.nl'], ['a@straße.de', 'a@strasse.de'], ['info@CAFÉ.NL', 'info@xn--caf-dma.nl']]) {
        email.focus();
        email.select();
        await sendKeys({ type: typed });
        await form.updateComplete;
        expect([typed, ascii], typed).to.include(email.value);
      }
    });

    it('checks a field when it loses focus after a change, never while typing', async () => {
      const form = await mount();
      const email = q<HTMLInputElement>(form, '[name=email]')!;
      email.focus();
      await sendKeys({ type: 'sam@' });
      await form.updateComplete;
      expect(q(form, '#email-error'), 'not while typing').to.be.null;
      await sendKeys({ press: 'Tab' });
      await form.updateComplete;
      expect(q(form, '#email-error')!.textContent).to.equal('Vul een geldig e-mailadres in, zoals naam@gemeente.nl');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('email-error');
      // The red border too, not only on the text area and the select.
      expect(getComputedStyle(email).borderTopColor).to.equal(getComputedStyle(q(form, '#email-error')!).color);
      q<HTMLInputElement>(form, '[name=role]')!.focus();
      await sendKeys({ press: 'Tab' });
      await form.updateComplete;
      expect(q(form, '#role-error'), 'leaving an untouched field says nothing').to.be.null;
    });

    it('says the message of a field it checks on leaving in the status that was there before, as focus has gone on (nl, en)', async () => {
      // WCAG 4.1.3: the message comes above a field the person has just left, so a screen reader,
      // now at the next field, does not come across it. The form's status, there all along, says it.
      for (const [lang, message] of [['nl', 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl'], ['en', 'Enter an email address in the correct format, like name@municipality.nl']]) {
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form lang=${lang} endpoint="/__test/casus" no-draft></ccv-casus-form>`);
        const status = q(form, '[role=status]')!;
        expect(status.textContent!.trim(), 'nothing said yet').to.equal('');
        const email = q<HTMLInputElement>(form, '[name=email]')!;
        email.focus();
        await sendKeys({ type: 'sam@' });
        await form.updateComplete;
        expect(status.textContent!.trim(), 'not while typing').to.equal('');
        await sendKeys({ press: 'Tab' });
        await form.updateComplete;
        expect(q(form, '#email-error')!.textContent).to.equal(message);
        expect(q(form, '[role=status]'), 'the same region').to.equal(status);
        expect(status.textContent!.trim()).to.equal(message);
        expect(status.closest('[aria-busy=true]'), 'outside the busy form').to.be.null;
        // Still wrong after another change: said again (a text that is the same is not read again).
        email.focus();
        await sendKeys({ type: 'x' });
        await sendKeys({ press: 'Tab' });
        await form.updateComplete;
        expect(status.textContent, 'said again').not.to.equal(message);
        expect(status.textContent!.trim()).to.equal(message);
        // Put right: the message goes, and the status keeps nothing of it.
        email.focus();
        await sendKeys({ type: 'gemeente.nl' });
        await sendKeys({ press: 'Tab' });
        await form.updateComplete;
        expect(q(form, '#email-error')).to.be.null;
        expect(status.textContent!.trim()).to.equal('');
      }
    });

    it('shows a summary that takes focus and links to each field, with the same words as inline', async () => {
      // (Page below the form, so a field can be scrolled to the top.)
      const form = await mount(undefined, html`<div style="height: 200vh"></div>`);
      fill(form, 'email', 'fout');
      await submit(form);
      const summary = q(form, '[part=error-summary]')!;
      expect(form.shadowRoot!.activeElement).to.equal(summary);
      expect(summary.querySelector('h3')!.textContent).to.equal('Er is een probleem');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Vul je naam in',
        'Vul de naam van je organisatie in',
        'Vul je functie in',
        'Vul een geldig e-mailadres in, zoals naam@gemeente.nl',
        'Geef je casus een titel',
        'Beschrijf je casus',
        'Kies een thema uit de lijst',
        'Vink aan dat het CCV je gegevens mag gebruiken. Zonder die toestemming kunnen we je casus niet bespreken',
      ]);
      expect(q(form, '#email-error')!.textContent).to.equal(links[3].textContent);
      // The error sits above the control it belongs to.
      const error = q(form, '#email-error')!;
      expect(error.compareDocumentPosition(q(form, '[name=email]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      links[5].click();
      await form.updateComplete;
      expect(form.shadowRoot!.activeElement).to.equal(q(form, '[name=description]'));
      const label = q(form, 'label[for=description]')!.getBoundingClientRect();
      expect(label.top).to.be.at.least(-1);
      expect(label.top).to.be.below(document.documentElement.clientHeight);
      // The consent box's message stands above the box, its label beside it: the message shows too.
      links[7].click();
      await form.updateComplete;
      expect(form.shadowRoot!.activeElement).to.equal(q(form, '[name=privacyConsent]'));
      const message = q(form, '#privacyConsent-error')!.getBoundingClientRect();
      expect(message.top).to.be.at.least(-1);
      expect(message.bottom).to.be.below(document.documentElement.clientHeight);
      await expect(form).to.be.accessible();
    });

    it('words its errors again in a new language, in the summary and at the fields', async () => {
      const form = await mount();
      fill(form, 'email', 'fout');
      await submit(form);
      form.lang = 'en';
      await form.updateComplete;
      const links = [...q(form, '[part=error-summary]')!.querySelectorAll('a')].map((a) => a.textContent);
      expect(links[0]).to.equal('Enter your name');
      expect(links).not.to.include('Vul je naam in');
      expect(q(form, '#email-error')!.textContent).to.equal(links[3]);
      await expect(form).to.be.accessible();
    });

    it('validates each field with its own rule', async () => {
      const form = await mount();
      fillAll(form, { ...complete, phone: 'bel me', email: 'a@b', theme: '', name: 'x'.repeat(101), organisation: 'x'.repeat(201) });
      await submit(form);
      expect(q(form, '#phone-error')!.textContent).to.equal('Vul een geldig telefoonnummer in, zoals 06 12345678 of 020 1234567');
      expect(q(form, '#email-error')!.textContent).to.contain('e-mailadres');
      expect(q(form, '#theme-error')!.textContent).to.equal('Kies een thema uit de lijst');
      expect(q(form, '#name-error')!.textContent).to.equal('Gebruik maximaal 100 tekens bij ‘Naam’');
      // The label's explanation in brackets stays out of the sentence.
      expect(q(form, '#organisation-error')!.textContent).to.equal('Gebruik maximaal 150 tekens bij ‘Organisatie’');
    });

    it('words every message of its own checks in English too, the same in the summary as at the field', async () => {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form lang="en" endpoint="/__test/casus" privacy-url="/privacy" no-draft></ccv-casus-form>`);
      pretendTimePassed(form);
      const said = () => Object.fromEntries(qa(form, '[part=error-summary] a').map((a) => [a.getAttribute('href')!.slice(1), a.textContent]));
      const inline = () => Object.fromEntries(qa(form, '[part=error-message]').map((p) => [p.id.replace(/-error$/, ''), p.textContent]));
      // Sent empty, then with a wrong value in each field that has a rule of its own.
      const steps: [() => void, Record<string, string>][] = [
        [
          () => {},
          {
            name: 'Enter your name',
            organisation: 'Enter the name of your organisation',
            role: 'Enter your job title',
            email: 'Enter your email address',
            title: 'Give your case a title',
            description: 'Describe your case',
            theme: 'Choose a theme from the list',
            privacyConsent: 'Select the box to let the CCV use your details. We cannot discuss your case without your consent',
          },
        ],
        [
          () => fillAll(form, { ...complete, name: 'x'.repeat(101), organisation: 'x'.repeat(151), email: 'a@b', phone: 'call me', description: 'x'.repeat(2001) }),
          {
            name: 'Name must be 100 characters or fewer',
            organisation: 'Organisation must be 150 characters or fewer',
            email: 'Enter an email address in the correct format, like name@municipality.nl',
            phone: 'Enter a phone number in the correct format, like 06 12345678 or 020 1234567',
            description: 'Description of the case must be 2,000 characters or fewer',
          },
        ],
      ];
      for (const [enter, messages] of steps) {
        enter();
        await submit(form);
        expect(said()).to.deep.equal(messages);
        expect(inline()).to.deep.equal(messages);
      }
    });
  });

  describe('the description count', () => {
    it('keeps the description field\'s description the same while typing: the count is said after a pause, not in it', async () => {
      // Orca reads a focused field's whole description again whenever it changes: with the count in
      // it, the hint of some forty words started over at every key typed.
      const form = await mount();
      const description = q(form, '#description')!;
      const described = () => (description.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => form.shadowRoot!.getElementById(id)?.textContent).join(' | ');
      const before = described();
      expect(before).to.contain('Je kunt maximaal 2000 tekens gebruiken.');
      for (const typed of ['O', 'On', 'Onr']) {
        fill(form, 'description', typed);
        await form.updateComplete;
        expect(described(), typed).to.equal(before);
      }
      expect(q(form, '#description-count')!.textContent).to.equal('Je hebt nog 1997 tekens over');
    });

    it('writes its numbers as each language does: a comma from 1,000 in English, a point from 10.000 in Dutch', async () => {
      const form = await mount();
      // "2000" and "1997" in English went against GOV.UK's style (and its own character count): "2,000".
      form.lang = 'en';
      await form.updateComplete;
      expect(q(form, '#description-hint')!.textContent).to.contain('You can use up to 2,000 characters.');
      fill(form, 'description', 'abc');
      await form.updateComplete;
      expect(q(form, '#description-count')!.textContent).to.equal('You have 1,997 characters remaining');
      // A long report pasted in: twelve thousand too many.
      fill(form, 'description', 'x'.repeat(14_001));
      await form.updateComplete;
      expect(q(form, '#description-count')!.textContent).to.equal('12,001 characters too many');
      form.lang = 'nl';
      await form.updateComplete;
      expect(q(form, '#description-count')!.textContent).to.equal('12.001 tekens te veel');
      fill(form, 'description', 'x'.repeat(2_003));
      await form.updateComplete;
      // Four digits stay as Dutch writes them most: "2000", not "2.000".
      expect(q(form, '#description-hint')!.textContent).to.contain('Je kunt maximaal 2000 tekens gebruiken.');
      expect(q(form, '#description-count')!.textContent).to.equal('3 tekens te veel');
    });

    it('says the limit up front, allows typing past it, and reports the excess politely after a pause', async () => {
      const form = await mount();
      expect(q(form, '#description-count')!.textContent).to.equal('Je hebt nog 2000 tekens over');
      fill(form, 'description', 'x'.repeat(2003));
      await form.updateComplete;
      expect(q<HTMLTextAreaElement>(form, '[name=description]')!.value).to.have.length(2003);
      expect(q(form, '#description-count')!.textContent).to.equal('3 tekens te veel');
      const live = q(form, '[aria-live=polite]')!;
      expect(live.textContent, 'not at once').to.equal('');
      const count = q(form, '#description-count')!;
      expect(count.getAttribute('aria-hidden'), 'read while nothing said it').to.equal(null);
      await waitUntil(() => live.textContent === '3 tekens te veel', 'announced after a pause');
      // Said: the shown count is hidden from screen readers, which would read the same words twice.
      expect(count.getAttribute('aria-hidden')).to.equal('true');
      fill(form, 'description', 'x'.repeat(2004));
      await form.updateComplete;
      expect(count.getAttribute('aria-hidden'), 'read again once it says more than was said').to.equal(null);
      await submit(form);
      expect(q(form, '#description-error')!.textContent).to.equal('Gebruik maximaal 2000 tekens bij ‘Beschrijving van de casus’');
    });

    it('counts the text as it is checked and sent, without the spaces and line ends around it', async () => {
      const form = await mount();
      const description = q<HTMLTextAreaElement>(form, '[name=description]')!;
      description.focus();
      fill(form, 'description', ` ${'x'.repeat(2000)}\n`);
      await form.updateComplete;
      expect(q(form, '#description-count')!.textContent).to.equal('Je hebt geen tekens meer over');
      expect(q(form, '.count--over')).to.be.null;
      // Left: the check agrees with the count.
      q(form, '[name=theme]')!.focus();
      await form.updateComplete;
      expect(q(form, '#description-error')).to.be.null;
      description.focus();
      fill(form, 'description', `${'x'.repeat(2001)}\n\n`);
      await form.updateComplete;
      expect(q(form, '#description-count')!.textContent).to.equal('1 teken te veel');
      q(form, '[name=theme]')!.focus();
      await form.updateComplete;
      expect(q(form, '#description-error')!.textContent).to.equal('Gebruik maximaal 2000 tekens bij ‘Beschrijving van de casus’');
      // And what goes is what was counted.
      fillAll(form, { ...complete, description: `${'x'.repeat(2000)}\n` });
      const submitted = oneEvent(form, 'ccv-casus-submit');
      await submit(form);
      expect((await submitted).detail.payload.description).to.have.length(2000);
    });

    it('counts an accent pasted as a letter and a mark as one character, as it is sent and as the receiver counts it', async () => {
      const form = await mount();
      // 2,000 characters as people see them, 4,000 code points as a PDF or a Mac may paste them.
      const description = 'e\u0301'.repeat(2000);
      fillAll(form, { ...complete, title: `Accenten ${Math.random()}`, description });
      await form.updateComplete;
      expect(q(form, '#description-count')!.textContent).to.equal('Je hebt geen tekens meer over');
      const submitted = oneEvent(form, 'ccv-casus-submit');
      const received = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      expect(q(form, '[part=error-summary]'), 'not refused here').to.be.null;
      expect((await submitted).detail.payload.description).to.equal('\u00e9'.repeat(2000));
      expect((await received).detail.reference, 'nor by the receiver').to.be.a('string');
    });
  });

  describe('sending', () => {
    it('posts the versioned payload once, with an Idempotency-Key, and confirms with the reference', async () => {
      const form = await mount();
      fillAll(form, { ...complete, phone: '06 12 056 691' });
      const submitted = oneEvent(form, 'ccv-casus-submit');
      const succeeded = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      const { detail } = await submitted;
      expect(detail.payload).to.deep.equal({
        version: 1,
        ...complete,
        phone: '06 12 056 691',
        privacyConsent: true,
        locale: 'nl',
      });
      expect(detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
      const success = await succeeded;
      expect(success.detail.reference).to.match(/^LK-/);
      await form.updateComplete;
      const confirmation = q(form, '[part=confirmation]')!;
      expect(confirmation.textContent).to.contain(success.detail.reference!);
      expect(form.shadowRoot!.activeElement).to.equal(confirmation);
      const stored = await (await fetch('/__test/casus')).json();
      expect(stored.cases.filter((c: { reference: string }) => c.reference === success.detail.reference)).to.have.length(1);
      await expect(form).to.be.accessible();
      // Another case: an empty case (the contact details stay), and nothing of the last one left in the status regions.
      (confirmation.querySelector('button') as HTMLButtonElement).click();
      await form.updateComplete;
      expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal('');
      expect(qa(form, '[role=status], [aria-live]').map((region) => region.textContent!.trim())).to.deep.equal(['', '']);
    });

    it('sends with a random UUID for key on a page without crypto.randomUUID (an intranet page on http)', async () => {
      Object.defineProperty(crypto, 'randomUUID', { configurable: true, value: undefined });
      try {
        const form = await mount();
        fillAll(form, { ...complete, title: `Http ${Math.random()}` });
        const submitted = oneEvent(form, 'ccv-casus-submit');
        const succeeded = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        expect((await submitted).detail.idempotencyKey).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect((await succeeded).detail.reference).to.match(/^LK-/);
      } finally {
        delete (crypto as Partial<Crypto>).randomUUID;
      }
      expect(crypto.randomUUID, 'put back').to.be.a('function');
    });

    it('retries a network error, a 503 and a timeout with the same key, then stores exactly one case', async () => {
      const id = `run-${Math.random().toString(36).slice(2)}`;
      // The third answer comes well after the form's timeout, so that one alone times out.
      const form = await mount(`/__test/casus-flaky/${id}?slow=4000`);
      fillAll(form, { ...complete, title: `Retry ${id}` });
      const succeeded = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      expect(q(form, 'form')!.getAttribute('aria-busy')).to.equal('true');
      const { detail } = await succeeded;
      const attempts: string[] = await (await fetch(`/__test/casus-attempts/${id}`)).json();
      expect(attempts).to.have.length(4);
      expect(new Set(attempts).size, 'one key for every attempt').to.equal(1);
      const stored = await (await fetch('/__test/casus')).json();
      expect(stored.cases.filter((c: { payload: { title: string } }) => c.payload.title === `Retry ${id}`)).to.have.length(1);
      expect(detail.reference).to.equal(stored.cases.find((c: { payload: { title: string } }) => c.payload.title === `Retry ${id}`).reference);
    });

    it('after every retry fails, keeps everything and offers to send again', async () => {
      const warn = stubWarn();
      try {
        const form = await mount('/__test/casus-status/x?code=503');
        fillAll(form);
        const failed = oneEvent(form, 'ccv-casus-error');
        await submit(form);
        expect((await failed).detail).to.deep.include({ kind: 'failed', reason: 'HTTP 503' });
        await form.updateComplete;
        const status = q(form, '[part=status]')!;
        expect(status.textContent).to.contain('Wat je hebt ingevuld, staat er nog');
        expect(form.shadowRoot!.activeElement).to.equal(status);
        expect(q(form, '[part=submit-button]')!.textContent!.trim()).to.equal('Opnieuw versturen');
        expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal(complete.title);
        await expect(form).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('sends to an endpoint a script gave as a URL object, as fetch takes one', async () => {
      const receiver = scriptedReceiver(() => created('LK-2026-12'));
      try {
        const form = await mount();
        (form as unknown as { endpoint: URL }).endpoint = new URL('/__test/scripted', location.href);
        fillAll(form);
        const arrived = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        expect((await arrived).detail.reference).to.equal('LK-2026-12');
        expect(receiver.posts).to.have.length(1);
      } finally {
        receiver.restore();
      }
    });

    describe('back online', () => {
      const unreachable = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
      let answer: () => Response | Promise<Response> = unreachable;
      let receiver: ReturnType<typeof scriptedReceiver>;
      beforeEach(() => (receiver = scriptedReceiver(() => answer())));
      afterEach(() => receiver.restore());

      /** A form whose send (and its retries) got `answer`: by default none at all, the connection gone. */
      async function failedForm(given: () => Response | Promise<Response> = unreachable) {
        answer = given;
        // Beside it, the site's search box, where a person may go while the connection is away.
        const form = await mount('/__test/scripted', html`<input id="search" aria-label="Zoeken" />`);
        fillAll(form);
        const failed = oneEvent(form, 'ccv-casus-error');
        await submit(form);
        await failed;
        await form.updateComplete;
        return form;
      }
      /** How many posts the browser's `online` event sets off at once. */
      function goOnline(): number {
        const before = receiver.posts.length;
        dispatchEvent(new Event('online'));
        return receiver.posts.length - before;
      }

      it('sends a case that got no answer again, under its key and as busy as a press, when the connection is back', async () => {
        const form = await failedForm();
        expect(receiver.posts).to.have.length(4);
        expect(q(form, '[part=status]')!.textContent).to.contain('Probeer het zo opnieuw');
        answer = () => new Promise((resolve) => setTimeout(() => resolve(created('LK-2026-9')), 300));
        const arrived = oneEvent(form, 'ccv-casus-success');
        expect(goOnline()).to.equal(1);
        await form.updateComplete;
        expect(q(form, 'form')!.getAttribute('aria-busy')).to.equal('true');
        expect(q(form, '.sending')!.textContent).to.equal('Bezig met versturen…');
        expect((await arrived).detail.reference).to.equal('LK-2026-9');
        expect(new Set(receiver.posts.map((post) => post.key)).size, 'one key').to.equal(1);
        expect(receiver.posts[4].body).to.equal(receiver.posts[0].body);
        expect(goOnline(), 'nothing more once received').to.equal(0);
      });

      it('says so while the browser is offline, and sends it once only: failed again, it asks to try again', async () => {
        Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
        let form: CcvCasusForm;
        try {
          form = await failedForm();
          expect(q(form, '[part=status]')!.textContent).to.contain('Zodra er weer verbinding is, versturen we je casus');
          expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=status]'));
        } finally {
          delete (navigator as { onLine?: boolean }).onLine;
        }
        expect(goOnline()).to.equal(1);
        await waitUntil(() => statusOf(form) === 'failed', 'failed again');
        await form.updateComplete;
        expect(receiver.posts).to.have.length(8);
        expect(q(form, '[part=status]')!.textContent).to.contain('Probeer het zo opnieuw');
        expect(q(form, '[part=submit-button]')!.textContent!.trim()).to.equal('Opnieuw versturen');
        expect(goOnline(), 'once').to.equal(0);
      });

      it('leaves focus where the person went meanwhile, and says the outcome in the status instead', async () => {
        const outcomes = [
          [unreachable, 'Het versturen is niet gelukt. Wat je hebt ingevuld, staat er nog. Probeer het zo opnieuw.'],
          [() => created('LK-2026-7'), 'Je casus is ontvangen. Dank je wel. Je referentienummer is LK-2026-7. Een adviseur van het CCV neemt contact met je op.'],
        ] as const;
        for (const [given, said] of outcomes) {
          const form = await failedForm();
          const search = form.parentElement!.querySelector<HTMLInputElement>('#search')!;
          const region = q(form, '[role=status]')!;
          search.focus();
          answer = given;
          const settled = oneEvent(form, given === unreachable ? 'ccv-casus-error' : 'ccv-casus-success');
          expect(goOnline()).to.equal(1);
          await settled;
          await form.updateComplete;
          expect(document.activeElement, said).to.equal(search);
          // The same region, so what it says is heard; not shown twice beside the outcome.
          expect(q(form, '[role=status]')).to.equal(region);
          expect(region.textContent).to.equal(said);
          expect(region.getBoundingClientRect().height).to.be.lessThan(2);
          form.remove();
          search.remove();
          localStorage.removeItem(DRAFT_KEY);
        }
      });

      it('keeps focus in the form while the focused failure message is away, then takes it to the outcome', async () => {
        const form = await failedForm();
        expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=status]'));
        answer = () => new Promise((resolve) => setTimeout(() => resolve(created('LK-2026-8')), 300));
        const arrived = oneEvent(form, 'ccv-casus-success');
        expect(goOnline()).to.equal(1);
        await form.updateComplete;
        expect(q(form, '[part=status]')).to.be.null;
        expect(form.shadowRoot!.activeElement, 'not <body>').to.equal(q(form, '[part=submit-button]'));
        await arrived;
        await form.updateComplete;
        expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=confirmation]'));
      });

      it('says "try again shortly", quietly, once the case is changed while offline: only the unchanged one goes by itself', async () => {
        Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
        try {
          const form = await failedForm();
          const status = q(form, '[part=status]')!;
          expect(status.textContent).to.contain('Zodra er weer verbinding is, versturen we je casus');
          const title = q<HTMLInputElement>(form, '[name=title]')!;
          title.focus();
          fill(form, 'title', 'Een andere titel');
          await form.updateComplete;
          expect(status.textContent!.trim()).to.equal('Het versturen is niet gelukt. Wat je hebt ingevuld, staat er nog. Probeer het zo opnieuw.');
          expect(form.shadowRoot!.activeElement).to.equal(title);
          expect(status.closest('[aria-live], [role=status], [role=alert]')).to.be.null;
          expect(q(form, '[role=status]')!.textContent).to.equal('');
        } finally {
          delete (navigator as { onLine?: boolean }).onLine;
        }
      });

      it('does not send again a case the receiver answered, one changed since, or one held back as automated', async () => {
        const warn = stubWarn();
        try {
          for (const refusal of [() => problem(503), () => problem(422, { detail: 'Niet zo' }), () => problem(404)]) {
            const form = await failedForm(refusal);
            expect(goOnline(), String(refusal)).to.equal(0);
            form.remove();
            localStorage.removeItem(DRAFT_KEY);
          }
          const edited = await failedForm();
          fill(edited, 'title', 'Een andere titel');
          expect(goOnline(), 'changed since').to.equal(0);
          edited.remove();
          localStorage.removeItem(DRAFT_KEY);
          const held = await failedForm();
          q<HTMLInputElement>(held, '[name=website]')!.value = 'https://trap.example';
          await submit(held);
          expect(q(held, '[part=status]')!.textContent).to.contain('verstuur hem nog een keer');
          expect(goOnline(), 'held back').to.equal(0);
        } finally {
          warn.restore();
        }
      });
    });

    it('says nothing of a failed send once its case is discarded: the empty form is a new case', async () => {
      const warn = stubWarn();
      try {
        const first = await mount('/__test/casus-status/x?code=503');
        fillAll(first);
        first.remove(); // a reload: the case comes back as a draft
        const form = await mount('/__test/casus-status/x?code=503');
        const failed = oneEvent(form, 'ccv-casus-error');
        await submit(form);
        await failed;
        await form.updateComplete;
        expect(q(form, '[part=status]')!.textContent).to.contain('Wat je hebt ingevuld, staat er nog');
        q<HTMLButtonElement>(form, '[part=draft-notice] button')!.click();
        await form.updateComplete;
        expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal('');
        expect(q(form, '[part=status]')?.textContent, 'no "what you entered is still here" above an empty form').to.be.undefined;
        expect(q(form, '[part=submit-button]')!.textContent!.trim()).to.equal('Casus versturen');
      } finally {
        warn.restore();
      }
    });

    it('maps 422 field errors from the server onto the fields and the summary', async () => {
      const form = await mount();
      fillAll(form);
      const errored = oneEvent(form, 'ccv-casus-error');
      // The form sends what it checked; change it on the way, so the real receiver refuses it.
      const posts = watchPosts((body) => body.replace('"preferredFormat":"xl"', '"preferredFormat":"huge"'));
      let detail;
      try {
        await submit(form);
        ({ detail } = await errored);
      } finally {
        posts.restore();
      }
      expect(detail.kind).to.equal('invalid');
      await form.updateComplete;
      expect(q(form, '#preferredFormat-error')!.textContent).to.equal('Kies een van de opties bij ‘Waar wil je de casus bespreken?’');
      expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=error-summary]'));
      // The server's own words stay as it wrote them when the language changes.
      form.lang = 'en';
      await form.updateComplete;
      expect(q(form, '#preferredFormat-error')!.textContent).to.equal('Kies een van de opties bij ‘Waar wil je de casus bespreken?’');
    });

    it('maps the field errors of a 400 problem+json onto the fields and the summary, as those of a 422', async () => {
      const form = await mount('/__test/casus-status/x?code=400&field=email&detail=onbekend.');
      fillAll(form);
      const errored = oneEvent(form, 'ccv-casus-error');
      await submit(form);
      expect((await errored).detail).to.deep.include({ kind: 'invalid', errors: [{ field: 'email', detail: 'email: onbekend.' }] });
      await form.updateComplete;
      expect(q(form, '#email-error')!.textContent).to.equal('email: onbekend.');
      expect(q(form, '[name=email]')!.getAttribute('aria-invalid')).to.equal('true');
      expect(qa(form, '[part=error-summary] a').map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([['#email', 'email: onbekend.']]);
      expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=error-summary]'));
    });

    it('marks the radios invalid when the receiver refuses the preferred format, until another is chosen', async () => {
      const form = await mount();
      fillAll(form);
      const errored = oneEvent(form, 'ccv-casus-error');
      const posts = watchPosts((body) => body.replace('"preferredFormat":"xl"', '"preferredFormat":"huge"'));
      try {
        await submit(form);
        await errored;
      } finally {
        posts.restore();
      }
      await form.updateComplete;
      const radios = qa(form, '[name=preferredFormat]');
      const marks = () => radios.map((radio) => radio.getAttribute('aria-invalid'));
      expect(q(form, '#preferredFormat-error')).to.exist;
      expect(marks()).to.deep.equal(['true', 'true', 'true']);
      await expect(form).to.be.accessible();
      // Another choice, and on to the next field: the mark goes with the message.
      radios[0].focus();
      fill(form, 'preferredFormat', 'small');
      q(form, '[name=privacyConsent]')!.focus();
      await form.updateComplete;
      expect(q(form, '#preferredFormat-error')).to.be.null;
      expect(marks()).to.deep.equal(['false', 'false', 'false']);
    });

    it('leaves focus where the person went while a pressed case was on its way, and says the outcome in the status', async () => {
      // With its retries a send may take a minute: meanwhile the person types in the site's search box.
      // The outcome pulled focus into the form, and what was typed next went nowhere.
      const outcomes = [
        [() => created('LK-2026-9'), 'Je casus is ontvangen. Dank je wel. Je referentienummer is LK-2026-9. Een adviseur van het CCV neemt contact met je op.'],
        // What to put right, as the summary says it: the heading alone told nothing.
        [() => problem(422, { errors: [{ field: 'email', detail: 'Dit adres kennen we niet' }] }), 'Er is een probleem. Dit adres kennen we niet'],
      ] as const;
      for (const [given, said] of outcomes) {
        let release = () => {};
        const receiver = scriptedReceiver(() => new Promise<Response>((resolve) => (release = () => resolve(given()))));
        try {
          const form = await mount('/__test/scripted', html`<input id="search" aria-label="Zoeken" />`);
          const search = form.parentElement!.querySelector<HTMLInputElement>('#search')!;
          fillAll(form);
          await submit(form);
          search.focus();
          await sendKeys({ type: 'parkeren' });
          release();
          await waitUntil(() => statusOf(form) !== 'sending', 'answered');
          await form.updateComplete;
          await sendKeys({ type: ' vergunning' });
          expect(document.activeElement, said).to.equal(search);
          expect(search.value).to.equal('parkeren vergunning');
          expect(q(form, '.sending[role=status]')!.textContent).to.equal(said);
          form.remove();
          search.remove();
        } finally {
          receiver.restore();
        }
      }
    });

    it('ignores a second submit while sending, and says it is busy', async () => {
      const id = `double-${Math.random().toString(36).slice(2)}`;
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
      const form = await mount(`/__test/slow/400`);
      fillAll(form, { ...complete, title: id });
      let requests = 0;
      form.addEventListener('ccv-casus-submit', () => (requests += 1));
      const succeeded = oneEvent(form, 'ccv-casus-success');
      const button = q<HTMLButtonElement>(form, '[part=submit-button]')!;
      const posts = watchPosts();
      try {
        button.click();
        button.click();
        await form.updateComplete;
      } finally {
        posts.restore();
      }
      expect(requests).to.equal(1);
      expect(posts.bodies, 'one request on the wire').to.have.length(1);
      // Outside the busy form, where screen readers do not hold it back, and visible.
      const status = q(form, '.sending[role=status]')!;
      expect(status.closest('form')).to.be.null;
      expect(status.textContent).to.contain('al verstuurd');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(button.disabled).to.be.false;
      // Not left in flight: its success clears the page's draft, in whichever test is running then.
      await succeeded;
      expect(requests).to.equal(1);
    });

    it('lets the host send it: cancelable ccv-casus-submit, busy until complete() or fail()', async () => {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form></ccv-casus-form>`);
      pretendTimePassed(form);
      fillAll(form);
      let handled = 0;
      form.addEventListener('ccv-casus-submit', (event) => {
        handled += 1;
        event.preventDefault();
      });
      await submit(form);
      await submit(form); // a double click while the host sends
      expect(handled).to.equal(1);
      expect(q(form, 'form')!.getAttribute('aria-busy')).to.equal('true');
      const errored = oneEvent(form, 'ccv-casus-error');
      form.fail('De server van de gemeente is even niet bereikbaar.');
      expect((await errored).detail).to.deep.equal({ kind: 'failed', reason: 'De server van de gemeente is even niet bereikbaar.', errors: [] });
      await form.updateComplete;
      expect(q(form, '[part=status]')!.textContent).to.contain('De server van de gemeente');
      expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=status]'));
      await submit(form);
      expect(handled).to.equal(2);
      form.complete('HOST-1');
      await form.updateComplete;
      expect(q(form, '[part=confirmation]')!.textContent).to.contain('HOST-1');
      // Not busy any more, also for a screen reader reading on past the confirmation.
      expect(q(form, '[role=status].sending')!.textContent, 'the status line').to.equal('');
    });

    it('shows the confirmation when the host answers inside its handler', async () => {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form no-draft></ccv-casus-form>`);
      pretendTimePassed(form);
      fillAll(form);
      form.addEventListener('ccv-casus-submit', (event) => {
        event.preventDefault();
        form.complete('AT-ONCE-1');
      });
      await submit(form);
      await form.updateComplete;
      expect(q(form, '[part=confirmation]')!.textContent).to.contain('AT-ONCE-1');
      expect(q(form, '[role=status].sending')!.textContent, 'the status line').to.equal('');
    });

    it('takes a host’s reference as a receiver’s: without the spaces and line end around it, and an empty one as none', async () => {
      for (const [given, reference, sentence] of [
        [' LK-2026-7\n', 'LK-2026-7', 'Dank je wel. Je referentienummer is LK-2026-7. Een adviseur'],
        ['', undefined, 'Dank je wel. Een adviseur'],
      ] as const) {
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form no-draft></ccv-casus-form>`);
        pretendTimePassed(form);
        fillAll(form);
        form.addEventListener('ccv-casus-submit', (event) => {
          event.preventDefault();
          // As a host that passes on the text of its back end's answer.
          setTimeout(() => form.complete(given));
        });
        const succeeded = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        expect((await succeeded).detail.reference).to.equal(reference);
        await form.updateComplete;
        expect(q(form, '[part=confirmation] p')!.textContent).to.contain(sentence);
      }
    });

    it('shows a visible configuration error when nobody can send it', async () => {
      const warn = stubWarn();
      try {
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form></ccv-casus-form>`);
        pretendTimePassed(form);
        fillAll(form);
        const errored = oneEvent(form, 'ccv-casus-error');
        await submit(form);
        const { detail } = await errored;
        expect(detail).to.deep.equal({ kind: 'configuration', reason: 'no endpoint, and nobody handled ccv-casus-submit', errors: [] });
        await form.updateComplete;
        expect(q(form, '[part=status]')!.textContent).to.contain('niet goed ingesteld');
        // (Its missing privacy link is warned about too, a moment after it appears: see below.)
        expect(warn.calls.map(String).filter((w) => w.includes('no endpoint'))).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('sends at the first press once an endpoint is set after the configuration error: the press that met it was a person\'s', async () => {
      const warn = stubWarn();
      const receiver = scriptedReceiver(() => created('CCV-2026-0042'));
      try {
        /** Presses, and says what the press did: handed the case on, met the configuration error, or neither (held back). */
        const press = async (form: CcvCasusForm) => {
          const did: string[] = [];
          const note = (event: Event) => did.push(event.type === 'ccv-casus-error' ? (event as CustomEvent).detail.kind : 'submit');
          form.addEventListener('ccv-casus-submit', note);
          form.addEventListener('ccv-casus-error', note);
          await submit(form);
          form.removeEventListener('ccv-casus-submit', note);
          form.removeEventListener('ccv-casus-error', note);
          return did.join(', ') || 'held back';
        };
        const sent = async (form: CcvCasusForm, reference: string) => {
          form.setAttribute('endpoint', '/__test/scripted');
          await form.updateComplete;
          const received = oneEvent(form, 'ccv-casus-success');
          expect(await press(form), 'the next press').to.equal('submit');
          expect((await received).detail.reference).to.equal(reference);
        };

        // Filled in a flash (autofill and a pasted text): held back, and pressed again as asked.
        const quick = await fixture<CcvCasusForm>(html`<ccv-casus-form no-draft></ccv-casus-form>`);
        fillAll(quick);
        expect(await press(quick)).to.equal('held back');
        expect(await press(quick)).to.equal('submit, configuration');
        await sent(quick, 'CCV-2026-0042');

        // Long on the page and filled without a keystroke (a password manager); after the error, a first keystroke.
        const filled = await fixture<CcvCasusForm>(html`<ccv-casus-form no-draft></ccv-casus-form>`);
        Object.assign(filled, { shownAt: performance.now() - 10_000 });
        for (const [name, value] of Object.entries(complete)) {
          const control = q<HTMLInputElement>(filled, `[name=${name}]${name === 'preferredFormat' ? `[value=${value}]` : ''}`)!;
          if (name === 'preferredFormat') control.checked = true;
          else control.value = value;
        }
        q<HTMLInputElement>(filled, '[name=privacyConsent]')!.checked = true;
        expect(await press(filled)).to.equal('submit, configuration');
        fill(filled, 'phone', '030 751 67 00');
        await sent(filled, 'CCV-2026-0042');
        expect(receiver.posts).to.have.length(2);
      } finally {
        receiver.restore();
        warn.restore();
      }
    });
  });

  describe('what counts as received', () => {
    const answer = (status: number, type: string, body: string) =>
      `/__test/answer?${new URLSearchParams({ status: String(status), type, body })}`;
    const redirect = (code: number, to: string) => `/__test/redirect/${code}?to=${encodeURIComponent(to)}`;
    for (const [name, endpoint] of [
      ['an HTML page (a CMS page, not a receiver)', '/__test/html'],
      ['a redirect (the POST became a GET elsewhere)', '/__test/redirect'],
      // A GET that happens to answer with a reference says nothing of the case, which was never sent.
      ['a 302 to a GET that answers with a reference', redirect(302, answer(200, 'application/json', '{"reference":"R-1"}'))],
      ['a 303 to a GET that answers with a reference', redirect(303, answer(200, 'application/json', '{"reference":"R-1"}'))],
      ['a 2xx said to be JSON with a page in it', answer(200, 'application/json', '<!doctype html><p>Welkom</p>')],
      ['a 2xx with JSON cut short', answer(200, 'application/json', '{"reference": "LK-1"')],
      ['a 201 said to be JSON with a page in it', answer(201, 'application/json', '<!doctype html><p>Aangemaakt</p>')],
    ]) {
      it(`does not take ${name} for a received case, and keeps the draft`, async () => {
        const form = await mount(endpoint);
        fillAll(form, { ...complete, title: `Niet ontvangen ${name}` });
        const failed = oneEvent(form, 'ccv-casus-error');
        await submit(form);
        expect((await failed).detail.kind).to.equal('failed');
        await form.updateComplete;
        expect(q(form, '[part=confirmation]')).to.be.null;
        expect(q(form, '[part=status]')!.textContent).to.contain('Wat je hebt ingevuld, staat er nog');
        expect(localStorage.getItem(`ccv-casus-draft:${location.pathname}`), 'the draft is kept').to.contain('Niet ontvangen');
      });
    }

    it('takes the answer after a 307 redirect (the POST sent on) for received', async () => {
      const form = await mount('/__test/redirect/307');
      fillAll(form, { ...complete, title: `Doorgestuurd ${Math.random()}` });
      const succeeded = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      expect((await succeeded).detail.reference).to.be.a('string');
    });

    for (const [name, endpoint, reference] of [
      ['a bare 201 (no body, no type)', '/__test/created', undefined],
      ['a 201 without a body after a 307', redirect(307, answer(201, 'application/json', '')), undefined],
      ['a 201 in plain text after a 308', redirect(308, answer(201, 'text/plain', 'OK')), undefined],
      ['a 204 from the receiver itself', answer(204, 'application/json', ''), undefined],
      ['a 200 with nothing in it', answer(200, 'text/plain', ''), undefined],
      ['a 202 Accepted with nothing in it', answer(202, 'text/plain', ''), undefined],
      ['a 202 said to be JSON with nothing in it', answer(202, 'application/json', ''), undefined],
      ['a 202 in plain text', answer(202, 'text/plain', 'Accepted'), undefined],
      ['an empty 200 labelled HTML (a script language’s default)', answer(200, 'text/html', ''), undefined],
      ['a 202 with JSON and a reference', answer(202, 'application/json', '{"reference":"LK-8"}'), 'LK-8'],
      ['a 200 with JSON from the receiver itself', answer(200, 'application/json', '{"reference":"LK-7"}'), 'LK-7'],
    ] as const) {
      it(`takes ${name} for received`, async () => {
        const form = await mount(endpoint);
        fillAll(form);
        const succeeded = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        expect((await succeeded).detail.reference).to.equal(reference);
        await form.updateComplete;
        expect(q(form, '[part=confirmation]')).to.exist;
      });
    }

    for (const status of [200, 202, 204]) {
      it(`confirms a case answered ${status} without a body, without a reference, and clears the draft`, async () => {
        const form = await mount(answer(status, 'text/plain', ''));
        fillAll(form, { ...complete, title: `Zonder nummer ${status}` });
        // (The draft is saved after a pause in typing.)
        await waitUntil(() => localStorage.getItem(DRAFT_KEY)?.includes('Zonder nummer'), 'a draft to clear');
        const succeeded = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        const { detail } = await succeeded;
        expect(detail).to.have.property('reference', undefined);
        expect(detail.payload.title).to.equal(`Zonder nummer ${status}`);
        await form.updateComplete;
        expect(q(form, '[part=confirmation]')!.textContent).to.contain('Je casus is ontvangen').and.contain('Een adviseur van het CCV neemt contact met je op').and.not.contain('referentienummer');
        expect(localStorage.getItem(DRAFT_KEY), 'the draft is cleared').to.be.null;
      });
    }

    it('reads no more of an answer that goes on without end than it needs: a 201 is received', async () => {
      const form = await mount('/__test/endless/form-201?status=201');
      fillAll(form);
      const succeeded = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      expect((await succeeded).detail.reference).to.equal(undefined);
      const sent = (await (await fetch('/__test/endless-sent/form-201')).json()) as number;
      // (Read to the end, it is 1 GiB; see the endless route in scripts/wtr-plugins.mjs for the room.)
      expect(sent, 'bytes the receiver sent').to.be.above(0).and.below(200 * 2 ** 20);
    });

    it('tries again under the same key when the answer breaks off before its body is read', async () => {
      // The status line came, then the connection was lost: a network error, whatever the status.
      const cut = (status: number) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"refer'));
              controller.error(new TypeError('connection reset'));
            },
          }),
          { status, headers: { 'Content-Type': 'application/json' } },
        );
      for (const status of [200, 201]) {
        let calls = 0;
        const receiver = scriptedReceiver(() => (calls++ === 0 ? cut(status) : created('LK-9')));
        try {
          const form = await mount('/__test/scripted');
          fillAll(form);
          await submit(form);
          await waitUntil(() => statusOf(form) !== 'sending', 'the send has ended');
          await form.updateComplete;
          expect(statusOf(form), `first answer ${status}`).to.equal('success');
          expect(q(form, '[part=confirmation]')!.textContent, 'with the reference').to.contain('LK-9');
          expect(receiver.posts).to.have.length(2);
          expect(receiver.posts[1].key).to.equal(receiver.posts[0].key);
          form.remove();
        } finally {
          receiver.restore();
        }
      }
    });

    it('keeps edits typed while a host was sending it, says so, and offers them as the next case', async () => {
      const form = await mount('', html``);
      const keys: string[] = [];
      form.addEventListener('ccv-casus-submit', (event) => {
        event.preventDefault();
        keys.push(event.detail.idempotencyKey);
      });
      fillAll(form);
      await submit(form);
      fill(form, 'description', `${complete.description} Nog een zin erbij.`);
      form.complete('R-1');
      await form.updateComplete;
      expect(localStorage.getItem(DRAFT_KEY), 'not handed over, so kept').to.contain('Nog een zin erbij.');
      expect(q(form, '[part=confirmation]')!.textContent).to.contain('R-1').and.contain('niet meegestuurd');
      q<HTMLButtonElement>(form, '[part=confirmation] button')!.click();
      await form.updateComplete;
      expect(q<HTMLTextAreaElement>(form, '[name=description]')!.value, 'the changes, ready to send').to.contain('Nog een zin erbij.');
      expect(localStorage.getItem(DRAFT_KEY)).to.contain('Nog een zin erbij.');
      await submit(form);
      expect(keys).to.have.length(2);
      expect(keys[1], 'a new case').not.to.equal(keys[0]);
      form.complete('R-2');
      await form.updateComplete;
      expect(q(form, '[part=confirmation]')!.textContent).not.to.contain('niet meegestuurd');
      q<HTMLButtonElement>(form, '[part=confirmation] button')!.click();
      await form.updateComplete;
      expect(q<HTMLTextAreaElement>(form, '[name=description]')!.value, 'then a new case starts clean').to.equal('');
      expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
    });

    it("ignores a host's late answer to an attempt it gave up on, when the answer names its key", async () => {
      const form = await mount('', html``);
      const keys: string[] = [];
      form.addEventListener('ccv-casus-submit', (event) => {
        event.preventDefault();
        keys.push(event.detail.idempotencyKey);
      });
      const succeeded: string[] = [];
      form.addEventListener('ccv-casus-success', (event) => succeeded.push(event.detail.reference!));
      fillAll(form);
      await submit(form);
      // The host times out and says so; the person changes the case and sends it again.
      form.fail('Geen antwoord.', keys[0]);
      await form.updateComplete;
      fill(form, 'description', `${complete.description} Aangevuld.`);
      await submit(form);
      expect(keys).to.have.length(2);
      expect(keys[1], 'a new case').not.to.equal(keys[0]);
      const warn = stubWarn();
      try {
        // Then the first attempt's answer arrives after all: it is not the second case's.
        form.complete('LATE-1', keys[0]);
        await form.updateComplete;
        expect(statusOf(form), 'still sending the second case').to.equal('sending');
        expect(succeeded, 'no confirmation for the wrong case').to.deep.equal([]);
        expect(warn.said()).to.contain(keys[0]);
        form.fail('Late too.', keys[0]);
        await form.updateComplete;
        expect(statusOf(form), 'nor a failure').to.equal('sending');
      } finally {
        warn.restore();
      }
      form.complete('R-2', keys[1]);
      await form.updateComplete;
      expect(succeeded).to.deep.equal(['R-2']);
      expect(q(form, '[part=confirmation]')!.textContent).to.contain('R-2');
      expect(localStorage.getItem(DRAFT_KEY), 'the confirmed case is cleared').to.be.null;
    });

    it('shows a reference written with a slash or spaces', async () => {
      const form = await mount('/__test/reference/x?ref=2024%2F0001');
      fillAll(form);
      const succeeded = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      expect((await succeeded).detail.reference).to.equal('2024/0001');
      await form.updateComplete;
      expect(q(form, '[part=confirmation]')!.textContent).to.contain('2024/0001');
    });

    it('keeps in the draft what was typed while the case was being sent', async () => {
      const form = await mount('/__test/casus');
      fillAll(form, { ...complete, title: `Bijgetypt ${Math.random()}` });
      const succeeded = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      fill(form, 'description', `${complete.description} Nog een zin erbij.`);
      await succeeded;
      await form.updateComplete;
      expect(localStorage.getItem(`ccv-casus-draft:${location.pathname}`), 'not sent, so kept').to.contain('Nog een zin erbij.');
      localStorage.removeItem(`ccv-casus-draft:${location.pathname}`);
    });
  });

  for (const [field, message] of [
    ['email', 'Controleer ‘E-mailadres’'],
    // The consent box is labelled by its sentence, not by a name: asked for by what it does.
    ['privacyConsent', 'Vink aan dat het CCV je gegevens mag gebruiken. Zonder die toestemming kunnen we je casus niet bespreken'],
  ]) {
    it(`gives ${field}, refused by the receiver without words, a message of its own`, async () => {
      const form = await mount(`/__test/casus-status/x?code=422&field=${field}&detail=`);
      fillAll(form);
      await submit(form);
      await waitUntil(() => q(form, '[part=error-summary]'), 'the summary');
      expect(qa(form, '[part=error-summary] li').map((li) => li.textContent!.trim())).to.deep.equal([message]);
      expect(q(form, `#${field}-error`)!.textContent).to.equal(message);
    });
  }

  it('says what the server said when it refuses without naming a field', async () => {
    const form = await mount('/__test/casus-status/x?code=400');
    fillAll(form);
    const errored = oneEvent(form, 'ccv-casus-error');
    await submit(form);
    expect((await errored).detail.kind).to.equal('invalid');
    await form.updateComplete;
    const status = q(form, '[part=status]')!;
    expect(status.textContent).to.contain('We konden je casus niet verwerken');
    expect(status.textContent, 'no field is marked, so none is mentioned').not.to.contain('gemarkeerd');
    expect(form.shadowRoot!.activeElement).to.equal(status);
    expect(qa(form, '[aria-invalid=true]')).to.be.empty;
  });

  it('shows the words of a field error for a field the form does not have, with the problem\'s own detail', async () => {
    const form = await mount('/__test/casus-status/x?code=422&field=attachment&detail=niet%20toegestaan.&top=Niet%20verwerkt.');
    fillAll(form);
    const errored = oneEvent(form, 'ccv-casus-error');
    await submit(form);
    expect((await errored).detail.errors).to.deep.equal([{ field: 'attachment', detail: 'attachment: niet toegestaan.' }]);
    await form.updateComplete;
    expect(q(form, '[part=status]')!.textContent).to.contain('Niet verwerkt. attachment: niet toegestaan.');
    expect(qa(form, '[aria-invalid=true]')).to.be.empty;
  });

  it('treats a refusal that names the hidden trap as a general error: no link or words about a field nobody sees, the case kept', async () => {
    for (const [query, summary] of [
      ['field=website&detail=moet%20leeg%20blijven.&top=website%20is%20ingevuld.', false],
      ['field=email,website&detail=klopt%20niet.', true],
    ] as const) {
      localStorage.removeItem(DRAFT_KEY);
      const form = await mount(`/__test/casus-status/x?code=422&${query}`);
      fillAll(form);
      const errored = oneEvent(form, 'ccv-casus-error');
      await submit(form);
      // The host still hears everything the server said.
      expect((await errored).detail.errors.map((error: { field: string }) => error.field)).to.include('website');
      await form.updateComplete;
      await settle(form);
      const shown = qa(form, '[part=status], [part=error-summary], [part=error-message]').map((part) => part.textContent).join(' ');
      expect(shown, query).not.to.contain('website').and.not.to.contain('leeg blijven');
      expect(qa(form, 'a[href="#website"]'), query).to.be.empty;
      if (summary) {
        expect(qa(form, '[part=error-summary] li').map((li) => li.textContent!.trim()), query).to.deep.equal(['email: klopt niet.']);
        expect(form.shadowRoot!.activeElement, query).to.equal(q(form, '[part=error-summary]'));
      } else {
        expect(q(form, '[part=status]')!.textContent, query).to.contain('We konden je casus niet verwerken. Wat je hebt ingevuld, staat er nog.');
        expect(form.shadowRoot!.activeElement, query).to.equal(q(form, '[part=status]'));
      }
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.title, `${query}: the case kept`).to.equal(complete.title);
      expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal(complete.title);
      await expect(form).to.be.accessible();
      form.remove(); // the next one keeps its draft under the page's key
    }
  });

  it("shows a server's words without control characters or marks that turn the text around, on one line, and at most 300 characters", async () => {
    // A hostile or broken receiver: "\u202e" shows what follows backwards, "\u200f" moves the colon.
    const hostile = '\u202eNiet\u202c verwerkt\u200f:\u2066 probeer\u2069\u0007 het\u0000 later\u200e\n\tnog\u061c eens. ' + 'x'.repeat(5000);
    for (const answer of [
      () => problem(422, { detail: hostile }),
      () => problem(422, { errors: [{ field: 'email', detail: hostile }] }),
      () => problem(404, { detail: hostile }),
    ]) {
      const receiver = scriptedReceiver(answer);
      try {
        const form = await mount('/__test/scripted');
        fillAll(form);
        const errored = oneEvent(form, 'ccv-casus-error');
        await submit(form);
        await errored;
        await settle(form);
        const parts = qa(form, '[part=status] p, [part=error-summary] li, [part=error-message]');
        expect(parts, String(answer)).not.to.be.empty;
        for (const part of parts) {
          const text = part.textContent!.trim();
          expect(text, String(answer)).to.match(/^Niet verwerkt: probeer het later nog eens\. x+$/);
          expect([...text].length, String(answer)).to.be.at.most(300);
        }
        form.remove();
      } finally {
        receiver.restore();
      }
    }
  });

  it('says a field error once when the problem\'s detail already holds it', async () => {
    const form = await mount('/__test/casus-status/x?code=422&field=attachment&detail=niet%20toegestaan.&top=attachment:%20niet%20toegestaan.');
    fillAll(form);
    const errored = oneEvent(form, 'ccv-casus-error');
    await submit(form);
    await errored;
    await form.updateComplete;
    expect(q(form, '[part=status]')!.textContent!.trim()).to.equal('attachment: niet toegestaan.');
  });

  it("passes on at most 20 of a refusal's errors (a server sent 100,000, which took seconds to show)", async () => {
    const original = window.fetch;
    const errors = Array.from({ length: 10_000 }, (_, i) => ({ field: `extra${i}`, detail: 'nee' }));
    window.fetch = async () => new Response(JSON.stringify({ title: 'Refused', errors }), { status: 422, headers: { 'Content-Type': 'application/problem+json' } });
    try {
      const form = await mount('/__test/casus');
      fillAll(form);
      const errored = oneEvent(form, 'ccv-casus-error');
      await submit(form);
      expect((await errored).detail.errors).to.have.length(20);
      await form.updateComplete;
      expect(q(form, '[part=status]')!.textContent!.length).to.be.below(2000);
    } finally {
      window.fetch = original;
    }
  });

  it('puts errors for its own fields on the fields, and the words for other fields in the summary', async () => {
    const form = await mount('/__test/casus-status/x?code=422&field=email,attachment&detail=klopt%20niet.');
    fillAll(form);
    await submit(form);
    await waitUntil(() => q(form, '[part=error-summary]'), 'the summary');
    const items = qa(form, '[part=error-summary] li');
    expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['email: klopt niet.', 'attachment: klopt niet.']);
    expect(items[0].querySelector('a')!.getAttribute('href')).to.equal('#email');
    expect(items[1].querySelector('a'), 'no field to link to').to.be.null;
    expect(q(form, '[name=email]')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(form).to.be.accessible();
  });

  it('says sending failed when the server or the host gives empty words', async () => {
    const form = await mount('/__test/casus-status/x?code=400&top=%20%20');
    fillAll(form);
    await submit(form);
    await waitUntil(() => q(form, '[part=status]'), 'the status');
    expect(q(form, '[part=status]')!.textContent).to.contain('We konden je casus niet verwerken');
    // The host sends it the next time, and fails with empty words.
    form.addEventListener('ccv-casus-submit', (event) => event.preventDefault(), { once: true });
    await submit(form);
    form.fail('');
    await form.updateComplete;
    expect(q(form, '[part=status]')!.textContent).to.contain('Het versturen is niet gelukt');
    form.lang = 'en';
    await form.updateComplete;
    expect(q(form, '[part=status]')!.textContent!.trim()).to.equal('Your case could not be sent. Everything you entered is still here. Try again shortly.');
  });

  it('sends what the fields show, also a value a script put in without an input event', async () => {
    const form = await mount();
    fillAll(form);
    q<HTMLInputElement>(form, '[name=name]')!.value = 'Ingevuld door een wachtwoordbeheerder';
    const sent = oneEvent(form, 'ccv-casus-submit');
    const succeeded = oneEvent(form, 'ccv-casus-success'); // not left in flight (see above)
    await submit(form);
    expect((await sent).detail.payload.name).to.equal('Ingevuld door een wachtwoordbeheerder');
    await succeeded;
  });

  it("sends once for a press of its button and once for a script's requestSubmit() of its form", async () => {
    // The button's click sends (a sandboxed frame without allow-forms fires no submit event); the
    // form's submit event too, for a script that submits it. A press must not send through both.
    for (const send of [submit, (form: CcvCasusForm) => q<HTMLFormElement>(form, 'form')!.requestSubmit()]) {
      const form = await mount();
      fillAll(form);
      let sends = 0;
      form.addEventListener('ccv-casus-submit', () => (sends += 1));
      const succeeded = oneEvent(form, 'ccv-casus-success');
      await send(form);
      await form.updateComplete;
      // Sent through both, the second would find the case on its way and say so ("al verstuurd").
      expect(q(form, '[role=status]')!.textContent, send === submit ? 'a press' : 'requestSubmit()').to.equal('Bezig met versturen…');
      await succeeded;
      expect(sends, send === submit ? 'a press' : 'requestSubmit()').to.equal(1);
      for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-casus-draft:')) localStorage.removeItem(key);
    }
  });

  it('keeps in the draft what a password manager filled without an event, once anything is typed or sent', async () => {
    const form = await mount();
    const draft = () => JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').values ?? {};
    await submit(form);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem(DRAFT_KEY), 'an empty form sent at once leaves no record').to.be.null;
    q<HTMLInputElement>(form, '[name=organisation]')!.value = 'Gemeente Autofill';
    fill(form, 'title', 'Getypt');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(draft()).to.include({ organisation: 'Gemeente Autofill', title: 'Getypt' });
    // Filled without an event, then sent while the case is not complete yet: refused here, and kept.
    q<HTMLInputElement>(form, '[name=email]')!.value = 'sam@gemeente.example';
    await submit(form);
    expect(q(form, '[part=error-summary]')).to.exist;
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(draft().email).to.equal('sam@gemeente.example');
  });

  it('keeps in the draft what a password manager filled without an event when the page is left or hidden, nothing typed', async () => {
    const form = await mount();
    const stored = () => JSON.parse(localStorage.getItem(DRAFT_KEY)!).values;
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem(DRAFT_KEY), 'an untouched form stores no empty draft').to.be.null;
    q<HTMLInputElement>(form, '[name=email]')!.value = 'sam@gemeente.example';
    q<HTMLInputElement>(form, '[name=website]')!.value = 'https://trap.example';
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored()).to.include({ email: 'sam@gemeente.example' }).and.not.have.property('website');
    // The tab hidden (another tab, a phone locked), which may be the last the page hears.
    q<HTMLInputElement>(form, '[name=name]')!.value = 'Sam de Vries';
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    expect(stored()).to.include({ name: 'Sam de Vries', email: 'sam@gemeente.example' });
    form.remove();
    const again = await mount();
    expect(q<HTMLInputElement>(again, '[name=name]')!.value).to.equal('Sam de Vries');
    expect(q(again, '[part=draft-notice]')).to.exist;
    // Nothing kept with no-draft.
    localStorage.removeItem(DRAFT_KEY);
    again.remove();
    const none = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>`);
    q<HTMLInputElement>(none, '[name=name]')!.value = 'Sam';
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
  });

  it('waits for a late <ccv-config> before warning that the privacy link is missing', async () => {
    const warn = stubWarn();
    try {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>`);
      form.privacyUrl = '/privacy'; // arrives after the first render, as a late config would
      await aTimeout(20);
      expect(warn.calls.map(String).filter((w) => w.includes('privacy'))).to.be.empty;
      const bare = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>`);
      await aTimeout(20);
      expect(bare.isConnected).to.be.true;
      expect(warn.calls.map(String).filter((w) => w.includes('has no privacy-url'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('warns after a while when a <ccv-config> around it never loads', async () => {
    expect(customElements.get('ccv-config'), 'this file has not loaded <ccv-config> yet').to.be.undefined;
    const warn = stubWarn();
    try {
      await fixture<HTMLElement>(html`<ccv-config privacy-url="/privacy"><ccv-casus-form endpoint="/__test/casus"></ccv-casus-form></ccv-config>`);
      await aTimeout(500);
      expect(warn.calls.map(String).filter((w) => w.includes('has no privacy-url')), 'not yet: it may still come').to.have.length(0);
      await waitUntil(() => warn.calls.map(String).some((w) => w.includes('has no privacy-url')), 'the warning', { timeout: 5000 });
    } finally {
      warn.restore();
    }
  });

  it("waits for a <ccv-config> whose file loads later, and takes its privacy link without a warning", async () => {
    expect(customElements.get('ccv-config'), 'this file has not loaded <ccv-config> yet').to.be.undefined;
    const warn = stubWarn();
    try {
      const config = await fixture<HTMLElement>(html`<ccv-config privacy-url="/privacy-van-de-config"><ccv-casus-form endpoint="/__test/casus"></ccv-casus-form></ccv-config>`);
      const form = config.querySelector('ccv-casus-form')!;
      await aTimeout(100);
      await import('../../src/config/config.js');
      await waitUntil(() => q(form, 'a[href$="/privacy-van-de-config"]'), 'the link of the config');
      await aTimeout(50);
      expect(warn.calls.map(String).filter((w) => w.includes('privacy'))).to.be.empty;
    } finally {
      warn.restore();
    }
  });

  it('keeps the Idempotency-Key of a failed send across a reload, for the same case', async () => {
    const warn = stubWarn();
    try {
      const form = await mount('/__test/casus-status/x?code=503');
      fillAll(form);
      const keys: string[] = [];
      const listen = (element: CcvCasusForm) => element.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
      listen(form);
      await submit(form);
      await waitUntil(() => q(form, '[part=status]'), 'failed');
      form.remove(); // a reload: the draft comes back
      const again = await mount('/__test/casus-status/x?code=503');
      expect(q<HTMLInputElement>(again, '[name=title]')!.value).to.equal(complete.title);
      listen(again);
      await submit(again);
      await waitUntil(() => keys.length === 2, 'sent again');
      expect(keys[1], 'perhaps received the first time: the same key, so it is stored once').to.equal(keys[0]);
    } finally {
      warn.restore();
    }
  });

  it('uses a new Idempotency-Key when the case changes after a refusal', async () => {
    const warn = stubWarn();
    try {
      // 413: refused for certain, nothing stored; the server's words are shown, not "try again shortly".
      const form = await mount('/__test/casus-status/x?code=413&top=Te%20groot');
      fillAll(form);
      const keys: string[] = [];
      form.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
      await submit(form);
      await waitUntil(() => q(form, '[part=status]'), 'refused');
      expect(q(form, '[part=status]')!.textContent!.trim()).to.equal('Te groot');
      fill(form, 'title', 'Een andere titel');
      await submit(form);
      await waitUntil(() => keys.length === 2 && q(form, '[part=status]'), 'second send');
      expect(keys[1]).not.to.equal(keys[0]);
    } finally {
      warn.restore();
    }
  });

  it('settles a case that got no answer before a changed one goes, so it is filed once', async () => {
    const warn = stubWarn();
    try {
      const id = `unsure-${Math.random().toString(36).slice(2)}`;
      const form = await mount(`/__test/casus-late/${id}?slow=2500`);
      CcvCasusForm.timing = { timeoutMs: 1000, retryDelaysMs: [] };
      fillAll(form, { ...complete, title: id });
      const posts = watchPosts();
      try {
        // An answer slower than the timeout: the case is stored all the same.
        await submit(form);
        await waitUntil(() => q(form, '[part=status]'), 'no answer');
        fill(form, 'description', `${complete.description} Een typefout verbeterd.`);
        // The same case again, under its key: the receiver has it, and says so.
        await submit(form);
        await waitUntil(() => q(form, '[part=confirmation]'), 'received');
      } finally {
        posts.restore();
      }
      const keys: string[] = await (await fetch(`/__test/casus-attempts/${id}`)).json();
      expect(keys).to.have.length(2);
      expect(new Set(keys).size, 'one key for both').to.equal(1);
      const stored = await (await fetch('/__test/casus')).json();
      expect(stored.cases.filter((c: { payload: { title: string } }) => c.payload.title === id), 'filed once').to.have.length(1);
      expect(posts.bodies.every((body) => !body.includes('typefout')), 'the first version each time').to.be.true;
      expect(q(form, '[part=confirmation]')!.textContent).to.contain('niet meegestuurd');
      q<HTMLButtonElement>(form, '[part=confirmation] button')!.click();
      await form.updateComplete;
      expect(q<HTMLTextAreaElement>(form, '[name=description]')!.value).to.contain('typefout');
    } finally {
      warn.restore();
    }
  });

  describe('settling a case that got no answer', () => {
    beforeEach(() => {
      CcvCasusForm.timing = { timeoutMs: 300, retryDelaysMs: [] };
    });

    /**
     * A receiver fails on one word, whatever the key: the person takes the word out. The earlier
     * version goes again under its key (no answer again), and the next press sends the corrected
     * case under a new key — with the page reloaded before that press, or not.
     */
    async function correctAfterSettling(reload: boolean): Promise<void> {
      const warn = stubWarn();
      const receiver = scriptedReceiver((body) => (body.includes('BOEM') ? problem(500) : created('R-OK')));
      try {
        let form = await mount('/__test/scripted');
        fillAll(form, { ...complete, description: 'Tekst met BOEM erin.' });
        await submit(form);
        await waitUntil(() => statusOf(form) === 'failed', 'failed');
        fill(form, 'description', 'Tekst zonder het woord.');
        await submit(form); // the earlier version, under its key: no answer again
        await waitUntil(() => receiver.posts.length === 2 && statusOf(form) === 'failed', 'settling failed');
        if (reload) {
          form.remove(); // a reload: the draft comes back
          form = await mount('/__test/scripted');
        }
        await submit(form);
        await waitUntil(() => statusOf(form) !== 'sending', 'sent');
        expect(receiver.posts.map((post) => post.body.includes('BOEM')), reload ? 'as without the reload' : undefined).to.deep.equal([true, true, false]);
        expect(receiver.posts[2].key).not.to.equal(receiver.posts[0].key);
        expect(statusOf(form), 'the corrected case went').to.equal('success');
      } finally {
        receiver.restore();
        warn.restore();
      }
    }

    it('sends the corrected case once the earlier one has been tried again without an answer', () => correctAfterSettling(false));

    it('sends the corrected case after that, also when the page was reloaded in between', () => correctAfterSettling(true));

    it('sends the corrected case at once when the earlier one is refused', async () => {
      const warn = stubWarn();
      let first = true;
      const receiver = scriptedReceiver((body, _key, signal) => {
        if (first) return (first = false), never(signal);
        return body.includes('oud@') ? problem(422, { errors: [{ field: 'email', detail: 'Dit adres bestaat niet: oud@gemeente.example' }] }) : created('R-2');
      });
      try {
        const form = await mount('/__test/scripted');
        fillAll(form, { ...complete, email: 'oud@gemeente.example' });
        await submit(form);
        await waitUntil(() => statusOf(form) === 'failed', 'no answer');
        fill(form, 'email', 'nieuw@gemeente.example');
        await submit(form);
        await waitUntil(() => statusOf(form) === 'success', 'the corrected case went');
        expect(receiver.posts.map((post) => JSON.parse(post.body).email)).to.deep.equal(['oud@gemeente.example', 'oud@gemeente.example', 'nieuw@gemeente.example']);
        expect(q(form, '[part=confirmation]')!.textContent).not.to.contain('niet meegestuurd');
      } finally {
        receiver.restore();
        warn.restore();
      }
    });

    it('asks the receiver to answer in its own language (Accept-Language), also after a change of language', async () => {
      const receiver = scriptedReceiver(() => problem(503));
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
      try {
        const form = await mount('/__test/scripted');
        fillAll(form);
        await submit(form);
        await waitUntil(() => statusOf(form) === 'failed', 'failed');
        form.lang = 'en';
        await form.updateComplete;
        await submit(form);
        await waitUntil(() => receiver.posts.length === 2 && statusOf(form) === 'failed', 'failed again');
        expect(receiver.posts.map((post) => post.language)).to.deep.equal(['nl', 'en']);
      } finally {
        receiver.restore();
      }
    });

    it('keeps its key when the receiver is still busy with it (423), so a case is filed once', async () => {
      const warn = stubWarn();
      const filed = new Map<string, string>();
      let busy = false;
      const receiver = scriptedReceiver((_body, key, signal) => {
        if (busy) return problem(423);
        if (filed.has(key)) return created(filed.get(key)!);
        filed.set(key, `R-${filed.size + 1}`);
        busy = true; // the first request goes on, and its answer never comes
        return never(signal);
      });
      try {
        const form = await mount('/__test/scripted');
        fillAll(form);
        await submit(form);
        await waitUntil(() => statusOf(form) === 'failed', 'no answer');
        await submit(form); // 423: still busy
        await waitUntil(() => receiver.posts.length === 2 && statusOf(form) === 'failed', 'busy');
        busy = false;
        await submit(form);
        await waitUntil(() => statusOf(form) === 'success', 'received');
        expect(filed.size).to.equal(1);
        expect(new Set(receiver.posts.map((post) => post.key)).size).to.equal(1);
      } finally {
        receiver.restore();
        warn.restore();
      }
    });

    it('takes a 409 (the key holds another case) as final: no retries, a clear message, the text kept; sent again, it is a new case', async () => {
      // Agreed with the reference receiver: the key was already used for another case. Its earlier
      // send, recorded in the draft, went under a key the receiver holds for another version.
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [20, 40, 80] };
      const values = { ...complete, title: `conflict-${Math.random()}`, privacyConsent: true };
      const key = crypto.randomUUID();
      const other = await fetch('/__test/casus', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ version: 1, ...complete, phone: '', title: 'Een andere versie', privacyConsent: true, locale: 'nl' }),
      });
      expect(other.status).to.equal(201);
      const payload = { version: 1, ...complete, phone: '', title: values.title, privacyConsent: true, locale: 'nl' };
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values, sent: { key, payload: JSON.stringify(payload) } }));
      const posts = watchPosts();
      try {
        const form = await mount('/__test/casus');
        const keys: string[] = [];
        form.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
        const failed = oneEvent(form, 'ccv-casus-error');
        await submit(form);
        expect((await failed).detail).to.include({ kind: 'failed', reason: 'HTTP 409' });
        await form.updateComplete;
        expect(posts.bodies, 'not tried again by itself').to.have.length(1);
        expect(q(form, '[part=status]')!.textContent).to.contain('Er is al eerder een andere versie van deze casus ontvangen').and.contain('Opnieuw versturen');
        expect(q<HTMLInputElement>(form, '[name=title]')!.value, 'the text is kept').to.equal(values.title);
        expect(localStorage.getItem(DRAFT_KEY), 'and so is the draft').to.contain(values.title);
        await submit(form);
        await waitUntil(() => q(form, '[part=confirmation]'), 'sent again, received');
        expect(keys).to.have.length(2);
        expect(keys[0]).to.equal(key);
        expect(keys[1], 'a new case, under a new key').not.to.equal(key);
        expect(posts.bodies).to.have.length(2);
      } finally {
        posts.restore();
      }
    });

    it('clears its own draft on success, also after a change made and undone while sending', async () => {
      let answer!: () => void;
      const receiver = scriptedReceiver(() => new Promise<Response>((resolve) => (answer = () => resolve(created('R-1')))));
      try {
        CcvCasusForm.timing = { timeoutMs: 5000, retryDelaysMs: [] };
        const form = await mount('/__test/scripted');
        fillAll(form);
        const received = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        fill(form, 'description', `${complete.description} x`);
        await waitUntil(() => localStorage.getItem(DRAFT_KEY)?.includes(`${complete.description} x`), 'the change saved');
        fill(form, 'description', complete.description);
        answer();
        await received;
        expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      } finally {
        receiver.restore();
      }
    });

    it('confirms the case a host took over with that case, also when the form was cleared meanwhile', async () => {
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values: { ...complete, privacyConsent: true } }));
      const form = await mount();
      let handedOver!: { name: string };
      form.addEventListener('ccv-casus-submit', (event) => {
        event.preventDefault();
        handedOver = (event as CustomEvent<{ payload: { name: string } }>).detail.payload;
      });
      await submit(form);
      expect(handedOver.name).to.equal('Sam de Vries');
      q<HTMLButtonElement>(form, '[part=draft-notice] button')!.click(); // discard, while the host sends it
      await form.updateComplete;
      const received = oneEvent(form, 'ccv-casus-success');
      form.complete('HOST-3');
      const { detail } = await received;
      // What the host sent and the receiver filed, not the emptied form.
      expect(detail.reference).to.equal('HOST-3');
      expect(detail.payload).to.deep.equal(handedOver);
      expect(detail.payload.name).to.equal('Sam de Vries');
    });

    it('says nothing of changes when the form was cleared while sending', async () => {
      let answer!: () => void;
      const receiver = scriptedReceiver(() => new Promise<Response>((resolve) => (answer = () => resolve(created('R-1')))));
      try {
        CcvCasusForm.timing = { timeoutMs: 5000, retryDelaysMs: [] };
        localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values: { ...complete, privacyConsent: true } }));
        const form = await mount('/__test/scripted');
        const received = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        q<HTMLButtonElement>(form, '[part=draft-notice] button')!.click(); // discard, while it goes
        answer();
        await received;
        await form.updateComplete;
        expect(q(form, '[part=confirmation]')!.textContent).not.to.contain('niet meegestuurd');
      } finally {
        receiver.restore();
      }
    });

    it('after a host\'s fail(), sends an edited case as a new one, with or without a reload in between', async () => {
      // The host said what became of it: the edited case goes under a new key, the same case under its own.
      async function afterFail(reload: boolean, edit: boolean) {
        for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-casus-draft:')) localStorage.removeItem(key);
        let form = await mount('');
        const handed: { key: string; description: string }[] = [];
        const listen = (element: CcvCasusForm) =>
          element.addEventListener('ccv-casus-submit', (event) => {
            event.preventDefault();
            handed.push({ key: event.detail.idempotencyKey, description: event.detail.payload.description });
          });
        listen(form);
        fillAll(form);
        await submit(form);
        form.fail('Even niet bereikbaar.');
        await form.updateComplete;
        if (edit) fill(form, 'description', `${complete.description} Een typefout verbeterd.`);
        if (reload) {
          form.remove(); // a reload: the draft comes back
          form = await mount('');
          listen(form);
        }
        await submit(form);
        expect(handed, `reload: ${reload}, edited: ${edit}`).to.have.length(2);
        form.complete('HOST-1');
        return handed;
      }
      for (const reload of [false, true]) {
        const [first, edited] = await afterFail(reload, true);
        expect(edited.description, `the edited case goes (reload: ${reload})`).to.contain('typefout');
        expect(edited.key, `a new case, a new key (reload: ${reload})`).not.to.equal(first.key);
        const [once, again] = await afterFail(reload, false);
        expect(again.key, `the same case keeps its key (reload: ${reload})`).to.equal(once.key);
      }
    });

    it('does not send a restored record of a send that is no valid case', async () => {
      const receiver = scriptedReceiver(() => created('R-1'));
      try {
        localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values: { ...complete, privacyConsent: true }, sent: { key: 'k-1', payload: '{}' } }));
        const form = await mount('/__test/scripted');
        await submit(form);
        await waitUntil(() => statusOf(form) === 'success', 'received');
        expect(receiver.posts).to.have.length(1);
        expect(JSON.parse(receiver.posts[0].body).title).to.equal(complete.title);
        expect(receiver.posts[0].key).not.to.equal('k-1');
      } finally {
        receiver.restore();
      }
    });

    it('sends a restored case under a new key where the recorded one is no Idempotency-Key (another script wrote it)', async () => {
      // fetch refuses a header value with a line break or a character beyond Latin-1: taken as no
      // connection, the same case went under that key at every press, and never arrived.
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
      const values = { ...complete, title: `sleutel-${Math.random()}`, privacyConsent: true };
      const payload = JSON.stringify(toPayload(values, 'nl'));
      for (const key of ['sleutel\r\nX-Extra: 1', 'sleutel-€']) {
        localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values, sent: { key, payload } }));
        const form = await mount('/__test/casus');
        const received = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        expect((await received).detail.reference, JSON.stringify(key)).to.be.a('string');
        form.remove();
      }
    });
  });

  it('sends what it checked, whatever a listener does to the payload it is shown', async () => {
    const form = await mount();
    fillAll(form, { ...complete, title: `Ongewijzigd ${Math.random()}` });
    form.addEventListener('ccv-casus-submit', (event) => {
      (event.detail.payload as unknown as Record<string, unknown>).name = '[weggelaten]';
    });
    const posts = watchPosts();
    try {
      const received = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      expect((await received).detail.payload.name).to.equal(complete.name);
    } finally {
      posts.restore();
    }
    expect(JSON.parse(posts.bodies[0]).name).to.equal(complete.name);
  });

  describe('nothing lost', () => {
    /** A form whose case is on its way (the receiver answers after 800 ms), and its arrival. */
    async function sending(title: string) {
      const form = await mount('/__test/slow/800');
      fillAll(form, { ...complete, title: `${title}-${Math.random()}` });
      const arrived = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      return { form, arrived };
    }

    it('saves what was typed in the last half second when the page is left', async () => {
      const form = await mount('/__test/casus');
      fill(form, 'title', 'Net getypt');
      expect(localStorage.getItem(DRAFT_KEY), 'not yet: the pause has not passed').to.be.null;
      // A reload, a link or a closed tab: the page goes without removing the form.
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.title).to.equal('Net getypt');
    });

    it('restores everything typed into every field after a real reload in the middle of typing', async function () {
      this.timeout(30_000);
      // The playground page in a frame: a reload there unloads the page, as a visitor's does (no element is removed).
      const ready = (page: Document) => page.querySelector('ccv-casus-form')?.shadowRoot?.querySelector('form');
      const page = await openHostPage('/demo/index.html', ready, 'the form');
      const frame = page.defaultView!.frameElement as HTMLIFrameElement;
      try {
        const typed = { ...complete, phone: '06 12 056 691', preferredFormat: 'small' };
        fillAll(page.querySelector<CcvCasusForm>('ccv-casus-form')!, typed);
        // At once, well within the pause after which a draft is saved while typing.
        const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.contentWindow!.location.reload();
        await reloaded;
        await waitUntil(() => ready(frame.contentDocument!), 'the form after the reload', { timeout: 8000 });
        const form = frame.contentDocument!.querySelector<CcvCasusForm>('ccv-casus-form')!;
        await form.updateComplete;
        const shown = Object.fromEntries(
          Object.keys(typed).map((name) => [name, name === 'preferredFormat' ? q<HTMLInputElement>(form, '[name=preferredFormat]:checked')?.value : q<HTMLInputElement>(form, `[name=${name}]`)!.value]),
        );
        expect(shown).to.deep.equal(typed);
        expect(q<HTMLInputElement>(form, '[name=privacyConsent]')!.checked, 'the consent box').to.be.true;
        expect(q(form, '[part=draft-notice]')!.textContent).to.contain('We hebben ingevuld wat je eerder typte');
      } finally {
        frame.remove();
      }
    });

    it('saves a draft while typing and restores it after a reload, with a notice and a discard button', async () => {
      const form = await mount('/__test/casus');
      fill(form, 'name', 'Sam de Vries');
      fill(form, 'description', 'Halverwege getypt…');
      fill(form, 'preferredFormat', 'small');
      const typedAt = Date.now();
      // Within half a second of the last change: a 500 ms timer set now runs after the save's, however
      // late a loaded machine runs both (timers run in the order they fall due).
      await aTimeout(500);
      expect(localStorage.getItem(DRAFT_KEY), 'saved within half a second').not.to.be.null;
      // ...but not on every keystroke: the save waits for a pause.
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).savedAt - typedAt).to.be.at.least(350);
      form.remove(); // a reload
      const again = await mount('/__test/casus');
      expect(q<HTMLInputElement>(again, '[name=name]')!.value).to.equal('Sam de Vries');
      expect(q<HTMLTextAreaElement>(again, '[name=description]')!.value).to.equal('Halverwege getypt…');
      expect(q<HTMLInputElement>(again, '[name=preferredFormat][value=small]')!.checked).to.be.true;
      const notice = q(again, '[part=draft-notice]')!;
      expect(notice.textContent).to.contain('We hebben ingevuld wat je eerder typte');
      await expect(again).to.be.accessible();
      (notice.querySelector('button') as HTMLButtonElement).click();
      await again.updateComplete;
      expect(q<HTMLInputElement>(again, '[name=name]')!.value).to.equal('');
      expect(q<HTMLTextAreaElement>(again, '[name=description]')!.value).to.equal('');
      expect(q<HTMLInputElement>(again, '[name=preferredFormat][value=none]')!.checked, 'back to no preference').to.be.true;
      expect(q<HTMLInputElement>(again, '[name=preferredFormat][value=small]')!.checked).to.be.false;
      expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
      // On the notice's button, which now offers to undo it (see 'offers to undo a discard…').
      expect(again.shadowRoot!.activeElement).to.equal(notice.querySelector('button'));
    });

    for (const [lang, words] of [
      ['nl', { discard: 'Wissen en opnieuw beginnen', undo: 'Ongedaan maken', discarded: 'We hebben gewist wat je eerder typte.', restored: 'We hebben ingevuld wat je eerder typte' }],
      ['en', { discard: 'Clear and start again', undo: 'Undo', discarded: 'We cleared what you typed before.', restored: 'We filled in what you typed before' }],
    ] as const) {
      it(`offers to undo a discard, by keyboard, and puts everything back, also what an extension filled (${lang})`, async () => {
        const first = await mount();
        fillAll(first);
        first.remove(); // a reload: the case comes back as a draft
        const form = await mount();
        form.lang = lang;
        await form.updateComplete;
        // A browser extension fills a field without an input event: the state never hears of it.
        q<HTMLInputElement>(form, '[name=phone]')!.value = '06 12345678';
        const notice = q(form, '[part=draft-notice]')!;
        const heard: string[] = [];
        new MutationObserver(() => heard.push(notice.textContent!.replace(/\s+/g, ' ').trim())).observe(notice, { childList: true, subtree: true, characterData: true });
        const button = notice.querySelector('button')!;
        expect(button.textContent!.trim()).to.equal(words.discard);
        button.focus();
        await sendKeys({ press: 'Enter' });
        await form.updateComplete;
        for (const name of ['name', 'title', 'phone']) expect(q<HTMLInputElement>(form, `[name=${name}]`)!.value, `${name} emptied`).to.equal('');
        expect(localStorage.getItem(DRAFT_KEY), 'the draft discarded').to.be.null;
        // Focus stays where it was pressed, on the same button, which now undoes; the notice says what happened.
        expect(form.shadowRoot!.activeElement).to.equal(button);
        expect(button.textContent!.trim()).to.equal(words.undo);
        expect(notice.getAttribute('role')).to.equal('status');
        expect(heard.at(-1)).to.contain(words.discarded);
        await expect(form).to.be.accessible();
        await sendKeys({ press: 'Enter' });
        await form.updateComplete;
        expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal(complete.title);
        expect(q<HTMLTextAreaElement>(form, '[name=description]')!.value).to.equal(complete.description);
        expect(q<HTMLInputElement>(form, '[name=phone]')!.value, 'what the extension filled is back too').to.equal('06 12345678');
        expect(q<HTMLInputElement>(form, '[name=privacyConsent]')!.checked).to.be.true;
        const stored = JSON.parse(localStorage.getItem(DRAFT_KEY)!).values;
        expect([stored.title, stored.phone], 'back in the draft').to.deep.equal([complete.title, '06 12345678']);
        expect(form.shadowRoot!.activeElement).to.equal(button);
        expect(button.textContent!.trim()).to.equal(words.discard);
        expect(heard.at(-1)).to.contain(words.restored);
        // Discarded again and a new case begun: undo would overwrite it, so it is no longer offered.
        await sendKeys({ press: 'Enter' });
        await form.updateComplete;
        fill(form, 'title', 'Een nieuwe casus');
        await form.updateComplete;
        expect(q(form, '[part=draft-notice]')).to.be.null;
        expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal('Een nieuwe casus');
      });
    }

    it('offers no undo for a case discarded while it went and then arrived', async () => {
      const first = await mount();
      fillAll(first);
      first.remove(); // a reload: the case comes back as a draft
      const form = await mount();
      // The host sends it (and answers later).
      form.addEventListener('ccv-casus-submit', (event) => event.preventDefault());
      await submit(form);
      // While it goes, the person presses "discard" on the restored case's notice.
      q<HTMLButtonElement>(form, '[part=draft-notice] button')!.click();
      await form.updateComplete;
      form.complete('LK-1');
      await form.updateComplete;
      expect(!!q(form, '[part=confirmation]')).to.be.true;
      // A new case: what arrived is not offered back as an unsent draft (sent again, it would be filed twice).
      q<HTMLButtonElement>(form, '[part=confirmation] button')!.click();
      await form.updateComplete;
      expect(q(form, '[part=draft-notice]')?.textContent?.trim() ?? null, 'no "undo" for a case that arrived').to.equal(null);
      expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal('');
      expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
    });

    it('leaves the draft of the form that came in its place, when a case sent from a removed form arrives', async () => {
      const { form: first, arrived } = await sending('away');
      first.remove(); // a single-page app moves on while it is sending
      // The visitor comes back: the next form offers that case, they discard it and start another.
      const next = await mount('/__test/casus');
      q<HTMLButtonElement>(next, '[part=draft-notice] button')!.click();
      await next.updateComplete;
      fill(next, 'name', 'Nieuwe casus');
      await waitUntil(() => localStorage.getItem(DRAFT_KEY)?.includes('Nieuwe casus'), 'the new case saved');
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).sent, 'not the discarded case’s key').to.be.undefined;
      await arrived;
      expect(localStorage.getItem(DRAFT_KEY), 'the new case is still there').to.contain('Nieuwe casus');
    });

    it('keeps what was typed on in the form that came in its place, when a case sent from a removed form arrives', async () => {
      const { form: first, arrived } = await sending('on');
      fill(first, 'description', 'Bijgewerkt terwijl het werd verstuurd.'); // edited while sending
      first.remove();
      // The next form restores that case, and the visitor types on in it.
      const next = await mount('/__test/casus');
      fill(next, 'description', 'Nog verder bijgewerkt.');
      await waitUntil(() => localStorage.getItem(DRAFT_KEY)?.includes('Nog verder bijgewerkt.'), 'saved');
      await arrived;
      await aTimeout(50);
      expect(localStorage.getItem(DRAFT_KEY), 'not cleared, not overwritten with the older text').to.contain('Nog verder bijgewerkt.');
    });

    it('keeps what was typed while sending when the form, taken off the page meanwhile, is put back after the case arrived', async () => {
      const { form, arrived } = await sending('back');
      fill(form, 'description', 'Bijgewerkt terwijl het werd verstuurd.'); // edited while sending
      const parent = form.parentElement!;
      form.remove(); // an app's route changes; its cached view keeps this form
      await arrived;
      parent.append(form); // and comes back
      await form.updateComplete;
      expect(q(form, '[part=confirmation]')!.textContent, 'says the changes were not sent').to.contain('niet meegestuurd');
      q<HTMLButtonElement>(form, '[part=confirmation] button')!.click();
      await form.updateComplete;
      expect(q<HTMLTextAreaElement>(form, '[name=description]')!.value).to.equal('Bijgewerkt terwijl het werd verstuurd.');
      expect(localStorage.getItem(DRAFT_KEY), 'still in the draft').to.contain('Bijgewerkt terwijl het werd verstuurd.');
    });

    it('never stores the honeypot, and clears the draft after success', async () => {
      const form = await mount('/__test/casus');
      fillAll(form);
      q<HTMLInputElement>(form, '[name=website]')!.value = 'spam';
      fill(form, 'title', complete.title);
      await waitUntil(() => localStorage.getItem(DRAFT_KEY), 'saved');
      expect(localStorage.getItem(DRAFT_KEY)).not.to.contain('spam');
      q<HTMLInputElement>(form, '[name=website]')!.value = '';
      await submit(form);
      await waitUntil(() => q(form, '[part=confirmation]'), 'received');
      expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
    });

    it('keeps a draft per form on a page with two, by id or by place', async () => {
      const twoForms = async () => {
        // A form without drafts and one with an id do not count in the places of the others.
        const page = await fixture(html`<div>
          <ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>
          <ccv-casus-form id="intake" endpoint="/__test/casus"></ccv-casus-form>
          <ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>
          <ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>
        </div>`);
        const forms = [...page.querySelectorAll<CcvCasusForm>('ccv-casus-form')].slice(1);
        await Promise.all(forms.map((form) => form.updateComplete));
        return { page, forms };
      };
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values: { title: 'Van een eerder bezoek' } }));
      const first = await twoForms();
      expect(q<HTMLInputElement>(first.forms[1], '[name=title]')!.value, 'the first form without an id keeps the page key').to.equal('Van een eerder bezoek');
      expect(q<HTMLInputElement>(first.forms[0], '[name=title]')!.value, 'taken by the other form').to.equal('');
      fill(first.forms[1], 'description', 'Casus van het eerste formulier');
      fill(first.forms[2], 'name', 'Tweede');
      fill(first.forms[0], 'title', 'Intake');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.description).to.equal('Casus van het eerste formulier');
      expect(JSON.parse(localStorage.getItem(`${DRAFT_KEY} 1`)!).values.name).to.equal('Tweede');
      expect(JSON.parse(localStorage.getItem(`${DRAFT_KEY}#intake`)!).values.title).to.equal('Intake');
      first.page.remove(); // a reload
      const again = await twoForms();
      expect(q<HTMLTextAreaElement>(again.forms[1], '[name=description]')!.value).to.equal('Casus van het eerste formulier');
      expect(q<HTMLInputElement>(again.forms[1], '[name=name]')!.value).to.equal('');
      expect(q<HTMLInputElement>(again.forms[2], '[name=name]')!.value).to.equal('Tweede');
      expect(q<HTMLTextAreaElement>(again.forms[2], '[name=description]')!.value).to.equal('');
      expect(q<HTMLInputElement>(again.forms[0], '[name=title]')!.value).to.equal('Intake');
      // Discarding one form's draft leaves the others'.
      q<HTMLButtonElement>(again.forms[2], '[part=draft-notice] button')!.click();
      expect(localStorage.getItem(`${DRAFT_KEY} 1`)).to.be.null;
      expect(localStorage.getItem(DRAFT_KEY)).not.to.be.null;
      again.page.remove();

      // Each first in its own shadow root, or one put on the page before a form already there:
      // the later one takes a free place, so neither overwrites, restores or clears the other's draft.
      const hosts = await fixture(html`<div><div></div><div></div></div>`);
      const shadowed = [...hosts.children].map((host) => {
        const form = document.createElement('ccv-casus-form');
        host.attachShadow({ mode: 'open' }).append(form);
        return form;
      });
      const before = document.createElement('ccv-casus-form');
      hosts.prepend(before);
      await Promise.all([...shadowed, before].map((form) => form.updateComplete));
      fill(shadowed[0], 'title', 'Eerste');
      fill(shadowed[1], 'title', 'Tweede');
      fill(before, 'title', 'Ervoor');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      const titles = [DRAFT_KEY, `${DRAFT_KEY} 1`, `${DRAFT_KEY} 2`].map((key) => JSON.parse(localStorage.getItem(key) ?? '{}').values?.title);
      expect(titles).to.deep.equal(['Eerste', 'Tweede', 'Ervoor']);
    });

    it('restores each draft into the form it was typed in when a page moves or removes one of two forms without an id', async () => {
      // Told apart by place, the form that came first got the other's case (to be sent to the other's
      // endpoint), and a form left alone the removed one's, its own out of reach.
      /** Another day: this tab's note of which draft it kept is gone. */
      const nextVisit = () => {
        for (const key of Object.keys(sessionStorage)) if (key.startsWith('ccv-casus-draft-tab:')) sessionStorage.removeItem(key);
      };
      const forms = async (...endpoints: string[]) => {
        nextVisit();
        const page = await fixture(html`<div>${endpoints.map((endpoint) => html`<ccv-casus-form endpoint=${endpoint}></ccv-casus-form>`)}</div>`);
        const found = [...page.querySelectorAll<CcvCasusForm>('ccv-casus-form')];
        await Promise.all(found.map((form) => form.updateComplete));
        const titles = found.map((form) => q<HTMLInputElement>(form, '[name=title]')!.value);
        return { page, found, titles };
      };
      const first = await forms('/__test/a', '/__test/b');
      fill(first.found[0], 'title', 'Voor A');
      fill(first.found[1], 'title', 'Voor B');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      first.page.remove();
      const swapped = await forms('/__test/b', '/__test/a');
      expect(swapped.titles, 'the blocks swapped').to.deep.equal(['Voor B', 'Voor A']);
      fill(swapped.found[0], 'description', 'Verder getypt in B');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      swapped.page.remove();
      const alone = await forms('/__test/b');
      expect(alone.titles, 'the other block removed').to.deep.equal(['Voor B']);
      expect(q<HTMLTextAreaElement>(alone.found[0], '[name=description]')!.value).to.equal('Verder getypt in B');
      alone.page.remove();
      // Forms with the same endpoint are told apart by place, also each in a shadow root of its own: the newer draft stays where it was typed.
      const shadowed = async () => {
        nextVisit();
        const hosts = await fixture(html`<div><div></div><div></div></div>`);
        const found = [...hosts.children].map((host) => {
          const form = document.createElement('ccv-casus-form');
          form.endpoint = '/__test/a';
          host.attachShadow({ mode: 'open' }).append(form);
          return form;
        });
        await Promise.all(found.map((form) => form.updateComplete));
        return { hosts, found };
      };
      const twice = await shadowed();
      fill(twice.found[0], 'title', 'Eerste');
      await aTimeout(500);
      fill(twice.found[1], 'title', 'Tweede, later');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      twice.hosts.remove();
      const back = await shadowed();
      expect(back.found.map((form) => q<HTMLInputElement>(form, '[name=title]')!.value)).to.deep.equal(['Eerste', 'Tweede, later']);
      back.hosts.remove();
      // A lone form still takes the draft at its place when its endpoint changed (the site moved its receiver).
      for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_KEY)) localStorage.removeItem(key);
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values: { title: 'Voor het oude adres' }, at: '/__test/oud' }));
      const moved = await forms('/__test/nieuw');
      expect(moved.titles).to.deep.equal(['Voor het oude adres']);
      moved.page.remove();
    });

    it('restores its draft into a form when the page adds another form without an id before it', async () => {
      // An editor puts a second form (another endpoint) above the one with a draft: the new form takes the first place,
      // and with it the key of that draft, which it does not restore; the form the draft was typed in did not get it either.
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values: { title: 'Voor A' }, at: '/__test/a' }));
      const visit = async () => {
        for (const key of Object.keys(sessionStorage)) if (key.startsWith('ccv-casus-draft-tab:')) sessionStorage.removeItem(key);
        const page = await fixture<HTMLDivElement>(html`<div><ccv-casus-form endpoint="/__test/b"></ccv-casus-form><ccv-casus-form endpoint="/__test/a"></ccv-casus-form></div>`);
        const found = [...page.querySelectorAll<CcvCasusForm>('ccv-casus-form')];
        await Promise.all(found.map((form) => form.updateComplete));
        return { page, found, titles: found.map((form) => q<HTMLInputElement>(form, '[name=title]')!.value) };
      };
      const added = await visit();
      expect(added.titles).to.deep.equal(['', 'Voor A']);
      // Both typed in: the next visit gives each its own.
      fill(added.found[0], 'title', 'Voor B');
      fill(added.found[1], 'description', 'Verder in A');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      added.page.remove();
      const next = await visit();
      expect(next.titles).to.deep.equal(['Voor B', 'Voor A']);
      expect(q<HTMLTextAreaElement>(next.found[1], '[name=description]')!.value).to.equal('Verder in A');
      next.page.remove();
    });

    it('tells forms without an id apart by their endpoint attribute also while the forms after one are not upgraded yet', async () => {
      // As a page's HTML before the script defines the element: each form is upgraded and connected before
      // the next is, which has its endpoint as an attribute only. Two forms with one endpoint: the draft
      // typed in the second stays the second's, not taken by the first (which then had its place).
      localStorage.setItem(`${DRAFT_KEY} 1`, JSON.stringify({ v: 1, savedAt: Date.now(), values: { title: 'In het tweede' }, at: '/__test/a' }));
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      page.innerHTML = '<ccv-casus-form endpoint="/__test/a"></ccv-casus-form><ccv-casus-form endpoint="/__test/a"></ccv-casus-form>';
      const found = [...page.querySelectorAll<CcvCasusForm>('ccv-casus-form')];
      await Promise.all(found.map((form) => form.updateComplete));
      expect(found.map((form) => q<HTMLInputElement>(form, '[name=title]')!.value)).to.deep.equal(['', 'In het tweede']);
      page.remove();
    });

    it('warns when two forms with the same id would keep one draft', async () => {
      const warn = stubWarn();
      try {
        const hosts = await fixture(html`<div><div></div><div></div></div>`);
        for (const host of hosts.children) host.attachShadow({ mode: 'open' }).innerHTML = '<ccv-casus-form id="casus"></ccv-casus-form>';
        expect(warn.said()).to.contain('keep the same draft').and.contain('give each its own id');
      } finally {
        warn.restore();
      }
    });

    it('says when a draft was saved as the session list writes a date, in both languages', async () => {
      const savedAt = new Date(Date.now() - 10 * 86_400_000);
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: savedAt.getTime(), values: { title: 'Oud concept' } }));
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>`);
      const notice = () => q(form, '[part=draft-notice] p')!.textContent!;
      expect(notice()).to.match(/^We hebben ingevuld wat je eerder typte \(bewaard op [a-z]+dag \d{1,2} [a-z]+ \d{4} om \d\d:\d\d\)\.$/);
      form.lang = 'en';
      await form.updateComplete;
      // Not "Tuesday, 1 December": the browsers' en-GB put a comma there, the session list (and GOV.UK) none.
      expect(notice()).to.match(/^We filled in what you typed before \(saved on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d\)\.$/);
    });

    it("says when a draft was saved on the visitor's own clock, not Amsterdam's", async () => {
      // Ten days ago at 14:30 UTC: 10:30 in Bonaire (UTC−4), where the visitor typed it; 15:30 or 16:30 in Amsterdam.
      const savedAt = new Date(Date.now() - 10 * 86_400_000);
      savedAt.setUTCHours(14, 30, 0, 0);
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: savedAt.getTime(), values: { title: 'Oud concept' } }));
      await executeServerCommand('time-zone', 'America/Kralendijk');
      try {
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>`);
        expect(q(form, '[part=draft-notice] p')!.textContent).to.match(/ om 10:30\)\.$/);
      } finally {
        await executeServerCommand('time-zone');
      }
    });

    it('restores into a lone form with an id the draft it kept under the page key before forms had keys of their own', async () => {
      // Ten days ago, at noon: a fixed date would pass the 30 days a draft is kept, and this test fail from then on.
      const savedAt = new Date(Date.now() - 10 * 86_400_000);
      savedAt.setUTCHours(12, 0, 0, 0);
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: savedAt.getTime(), values: { title: 'Oud concept' } }));
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form id="casus" endpoint="/__test/casus"></ccv-casus-form>`);
      expect(q<HTMLInputElement>(form, '[name=title]')!.value).to.equal('Oud concept');
      const day = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(savedAt);
      expect(q(form, '[part=draft-notice]')!.textContent, 'saved when it was saved').to.contain(day);
      expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
      expect(JSON.parse(localStorage.getItem(`${DRAFT_KEY}#casus`)!).values.title).to.equal('Oud concept');
    });

    it("leaves the page's draft alone with a no-draft form, which has no key", async () => {
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values: { title: 'Van het andere formulier' } }));
      const host = await fixture(html`<div></div>`);
      const form = document.createElement('ccv-casus-form');
      form.noDraft = true;
      host.attachShadow({ mode: 'open' }).append(form);
      await form.updateComplete;
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.title).to.equal('Van het andere formulier');
      // Drafts switched on while on the page: kept from then on, under a key of its own.
      localStorage.removeItem(DRAFT_KEY);
      form.noDraft = false;
      await form.updateComplete;
      fill(form, 'name', 'Sam');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(localStorage.getItem(''), 'not under an empty key').to.be.null;
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.name).to.equal('Sam');
    });

    it('keeps a draft for the 30 days the form says, and drops it after them', async () => {
      const form = await mount();
      expect(q(form, '.privacy')!.textContent).to.contain('hoogstens 30 dagen');
      form.remove();
      const daysAgo = (days: number) => JSON.stringify({ v: 1, savedAt: Date.now() - days * 86_400_000, values: { title: `Concept van ${days} dagen` } });
      localStorage.setItem(DRAFT_KEY, daysAgo(29));
      const within = await mount();
      expect(q<HTMLInputElement>(within, '[name=title]')!.value, 'within the 30 days: restored').to.equal('Concept van 29 dagen');
      expect(q(within, '[part=draft-notice]')).to.exist;
      within.remove();
      localStorage.setItem(DRAFT_KEY, daysAgo(31));
      const after = await mount();
      expect(q<HTMLInputElement>(after, '[name=title]')!.value, 'after them: not restored').to.equal('');
      expect(q(after, '[part=draft-notice]')).to.be.null;
      expect(localStorage.getItem(DRAFT_KEY), 'and no longer kept').to.be.null;
      after.remove();
      // Nor one kept on another page of the site, which may never be visited again (moved or renamed):
      // any form that appears drops it. One still within its days stays for its own page.
      localStorage.setItem('ccv-casus-draft:/oude-pagina', daysAgo(31));
      localStorage.setItem('ccv-casus-draft:/oude-pagina tab 1', daysAgo(40));
      localStorage.setItem('ccv-casus-draft:/andere-pagina', daysAgo(2));
      await mount();
      expect(localStorage.getItem('ccv-casus-draft:/oude-pagina'), 'another page’s, after its days').to.be.null;
      expect(localStorage.getItem('ccv-casus-draft:/oude-pagina tab 1'), 'and its other tab’s').to.be.null;
      expect(localStorage.getItem('ccv-casus-draft:/andere-pagina'), 'another page’s, within its days').to.contain('Concept van 2 dagen');
      localStorage.removeItem('ccv-casus-draft:/andere-pagina');
    });

    it('keeps what was typed once no-draft is switched off again, without waiting for another keystroke', async () => {
      // A site's "shared computer" switch, turned on and off again: a reload right after lost the case.
      const form = await mount();
      fill(form, 'title', 'Mijn casus');
      await waitUntil(() => localStorage.getItem(DRAFT_KEY), 'saved');
      form.noDraft = true;
      await form.updateComplete;
      expect(localStorage.getItem(DRAFT_KEY), 'switched on: the draft goes').to.be.null;
      fill(form, 'description', 'Getypt zonder concept');
      form.noDraft = false;
      await form.updateComplete;
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').values).to.include({ title: 'Mijn casus', description: 'Getypt zonder concept' });
      form.remove();
      localStorage.removeItem(DRAFT_KEY);
      // No draft from the start, typed in, then switched on.
      const shared = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>`);
      fill(shared, 'title', 'Op een gedeelde computer begonnen');
      shared.removeAttribute('no-draft');
      await shared.updateComplete;
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}').values?.title).to.equal('Op een gedeelde computer begonnen');
      shared.remove();
    });

    it('keeps nothing outside its draft keys when no-draft is switched off while it is off the page', async () => {
      // Typed with no-draft, taken off the page, and then switched on: the form has no place for a draft yet (it takes one
      // on the page), and the case it holds was saved under the empty key, where no visit reads or clears it.
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>`);
      fill(form, 'name', 'Sam');
      form.remove();
      form.removeAttribute('no-draft');
      await form.updateComplete;
      await aTimeout(600);
      expect(localStorage.getItem('')).to.be.null;
    });

    it('keeps nothing with no-draft', async () => {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>`);
      fill(form, 'name', 'Sam');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
    });
  });

  it('does not offer a draft that holds only the defaults', async () => {
    const form = await mount();
    fill(form, 'name', 'S');
    fill(form, 'name', '');
    await waitUntil(() => localStorage.getItem(DRAFT_KEY), 'saved');
    form.remove();
    const again = await mount();
    expect(q(again, '[part=draft-notice]')).to.be.null;
  });

  describe('what it keeps and clears', () => {
    describe('another case after one arrived', () => {
      const contact = { name: complete.name, organisation: complete.organisation, role: complete.role, email: complete.email, phone: '06 12 056 691' };
      const valueOf = (form: CcvCasusForm, name: string) => q<HTMLInputElement>(form, `[name=${name}]`)!.value;
      const hide = () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        try {
          document.dispatchEvent(new Event('visibilitychange'));
        } finally {
          delete (document as { visibilityState?: string }).visibilityState;
        }
      };

      /** A case sent and received, then "Nog een casus versturen" pressed. */
      async function anotherCase(form: CcvCasusForm): Promise<void> {
        fillAll(form, { ...complete, ...contact });
        const received = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        await received;
        await form.updateComplete;
        q<HTMLButtonElement>(form, '[part=confirmation] button')!.click();
        await form.updateComplete;
      }

      it('keeps the contact details in the fields, and starts the case itself empty, consent unchecked, focus and status as before', async () => {
        const form = await mount();
        await anotherCase(form);
        for (const [name, value] of Object.entries(contact)) expect(valueOf(form, name), name).to.equal(value);
        for (const name of ['title', 'description', 'theme', 'website']) expect(valueOf(form, name), name).to.equal('');
        expect(q<HTMLInputElement>(form, '[name=preferredFormat]:checked')!.value).to.equal('none');
        expect(q<HTMLInputElement>(form, '[name=privacyConsent]')!.checked, 'consent is given again for each case').to.be.false;
        expect(form.shadowRoot!.activeElement).to.equal(q(form, '[name=name]'));
        expect(qa(form, '[role=status], [aria-live]').map((region) => region.textContent!.trim())).to.deep.equal(['', '']);
        expect(q(form, '[part=draft-notice]')).to.be.null;
        await expect(form).to.be.accessible();
        // Sent as it stands, the case itself is what is missing (the consent too).
        await submit(form);
        const missing = qa(form, '[part=error-summary] a').map((link) => link.getAttribute('href'));
        expect(missing).to.deep.equal(['#title', '#description', '#theme', '#privacyConsent']);
      });

      it('stores nothing of them when the page is left or hidden right after, nor after a send of only them; a reload brings nothing back', async () => {
        const form = await mount();
        await anotherCase(form);
        expect(valueOf(form, 'email'), 'shown in the field').to.equal(contact.email);
        dispatchEvent(new PageTransitionEvent('pagehide'));
        hide();
        expect(localStorage.getItem(DRAFT_KEY), 'left at once').to.be.null;
        await submit(form);
        expect(q(form, '[part=error-summary]')).to.exist;
        await aTimeout(600); // past the pause after which a draft is saved
        dispatchEvent(new PageTransitionEvent('pagehide'));
        expect(localStorage.getItem(DRAFT_KEY), 'pressed send with nothing typed').to.be.null;
        form.remove(); // a reload
        expect(localStorage.getItem(DRAFT_KEY), 'taken off the page').to.be.null;
        const again = await mount();
        for (const name of [...Object.keys(contact), 'title']) expect(valueOf(again, name), name).to.equal('');
        expect(q(again, '[part=draft-notice]')).to.be.null;
      });

      it('stores nothing of them either after a change typed and undone while the last case was on its way', async () => {
        let answer!: () => void;
        const receiver = scriptedReceiver(() => new Promise<Response>((resolve) => (answer = () => resolve(created('CCV-2026-0001')))));
        try {
          const form = await mount('/__test/scripted');
          fillAll(form, { ...complete, ...contact });
          const received = oneEvent(form, 'ccv-casus-success');
          await submit(form);
          await waitUntil(() => receiver.posts.length === 1, 'the case went');
          // Typed while it went, and taken back: a save came due, and nothing differs from what went.
          fill(form, 'title', `${complete.title}x`);
          fill(form, 'title', complete.title);
          answer();
          await received;
          await form.updateComplete;
          q<HTMLButtonElement>(form, '[part=confirmation] button')!.click();
          await form.updateComplete;
          expect(valueOf(form, 'email'), 'shown in the field').to.equal(contact.email);
          dispatchEvent(new PageTransitionEvent('pagehide'));
          hide();
          expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
        } finally {
          receiver.restore();
        }
      });

      it('saves them in the draft with the new case once something is typed, consent not given', async () => {
        const form = await mount();
        await anotherCase(form);
        fill(form, 'title', 'Tweede casus');
        dispatchEvent(new PageTransitionEvent('pagehide'));
        const { values } = JSON.parse(localStorage.getItem(DRAFT_KEY)!);
        expect(values).to.include({ ...contact, title: 'Tweede casus', description: '', theme: '', preferredFormat: 'none', privacyConsent: false });
        expect(values).not.to.have.property('website');
        form.remove();
        const again = await mount();
        expect(valueOf(again, 'name')).to.equal(contact.name);
        expect(valueOf(again, 'title')).to.equal('Tweede casus');
      });

      it('keeps them with no-draft too, and stores nothing when typed on', async () => {
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy" no-draft></ccv-casus-form>`);
        pretendTimePassed(form);
        await anotherCase(form);
        expect(valueOf(form, 'email')).to.equal(contact.email);
        expect(valueOf(form, 'title')).to.equal('');
        fill(form, 'title', 'Tweede casus');
        await aTimeout(600);
        dispatchEvent(new PageTransitionEvent('pagehide'));
        expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
      });
    });

    it("leaves another tab's draft of another case when its own case arrives", async () => {
      const id = `tab-${Math.random().toString(36).slice(2)}`;
      CcvCasusForm.timing = { timeoutMs: 3000, retryDelaysMs: [] };
      const form = await mount(`/__test/casus-late/${id}?slow=400`);
      fillAll(form, { ...complete, title: id });
      const received = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      // The same page in another tab saves its own case meanwhile, under the same key.
      const other = JSON.stringify({ v: 1, savedAt: Date.now() - 1000, values: { title: 'In het andere tabblad' } });
      localStorage.setItem(DRAFT_KEY, other);
      await received;
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(other);
    });

    it('keeps its own draft beside the one the same page in another tab saved over it, and offers the newest later', async () => {
      const draftOf = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.values.title;
      const form = await mount();
      fill(form, 'title', 'Casus uit dit tabblad');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      // The other tab, with the same form, saves its own case under the same key.
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now() - 5000, values: { title: 'Casus uit het andere tabblad' } }));
      fill(form, 'title', 'Casus uit dit tabblad, langer');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(draftOf(DRAFT_KEY), "the other tab's draft stays").to.equal('Casus uit het andere tabblad');
      expect(draftOf(`${DRAFT_KEY} tab 1`), 'and this one is kept beside it').to.equal('Casus uit dit tabblad, langer');
      form.remove();

      // A later visit gets the newest, and goes on under its key.
      const again = await mount();
      expect(q<HTMLInputElement>(again, '[name=title]')!.value).to.equal('Casus uit dit tabblad, langer');
      fill(again, 'title', 'Casus uit dit tabblad, af');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(draftOf(`${DRAFT_KEY} tab 1`)).to.equal('Casus uit dit tabblad, af');
      expect(localStorage.getItem(`${DRAFT_KEY} tab 2`), 'no third copy').to.be.null;
      expect(draftOf(DRAFT_KEY)).to.equal('Casus uit het andere tabblad');
      // Discarding it leaves the other tab's case, which the visit after that offers.
      (q(again, '[part=draft-notice] button') as HTMLButtonElement).click();
      await again.updateComplete;
      expect(localStorage.getItem(`${DRAFT_KEY} tab 1`)).to.be.null;
      expect(draftOf(DRAFT_KEY)).to.equal('Casus uit het andere tabblad');
      again.remove();
      const third = await mount();
      expect(q<HTMLInputElement>(third, '[name=title]')!.value).to.equal('Casus uit het andere tabblad');
    });

    it("goes on with this tab's own draft after a reload, not with the other tab's newer one", async () => {
      const form = await mount();
      fill(form, 'title', 'Casus uit dit tabblad');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      // The other tab keeps its case beside it, and saves later.
      localStorage.setItem(`${DRAFT_KEY} tab 1`, JSON.stringify({ v: 1, savedAt: Date.now() + 1000, values: { title: 'Casus uit het andere tabblad' } }));
      form.remove(); // a reload of this tab
      const again = await mount();
      expect(q<HTMLInputElement>(again, '[name=title]')!.value).to.equal('Casus uit dit tabblad');
      fill(again, 'title', 'Casus uit dit tabblad, langer');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(localStorage.getItem(`${DRAFT_KEY} tab 1`)!).values.title, "the other tab's draft is left alone").to.equal('Casus uit het andere tabblad');
    });

    it('files a case once when the same page in another tab sent it: sent here too, it goes under that key and is confirmed with its reference', async () => {
      // Both tabs restored the same draft.
      const values = { ...complete, title: `Twee tabbladen ${Math.random()}`, privacyConsent: true };
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now() - 60_000, values }));
      const form = await mount('/__test/casus');
      const keys: string[] = [];
      form.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
      // The other tab sends it: its draft notes the key as the case goes, and is cleared once it arrived.
      const payload = JSON.stringify(toPayload(values, 'en'));
      const key = crypto.randomUUID();
      const going = JSON.stringify({ v: 1, savedAt: Date.now(), values, sent: { key, payload } });
      const tell = (newValue: string | null) => dispatchEvent(new StorageEvent('storage', { key: DRAFT_KEY, newValue, storageArea: localStorage }));
      localStorage.setItem(DRAFT_KEY, going);
      tell(going);
      const answer = await fetch('/__test/casus', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: payload });
      const { reference } = await answer.json();
      localStorage.removeItem(DRAFT_KEY);
      tell(null);
      await submit(form);
      await waitUntil(() => q(form, '[part=confirmation]'), 'confirmed');
      expect(keys, "under the other tab's key, as it went there").to.deep.equal([key]);
      expect(q(form, '[part=confirmation]')!.textContent, 'the receiver has it once').to.contain(reference);
      expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
    });

    it('files a case once when the same page in another tab sent it while this one was in the back/forward cache: sent here too, it goes under that key', async () => {
      // Firefox gives a page back from the cache no `storage` event it missed, and by then the other tab has
      // cleared the draft. The test runner's pages are not cached, so here the other tab is a second form that
      // keeps the same draft (the same id) in this page, which hears no `storage` event of its own writes; then
      // the page is shown again as the browser shows a cached one. The other tab speaks Dutch, this one English.
      const warn = stubWarn();
      try {
        const values = { ...complete, title: `Terug uit de cache ${Math.random()}`, privacyConsent: true };
        localStorage.setItem(`${DRAFT_KEY}#casus`, JSON.stringify({ v: 1, savedAt: Date.now() - 60_000, values }));
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form id="casus" lang="en" endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>`);
        const other = await fixture<CcvCasusForm>(html`<ccv-casus-form id="casus" lang="nl" endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>`);
        const keys: string[] = [];
        for (const each of [other, form]) each.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
        const received = oneEvent(other, 'ccv-casus-success');
        await submit(other);
        const { reference } = (await received).detail;
        expect(Object.values(localStorage).join(), 'nothing typed is left').not.to.contain(values.title);
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        await submit(form);
        await waitUntil(() => q(form, '[part=confirmation]'), 'confirmed');
        expect(keys[1], "under the other tab's key").to.equal(keys[0]);
        expect(q(form, '[part=confirmation]')!.textContent, 'the receiver has it once').to.contain(reference);

        // A different case after it is a new one, under a new key.
        (q(form, '[part=confirmation] button') as HTMLButtonElement).click();
        await form.updateComplete;
        fillAll(form, { ...complete, title: `Een tweede casus ${Math.random()}` });
        pretendTimePassed(form);
        await submit(form);
        await waitUntil(() => q(form, '[part=confirmation]'), 'confirmed');
        expect(keys[2]).not.to.be.oneOf(keys.slice(0, 2));
        expect(q(form, '[part=confirmation]')!.textContent).not.to.contain(reference);

        // What is left of them (a note of each, nothing typed) goes as a draft does, after 30 days.
        const notes = Object.keys(localStorage).filter((key) => key.startsWith(`${DRAFT_KEY}#casus sent `));
        expect(notes, 'one for each case').to.have.length(2);
        for (const note of notes) localStorage.setItem(note, JSON.stringify({ ...JSON.parse(localStorage.getItem(note)!), savedAt: Date.now() - 31 * 24 * 60 * 60 * 1000 }));
        (await mount()).remove();
        expect(notes.filter((note) => localStorage.getItem(note) !== null)).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    });

    it('sends a case as a new one after a 409 for the key its note of an arrival gave it, as the message says', async () => {
      // A case that went as version 0.1 wrote it (no phone key) arrived under its key, and left its note. The same
      // case typed again is written with the phone key: the receiver holds another payload under that key (409).
      const { values, key } = draftSentWithoutPhone(`Oud en nieuw ${Math.random()}`);
      const form = await mount('/__test/casus');
      const keys: string[] = [];
      form.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
      await submit(form);
      await waitUntil(() => q(form, '[part=confirmation]'), 'the earlier send arrived');
      (q(form, '[part=confirmation] button') as HTMLButtonElement).click();
      await form.updateComplete;
      fillAll(form, { ...complete, title: values.title });
      pretendTimePassed(form);
      const failed = oneEvent(form, 'ccv-casus-error');
      await submit(form);
      expect((await failed).detail).to.include({ reason: 'HTTP 409' });
      await form.updateComplete;
      expect(q(form, '[part=status]')!.textContent).to.contain('Kies ‘Opnieuw versturen’ om het als nieuwe casus te sturen');
      const answered = Promise.race([oneEvent(form, 'ccv-casus-success'), oneEvent(form, 'ccv-casus-error')]);
      await submit(form);
      await answered;
      await form.updateComplete;
      expect(keys).to.have.length(3);
      expect(keys[1], 'the note gave its key').to.equal(key);
      expect(keys[2], 'then a new case, under a new key').not.to.equal(key);
      expect(q(form, '[part=confirmation]'), 'received').to.exist;
    });

    it('sends a case that went unanswered before the form composed accents under its key, once, and calls it sent', async () => {
      // Saved by the version before NFC (49fff94): the draft, and the payload that went under the key, hold "é" as e and a mark.
      const values = { ...complete, description: `Caf\u0065\u0301 bij het station ${Math.random()}`, privacyConsent: true };
      const payload = JSON.stringify({ ...toPayload(values, 'nl'), description: values.description });
      const key = crypto.randomUUID();
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now() - 60_000, values, sent: { key, payload } }));
      const receiver = scriptedReceiver(() => created('LK-NFC'));
      try {
        const form = await mount('/__test/scripted');
        await submit(form);
        await waitUntil(() => q(form, '[part=confirmation]'), 'confirmed');
        expect(receiver.posts.map((post) => [post.key, post.body]), 'the case as it went, under its key').to.deep.equal([[key, payload]]);
        expect(q(form, '[part=confirmation]')!.textContent, 'nothing of it is left to send again').not.to.contain(casusFormMessages.nl.unsentEdits);
        expect(localStorage.getItem(DRAFT_KEY)).to.be.null;
      } finally {
        receiver.restore();
      }
    });

    it('keeps one draft, not a copy, after a save the browser refused once', async () => {
      const form = await mount();
      fill(form, 'title', 'Eerste');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        Storage.prototype.setItem = original;
        if (key.startsWith('ccv-casus-draft:')) throw new DOMException('full', 'QuotaExceededError');
        original.call(this, key, value);
      };
      try {
        fill(form, 'title', 'Tweede');
        dispatchEvent(new PageTransitionEvent('pagehide'));
      } finally {
        Storage.prototype.setItem = original;
      }
      fill(form, 'title', 'Derde');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(Object.keys(localStorage).filter((key) => key.startsWith('ccv-casus-draft:'))).to.deep.equal([DRAFT_KEY]);
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.title).to.equal('Derde');
    });

    it('keeps one draft, not a copy, when a reloaded page types on', async () => {
      const form = await mount();
      fill(form, 'title', 'Eerste versie');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      form.remove();
      const again = await mount();
      fill(again, 'title', 'Tweede versie');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(Object.keys(localStorage).filter((key) => key.startsWith('ccv-casus-draft:'))).to.deep.equal([DRAFT_KEY]);
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.title).to.equal('Tweede versie');
    });

    it("leaves the draft another tab saved since when a new case is started after one arrived", async () => {
      const form = await mount();
      fillAll(form, complete);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      form.remove();
      // This tab restores the case and sends it as it is; the other tab, which has it too, types on.
      const again = await mount();
      const received = oneEvent(again, 'ccv-casus-success');
      await submit(again);
      const other = JSON.stringify({ v: 1, savedAt: Date.now() + 1, values: { ...complete, title: 'Aangevuld in het andere tabblad' } });
      localStorage.setItem(DRAFT_KEY, other);
      await received;
      await again.updateComplete;
      (q(again, '[part=confirmation] button') as HTMLButtonElement).click();
      await again.updateComplete;
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(other);
    });

    it('shows the form when a stored draft has a time no date can hold', async () => {
      for (const savedAt of [9e15, -9e15]) {
        localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt, values: { title: 'Vreemd' } }));
        const form = await mount();
        expect(q(form, '[name=title]'), String(savedAt)).to.exist;
        expect(q(form, '[part=draft-notice]')).to.be.null;
        form.remove();
      }
    });

    it('tells, once, when the browser keeps no draft', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('ccv-casus-draft:')) throw new DOMException('full', 'QuotaExceededError');
        original.call(this, key, value);
      };
      try {
        const form = await mount();
        fill(form, 'title', 'Belangrijk');
        dispatchEvent(new PageTransitionEvent('pagehide'));
        await form.updateComplete;
        expect(q(form, '[part=draft-notice]')!.textContent).to.contain('bewaart niet wat je hier typt');
        expect(q(form, '.sending[role=status]')!.textContent).to.contain('bewaart niet wat je hier typt');
        await expect(form).to.be.accessible();
        fill(form, 'title', 'Belangrijk, langer');
        dispatchEvent(new PageTransitionEvent('pagehide'));
        await form.updateComplete;
        expect(qa(form, '[part=draft-notice]')).to.have.length(1);
        Storage.prototype.setItem = original; // room again
        fill(form, 'title', 'Belangrijk, nog langer');
        dispatchEvent(new PageTransitionEvent('pagehide'));
        await form.updateComplete;
        expect(qa(form, '[part=draft-notice]'), 'kept again: the notice goes').to.have.length(0);
      } finally {
        Storage.prototype.setItem = original;
      }
    });

    it('waits as long as a busy receiver asks (Retry-After, in seconds or as a date), up to 30 seconds', async () => {
      const warn = stubWarn();
      try {
        CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [20] };
        const posts = watchPosts();
        // (An HTTP date has whole seconds: two seconds from now is at least one away.)
        const inSeconds = (seconds: number) => () => new Date(Date.now() + seconds * 1000).toUTCString();
        try {
          for (const [after, attempts, atLeast] of [
            [() => '1', 2, 900],
            [() => '600', 1, 0],
            [inSeconds(2), 2, 900],
            [inSeconds(600), 1, 0],
          ] as const) {
            posts.bodies.length = 0;
            const form = await mount(`/__test/answer/x?status=429&after=${encodeURIComponent(after())}`);
            fillAll(form);
            const failed = oneEvent(form, 'ccv-casus-error');
            const t0 = performance.now();
            await submit(form);
            await failed;
            expect(posts.bodies, `Retry-After: ${after()}`).to.have.length(attempts);
            expect(performance.now() - t0).to.be.at.least(atLeast);
            form.remove();
          }
        } finally {
          posts.restore();
        }
      } finally {
        warn.restore();
      }
    });
  });

  describe('anti-spam', () => {
    it('holds back a bot quietly: a filled honeypot or a submit within 3 seconds sends nothing and confirms nothing', async () => {
      const warn = stubWarn();
      try {
        let sent = 0;
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>`);
        form.addEventListener('ccv-casus-submit', () => (sent += 1));
        fillAll(form);
        await submit(form); // too fast
        expect(sent).to.equal(0);
        // Never a confirmation: a person who was that fast (autofill, a pasted text) would think it sent.
        expect(q(form, '[part=confirmation]')).to.be.null;
        const status = q(form, '[part=status]')!;
        expect(status.textContent).to.contain('nog niet verstuurd');
        expect(form.shadowRoot!.activeElement).to.equal(status);
        expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).values.title).to.equal(complete.title);
        await expect(form).to.be.accessible();
        // Sent again, as a person does after reading the message: it goes, still well within the 3 seconds.
        const received = oneEvent(form, 'ccv-casus-success');
        await submit(form);
        expect(sent).to.equal(1);
        expect(q(form, '[part=status]'), 'the message goes').to.be.null;
        await received;

        const trapped = await mount();
        trapped.addEventListener('ccv-casus-submit', () => (sent += 1));
        fillAll(trapped);
        const trap = q<HTMLInputElement>(trapped, '[name=website]')!;
        trap.value = 'http://spam.example';
        await submit(trapped);
        expect(sent).to.equal(1);
        expect(q(trapped, '[part=confirmation]')).to.be.null;
        expect(q(trapped, '[part=status]')!.textContent).to.contain('nog niet verstuurd');
        // (A password manager may have filled it: emptied, so a person's second try goes.)
        expect(trap.value).to.equal('');
        // Sending again goes past the time, never past a filled trap.
        trap.value = 'http://spam.example';
        await submit(trapped);
        expect(sent).to.equal(1);
      } finally {
        warn.restore();
      }
    });

    it('times the 3 seconds from when the form appeared, and from the first keystroke', async () => {
      const warn = stubWarn();
      try {
        let sent = 0;
        const count = () => (sent += 1);
        /** Fills the form as a script does: the values set, no input or change event. */
        const script = (form: CcvCasusForm) => {
          for (const [name, value] of Object.entries(complete)) {
            const control = q<HTMLInputElement>(form, `[name=${name}]${name === 'preferredFormat' ? `[value=${value}]` : ''}`)!;
            if (name === 'preferredFormat') control.checked = true;
            else control.value = value;
          }
          q<HTMLInputElement>(form, '[name=privacyConsent]')!.checked = true;
        };
        const appearedLongAgo = (form: CcvCasusForm) => Object.assign(form, { shownAt: performance.now() - 10_000 });

        // Filled and sent by a script the moment the form appeared: no keystroke to time from.
        const bot = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>`);
        bot.addEventListener('ccv-casus-submit', count);
        script(bot);
        await submit(bot);
        expect(sent, 'sent right after the form appeared').to.equal(0);
        expect(q(bot, '[part=status]')!.textContent).to.contain('nog niet verstuurd');

        // The first keystroke still counts: a form long on the page, filled in a flash.
        const quick = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>`);
        quick.addEventListener('ccv-casus-submit', count);
        appearedLongAgo(quick);
        fillAll(quick);
        await submit(quick);
        expect(sent, 'sent right after the first keystroke').to.equal(0);

        // Long on the page, then filled without a keystroke (a password manager, a script): it goes.
        const filled = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>`);
        filled.addEventListener('ccv-casus-submit', count);
        appearedLongAgo(filled);
        script(filled);
        const received = oneEvent(filled, 'ccv-casus-success');
        await submit(filled);
        expect(sent).to.equal(1);
        await received;
      } finally {
        warn.restore();
      }
    });

    it('shows a person who submits an unfinished form at once what is missing, not a confirmation', async () => {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>`);
      fill(form, 'email', 'niet-goed');
      await submit(form); // well within 3 seconds of the first keystroke
      expect(q(form, '[part=confirmation]')).to.be.null;
      expect(q(form, '[part=error-summary]')).to.exist;
      expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=error-summary]'));
    });
  });

  it('is accessible while sending, in Dutch', async () => {
    CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
    const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/slow/500" privacy-url="/privacy" no-draft></ccv-casus-form>`);
    pretendTimePassed(form);
    fillAll(form);
    const confirmed = oneEvent(form, 'ccv-casus-success');
    await submit(form);
    expect(q(form, 'form')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(form, '.sending[role=status]')!.textContent).to.equal('Bezig met versturen…');
    await expect(form).to.be.accessible();
    await confirmed;
  });

  it('is accessible while sending, after failing and when confirmed, in English too', async () => {
    const warn = stubWarn();
    try {
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
      const sending = await fixture<CcvCasusForm>(html`<ccv-casus-form lang="en" endpoint="/__test/slow/500" no-draft></ccv-casus-form>`);
      pretendTimePassed(sending);
      fillAll(sending);
      await submit(sending);
      expect(q(sending, 'form')!.getAttribute('aria-busy')).to.equal('true');
      expect(q(sending, '.sending[role=status]')!.textContent).to.equal('Sending…');
      await expect(sending).to.be.accessible();
      await waitUntil(() => q(sending, '[part=confirmation]'), 'confirmed');
      expect(q(sending, '[part=confirmation] h2')!.textContent).to.equal('Your case has been received');
      await expect(sending).to.be.accessible();

      const failing = await fixture<CcvCasusForm>(html`<ccv-casus-form lang="en" endpoint="/__test/casus-status/x?code=500" no-draft></ccv-casus-form>`);
      pretendTimePassed(failing);
      fillAll(failing);
      await submit(failing);
      await waitUntil(() => q(failing, '[part=status]'), 'failed');
      expect(q(failing, '[part=status]')!.textContent).to.contain('Everything you entered is still here');
      await expect(failing).to.be.accessible();

      const errors = await fixture<CcvCasusForm>(html`<ccv-casus-form lang="en" endpoint="/__test/casus" no-draft></ccv-casus-form>`);
      pretendTimePassed(errors);
      await submit(errors);
      expect(q(errors, '[part=error-summary] h2')!.textContent).to.equal('There is a problem');
      expect(q(errors, '#name-error')!.textContent).to.equal('Enter your name');
      await expect(errors).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  it('can be completed with the keyboard alone', async function () {
    this.timeout(20_000); // some twenty round trips to the browser, each slow on a loaded machine
    const form = await mount();
    const succeeded = oneEvent(form, 'ccv-casus-success');
    q<HTMLInputElement>(form, '[name=name]')!.focus();
    // Short words: each character is a round trip to the browser, and on a loaded machine the full
    // case (190 characters) took up to 7.6 s of this test's 8.
    for (const text of ['Sam', 'CCV', 'Adviseur', 'sam@ccv.nl']) {
      await sendKeys({ type: text });
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Tab' }); // skip the optional phone
    await sendKeys({ type: 'Rellen' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Een oproep.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // first theme
    await sendKeys({ press: 'Tab' }); // the radio group (preferred format: no preference is chosen)
    await sendKeys({ press: 'Tab' }); // consent
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' }); // the privacy link
    await sendKeys({ press: 'Tab' }); // submit
    expect(form.shadowRoot!.activeElement).to.equal(q(form, '[part=submit-button]'));
    await sendKeys({ press: 'Enter' });
    await succeeded;
  });
  describe('what it says, and when', () => {
    /** Every text a live region shows, as it changes. */
    function record(region: Element): string[] {
      const said: string[] = [];
      new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { subtree: true, childList: true, characterData: true });
      return said;
    }

    it('says the count once: not again when the description is left', async () => {
      const form = await mount();
      const textarea = q<HTMLTextAreaElement>(form, '[name=description]')!;
      textarea.value = 'abc';
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const live = q(form, '[aria-live=polite]')!;
      await waitUntil(() => live.textContent === 'Je hebt nog 1997 tekens over', 'the count');
      const said = record(live);
      textarea.dispatchEvent(new Event('change', { bubbles: true, composed: true })); // leaving the field
      await aTimeout(1300);
      expect(said).to.deep.equal([]);
    });

    it('says a description left too long once: in the status, not again by the count still to come', async () => {
      const form = await mount();
      const textarea = q<HTMLTextAreaElement>(form, '[name=description]')!;
      const count = record(q(form, '[aria-live=polite]')!);
      const status = record(q(form, '.sending[role=status]')!);
      textarea.focus();
      textarea.value = 'a'.repeat(2003);
      textarea.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
      // Left before the count's pause is over.
      await sendKeys({ press: 'Tab' });
      await aTimeout(1300);
      expect(status, 'the message, in the status').to.deep.equal(['Gebruik maximaal 2000 tekens bij ‘Beschrijving van de casus’']);
      expect(count, 'and not the count over it').to.deep.equal([]);
    });

    it('says nothing in the status when focus stays in the field it checks (the window was left)', async () => {
      // The browser window loses focus: the field does too (focusout), and gets it back when the window
      // comes back. The person never went on: the field, with its message tied to it, is what they hear.
      const form = await mount();
      const email = q<HTMLInputElement>(form, '[name=email]')!;
      email.focus();
      await sendKeys({ type: 'sam@' });
      const status = record(q(form, '.sending[role=status]')!);
      email.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await form.updateComplete;
      expect(form.shadowRoot!.activeElement).to.equal(email);
      expect(q(form, '#email-error'), 'checked all the same').not.to.be.null;
      expect(status).to.deep.equal([]);
    });

    it('says the count once a word composed with an input method is written, not over its candidates', async () => {
      const form = await mount();
      const textarea = q<HTMLTextAreaElement>(form, '[name=description]')!;
      const live = q(form, '[aria-live=polite]')!;
      const said = record(live);
      const send = (event: Event) => textarea.dispatchEvent(event);
      const composing = (text: string) => {
        textarea.value = text;
        send(new InputEvent('input', { data: text, isComposing: true, inputType: 'insertCompositionText', bubbles: true, composed: true }));
      };
      // Typed, and within the pause a word is begun in an input method (the events a browser sends).
      textarea.value = 'Begin ';
      send(new InputEvent('input', { data: ' ', inputType: 'insertText', bubbles: true, composed: true }));
      send(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      for (const text of ['Begin k', 'Begin か', 'Begin かな']) composing(text);
      await aTimeout(1300);
      expect(said, 'nothing while the candidates are chosen').to.deep.equal([]);
      expect(q(form, '#description-count')!.textContent, 'the count shows it').to.equal('Je hebt nog 1992 tekens over');
      composing('Begin 仮名');
      send(new CompositionEvent('compositionend', { data: '仮名', bubbles: true, composed: true }));
      await waitUntil(() => live.textContent === 'Je hebt nog 1992 tekens over', 'said once written');
      expect(q(form, '[name=description][aria-invalid=true]'), 'and not checked').to.be.null;
    });

    it('says it is busy at every press while sending', async () => {
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
      const form = await mount('/__test/slow/400');
      fillAll(form, { ...complete, title: `busy-${Math.random()}` });
      const succeeded = oneEvent(form, 'ccv-casus-success');
      const button = q<HTMLButtonElement>(form, '[part=submit-button]')!;
      button.click();
      await form.updateComplete;
      const status = q(form, '.sending[role=status]')!;
      const texts = [status.textContent!];
      for (let press = 0; press < 3; press += 1) {
        button.click();
        await form.updateComplete;
        texts.push(status.textContent!);
      }
      // A text that differs from the one before at each press, or a screen reader says nothing.
      for (let i = 1; i < texts.length; i += 1) {
        expect(texts[i], `press ${i + 1}`).to.contain('al verstuurd');
        expect(texts[i], `press ${i + 1}`).not.to.equal(texts[i - 1]);
      }
      await succeeded;
    });

    it('gives the failure it moves focus to a name, and raises no second alert', async () => {
      const warn = stubWarn();
      try {
        const form = await fixture<CcvCasusForm>(html`<ccv-casus-form privacy-url="/privacy"></ccv-casus-form>`);
        pretendTimePassed(form);
        fillAll(form);
        await submit(form);
        await form.updateComplete;
        const status = q(form, '[part=status]')!;
        expect(form.shadowRoot!.activeElement).to.equal(status);
        expect(status.getAttribute('role')).to.equal('group');
        const name = form.shadowRoot!.getElementById(status.getAttribute('aria-labelledby')!)!;
        expect(name.textContent).to.contain('niet goed ingesteld');
        expect(qa(form, '[role=alert]')).to.have.length(0);
        await expect(form).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('empties its live regions when its language changes', async () => {
      const form = await mount();
      fill(form, 'description', 'abc');
      const live = q(form, '[aria-live=polite]')!;
      await waitUntil(() => live.textContent === 'Je hebt nog 1997 tekens over', 'the count');
      form.lang = 'en';
      await form.updateComplete;
      expect(live.textContent).to.equal('');
      expect(q(form, '#description-count')!.textContent).to.equal('You have 1,997 characters remaining');
    });

    it('sends the same case again under the same key after a change of language', async () => {
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
      const form = await mount('/__test/status/503');
      fillAll(form, { ...complete, title: `key-${Math.random()}` });
      const sent: { key: string; locale: string }[] = [];
      form.addEventListener('ccv-casus-submit', (event) => sent.push({ key: event.detail.idempotencyKey, locale: event.detail.payload.locale }));
      await submit(form);
      await waitUntil(() => q(form, '[part=status]'), 'failed');
      form.lang = 'en';
      await form.updateComplete;
      await submit(form);
      await waitUntil(() => sent.length === 2 && q(form, '[part=status]'), 'failed again');
      expect(sent[1].key, 'one submission, one key').to.equal(sent[0].key);
      expect(sent[1].locale, 'as it first went').to.equal('nl');
    });

    it('sends every key of the documented payload, in its order, an empty phone as ""', async () => {
      const form = await mount();
      fillAll(form);
      const submitted = oneEvent(form, 'ccv-casus-submit');
      await submit(form);
      const { payload } = (await submitted).detail;
      const keys = ['version', 'name', 'organisation', 'role', 'email', 'phone', 'title', 'description', 'theme', 'preferredFormat', 'privacyConsent', 'locale'];
      expect(Object.keys(payload)).to.deep.equal(keys);
      expect(payload.phone).to.equal('');
    });

    it('sends a restored case under the key of its earlier send, also when that payload left out an empty phone', async () => {
      const { key } = draftSentWithoutPhone(`phone-${Math.random()}`);
      const form = await mount('/__test/casus');
      const keys: string[] = [];
      form.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
      await submit(form);
      await waitUntil(() => q(form, '[part=confirmation]'), 'received');
      expect(keys).to.deep.equal([key]);
      expect(localStorage.getItem(DRAFT_KEY), 'and, received, it is no draft any more').to.be.null;
    });

    it('sends a restored case whose record of an earlier send is not JSON, under a new key', async () => {
      const values = { ...complete, preferredFormat: 'none', privacyConsent: true };
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), values, sent: { key: 'old-key', payload: '{not json' } }));
      const form = await mount('/__test/casus');
      const keys: string[] = [];
      form.addEventListener('ccv-casus-submit', (event) => keys.push(event.detail.idempotencyKey));
      await submit(form);
      await waitUntil(() => q(form, '[part=confirmation]'), 'received');
      expect(keys).to.have.length(1);
      expect(keys[0]).not.to.equal('old-key');
    });

    it('keeps the sending line, reworded, when its language changes while sending', async () => {
      CcvCasusForm.timing = { timeoutMs: 2000, retryDelaysMs: [] };
      const form = await mount('/__test/slow/600');
      fillAll(form, { ...complete, title: `lang-${Math.random()}` });
      const arrived = oneEvent(form, 'ccv-casus-success');
      await submit(form);
      const sending = q(form, '.sending')!;
      expect(sending.textContent).not.to.equal('');
      form.lang = 'en';
      await form.updateComplete;
      expect(sending.textContent, 'still there for sighted visitors, in English').to.equal('Sending…');
      expect(sending.getBoundingClientRect().height).to.be.greaterThan(0);
      await arrived;
    });

    it('keeps the spaces in names and descriptions (Chromium’s accessibility tree)', async () => {
      const form = await mount();
      if (navigator.userAgent.includes('Firefox')) return; // no snapshot over WebDriver BiDi
      form.id = 'named-form';
      type Node = { role: string; name: string; description?: string; children?: Node[] };
      const fields: Node[] = [];
      const walk = (node: Node) => {
        if (node.role === 'textbox') fields.push(node);
        node.children?.forEach(walk);
      };
      walk((await a11ySnapshot({ selector: '#named-form' })) as unknown as Node);
      expect(fields.map((field) => field.name)).to.include('Telefoonnummer (optioneel)');
      const description = fields.find((field) => field.name === 'Beschrijving van de casus')!;
      expect(description.description).to.contain('gaat. Je kunt maximaal');
    });
  });
});
