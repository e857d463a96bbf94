/**
 * The playground page (`npm start`) as a visitor opens it: every widget runs
 * on the seed's data, and nothing reaches another origin before consent.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, recordRequests } from '../helpers.js';

describe('the playground', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('runs every widget on the seed data, and asks nothing of another origin before consent', async () => {
    const { result: page, thirdParty } = await recordRequests(() =>
      openHostPage('/demo/index.html', (page) => page.querySelector('ccv-session-list')?.shadowRoot?.querySelector('article'), 'the sessions shown'),
    );
    expect(thirdParty).to.deep.equal([]);
    const view = page.defaultView!;
    for (const tag of ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card']) {
      expect(view.customElements.get(tag), tag).to.exist;
    }
    const { sessions } = await (await fetch('/demo/data/sessions.json')).json();
    const list = page.querySelector('ccv-session-list')!.shadowRoot!;
    expect(list.querySelectorAll('article').length).to.equal(Math.min(10, sessions.length));
    expect(list.querySelectorAll('ccv-consent-video, .video-slot').length, 'the recordings').to.be.at.least(2);
    // An example session years ahead: the playground shows the upcoming group and its calendar download.
    const upcoming = sessions.filter((session: { start: string }) => Date.parse(session.start) > Date.now());
    expect(upcoming.length, 'an upcoming session in the demo data (its example session has passed: move it ahead in demo/data/sessions.json)').to.be.at.least(1);
    expect(list.querySelector('h3')!.textContent).to.equal('Komende sessies');
    expect(list.querySelectorAll('[part=calendar-link][download$=".ics"]')).to.have.length(upcoming.length);
    expect(page.querySelector('ccv-casus-form')!.shadowRoot!.querySelector('form')).to.exist;
    expect(page.querySelector('ccv-contact-card')!.shadowRoot!.textContent).to.contain('Lienke Hutten');
    // The list's fallback markup holds no live widget: a video there would load, unseen, on consent.
    expect(page.querySelectorAll('ccv-session-list ccv-consent-video')).to.have.length(0);
  });

  it('links elsewhere only to what exists: the recordings the data names', async () => {
    // (The package is not on the npm registry yet, so a link to its page there leads nowhere.)
    const page = await openHostPage('/demo/index.html', (page) => page.querySelector('ccv-contact-card')?.shadowRoot?.textContent, 'the page drawn');
    const { sessions } = (await (await fetch('/demo/data/sessions.json')).json()) as { sessions: { video?: { url: string } }[] };
    const recordings = sessions.flatMap((session) => (session.video ? [session.video.url] : []));
    const elsewhere = [...page.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((link) => /^https?:$/.test(link.protocol) && link.origin !== location.origin)
      .map((link) => link.href);
    expect(elsewhere.filter((href) => !recordings.includes(href))).to.deep.equal([]);
  });
});
