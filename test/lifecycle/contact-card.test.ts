/**
 * <ccv-contact-card> as single-page apps and CMS previews treat it: attributes changed after a
 * copy, wording and language changed while it is off the page, moves, many cards, two alike.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/config/config.js';
import type { CcvContactCard } from '../../src/contact-card/contact-card.js';
import '../../src/contact-card/contact-card.js';
import { registerMessages, resetMessages } from '../../src/i18n/catalogue.js';
import { stubWarn, waitUntil } from '../helpers.js';
import { track } from './track.js';

const part = <T extends HTMLElement = HTMLElement>(card: Element, name: string) => card.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const parts = (card: Element, name: string) => [...card.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const saveText = (card: Element) => part(card, 'vcard-link')!.textContent!.trim();
const jsonLd = (card: Element) => [...card.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
/** Lets a `lang` change or new wording reach the card, then its render. */
const rendered = async (card: CcvContactCard) => {
  await aTimeout(0);
  await card.updateComplete;
};
const advisor = () => html`<ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" organisation="CCV"
  email="lienke.hutten@hetccv.nl" phone="06 12 056 691" heading-level="3" vcard></ccv-contact-card>`;

describe('<ccv-contact-card> lifecycle', () => {
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  let written: string[] = [];
  beforeEach(() => {
    resetWarnings();
    written = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
  });
  afterEach(() => {
    resetMessages();
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  });

  it('shows wording the page registered while it was off the page, once it is back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>${advisor()}</div>`);
    const card = wrapper.querySelector<CcvContactCard>('ccv-contact-card')!;
    // An app's tab switched away; meanwhile the site registers its own wording.
    card.remove();
    registerMessages('contact-card', 'nl', { saveContact: 'Bewaar in je adresboek' });
    wrapper.append(card);
    await rendered(card);
    expect(saveText(card)).to.equal('Bewaar in je adresboek');
  });

  it('speaks the language <html lang> took while it was off the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>${advisor()}</div>`);
    const card = wrapper.querySelector<CcvContactCard>('ccv-contact-card')!;
    card.remove();
    try {
      document.documentElement.lang = 'en';
      wrapper.append(card);
      await rendered(card);
      expect(saveText(card)).to.equal('Save contact');
    } finally {
      document.documentElement.lang = 'nl';
    }
    await rendered(card);
    expect(saveText(card)).to.equal('Contact opslaan');
  });

  it('shows every attribute changed after a copy, and its default when removed', async () => {
    const card = await fixture<CcvContactCard>(advisor());
    parts(card, 'copy-button')[0].click();
    await waitUntil(() => part(card, 'status')!.textContent !== '', 'copied');
    card.setAttribute('heading-level', '4');
    await card.updateComplete;
    expect(part(card, 'name')!.localName).to.equal('h4');
    card.removeAttribute('heading-level');
    await card.updateComplete;
    expect(part(card, 'name')!.localName, 'the default').to.equal('h2');
    card.removeAttribute('vcard');
    await card.updateComplete;
    expect(part(card, 'vcard-link')).to.be.null;
    card.removeAttribute('email');
    await card.updateComplete;
    expect(part(card, 'email-link')).to.be.null;
    expect(jsonLd(card)[0].email).to.be.undefined;
    card.setAttribute('email', 'info@hetccv.nl');
    await card.updateComplete;
    expect(part(card, 'email-link')!.textContent).to.equal('info@hetccv.nl');
    expect(jsonLd(card)[0].email).to.equal('info@hetccv.nl');
    card.removeAttribute('job-title');
    card.removeAttribute('organisation');
    await card.updateComplete;
    expect(part(card, 'job-title')).to.be.null;
    const warnings = stubWarn();
    try {
      card.removeAttribute('name');
      await card.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.said()).to.contain('needs a name');
    expect(part(card, 'error')).to.not.be.null;
    expect(jsonLd(card), 'no Person without a name').to.deep.equal([]);
    card.name = 'Anne de Vries';
    card.vcard = true;
    await card.updateComplete;
    expect(part(card, 'name')!.textContent).to.equal('Anne de Vries');
    expect(part(card, 'vcard-link')!.getAttribute('download')).to.equal('anne-de-vries.vcf');
    expect(jsonLd(card).map((person) => person.name)).to.deep.equal(['Anne de Vries']);
  });

  it('moved and re-inserted many times, copies once per press, and keeps one JSON-LD', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>${advisor()}</div>`);
    const card = wrapper.querySelector<CcvContactCard>('ccv-contact-card')!;
    const elsewhere = document.createElement('aside');
    document.body.append(elsewhere);
    try {
      for (let i = 0; i < 5; i += 1) {
        elsewhere.append(card);
        await card.updateComplete;
        card.remove();
        wrapper.append(card);
        card.replaceWith(card);
        await card.updateComplete;
      }
    } finally {
      elsewhere.remove();
    }
    const heard: string[] = [];
    new MutationObserver(() => heard.push(part(card, 'status')!.textContent!)).observe(part(card, 'status')!, { childList: true, subtree: true, characterData: true });
    parts(card, 'copy-button')[1].click();
    await waitUntil(() => part(card, 'status')!.textContent === 'Telefoonnummer gekopieerd', 'copied');
    await aTimeout(200);
    expect(written).to.deep.equal(['06 12 056 691']);
    expect(heard.filter(Boolean)).to.deep.equal(['Telefoonnummer gekopieerd']);
    expect(jsonLd(card).length).to.equal(1);
  });

  it('made, shown and removed 200 times, leaves no listener or timer behind', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const counts = track();
    const make = async (copy: boolean) => {
      const card = document.createElement('ccv-contact-card') as CcvContactCard;
      Object.assign(card, { name: 'Lienke Hutten', email: 'lienke.hutten@hetccv.nl', phone: '06 12 056 691' });
      host.append(card);
      await card.updateComplete;
      // Half of them pressed: the confirmation's timers go with the card.
      if (copy) {
        parts(card, 'copy-button')[0].click();
        await waitUntil(() => part(card, 'status')!.textContent !== '', 'copied');
      }
      card.remove();
    };
    try {
      await make(false);
      const before = counts.listeners();
      const timers = counts.timers();
      // Ten at a time: a pressed card says so only 100 ms after the press, and 100 of those one after
      // the other took 11 s. Each card is still made, shown, pressed or not, and removed on its own.
      for (let i = 0; i < 200; i += 10) await Promise.all(Array.from({ length: 10 }, (_, j) => make((i + j) % 2 === 0)));
      expect(counts.listeners()).to.deep.equal(before);
      expect(counts.timers()).to.be.at.most(timers);
    } finally {
      counts.stop();
    }
  });

  it('works as two copies of one template, and as a clone of a card on show', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const template = document.createElement('template');
    template.innerHTML = '<ccv-contact-card name="Lienke Hutten" email="lienke.hutten@hetccv.nl" phone="06 12 056 691"></ccv-contact-card>';
    wrapper.append(template.content.cloneNode(true), template.content.cloneNode(true));
    const [first, second] = wrapper.querySelectorAll<CcvContactCard>('ccv-contact-card');
    await Promise.all([first.updateComplete, second.updateComplete]);
    parts(second, 'copy-button')[0].click();
    await waitUntil(() => part(second, 'status')!.textContent !== '', 'copied');
    expect(part(first, 'status')!.textContent, 'only the card pressed says so').to.equal('');
    // A CMS preview that copies the rendered block (its JSON-LD child comes along).
    const clone = second.cloneNode(true) as CcvContactCard;
    wrapper.append(clone);
    await clone.updateComplete;
    expect(part(clone, 'email-link')!.textContent).to.equal('lienke.hutten@hetccv.nl');
    expect(jsonLd(clone).length).to.equal(1);
  });
});
