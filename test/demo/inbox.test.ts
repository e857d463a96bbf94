/**
 * The playground's inbox lists what the receiver stored: untrusted text, shown as text.
 */
import { expect } from '@open-wc/testing';

describe('playground inbox', () => {
  before(async () => {
    // The inbox page's own stylesheet, on a phone's width (WCAG 1.4.10: 320 CSS pixels).
    const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/demo.css' });
    await new Promise((resolve) => {
      style.onload = resolve;
      document.head.append(style);
    });
    document.body.insertAdjacentHTML('beforeend', '<main style="inline-size: 320px"><p id="status"></p><ol id="cases"></ol></main>');
    const realFetch = window.fetch;
    const payload = {
      version: 1,
      // U+202E (right-to-left override) in a name shows the role, organisation and address after it backwards.
      name: 'Sam \u202Eevil',
      organisation: 'Gemeente Voorbeeld',
      role: 'Adviseur',
      email: 'sam@gemeente.example',
      phone: '',
      title: 'Titel \u2066met isolaat',
      // A link pasted into a case: one long word.
      description: 'Beschrijving, zie https://www.voorbeeld-sociaal-netwerk.example/groepen/1234567890/berichten/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh',
      theme: 'oproepen',
      preferredFormat: 'small',
      privacyConsent: true,
      locale: 'nl',
    };
    window.fetch = async (input, init) =>
      String(input).endsWith('/api/casus')
        ? new Response(JSON.stringify({ cases: [{ reference: 'LK-1', receivedAt: new Date().toISOString(), payload }] }), { headers: { 'Content-Type': 'application/json' } })
        : realFetch(input, init);
    try {
      await import('../../demo/inbox.js');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows each value as written, without bidi controls that would turn the values after it around', () => {
    const text = document.querySelector('#cases')!.textContent!;
    expect(text).to.contain('Sam evil, Adviseur, Gemeente Voorbeeld (sam@gemeente.example)');
    expect(text).to.contain('Titel met isolaat');
    expect(text).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it("names the theme and the preferred format by the form's words, not by their codes", () => {
    const text = document.querySelector('#cases')!.textContent!;
    // Mid-line after a colon, without a capital: the form's words start one.
    expect(text).to.contain('Thema: online oproepen tot ordeverstoring · bespreking: in een kleine leerkring · taal: nl');
  });

  it('says how many cases arrived, and that none did yet', async () => {
    const status = document.querySelector('#status')!;
    expect(status.textContent).to.equal('1 casus ontvangen.');
    const realFetch = window.fetch;
    window.fetch = async () => new Response(JSON.stringify({ cases: [] }), { headers: { 'Content-Type': 'application/json' } });
    try {
      // The page's script again (another address: a module runs once), for an inbox with nothing in it.
      await import('../../demo/inbox.js?empty' as string);
    } finally {
      window.fetch = realFetch;
    }
    expect(status.textContent).to.equal('Nog geen casussen ontvangen.');
  });

  it('wraps a long link in a case on a 320 px screen, instead of making the page scroll sideways', () => {
    const list = document.querySelector<HTMLElement>('#cases')!;
    expect(list.textContent).to.contain('https://www.voorbeeld-sociaal-netwerk.example/');
    for (const line of list.querySelectorAll<HTMLElement>('li > *')) expect(line.scrollWidth, line.textContent!).to.be.at.most(line.clientWidth);
  });
});
