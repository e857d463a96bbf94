/**
 * The playground page (`npm start`) as a visitor opens it: every widget runs
 * on the seed's data, and nothing reaches another origin before consent.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, recordRequests, waitUntil } from '../helpers.js';

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

  it("sends a case from its section 'Casus inbrengen' to the playground's receiver, POST /api/casus", async () => {
    const ready = (page: Document) => page.querySelector('ccv-casus-form')?.shadowRoot?.querySelector('form');
    const page = await openHostPage('/demo/index.html', ready, 'the form');
    const view = page.defaultView! as Window & typeof globalThis;
    const form = page.querySelector('ccv-casus-form')!;
    expect(form.closest('section')!.querySelector('h2')!.textContent).to.equal('Casus inbrengen');
    // The dev server of `npm start` serves the receiver there (vite.config.ts); this one answers as it does.
    const posts: string[] = [];
    view.fetch = async (input, init) => {
      posts.push(`${init?.method} ${new URL(String(input), view.location.href).pathname}`);
      return new Response(JSON.stringify({ reference: 'LK-PLAYGROUND-1' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    };
    const root = form.shadowRoot!;
    // The privacy statement it links to is the playground's own page.
    expect(new URL(root.querySelector<HTMLAnchorElement>('.privacy a')!.href).pathname).to.equal('/privacy.html');
    const values = { name: 'Sam', organisation: 'Gemeente Voorbeeld', role: 'Adviseur', email: 'sam@gemeente.example', title: 'Oproep', description: 'Wat er gebeurde.', theme: 'anders' };
    for (const [name, value] of Object.entries(values)) {
      const control = root.querySelector<HTMLInputElement>(`[name=${name}]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector<HTMLInputElement>('[name=privacyConsent]')!.click();
    // Past the minimum fill time, on the frame's own clock.
    Object.assign(form, { shownAt: view.performance.now() - 10_000, startedAt: view.performance.now() - 10_000 });
    root.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root.querySelector('[part=confirmation]'), 'confirmed');
    expect(posts).to.deep.equal(['POST /api/casus']);
    expect(root.querySelector('[part=confirmation]')!.textContent).to.contain('LK-PLAYGROUND-1');
  });

  it("shows the seed's recordings through <ccv-consent-video>, each waiting for consent, asking nothing of another origin", async () => {
    const { sessions } = (await (await fetch('/demo/data/sessions.json')).json()) as { sessions: { video?: { url: string; title: string } }[] };
    const recordings = sessions.flatMap((session) => (session.video ? [session.video] : []));
    expect(recordings, "the seed's two recordings").to.have.length(2);
    const { result: videos, thirdParty } = await recordRequests(async () => {
      const page = await openHostPage('/demo/index.html', (page) => page.querySelector('ccv-session-list')?.shadowRoot?.querySelector('article'), 'the sessions shown');
      const list = page.querySelector('ccv-session-list')!.shadowRoot!;
      // A recording far down waits in a box until it comes near: brought into view, one by one.
      await waitUntil(() => {
        list.querySelector('.video-slot')?.scrollIntoView();
        return list.querySelectorAll('ccv-consent-video').length >= recordings.length;
      }, 'every recording a video');
      const videos = [...list.querySelectorAll('ccv-consent-video')];
      await Promise.all(videos.map((video) => (video as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      return videos;
    });
    expect(videos.map((video) => ({ url: video.getAttribute('url')!, title: video.getAttribute('video-title')! }))).to.deep.equal(recordings);
    for (const video of videos) {
      const root = video.shadowRoot!;
      expect(root.querySelector('[part=error]'), 'no error state').to.be.null;
      expect(root.querySelector('[part=accept-button]')!.textContent, 'the accept button, named after the recording').to.contain(video.getAttribute('video-title'));
      expect(root.querySelector('iframe'), 'no player before consent').to.be.null;
    }
    expect(thirdParty).to.deep.equal([]);
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

  it("breaks its own long words on a 320 px screen with text at 200 %: no heading or line of the page's sticks out", async () => {
    const page = await openHostPage('/demo/index.html', (page) => page.querySelector('ccv-contact-card')?.shadowRoot?.textContent, 'the page drawn');
    (page.defaultView!.frameElement as HTMLIFrameElement).style.inlineSize = '320px';
    page.documentElement.style.fontSize = '200%';
    await waitUntil(() => page.defaultView!.innerWidth === 320, 'laid out at 320 px');
    // (Firefox draws a scrollbar beside the page once it has laid it out: measured after that.)
    for (let frames = 0; frames < 2; frames += 1) await new Promise((resolve) => page.defaultView!.requestAnimationFrame(resolve));
    // The site name holds one long word ("Criminaliteitspreventie"), 36 px text on a 320 px screen;
    // the headings and lines are the page's own. (The widgets' reflow is tested with them, test/styles.)
    const texts = [...page.querySelectorAll('.site-header, h1, h2, p:not(ccv-session-list p), .site-footer')];
    expect(texts.length).to.be.above(8);
    const wider = texts.filter((text) => text.scrollWidth > text.clientWidth).map((text) => `${text.localName}: ${text.textContent!.trim().slice(0, 30)}`);
    expect(wider).to.deep.equal([]);
  });
});
