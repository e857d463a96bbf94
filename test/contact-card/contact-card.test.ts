import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { resetWarnings } from '../../src/base/warn.js';
import type { CcvContactCard } from '../../src/contact-card/contact-card.js';
import '../../src/contact-card/contact-card.js';
import { upgrade } from '../../src/upgrade/upgrade.js';
import { expectNoSidewaysScroll, recordRequests, stubWarn, waitUntil, warmUpAxe } from '../helpers.js';

before(warmUpAxe);

const part = <T extends HTMLElement = HTMLElement>(card: Element, name: string) => card.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const parts = (card: Element, name: string) => [...card.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

const advisor = () => html`<ccv-contact-card
  name="Lienke Hutten"
  job-title="CCV-adviseur"
  organisation="CCV"
  email="lienke.hutten@hetccv.nl"
  phone="06 12 056 691"
  heading-level="3"
  vcard
></ccv-contact-card>`;

describe('<ccv-contact-card>', () => {
  beforeEach(() => resetWarnings());

  it('shows the advisor with a heading, links and a vCard', async () => {
    const card = await fixture<CcvContactCard>(advisor());
    expect(part(card, 'name')!.localName).to.equal('h3');
    expect(part(card, 'name')!.textContent).to.equal('Lienke Hutten');
    expect(part(card, 'job-title')!.textContent).to.equal('CCV-adviseur, CCV');
    const email = part<HTMLAnchorElement>(card, 'email-link')!;
    expect(email.href).to.equal('mailto:lienke.hutten@hetccv.nl');
    const phone = part<HTMLAnchorElement>(card, 'phone-link')!;
    expect(phone.textContent).to.equal('06 12 056 691');
    expect(phone.getAttribute('href')).to.equal('tel:+31612056691');
    const vcard = part<HTMLAnchorElement>(card, 'vcard-link')!;
    expect(vcard.download).to.equal('lienke-hutten.vcf');
    const text = decodeURIComponent(vcard.href.split(',').slice(1).join(','));
    expect(text).to.contain('FN:Lienke Hutten').and.contain('TEL;VALUE=uri;TYPE="work,voice":tel:+31612056691');
    expect(card.hasAttribute('role')).to.be.false;
    await expect(card).to.be.accessible();
    card.name = 'Renée Özdemir-Ĳsselmuiden';
    await card.updateComplete;
    expect(part<HTMLAnchorElement>(card, 'vcard-link')!.download, 'accents folded, not dropped').to.equal('renee-ozdemir-ijsselmuiden.vcf');
    card.name = 'Søren Yılmaz-Łukasz';
    await card.updateComplete;
    expect(part<HTMLAnchorElement>(card, 'vcard-link')!.download, 'letters with no accent to drop, as typed without it').to.equal('soren-yilmaz-lukasz.vcf');
  });

  it('offers a contact file, as the browser downloads it, that a real vCard parser reads: UTF-8, folded, escaped', async () => {
    const organisation = 'Gemeente Súdwest-Fryslân, afdeling Openbare Orde en Veiligheid; team Ĳsselmonde';
    const card = await fixture<CcvContactCard>(html`<ccv-contact-card name="Zoë Ĳsselmuiden-Çelik" job-title="Adviseur, leerkring" organisation=${organisation}
      email="zoe@hetccv.nl" phone="06 12 056 691" vcard></ccv-contact-card>`);
    const response = await fetch(part<HTMLAnchorElement>(card, 'vcard-link')!.href);
    expect(response.headers.get('content-type')!.replace(/\s/g, '').toLowerCase()).to.equal('text/vcard;charset=utf-8');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
    expect(text.split('\r\n').some((line) => line.startsWith(' ')), 'the long organisation folded').to.be.true;
    const vcard = new ICAL.Component(ICAL.parse(text));
    expect(['version', 'fn', 'org', 'title', 'email'].map((name) => vcard.getFirstPropertyValue(name))).to.deep.equal([
      '4.0',
      'Zoë Ĳsselmuiden-Çelik',
      organisation,
      'Adviseur, leerkring',
      'zoe@hetccv.nl',
    ]);
    expect(vcard.getFirstProperty('n')!.getValues()[0]).to.deep.equal(['Ĳsselmuiden-Çelik', 'Zoë', '', '', '']);
    const tel = vcard.getFirstProperty('tel')!;
    expect([tel.type, tel.getFirstValue()]).to.deep.equal(['uri', 'tel:+31612056691']);
  });

  it('adds schema.org Person data in light DOM', async () => {
    const card = await fixture<CcvContactCard>(advisor());
    const data = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data['@type']).to.equal('Person');
    expect(data.worksFor).to.deep.equal({ '@type': 'Organization', name: 'CCV' });
    expect(data.contactPoint.telephone).to.equal('+31612056691');
    // Moved by the page (tabs, a drawer, a single-page site): the data goes along.
    const elsewhere = document.createElement('aside');
    document.body.append(elsewhere);
    elsewhere.append(card);
    card.remove();
    elsewhere.append(card);
    await card.updateComplete;
    expect(card.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    elsewhere.remove();
  });

  it('speaks English', async () => {
    const card = await fixture<CcvContactCard>(html`<ccv-contact-card lang="en" name="Lienke Hutten" email="l@hetccv.nl" vcard></ccv-contact-card>`);
    // Named after the person too: a page may hold several cards.
    expect(part(card, 'copy-button')!.getAttribute('aria-label')).to.equal('Copy email address: Lienke Hutten');
    expect(part(card, 'vcard-link')!.textContent).to.contain('Save contact');
    await expect(card).to.be.accessible();
  });

  it('names its copy buttons and contact file by action and person, exactly, in both languages', async () => {
    // Chromium gave the hidden ": name" its own box and so a space: "E-mailadres kopiëren : Lienke Hutten".
    for (const [lang, names] of [
      ['nl', ['E-mailadres kopiëren: Lienke Hutten', 'Telefoonnummer kopiëren: Lienke Hutten', 'Contact opslaan: Lienke Hutten']],
      ['en', ['Copy email address: Lienke Hutten', 'Copy phone number: Lienke Hutten', 'Save contact: Lienke Hutten']],
    ] as const) {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>${advisor()}</div>`);
      const card = wrapper.firstElementChild!;
      const controls = [...parts(card, 'copy-button'), part(card, 'vcard-link')!];
      // The name is the label alone, and the visible words begin it (WCAG 2.5.3, label in name).
      expect(controls.map((control) => control.getAttribute('aria-label')), lang).to.deep.equal(names);
      controls.forEach((control, i) => expect(names[i].startsWith(control.textContent!.trim()), names[i]).to.be.true);
      if (navigator.userAgent.includes('Firefox')) continue; // no accessibility snapshot over WebDriver BiDi
      type Node = { role: string; name: string; children?: Node[] };
      const named: string[] = [];
      const walk = (node: Node) => {
        if (node.role === 'button' || node.role === 'link') named.push(node.name);
        node.children?.forEach(walk);
      };
      walk((await a11ySnapshot({})) as unknown as Node); // (with a selector it gives that node alone)
      expect(named, lang).to.include.members(names);
    }
  });

  describe('copying', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    afterEach(() => {
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    });

    it('copies with the Clipboard API and announces it', async () => {
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
      const card = await fixture<CcvContactCard>(advisor());
      const [copyEmail, copyPhone] = parts(card, 'copy-button');
      copyEmail.click();
      await waitUntil(() => part(card, 'status')!.textContent === 'E-mailadres gekopieerd');
      copyPhone.click();
      await waitUntil(() => part(card, 'status')!.textContent === 'Telefoonnummer gekopieerd');
      expect(written).to.deep.equal(['lienke.hutten@hetccv.nl', '06 12 056 691']);
      expect(part(card, 'status')!.getAttribute('role')).to.equal('status');
      // The same item again is announced again: the region empties, then says it anew.
      const heard: string[] = [];
      new MutationObserver(() => heard.push(part(card, 'status')!.textContent!)).observe(part(card, 'status')!, { childList: true, subtree: true, characterData: true });
      copyPhone.click();
      await waitUntil(() => heard.at(-1) === 'Telefoonnummer gekopieerd', 'said again');
      expect(heard).to.include('');
    });

    it('takes its "copied" away when the address, number or person it spoke of changes', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
      const card = await fixture<CcvContactCard>(advisor());
      for (const [attribute, value] of [['email', 'info@hetccv.nl'], ['phone', '030 751 67 00'], ['name', 'Anne de Vries']]) {
        parts(card, 'copy-button')[attribute === 'email' ? 0 : 1].click();
        await waitUntil(() => part(card, 'status')!.textContent !== '', `copied before the ${attribute} changes`);
        card.setAttribute(attribute, value);
        await card.updateComplete;
        expect(part(card, 'status')!.textContent, `a new ${attribute}`).to.equal('');
      }
    });

    it('announces the last copy pressed, not the last the clipboard answered', async () => {
      const answers: (() => void)[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => new Promise<void>((resolve) => answers.push(resolve)) } });
      const card = await fixture<CcvContactCard>(advisor());
      const heard: string[] = [];
      new MutationObserver(() => heard.push(part(card, 'status')!.textContent!)).observe(part(card, 'status')!, { childList: true, subtree: true, characterData: true });
      const [copyEmail, copyPhone] = parts(card, 'copy-button');
      copyEmail.click();
      copyPhone.click();
      answers[1](); // the phone number first…
      await waitUntil(() => part(card, 'status')!.textContent === 'Telefoonnummer gekopieerd');
      answers[0](); // …then the e-mail address, pressed before it
      await aTimeout(400);
      expect(part(card, 'status')!.textContent).to.equal('Telefoonnummer gekopieerd');
      expect(heard.filter(Boolean)).to.deep.equal(['Telefoonnummer gekopieerd']);
    });

    it('says nothing, and keeps no timer, when it is taken off the page while copying', async () => {
      let answer!: () => void;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => new Promise<void>((resolve) => (answer = resolve)) } });
      const card = await fixture<CcvContactCard>(advisor());
      const timers: number[] = [];
      const { setTimeout: real } = window;
      parts(card, 'copy-button')[0].click();
      card.remove();
      window.setTimeout = ((handler: TimerHandler, delay?: number) => (timers.push(delay ?? 0), real(handler, delay))) as typeof window.setTimeout;
      try {
        answer();
        for (let tick = 0; tick < 5; tick += 1) await Promise.resolve(); // the copy goes on after the clipboard answers
      } finally {
        window.setTimeout = real;
      }
      await aTimeout(300);
      expect(part(card, 'status')!.textContent).to.equal('');
      expect(timers, 'no timers for a card that is gone').to.deep.equal([]);
    });

    /**
     * Runs `check` on a page with a paragraph of `words` of its own (for the visitor to select) and the
     * copy command recorded with what was selected when it copied; puts both back after.
     */
    const withPageText = async (words: string, check: (text: HTMLElement, copied: string[]) => Promise<void>) => {
      const original = document.execCommand;
      const copied: string[] = [];
      document.execCommand = (command: string) => (copied.push(`${command}: ${getSelection()}`), true);
      const text = document.createElement('p');
      text.textContent = words;
      document.body.append(text);
      try {
        await check(text, copied);
      } finally {
        document.execCommand = original;
        text.remove();
      }
    };

    it('copies nothing in its place when it is taken off the page while the clipboard refuses', async () => {
      // A CMS moving the block, or a single-page site leaving the page, while the browser asked about the clipboard.
      let refuse!: () => void;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => new Promise<void>((_, reject) => (refuse = () => reject(new DOMException('denied', 'NotAllowedError')))) } });
      await withPageText('Iets anders op de pagina', async (text, copied) => {
        const card = await fixture<CcvContactCard>(advisor());
        getSelection()!.selectAllChildren(text);
        parts(card, 'copy-button')[0].click();
        card.remove();
        refuse();
        await aTimeout(300);
        expect(copied, "the page's own selection not copied over the clipboard").to.deep.equal([]);
        expect(getSelection()!.toString()).to.equal('Iets anders op de pagina');
      });
    });

    it('announces in the language the page speaks when the clipboard answers, not the one it spoke when pressed', async () => {
      let answer!: () => void;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => new Promise<void>((resolve) => (answer = resolve)) } });
      const wrapper = await fixture<HTMLElement>(html`<div lang="nl">${advisor()}</div>`);
      const card = wrapper.querySelector('ccv-contact-card')!;
      parts(card, 'copy-button')[0].click();
      wrapper.lang = 'en'; // a language switch while the browser asks about the clipboard
      await waitUntil(() => part(card, 'copy-button')!.textContent!.includes('Copy email address'));
      answer();
      await waitUntil(() => part(card, 'status')!.textContent !== '');
      expect(part(card, 'status')!.textContent).to.equal('Email address copied');
      expect(part(card, 'base')!.lang).to.equal('en');
    });

    it('does not keep its confirmation for good when it is moved on the page', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
      const card = await fixture<CcvContactCard>(advisor());
      parts(card, 'copy-button')[1].click();
      await waitUntil(() => part(card, 'status')!.textContent === 'Telefoonnummer gekopieerd');
      const elsewhere = document.createElement('aside');
      document.body.append(elsewhere);
      try {
        elsewhere.append(card); // its 8-second timer is cleared on the way
        await card.updateComplete;
        expect(part(card, 'status')!.textContent).to.equal('');
      } finally {
        elsewhere.remove();
      }
    });

    it('falls back to the copy command without a Clipboard API', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const original = document.execCommand;
      const commands: string[] = [];
      document.execCommand = (command: string) => (commands.push(command), true);
      try {
        const card = await fixture<CcvContactCard>(advisor());
        part(card, 'copy-button')!.click();
        await waitUntil(() => part(card, 'status')!.textContent === 'E-mailadres gekopieerd');
        expect(commands).to.deep.equal(['copy']);
      } finally {
        document.execCommand = original;
      }
    });

    it('gives the page back its selection, and keeps focus on the button, once the copy command has copied', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      await withPageText('Wat de bezoeker had geselecteerd', async (text, copied) => {
        const card = await fixture<CcvContactCard>(advisor());
        getSelection()!.selectAllChildren(text);
        const button = parts(card, 'copy-button')[1];
        button.focus();
        button.click();
        await waitUntil(() => part(card, 'status')!.textContent === 'Telefoonnummer gekopieerd');
        expect(copied).to.deep.equal(['copy: 06 12 056 691']);
        expect(getSelection()!.toString()).to.equal('Wat de bezoeker had geselecteerd');
        expect(card.shadowRoot!.activeElement).to.equal(button);
      });
    });

    it('selects the text for the visitor when copying is refused', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const original = document.execCommand;
      document.execCommand = () => false;
      try {
        const card = await fixture<CcvContactCard>(advisor());
        parts(card, 'copy-button')[1].click();
        await waitUntil(() => part(card, 'status')!.textContent!.startsWith('Kopiëren lukte niet'));
        expect(getSelection()!.toString()).to.equal('06 12 056 691');
      } finally {
        document.execCommand = original;
      }
    });
  });

  it('is usable by keyboard alone', async () => {
    const card = await fixture<CcvContactCard>(advisor());
    const order: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(card.shadowRoot!.activeElement?.getAttribute('part') ?? 'none');
    }
    expect(order).to.deep.equal(['email-link', 'copy-button', 'phone-link', 'copy-button', 'vcard-link']);
    // And operable: Enter and Space on a copy button copy and announce.
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      parts(card, 'copy-button')[1].focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(card, 'status')!.textContent === 'Telefoonnummer gekopieerd', 'Enter copied');
      parts(card, 'copy-button')[0].focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => part(card, 'status')!.textContent === 'E-mailadres gekopieerd', 'Space copied');
      expect(written).to.deep.equal(['06 12 056 691', 'lienke.hutten@hetccv.nl']);
    } finally {
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  describe('bad input', () => {
    it('shows an invalid e-mail or phone as plain text with one warning each', async () => {
      const warn = stubWarn();
      try {
        const card = await fixture<CcvContactCard>(html`<ccv-contact-card name="A. Adviseur" email="niet-een-adres" phone="bel de receptie"></ccv-contact-card>`);
        expect(part(card, 'email-link')!.localName).to.equal('span');
        expect(part(card, 'email-link')!.textContent).to.equal('niet-een-adres');
        expect(part(card, 'phone-link')!.localName).to.equal('span');
        expect(card.shadowRoot!.querySelectorAll('a, [part~=copy-button]')).to.have.length(0);
        expect(warn.calls).to.have.length(2);
        await expect(card).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('takes an address and number copied from a link (mailto:, tel:), as attributes and through data-ccv', async () => {
      // (The written card's values start with an invisible mark, as a paste from a word processor or a phone app leaves.)
      const warn = stubWarn();
      try {
        const wrapper = await fixture(html`<div>
          <ccv-contact-card name="Lienke Hutten" email="\u200bMailTo:lienke.hutten@hetccv.nl?subject=Leerkring%20casus" phone=" \u2066tel:+31612056691" vcard></ccv-contact-card>
          <div data-ccv="contact-card" data-name="Lienke Hutten" data-email="mailto:lienke.hutten@hetccv.nl" data-phone="TEL:06 12 056 691"></div>
          <ccv-contact-card name="Anne" email="mailto:niet-een-adres" phone="tel:bel-me"></ccv-contact-card>
          <ccv-contact-card name="Lienke Hutten" phone="tel:+31301234567;ext=12"></ccv-contact-card>
        </div>`);
        upgrade(wrapper);
        const cards = [...wrapper.querySelectorAll<CcvContactCard>('ccv-contact-card')];
        await Promise.all(cards.map((card) => card.updateComplete));
        const [written, upgraded, bad, extension] = cards;
        // A tel: link with its extension (RFC 3966), as a card writes one: dialled with it.
        expect(part(extension, 'phone-link')!.getAttribute('href')).to.equal('tel:+31301234567;ext=12');
        for (const [card, number] of [[written, '+31612056691'], [upgraded, '06 12 056 691']] as const) {
          const email = part(card, 'email-link')!;
          expect([email.getAttribute('href'), email.textContent]).to.deep.equal(['mailto:lienke.hutten@hetccv.nl', 'lienke.hutten@hetccv.nl']);
          const phone = part(card, 'phone-link')!;
          expect([phone.getAttribute('href'), phone.textContent]).to.deep.equal(['tel:+31612056691', number]);
          const data = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
          expect([data.email, data.telephone]).to.deep.equal(['lienke.hutten@hetccv.nl', '+31612056691']);
        }
        const vcard = part<HTMLAnchorElement>(written, 'vcard-link')!;
        expect(decodeURIComponent(vcard.href.slice(vcard.href.indexOf(',') + 1))).to.contain(':lienke.hutten@hetccv.nl\r\n').and.not.contain('mailto');
        // Still checked: what follows the prefix must be an address or number, or it is text with a warning.
        expect([part(bad, 'email-link')!.localName, part(bad, 'email-link')!.textContent]).to.deep.equal(['span', 'niet-een-adres']);
        expect([part(bad, 'phone-link')!.localName, part(bad, 'phone-link')!.textContent]).to.deep.equal(['span', 'bel-me']);
        expect(warn.calls).to.have.length(2);
      } finally {
        warn.restore();
      }
    });

    it('shows a visible message without a name', async () => {
      const warn = stubWarn();
      try {
        const card = await fixture<CcvContactCard>(html`<ccv-contact-card email="l@hetccv.nl"></ccv-contact-card>`);
        expect(part(card, 'error')!.textContent).to.contain('er is geen naam opgegeven');
        expect(warn.calls).to.have.length(1);
        expect(card.querySelector('script')).to.be.null;
        await expect(card).to.be.accessible();
      } finally {
        warn.restore();
      }
    });

    it('still offers the contact file when a name holds half an emoji (a broken surrogate pair)', async () => {
      const card = await fixture<CcvContactCard>(html`<ccv-contact-card name=${'Maud \uDE00 de Vries'} vcard></ccv-contact-card>`);
      const link = part(card, 'vcard-link') as HTMLAnchorElement;
      expect(decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1))).to.contain('FN:Maud \uFFFD de Vries');
    });

    it('drops characters that turn text around or do not belong in a contact file, and links what a phone app copied', async () => {
      const card = await fixture<CcvContactCard>(html`<ccv-contact-card
        name=${'Anne\u000bJansen'}
        job-title=${'CCV-adviseur \u202eopenbare orde'}
        organisation=${'CCV\u0007'}
        email=${'anne.jansen@hetccv.nl\u200b'}
        phone=${'\u202a+31 6 1205 6691\u202c'}
        vcard
      ></ccv-contact-card>`);
      expect(part(card, 'job-title')!.textContent).to.equal('CCV-adviseur openbare orde, CCV');
      expect(part(card, 'email-link')!.getAttribute('href')).to.equal('mailto:anne.jansen@hetccv.nl');
      expect(part(card, 'phone-link')!.getAttribute('href')).to.equal('tel:+31612056691');
      expect(part(card, 'phone-link')!.textContent).to.equal('+31 6 1205 6691');
      const link = part(card, 'vcard-link') as HTMLAnchorElement;
      const vcard = decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1));
      expect(vcard).to.contain('FN:Anne Jansen\r\n').and.to.contain('TITLE:CCV-adviseur openbare orde\r\n');
      expect(vcard, 'no control characters but CRLF').not.to.match(/[\0-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]/);
    });

    it('keeps hostile strings as text and refuses script photos', async () => {
      const warn = stubWarn();
      try {
        const card = await fixture<CcvContactCard>(html`<ccv-contact-card
          name="<img src=x onerror=alert(1)>"
          job-title="</script><script>alert(1)</script>"
          photo="javascript:alert(1)"
        ></ccv-contact-card>`);
        expect(part(card, 'name')!.textContent).to.equal('<img src=x onerror=alert(1)>');
        expect(card.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
        expect(card.querySelector('script')!.textContent).not.to.contain('</script>');
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });
  });

  it('shows no empty circle for a photo that does not load, and names it nowhere else, and tries a new one', async () => {
    const card = await fixture<CcvContactCard>(html`<ccv-contact-card name="Lienke Hutten" photo="/no-such-photo.jpg" vcard></ccv-contact-card>`);
    await waitUntil(() => !part(card, 'photo'), 'the broken photo taken away');
    expect(part(card, 'base')!.className).to.equal('card');
    // Nor in the contact file an address book saves, or the structured data a search engine reads.
    const link = part<HTMLAnchorElement>(card, 'vcard-link')!;
    expect(decodeURIComponent(link.href.slice(link.href.indexOf(',') + 1))).not.to.contain('no-such-photo');
    expect(card.querySelector('script[type="application/ld+json"]')!.textContent).not.to.contain('no-such-photo');
    card.photo = '/demo/assets/also-missing.jpg';
    await card.updateComplete;
    expect(part(card, 'photo'), 'another photo is tried').to.exist;
  });

  it('fetches a photo far below the fold only when it comes near, in a box of its size, and drops a broken one then', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <div style="block-size: 5000px"></div>
      <ccv-contact-card name="Lienke Hutten" photo="/no-such-photo-below.jpg" vcard></ccv-contact-card>
    </div>`);
    const card = wrapper.querySelector<CcvContactCard>('ccv-contact-card')!;
    await card.updateComplete;
    const photo = part<HTMLImageElement>(card, 'photo')!;
    expect([photo.loading, photo.decoding]).to.deep.equal(['lazy', 'async']);
    // The layout box is there before the photo: nothing below it moves when it arrives.
    const { width, height } = photo.getBoundingClientRect();
    expect([width, height]).to.deep.equal([96, 96]);
    await aTimeout(300);
    expect(part(card, 'photo'), 'not fetched, so not yet known to be broken').to.exist;
    card.scrollIntoView();
    await waitUntil(() => !part(card, 'photo'), 'the broken photo taken away once near');
    const link = part<HTMLAnchorElement>(card, 'vcard-link')!;
    expect(decodeURIComponent(link.href)).not.to.contain('no-such-photo-below');
    window.scrollTo(0, 0);
  });

  it('takes a URL object for photo and a number for phone from a script, as text, instead of throwing', async () => {
    // (A framework sets properties: React 19 passes photo={new URL('./lienke.jpg', import.meta.url)} on as the object.
    // The card threw in its update — "trim is not a function" — and stayed empty.)
    const card = document.createElement('ccv-contact-card') as CcvContactCard;
    card.name = 'Lienke Hutten';
    card.photo = new URL('/demo/favicon.svg', location.href) as unknown as string;
    card.phone = 14020 as unknown as string;
    document.body.append(card);
    try {
      await card.updateComplete;
      expect(part<HTMLImageElement>(card, 'photo')?.src).to.equal(new URL('/demo/favicon.svg', location.href).href);
      expect(part(card, 'phone-link')!.getAttribute('href')).to.equal('tel:14020');
      expect(part(card, 'name')!.textContent).to.equal('Lienke Hutten');
    } finally {
      card.remove();
    }
  });

  it('shows no photo from another site, so no other host hears of the visitor', async () => {
    const warn = stubWarn();
    try {
      const { thirdParty, result: cards } = await recordRequests(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <ccv-contact-card name="Lienke Hutten" photo="https://media.licdn.com/dms/image/lienke.jpg"></ccv-contact-card>
          <ccv-contact-card name="Lienke Hutten" photo="https://localhost.example/lienke.jpg"></ccv-contact-card>
          <ccv-contact-card name="Lienke Hutten" photo="/demo/favicon.svg"></ccv-contact-card>
        </div>`);
        const all = [...wrapper.querySelectorAll<CcvContactCard>('ccv-contact-card')];
        await Promise.all(all.map((card) => card.updateComplete));
        await aTimeout(100);
        return all;
      });
      expect(cards.map((card) => !!part(card, 'photo'))).to.deep.equal([false, false, true]);
      expect(thirdParty).to.deep.equal([]);
      expect(warn.calls.map(([message]) => String(message))).to.have.length(2);
      expect(String(warn.calls[0][0])).to.contain('media.licdn.com').and.to.contain('on this site');
    } finally {
      warn.restore();
    }
  });

  describe('layout', () => {
    const withPhoto = (width: string) => html`<div style="inline-size: ${width}">
      <ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" email="lienke.hutten@hetccv.nl" phone="06 12 056 691" photo="/demo/favicon.svg" vcard></ccv-contact-card>
    </div>`;

    it('stacks the photo in a sidebar and sets it beside the text in a wide block', async () => {
      const narrow = (await fixture(withPhoto('240px'))).querySelector('ccv-contact-card')!;
      const [photoN, nameN] = [part(narrow, 'photo')!, part(narrow, 'name')!].map((e) => e.getBoundingClientRect());
      expect(nameN.top).to.be.at.least(photoN.bottom);
      const wide = (await fixture(withPhoto('720px'))).querySelector('ccv-contact-card')!;
      const [photoW, nameW] = [part(wide, 'photo')!, part(wide, 'name')!].map((e) => e.getBoundingClientRect());
      expect(nameW.left).to.be.at.least(photoW.right);
      expect(part(wide, 'photo')!.getAttribute('alt')).to.equal('');
    });

    it('takes room in a sidebar sized by its content (flex, float, an auto grid column)', async () => {
      const card = `<ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" email="lienke.hutten@hetccv.nl" phone="06 12 056 691"></ccv-contact-card>`;
      const layouts = [
        `<div style="display: flex; inline-size: 1000px"><main style="flex: 1">Tekst</main><aside>${card}</aside></div>`,
        `<div style="inline-size: 1000px"><aside style="float: right">${card}</aside><p>Tekst</p></div>`,
        `<div style="display: grid; grid-template-columns: auto 1fr; inline-size: 1000px"><aside>${card}</aside><main>Tekst</main></div>`,
      ];
      for (const layout of layouts) {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        wrapper.innerHTML = layout;
        const element = wrapper.querySelector('ccv-contact-card')!;
        await (element as CcvContactCard).updateComplete;
        const aside = wrapper.querySelector('aside')!.getBoundingClientRect();
        expect(aside.width, layout.slice(0, 40)).to.be.at.least(200);
        const name = part(element, 'name')!.getBoundingClientRect();
        expect(name.right, 'the name stays inside its sidebar').to.be.at.most(aside.right + 1);
      }
    });

    it('asks for no more than a narrow one-column grid or flex row gives it', async () => {
      for (const layout of ['display: grid; grid-template-columns: 1fr', 'display: flex']) {
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 280px; ${layout}">
          <ccv-contact-card name="Lienke Hutten" email="lienke.hutten@hetccv.nl"></ccv-contact-card>
        </div>`);
        const card = wrapper.querySelector('ccv-contact-card')!;
        await card.updateComplete;
        expect(card.getBoundingClientRect().width, layout).to.be.at.most(280);
        expect(wrapper.scrollWidth, layout).to.be.at.most(280);
      }
    });

    it('asks for no more than a narrow column that centres it gives it, or than the page gives a card it floats', async () => {
      // A centred column (WordPress's Stack block, a hero section) sizes its items by their content:
      // the 20rem a sidebar gets stuck out on both sides at 320 px, the left side out of reach.
      const layouts = [
        ['display: flex; flex-direction: column; align-items: center', ''],
        ['display: grid; justify-items: center', ''],
        ['', 'float: right'],
        ['', 'display: inline-block'],
      ];
      for (const [layout, own] of layouts) {
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 280px; ${layout}">
          <ccv-contact-card style=${own} name="Lienke Hutten" email="lienke.hutten@hetccv.nl"></ccv-contact-card>
        </div>`);
        const card = wrapper.querySelector('ccv-contact-card')!;
        await card.updateComplete;
        const [outer, box] = [wrapper.getBoundingClientRect(), card.getBoundingClientRect()];
        expect(box.left, `${layout}${own}`).to.be.at.least(outer.left - 0.5);
        expect(box.right, `${layout}${own}`).to.be.at.most(outer.right + 0.5);
      }
    });

    it('asks a sidebar for the width of its own text, also on a site whose rem is 10 px', async () => {
      // html { font-size: 62.5% } with the card's text set back to 16 px: asked in rem, the sidebar
      // gave it 200 px, which broke the e-mail address over three lines; and at 300 px (30rem) the
      // card took itself for a wide block and set its photo beside the text.
      const root = document.documentElement;
      root.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLElement>(html`<div style="display: flex; inline-size: 1000px; --ccv-font-size: 1.6rem">
          <main style="flex: 1">Tekst</main>
          <aside><ccv-contact-card name="Lienke Hutten" email="lienke.hutten@hetccv.nl" phone="06 12 056 691" photo="/demo/favicon.svg"></ccv-contact-card></aside>
        </div>`);
        const card = wrapper.querySelector<CcvContactCard>('ccv-contact-card')!;
        await card.updateComplete;
        expect(card.getBoundingClientRect().width, 'twenty of its 16 px ems').to.be.at.least(319.5);
        const link = part(card, 'email-link')!;
        expect(link.getBoundingClientRect().height, 'the address on one line').to.be.below(2 * parseFloat(getComputedStyle(link).lineHeight));
        // A sidebar's card, so the photo above the text, not beside it.
        expect(part(card, 'name')!.getBoundingClientRect().top, 'the photo above the name').to.be.at.least(part(card, 'photo')!.getBoundingClientRect().bottom);
      } finally {
        root.style.fontSize = '';
      }
    });

    it('fits a wrapper narrower than the 20em it asks for, also one sized by its content, and at a 320 px viewport', async () => {
      // A size container's min-content width was the 20em it asks for: an inline-block, float, flex or
      // grid sidebar of 15em, or a table cell, grew to 320 px and the card stuck out of the page.
      const card = `<ccv-contact-card name="Lienke Hutten" email="lienke.hutten-vanderwetering@gemeente-westerkwartier.nl" phone="06 12 056 691" photo="/demo/favicon.svg" vcard></ccv-contact-card>`;
      const wrappers = [
        `<div style="display: inline-block">${card}</div>`,
        `<div style="float: left">${card}</div>`,
        `<div style="display: flex"><aside>${card}</aside></div>`,
        `<div style="display: grid; grid-template-columns: auto"><aside>${card}</aside></div>`,
        `<table><tr><td>${card}</td></tr></table>`,
        card,
      ];
      const fits = async (outer: HTMLElement, what: string) => {
        const element = outer.querySelector<CcvContactCard>('ccv-contact-card')!;
        await element.updateComplete;
        const box = outer.getBoundingClientRect();
        for (const el of [outer, element, ...element.shadowRoot!.querySelectorAll<HTMLElement>('[part]')]) {
          expect(el.scrollWidth, `${what}: ${el.getAttribute('part') ?? el.localName}`).to.be.at.most(el.clientWidth || Infinity);
          const { left, right } = el.getBoundingClientRect();
          expect(left, `${what}: ${el.getAttribute('part') ?? el.localName} inside`).to.be.at.least(box.left - 0.5);
          expect(right, `${what}: ${el.getAttribute('part') ?? el.localName} inside`).to.be.at.most(box.right + 0.5);
        }
      };
      for (const wrapper of wrappers) {
        const outer = await fixture<HTMLElement>(html`<div style="inline-size: 15em; overflow: hidden"></div>`);
        outer.innerHTML = wrapper;
        await fits(outer, wrapper.slice(0, 30));
      }
      await setViewport({ width: 320, height: 640 });
      try {
        const outer = await fixture<HTMLElement>(html`<div></div>`);
        outer.innerHTML = wrappers[0];
        await fits(outer, '320 px viewport');
        expectNoSidewaysScroll('no page scroll');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps the width its text needs beside a long text in a table cell or a flex row on a 320 px screen', async () => {
      // Its least width was nothing: beside a long text, a table gave the card's cell 90 px (Firefox
      // 67 px), and the labels, links and buttons stuck out of the card by 49 (72) px.
      const card = `<ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" email="lienke.hutten@hetccv.nl" phone="06 12 056 691" vcard></ccv-contact-card>`;
      const text = '<p>Een lange tekst naast de kaart, zoals een oude CMS-pagina die in een tabel is opgemaakt. '.repeat(4) + '</p>';
      await setViewport({ width: 320, height: 640 });
      try {
        for (const wrapper of [`<table><tr><td>${card}</td><td>${text}</td></tr></table>`, `<div style="display: flex"><aside>${card}</aside>${text}</div>`]) {
          const outer = await fixture<HTMLElement>(html`<div></div>`);
          outer.innerHTML = wrapper;
          const element = outer.querySelector<CcvContactCard>('ccv-contact-card')!;
          await element.updateComplete;
          const box = element.getBoundingClientRect();
          for (const el of element.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
            expect(el.getBoundingClientRect().right, `${wrapper.slice(0, 20)}: ${el.getAttribute('part')} inside the card`).to.be.at.most(box.right + 0.5);
          }
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('fits a padded 320 px page with text at 200 %, also squeezed beside a long text', async () => {
      // Its least width, 9em, was 288 px at 32 px text: 32 px past a page padded by 1rem each side.
      const card = `<ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" email="lienke.hutten@hetccv.nl" phone="06 12 056 691" vcard></ccv-contact-card>`;
      // (Short words: a longer one, beside the least the card takes, is wider than such a page itself.)
      const text = `<p>${'Een tekst naast de kaart, in een tabel of een rij. '.repeat(6)}</p>`;
      const root = document.documentElement;
      await setViewport({ width: 320, height: 640 });
      root.style.fontSize = '200%';
      try {
        for (const layout of [card, `<div style="display: flex"><aside>${card}</aside>${text}</div>`, `<table><tr><td>${card}</td><td>${text}</td></tr></table>`]) {
          const page = await fixture<HTMLElement>(html`<div style="padding-inline: 1rem"></div>`);
          page.innerHTML = layout;
          const element = page.querySelector<CcvContactCard>('ccv-contact-card')!;
          await element.updateComplete;
          const content = page.getBoundingClientRect().right - parseFloat(getComputedStyle(page).paddingRight);
          for (const el of [element, ...element.shadowRoot!.querySelectorAll<HTMLElement>('[part]')]) {
            expect(el.getBoundingClientRect().right, `${layout.slice(0, 20)}: ${el.getAttribute('part') ?? el.localName} inside the page`).to.be.at.most(content + 0.5);
          }
          expectNoSidewaysScroll(layout.slice(0, 20));
        }
      } finally {
        root.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps its own layout whatever display the page gives the element', async () => {
      // A page's "ccv-contact-card { display: … }" reached the box the layout hung on: as inline,
      // contents or table the element was no size container, and the photo stayed above the text
      // in a wide block.
      for (const display of ['flex', 'grid', 'inline', 'contents', 'table', 'inline-flex']) {
        for (const [width, beside] of [['240px', false], ['720px', true]] as const) {
          const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}">
            <ccv-contact-card style="display: ${display}; inline-size: 100%" name="Lienke Hutten" job-title="CCV-adviseur" email="l@hetccv.nl" photo="/demo/favicon.svg" vcard></ccv-contact-card>
          </div>`);
          const card = wrapper.querySelector<CcvContactCard>('ccv-contact-card')!;
          await card.updateComplete;
          const at = (name: string) => part(card, name)!.getBoundingClientRect();
          const what = `${display} at ${width}`;
          if (beside) expect(at('name').left, `${what}: photo beside the text`).to.be.at.least(at('photo').right);
          else expect(at('name').top, `${what}: photo above the text`).to.be.at.least(at('photo').bottom);
          // The text still stacks: name, function, e-mail, contact file, status.
          const tops = ['name', 'job-title', 'email-link', 'vcard-link'].map((name) => at(name));
          for (let i = 1; i < tops.length; i += 1) expect(tops[i].top, `${what}: stacked`).to.be.at.least(tops[i - 1].bottom - 0.5);
          expect(at('base').width, what).to.be.closeTo(parseFloat(width), 1);
        }
      }
    });

    it('puts each value under its label where there is no room beside it: text at 200 % in 320 px, a narrow sidebar', async () => {
      // Beside its label in a card 9.5em wide, the address broke a letter a line, and its copy button stuck out of the card.
      const root = document.documentElement;
      for (const [fontSize, width, under] of [['', '320px', false], ['32px', '320px', true], ['', '15em', true]] as const) {
        root.style.fontSize = fontSize;
        try {
          const card = (await fixture(withPhoto(width))).querySelector<CcvContactCard>('ccv-contact-card')!;
          await card.updateComplete;
          const what = `${fontSize || '16px'} text, ${width}`;
          const base = part(card, 'base')!.getBoundingClientRect();
          const labels = [...card.shadowRoot!.querySelectorAll('dt')].map((label) => label.getBoundingClientRect());
          for (const [i, name] of ['email-link', 'phone-link'].entries()) {
            const value = part(card, name)!.getBoundingClientRect();
            if (under) expect([value.left, value.top >= labels[i].bottom], `${what}: ${name} under its label`).to.deep.equal([labels[i].left, true]);
            else expect(value.left, `${what}: ${name} beside its label`).to.be.above(labels[i].right);
          }
          for (const button of parts(card, 'copy-button')) expect(button.getBoundingClientRect().right, `${what}: copy button in the card`).to.be.at.most(base.right);
        } finally {
          root.style.fontSize = '';
        }
      }
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      const card = (await fixture(withPhoto('320px'))).querySelector('ccv-contact-card')!;
      expect(card.scrollWidth).to.be.at.most(320);
      expect(part(card, 'base')!.scrollWidth).to.be.at.most(part(card, 'base')!.clientWidth);
    });
  });
});
