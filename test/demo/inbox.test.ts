/**
 * The playground's inbox lists what the receiver stored: untrusted text, shown as text.
 */
import { expect } from '@open-wc/testing';

describe('playground inbox', () => {
  it('shows each value as written, without bidi controls that would turn the values after it around', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p id="status"></p><ol id="cases"></ol>');
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
      description: 'Beschrijving',
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
    const text = document.querySelector('#cases')!.textContent!;
    expect(text).to.contain('Sam evil, Adviseur, Gemeente Voorbeeld (sam@gemeente.example)');
    expect(text).to.contain('Titel met isolaat');
    expect(text).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
