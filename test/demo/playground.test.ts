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
    // The demo data holds an example session years ahead, so the playground shows the upcoming group and
    // its calendar download. Once that date has passed the list must still be right (a date in the data
    // must not turn CI red one day): the past group comes first, and the test says to move the example.
    const upcoming = sessions.filter((session: { start: string }) => Date.parse(session.start) > Date.now());
    if (!upcoming.length) console.warn('The demo data has no upcoming session any more: move its example session ahead in demo/data/sessions.json.');
    expect(list.querySelector('h3')!.textContent).to.equal(upcoming.length ? 'Komende sessies' : 'Eerdere sessies');
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
