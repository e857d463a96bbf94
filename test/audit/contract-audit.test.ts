/**
 * An outside audit against DESIGN.md: markup as a CMS editor pastes it, checked only against
 * what the design promises (element names, attributes, events and their detail keys, payloads).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { resetWarnings } from '../../src/base/warn.js';
import { stubWarn, waitUntil } from '../helpers.js';
import { host, paste, ready, sr, text, type Lit } from './page.js';

const NOW = '2024-03-01T12:00:00+01:00';
const DOC = {
  version: 1,
  sessions: [
    {
      id: '2023-10-30-xl',
      title: 'Leerkring XL oktober',
      format: 'xl',
      start: '2023-10-30T15:30:00+01:00',
      end: '2023-10-30T17:00:00+01:00',
      summary: 'Samenvatting.',
      chair: { name: 'Voorzitter Een', organisation: 'CCV' },
      panel: [{ name: 'Panel Lid', organisation: 'Politie', role: 'Rechercheur' }],
      topics: ['OSINT', 'Barrièremodel'],
      video: { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', title: 'Opname' },
    },
    { id: 'next', title: 'Volgende', format: 'small', start: '2024-04-08T15:30:00+02:00', end: '2024-04-08T17:00:00+02:00', registrationUrl: 'https://example.org/aanmelden' },
    { id: 'later', title: 'Daarna', start: '2024-06-08T15:30:00+02:00' },
    { id: 'old', title: 'Oud', start: '2023-01-08T15:30:00+01:00' },
  ],
};

let warn: ReturnType<typeof stubWarn>;
beforeEach(() => {
  resetWarnings();
  localStorage.clear();
  warn = stubWarn();
});
afterEach(() => {
  warn.restore();
  host?.remove();
});

describe('audit: ccv-contact-card', () => {
  it('renders every attribute', async () => {
    paste(`<ccv-contact-card name="Anne Jansen" job-title="CCV-adviseur" organisation="CCV" email="anne@hetccv.nl" phone="06 12 34 56 78" heading-level="4" vcard></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    expect(sr(card).querySelector('h4')!.textContent).to.contain('Anne Jansen');
    expect(text(card)).to.contain('CCV-adviseur');
    expect(sr(card).querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:anne@hetccv.nl');
    const tel = sr(card).querySelector('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).to.equal('tel:+31612345678');
    expect(tel.textContent).to.equal('06 12 34 56 78');
    expect(sr(card).querySelector('a[download]')).to.exist;
    expect(card.hasAttribute('role')).to.be.false;
    const ld = card.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(ld!.textContent!)['@type']).to.equal('Person');
    expect(warn.calls).to.have.length(0);
  });

  it('shows a bad e-mail and phone as text, with a warning each', async () => {
    paste(`<ccv-contact-card name="Anne" email="anne(at)hetccv.nl" phone="bel me"></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    expect(sr(card).querySelector('a[href^="mailto:"]')).to.be.null;
    expect(sr(card).querySelector('a[href^="tel:"]')).to.be.null;
    expect(text(card)).to.contain('anne(at)hetccv.nl');
    expect(text(card)).to.contain('bel me');
    expect(warn.calls).to.have.length(2);
  });

  it('follows attribute changes after the first render', async () => {
    paste(`<ccv-contact-card name="Anne" email="anne@hetccv.nl"></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    card.setAttribute('email', 'nope');
    card.setAttribute('name', 'Bert');
    card.setAttribute('heading-level', '3');
    await card.updateComplete;
    expect(sr(card).querySelector('a[href^="mailto:"]')).to.be.null;
    expect(sr(card).querySelector('h3')!.textContent).to.contain('Bert');
    expect(JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!).name).to.equal('Bert');
  });

  it('without a name: visible error and one warning', async () => {
    paste(`<ccv-contact-card email="anne@hetccv.nl"></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    expect(sr(card).querySelector('[part~=error]')).to.exist;
    expect(warn.calls).to.have.length(1);
  });

  it('a bad heading level: one warning, h2', async () => {
    paste(`<ccv-contact-card name="Anne" heading-level="9"></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    expect(sr(card).querySelector('h2')).to.exist;
    expect(warn.calls).to.have.length(1);
  });

  it('speaks English with lang=en and switches back', async () => {
    paste(`<ccv-contact-card name="Anne" email="anne@hetccv.nl" lang="en"></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    const en = text(card);
    card.removeAttribute('lang');
    await card.updateComplete;
    expect(text(card)).to.not.equal(en);
  });
});

describe('audit: ccv-consent-video', () => {
  const forms: [string, string, number | undefined][] = [
    ['https://www.youtube.com/watch?v=M7lc1UVf-VE&t=90', 'M7lc1UVf-VE', 90],
    ['https://youtu.be/M7lc1UVf-VE?t=1m30s', 'M7lc1UVf-VE', 90],
    ['https://www.youtube.com/shorts/M7lc1UVf-VE', 'M7lc1UVf-VE', undefined],
    ['https://www.youtube.com/embed/M7lc1UVf-VE?start=30', 'M7lc1UVf-VE', 30],
    ['https://www.youtube.com/live/M7lc1UVf-VE', 'M7lc1UVf-VE', undefined],
    ['https://vimeo.com/76979871', '76979871', undefined],
  ];
  for (const [url, id, start] of forms) {
    it(`parses ${url}`, async () => {
      paste(`<ccv-consent-video url="${url}" video-title="Film"></ccv-consent-video>`);
      const video = await ready('ccv-consent-video');
      const seen: CustomEvent[] = [];
      host.addEventListener('ccv-consent-request', (e) => seen.push(e as CustomEvent));
      host.addEventListener('ccv-video-load', (e) => seen.push(e as CustomEvent));
      expect(sr(video).querySelector('iframe')).to.be.null;
      sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
      const frame = sr(video).querySelector('iframe')!;
      expect(frame).to.exist;
      expect(frame.src).to.contain(id);
      if (start) expect(frame.src).to.match(new RegExp(`(start=|t=)${start}`));
      expect(frame.title).to.equal('Film');
      expect(frame.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      expect(frame.src).to.match(/^https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//);
      if (frame.src.includes('vimeo')) expect(frame.src).to.contain('dnt=1');
      expect(seen.map((e) => e.type)).to.deep.equal(['ccv-consent-request', 'ccv-video-load']);
      for (const e of seen) expect(e.bubbles && e.composed).to.be.true;
      expect(seen[0].cancelable).to.be.true;
      expect(Object.keys(seen[0].detail).sort()).to.include.members(['category', 'provider']);
      expect(seen[0].detail.category).to.equal('marketing');
    });
  }

  it('video-id with provider vimeo and start', async () => {
    paste(`<ccv-consent-video video-id="76979871" provider="vimeo" start="15" video-title="V"></ccv-consent-video>`);
    const video = await ready('ccv-consent-video');
    sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
    const src = sr(video).querySelector('iframe')!.src;
    expect(src).to.contain('player.vimeo.com/video/76979871');
    expect(src).to.contain('15');
  });

  for (const bad of ['url="https://example.org/watch?v=M7lc1UVf-VE"', 'video-id="x"', 'video-id="M7lc1UVf-VE" provider="dailymotion"', '']) {
    it(`bad input <ccv-consent-video ${bad}>: visible error, one warning`, async () => {
      paste(`<ccv-consent-video ${bad}></ccv-consent-video>`);
      const video = await ready('ccv-consent-video');
      expect(sr(video).querySelector('[part~=error]')).to.exist;
      expect(sr(video).querySelector('iframe')).to.be.null;
      expect(warn.calls).to.have.length(1);
    });
  }

  it('cancelled consent request loads nothing', async () => {
    paste(`<ccv-consent-video video-id="M7lc1UVf-VE"></ccv-consent-video>`);
    const video = await ready('ccv-consent-video');
    host.addEventListener('ccv-consent-request', (e) => e.preventDefault());
    sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
    await video.updateComplete;
    expect(sr(video).querySelector('iframe')).to.be.null;
  });

  it('consent is shared per category; allow-once loads only one', async () => {
    paste(`<ccv-consent-video video-id="M7lc1UVf-VE" allow-once></ccv-consent-video><ccv-consent-video video-id="M7lc1UVf-VE"></ccv-consent-video><ccv-consent-video video-id="M7lc1UVf-VE" consent-category="statistics"></ccv-consent-video>`);
    const [a, b, c] = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    await Promise.all([a, b, c].map((v) => v.updateComplete));
    sr(a).querySelector<HTMLButtonElement>('[part=once-button]')!.click();
    await b.updateComplete;
    expect(sr(a).querySelector('iframe')).to.exist;
    expect(sr(b).querySelector('iframe')).to.be.null;
    sr(b).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
    await waitUntil(() => sr(b).querySelector('iframe'));
    await c.updateComplete;
    expect(sr(c).querySelector('iframe')).to.be.null;
  });

  it('follows attribute changes after render: bad url becomes good, title changes', async () => {
    paste(`<ccv-consent-video url="nonsense" video-title="Een"></ccv-consent-video>`);
    const video = await ready('ccv-consent-video');
    expect(sr(video).querySelector('[part~=error]')).to.exist;
    video.setAttribute('url', 'https://youtu.be/M7lc1UVf-VE');
    video.setAttribute('video-title', 'Twee');
    await video.updateComplete;
    expect(sr(video).querySelector('[part~=error]')).to.be.null;
    expect(sr(video).querySelector('[part=accept-button]')!.textContent).to.contain('Twee');
    expect(sr(video).querySelector('[part=notice]')!.id).to.equal(sr(video).querySelector('[part=accept-button]')!.getAttribute('aria-describedby'));
  });

  it('inherits consent-category from ccv-config, own attribute wins', async () => {
    paste(`<ccv-config consent-category="statistics" lang="en"><ccv-consent-video video-id="M7lc1UVf-VE"></ccv-consent-video><ccv-consent-video video-id="M7lc1UVf-VE" consent-category="social" lang="nl"></ccv-consent-video></ccv-config>`);
    await ready('ccv-config');
    const [a, b] = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    const cats: string[] = [];
    host.addEventListener('ccv-consent-request', (e) => {
      cats.push((e as CustomEvent).detail.category);
      e.preventDefault();
    });
    sr(a).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
    sr(b).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
    expect(cats).to.deep.equal(['statistics', 'social']);
    expect(sr(a).querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(sr(b).querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
  });
});

describe('audit: ccv-config language', () => {
  it('a change of <ccv-config lang> re-renders every widget, and <html lang> too', async () => {
    paste(`<ccv-config lang="en"><ccv-contact-card name="Anne" email="a@hetccv.nl"></ccv-contact-card></ccv-config>`);
    await ready('ccv-config');
    const card = await ready('ccv-contact-card');
    const en = text(card);
    host.querySelector('ccv-config')!.setAttribute('lang', 'nl');
    await waitUntil(() => text(card) !== en, 'config lang change re-renders');
    host.querySelector('ccv-config')!.removeAttribute('lang');
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    html.setAttribute('lang', 'en');
    try {
      await waitUntil(() => text(card) === en, 'html lang change re-renders');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });

  it('accepts regional tags and odd case (en-GB, EN)', async () => {
    paste(`<ccv-contact-card name="A" email="a@hetccv.nl" lang="en"></ccv-contact-card><ccv-contact-card name="A" email="a@hetccv.nl" lang="EN-gb"></ccv-contact-card>`);
    const [a, b] = [...host.querySelectorAll<Lit>('ccv-contact-card')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(text(b)).to.equal(text(a));
    expect(warn.calls).to.have.length(0);
  });

  it('an unsupported lang: Dutch, one warning, not blank', async () => {
    paste(`<ccv-contact-card name="A" email="a@hetccv.nl" lang="fr"></ccv-contact-card><ccv-contact-card name="A" email="a@hetccv.nl"></ccv-contact-card>`);
    const [a, b] = [...host.querySelectorAll<Lit>('ccv-contact-card')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(text(a)).to.equal(text(b));
    expect(warn.calls).to.have.length(1);
  });
});

describe('audit: ccv-session-list', () => {
  const inline = (doc: unknown, attrs = '') =>
    `<ccv-session-list now="${NOW}" ${attrs}><script type="application/json">${JSON.stringify(doc)}</script></ccv-session-list>`;
  const titlesOf = (list: Element) => [...sr(list).querySelectorAll('[part=session-title]')].map((h) => h.textContent!.trim());

  it('inline JSON: upcoming soonest first, past newest first, time datetime, format, people, topics', async () => {
    paste(inline(DOC));
    const list = await ready('ccv-session-list');
    expect(titlesOf(list)).to.deep.equal(['Volgende', 'Daarna', 'Leerkring XL oktober', 'Oud']);
    const article = sr(list).querySelector('#session-2023-10-30-xl, [id$="2023-10-30-xl"]')!;
    expect(article.querySelector('time')!.getAttribute('datetime')).to.match(/^2023-10-30T14:30/);
    const words = article.textContent!.replace(/\s+/g, ' ');
    for (const word of ['Voorzitter Een', 'CCV', 'Panel Lid', 'Politie', 'OSINT', 'Barrièremodel', 'Samenvatting.']) expect(words).to.contain(word);
    expect(article.querySelector('ccv-consent-video')).to.exist;
    expect(warn.calls).to.have.length(0);
  });

  it('a bare array is accepted too', async () => {
    paste(inline(DOC.sessions));
    const list = await ready('ccv-session-list');
    expect(titlesOf(list)).to.have.length(4);
  });

  it('the sessions property', async () => {
    paste(`<ccv-session-list now="${NOW}"></ccv-session-list>`);
    const list = host.querySelector<Lit & { sessions: unknown }>('ccv-session-list')!;
    list.sessions = DOC.sessions;
    await ready('ccv-session-list');
    expect(titlesOf(list)).to.have.length(4);
  });

  it('only id, title and start are required', async () => {
    paste(inline({ version: 1, sessions: [{ id: 'a', title: 'Alleen', start: '2024-05-01T10:00:00+02:00' }] }));
    const list = await ready('ccv-session-list');
    expect(titlesOf(list)).to.deep.equal(['Alleen']);
    expect(warn.calls).to.have.length(0);
  });

  it('a bad entry is skipped, counted and warned, the rest shows', async () => {
    paste(inline({ version: 1, sessions: [...DOC.sessions, { id: 'x', title: 'Zonder start' }, 'nonsense'] }));
    const list = await ready('ccv-session-list');
    expect(titlesOf(list)).to.have.length(4);
    expect(text(list)).to.match(/2/);
    expect(warn.calls.length).to.be.greaterThan(0);
  });

  for (const [what, markup] of [
    ['broken inline JSON', `<ccv-session-list now="${NOW}"><script type="application/json">{oops</script></ccv-session-list>`],
    ['an object without sessions', inline({ version: 1 })],
    ['version 2', inline({ version: 2, sessions: DOC.sessions })],
    ['a 404 src', `<ccv-session-list src="/__test/status/404"></ccv-session-list>`],
    ['an HTML src', `<ccv-session-list src="/__test/html"></ccv-session-list>`],
    ['a javascript: src', `<ccv-session-list src="javascript:alert(1)"></ccv-session-list>`],
  ] as const) {
    it(`${what}: visible error with retry, one warning`, async () => {
      paste(markup);
      const list = await ready('ccv-session-list');
      await waitUntil(() => sr(list).querySelector('[part=status] button'), 'error state with retry');
      expect(warn.calls).to.have.length(1);
    });
  }

  it('src: loads the document', async () => {
    paste(`<ccv-session-list now="${NOW}" src="/__test/answer?body=${encodeURIComponent(JSON.stringify(DOC))}"></ccv-session-list>`);
    const list = await ready('ccv-session-list');
    await waitUntil(() => titlesOf(list).length === 4, 'loaded from src');
  });

  it('show, page-size, heading-level, and their changes after render', async () => {
    paste(inline(DOC, 'show="upcoming" page-size="1" heading-level="3"'));
    const list = await ready('ccv-session-list');
    expect(titlesOf(list)).to.deep.equal(['Volgende']);
    expect(sr(list).querySelector('h3')).to.exist;
    expect(sr(list).querySelector('[part=session-title]')!.localName).to.equal('h4');
    const more = sr(list).querySelector<HTMLButtonElement>('[part=more-button]')!;
    more.click();
    await list.updateComplete;
    expect(titlesOf(list)).to.deep.equal(['Volgende', 'Daarna']);
    expect(sr(list).activeElement?.textContent).to.contain('Daarna');
    list.setAttribute('show', 'past');
    list.setAttribute('page-size', '10');
    list.setAttribute('heading-level', '2');
    await list.updateComplete;
    expect(titlesOf(list)).to.deep.equal(['Leerkring XL oktober', 'Oud']);
    expect(sr(list).querySelector('[part=session-title]')!.localName).to.equal('h3');
    list.setAttribute('now', '2025-01-01T00:00:00+01:00');
    list.setAttribute('show', 'all');
    await list.updateComplete;
    expect(titlesOf(list)).to.deep.equal(['Daarna', 'Volgende', 'Leerkring XL oktober', 'Oud']);
  });

  it('a live session', async () => {
    paste(inline(DOC).replace(NOW, '2024-04-08T16:00:00+02:00'));
    const list = await ready('ccv-session-list');
    expect(sr(list).querySelector('[part=live-badge]')).to.exist;
  });

  it('calendar file for an upcoming session: CRLF, UID, DTSTAMP in UTC', async () => {
    paste(inline(DOC));
    const list = await ready('ccv-session-list');
    const links = [...sr(list).querySelectorAll<HTMLAnchorElement>('[part=calendar-link]')];
    expect(links).to.have.length(2);
    const ics = await (await fetch(links[0].href)).text();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.not.match(/[^\r]\n/);
    expect(ics).to.match(/\r\nUID:[^\r]*next/);
    expect(ics).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(sr(list).querySelector('[part=registration-link]')!.getAttribute('href')).to.equal('https://example.org/aanmelden');
  });

  it('structured-data: Event JSON-LD in light DOM; past recording as VideoObject', async () => {
    paste(inline(DOC, 'structured-data'));
    const list = await ready('ccv-session-list');
    const scripts = [...list.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts.length).to.be.greaterThan(0);
    const all = JSON.stringify(scripts.map((s) => JSON.parse(s.textContent!)));
    expect(all).to.contain('"Event"');
    expect(all).to.contain('VirtualLocation');
    expect(all).to.contain('OnlineEventAttendanceMode');
    expect(all).to.contain('eventStatus');
    expect(all).to.contain('VideoObject');
    list.removeAttribute('structured-data');
    await list.updateComplete;
    expect(list.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('filters: topic, year and text UI', async () => {
    paste(inline(DOC, 'filters'));
    const list = await ready('ccv-session-list');
    const form = sr(list).querySelector('[part=filters]')!;
    expect(form.querySelectorAll('select')).to.have.length(2);
    const search = form.querySelector<HTMLInputElement>('input')!;
    search.value = 'oktober';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await list.updateComplete;
    expect(titlesOf(list)).to.deep.equal(['Leerkring XL oktober']);
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await list.updateComplete;
    history.replaceState(null, '', location.pathname);
  });

  it('ccv-session-select: detail { id, title, start, trigger }', async () => {
    paste(inline(DOC));
    const list = await ready('ccv-session-list');
    const got = new Promise<CustomEvent>((resolve) => host.addEventListener('ccv-session-select', (e) => resolve(e as CustomEvent), { once: true }));
    sr(list).querySelector<HTMLAnchorElement>('article a[href="#next"]')!.click();
    const event = await got;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.id).to.equal('next');
    expect(event.detail.title).to.equal('Volgende');
    expect(new Date(event.detail.start).toISOString()).to.equal('2024-04-08T13:30:00.000Z');
    history.replaceState(null, '', location.pathname);
  });

  it('English dates with lang=en', async () => {
    paste(inline(DOC, 'lang="en"'));
    const list = await ready('ccv-session-list');
    expect(sr(list).querySelector('time')!.textContent).to.match(/April/);
    list.setAttribute('lang', 'nl');
    await list.updateComplete;
    expect(sr(list).querySelector('time')!.textContent).to.match(/april/);
  });

  it('bad show / page-size / heading-level / now: one warning each, list still shows', async () => {
    paste(inline(DOC, 'show="toekomst"'));
    let list = await ready('ccv-session-list');
    expect(titlesOf(list)).to.have.length(4);
    expect(warn.calls).to.have.length(1);
    host.remove();
    for (const attrs of ['page-size="0"', 'heading-level="1"', 'now="gisteren"']) {
      resetWarnings();
      warn.calls.length = 0;
      paste(inline(DOC, attrs).replace(`now="${NOW}"`, attrs.startsWith('now') ? '' : `now="${NOW}"`));
      list = await ready('ccv-session-list');
      expect(titlesOf(list).length, attrs).to.be.greaterThan(0);
      expect(warn.calls, attrs).to.have.length(1);
      host.remove();
    }
  });

  it('inline JSON replaced after render is shown', async () => {
    paste(inline(DOC));
    const list = await ready('ccv-session-list');
    list.querySelector('script')!.textContent = JSON.stringify([{ id: 'n', title: 'Nieuw', start: '2024-05-01T10:00' }]);
    await waitUntil(() => titlesOf(list).join() === 'Nieuw', 'new inline data');
  });
});

describe('audit: ccv-casus-form', () => {
  const values: Record<string, string> = {
    name: 'Sam de Vries',
    organisation: 'Gemeente Voorbeeld',
    role: 'Adviseur openbare orde',
    email: 'sam@gemeente.example',
    phone: '06 12 34 56 78',
    title: 'Oproep tot rellen',
    description: 'In een appgroep werd opgeroepen om naar het station te komen.',
    theme: 'oproepen',
  };
  const control = (form: Element, name: string) => sr(form).querySelector<HTMLInputElement>(`[name=${name}]`)!;
  function type(form: Element, name: string, value: string | boolean) {
    const c = typeof value === 'string' && name === 'preferredFormat' ? sr(form).querySelector<HTMLInputElement>(`[name=preferredFormat][value=${value}]`)! : control(form, name);
    if (typeof value === 'boolean') c.checked = value;
    else if (name === 'preferredFormat') c.checked = true;
    else c.value = value;
    c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  function fillIn(form: Element, extra: Record<string, string | boolean> = {}) {
    for (const [name, value] of Object.entries({ ...values, preferredFormat: 'small', privacyConsent: true, ...extra })) type(form, name, value);
    Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
  }
  function capture() {
    const posts: { url: string; headers: Record<string, string>; body: Record<string, unknown> }[] = [];
    const real = window.fetch;
    window.fetch = async (input, init) => {
      if (init?.method !== 'POST') return real(input, init);
      posts.push({ url: String(input), headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ reference: 'CCV-2024-0042' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    };
    return { posts, restore: () => (window.fetch = real) };
  }
  const submit = (form: Element) => sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();

  it('controls carry the payload keys as names; the POST has exactly the documented payload', async () => {
    const net = capture();
    try {
      paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
      const form = await ready('ccv-casus-form');
      for (const key of ['name', 'organisation', 'role', 'email', 'phone', 'title', 'description', 'theme', 'preferredFormat', 'privacyConsent']) {
        expect(control(form, key), key).to.exist;
      }
      expect(sr(form).querySelector('form')!.noValidate).to.be.true;
      fillIn(form);
      const success = new Promise<CustomEvent>((resolve) => host.addEventListener('ccv-casus-success', (e) => resolve(e as CustomEvent), { once: true }));
      submit(form);
      const event = await success;
      expect(net.posts).to.have.length(1);
      const [post] = net.posts;
      expect(new URL(post.url, location.href).pathname).to.equal('/api/casus');
      const headers = Object.fromEntries(Object.entries(post.headers).map(([k, v]) => [k.toLowerCase(), v]));
      expect(headers['content-type']).to.match(/^application\/json/);
      expect(headers['idempotency-key']).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(Object.keys(post.body).sort()).to.deep.equal(
        ['version', 'name', 'organisation', 'role', 'email', 'phone', 'title', 'description', 'theme', 'preferredFormat', 'privacyConsent', 'locale'].sort(),
      );
      expect(post.body).to.deep.include({ version: 1, ...values, preferredFormat: 'small', privacyConsent: true, locale: 'nl' });
      expect(event.detail.reference).to.equal('CCV-2024-0042');
      expect(event.bubbles && event.composed).to.be.true;
      await form.updateComplete;
      expect(text(form)).to.contain('CCV-2024-0042');
      expect(sr(form).activeElement).to.equal(sr(form).querySelector('[part=confirmation]'));
    } finally {
      net.restore();
    }
  });

  it('inherits casus-endpoint, privacy-url and lang from ccv-config; its own endpoint wins', async () => {
    const net = capture();
    try {
      paste(`<ccv-config casus-endpoint="/from-config" privacy-url="/privacyverklaring" lang="en"><ccv-casus-form></ccv-casus-form><ccv-casus-form endpoint="/own"></ccv-casus-form></ccv-config>`);
      await ready('ccv-config');
      const [a, b] = [...host.querySelectorAll<Lit>('ccv-casus-form')];
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(sr(a).querySelector('a[href$="/privacyverklaring"]')).to.exist;
      fillIn(a);
      submit(a);
      await waitUntil(() => net.posts.length === 1);
      fillIn(b);
      submit(b);
      await waitUntil(() => net.posts.length === 2);
      expect(net.posts.map((p) => new URL(p.url, location.href).pathname)).to.deep.equal(['/from-config', '/own']);
      expect(net.posts[0].body.locale).to.equal('en');
    } finally {
      net.restore();
    }
  });

  it('config endpoint changed after render is used', async () => {
    const net = capture();
    try {
      paste(`<ccv-config casus-endpoint="/first"><ccv-casus-form privacy-url="/p"></ccv-casus-form></ccv-config>`);
      await ready('ccv-config');
      const form = await ready('ccv-casus-form');
      host.querySelector('ccv-config')!.setAttribute('casus-endpoint', '/second');
      await form.updateComplete;
      fillIn(form);
      submit(form);
      await waitUntil(() => net.posts.length === 1);
      expect(new URL(net.posts[0].url, location.href).pathname).to.equal('/second');
    } finally {
      net.restore();
    }
  });

  it('empty submit: summary takes focus, links to each field; inline messages, aria-invalid, aria-describedby', async () => {
    paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy" heading-level="3"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    submit(form);
    await form.updateComplete;
    const summary = sr(form).querySelector('[part=error-summary]')!;
    expect(sr(form).activeElement).to.equal(summary);
    expect(summary.querySelector('h3')).to.exist;
    const links = [...summary.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(5);
    for (const link of links) {
      const field = link.getAttribute('href')!.slice(1);
      const c = sr(form).getElementById(field) as HTMLElement;
      expect(c, field).to.exist;
      expect(c.getAttribute('aria-invalid'), field).to.equal('true');
      const describedBy = (c.getAttribute('aria-describedby') ?? c.closest('fieldset')?.getAttribute('aria-describedby') ?? '').split(/\s+/);
      const messages = describedBy.map((id) => sr(form).getElementById(id)?.textContent?.trim());
      expect(messages, field).to.include(link.textContent!.trim());
    }
    links[0].click();
    expect(sr(form).activeElement).to.equal(sr(form).getElementById(links[0].getAttribute('href')!.slice(1)));
    expect(sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.disabled).to.be.false;
  });

  it('optional phone is marked; autocomplete tokens', async () => {
    paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    expect(sr(form).querySelector('label[for=phone]')!.textContent).to.match(/optioneel/);
    expect(sr(form).querySelector('label[for=name]')!.textContent).to.not.match(/optioneel|\*/);
    const tokens = Object.fromEntries(['name', 'organisation', 'role', 'email', 'phone'].map((n) => [n, control(form, n).getAttribute('autocomplete')]));
    expect(tokens).to.deep.equal({ name: 'name', organisation: 'organization', role: 'organization-title', email: 'email', phone: 'tel' });
  });

  it('ccv-casus-submit is cancelable with payload; complete(ref) shows it', async () => {
    const net = capture();
    try {
      paste(`<ccv-casus-form privacy-url="/privacy"></ccv-casus-form>`);
      const form = await ready<Lit & { complete(ref?: string): void }>('ccv-casus-form');
      let detail: Record<string, unknown> | undefined;
      host.addEventListener('ccv-casus-submit', (e) => {
        e.preventDefault();
        detail = (e as CustomEvent).detail;
      });
      fillIn(form);
      submit(form);
      await waitUntil(() => detail);
      expect(Object.keys(detail!)).to.include('payload');
      expect((detail!.payload as Record<string, unknown>).email).to.equal(values.email);
      expect(net.posts).to.have.length(0);
      form.complete('REF-1');
      await form.updateComplete;
      expect(text(form)).to.contain('REF-1');
    } finally {
      net.restore();
    }
  });

  it('no endpoint: visible error, one warning, ccv-casus-error', async () => {
    paste(`<ccv-casus-form privacy-url="/privacy"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    const error = new Promise<CustomEvent>((resolve) => host.addEventListener('ccv-casus-error', (e) => resolve(e as CustomEvent), { once: true }));
    fillIn(form);
    submit(form);
    const event = await error;
    expect(event.detail.kind).to.equal('configuration');
    await form.updateComplete;
    expect(sr(form).querySelector('[part=status]')).to.exist;
    expect(warn.calls).to.have.length(1);
  });

  it('a javascript: endpoint: visible error, warnings name it', async () => {
    paste(`<ccv-casus-form endpoint="javascript:alert(1)" privacy-url="/privacy"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    fillIn(form);
    submit(form);
    await waitUntil(() => sr(form).querySelector('[part=status]'));
    expect(warn.said()).to.contain('endpoint="javascript:alert(1)"');
  });

  it('server field errors (422 problem+json) map to fields', async () => {
    paste(`<ccv-casus-form endpoint="/__test/casus-status?code=422&field=email&detail=onbekend" privacy-url="/privacy"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    const error = new Promise<CustomEvent>((resolve) => host.addEventListener('ccv-casus-error', (e) => resolve(e as CustomEvent), { once: true }));
    fillIn(form);
    submit(form);
    const event = await error;
    expect(event.detail.kind).to.equal('invalid');
    expect(event.detail.errors[0].field).to.equal('email');
    await form.updateComplete;
    expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(text(form)).to.contain('email: onbekend');
  });

  it('no-draft keeps nothing; without it a draft is saved within half a second', async () => {
    paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy" no-draft></ccv-casus-form><ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
    const [a, b] = [...host.querySelectorAll<Lit>('ccv-casus-form')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    type(a, 'title', 'geheim');
    await new Promise((r) => setTimeout(r, 700));
    expect(JSON.stringify({ ...localStorage })).to.not.contain('geheim');
    type(b, 'title', 'bewaard');
    await waitUntil(() => JSON.stringify({ ...localStorage }).includes('bewaard'), 'draft saved');
  });

  it('English with lang=en, and the payload locale follows', async () => {
    const net = capture();
    try {
      paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy" lang="en"></ccv-casus-form>`);
      const form = await ready('ccv-casus-form');
      expect(sr(form).querySelector('label[for=phone]')!.textContent).to.match(/optional/);
      fillIn(form);
      submit(form);
      await waitUntil(() => net.posts.length === 1);
      expect(net.posts[0].body.locale).to.equal('en');
    } finally {
      net.restore();
    }
  });

  it('heading-level bad value: one warning', async () => {
    paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy" heading-level="zeven"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    submit(form);
    await form.updateComplete;
    expect(sr(form).querySelector('[part=error-summary] h2')).to.exist;
    expect(warn.calls).to.have.length(1);
  });
});

describe('audit: second round', () => {
  const accept = (video: Element) => sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();

  it('video: focus goes into the player; others load by shared consent without autoplay; withdrawal removes them', async () => {
    paste(`<ccv-consent-video video-id="M7lc1UVf-VE" video-title="A"></ccv-consent-video><ccv-consent-video url="https://vimeo.com/76979871" video-title="B"></ccv-consent-video>`);
    const [a, b] = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    const loads: CustomEvent[] = [];
    host.addEventListener('ccv-video-load', (e) => loads.push(e as CustomEvent));
    accept(a);
    expect(sr(a).activeElement?.localName).to.equal('iframe');
    expect(sr(a).querySelector('iframe')!.src).to.contain('autoplay=1');
    await waitUntil(() => sr(b).querySelector('iframe'), 'b loads by shared consent');
    expect(sr(b).querySelector('iframe')!.src).to.not.contain('autoplay');
    expect(loads.map((e) => [e.detail.provider, e.detail.videoId, e.detail.trigger])).to.deep.equal([
      ['youtube', 'M7lc1UVf-VE', 'click'],
      ['vimeo', '76979871', 'consent'],
    ]);
    await a.updateComplete;
    sr(a).querySelector<HTMLButtonElement>('[part=withdraw-button]')!.click();
    await waitUntil(() => !sr(a).querySelector('iframe') && !sr(b).querySelector('iframe'), 'withdrawal removes players');
  });

  it('video: playlist, url wins over video-id, provider case, start as clock', async () => {
    paste(`<ccv-consent-video url="https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"></ccv-consent-video>
      <ccv-consent-video url="https://youtu.be/M7lc1UVf-VE" video-id="aaaaaaaaaaa"></ccv-consent-video>
      <ccv-consent-video video-id="76979871" provider="Vimeo"></ccv-consent-video>
      <ccv-consent-video video-id="M7lc1UVf-VE" start="1:30"></ccv-consent-video>`);
    const videos = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    await Promise.all(videos.map((v) => v.updateComplete));
    host.addEventListener('ccv-consent-request', (e) => e.preventDefault(), { once: true });
    accept(videos[0]);
    // consent via a second click (not cancelled)
    accept(videos[0]);
    await Promise.all(videos.map((v) => v.updateComplete));
    await waitUntil(() => videos.every((v) => sr(v).querySelector('iframe')), 'all load');
    const srcs = videos.map((v) => sr(v).querySelector('iframe')!.src);
    expect(srcs[0]).to.contain('list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG');
    expect(srcs[1]).to.contain('M7lc1UVf-VE');
    expect(srcs[2]).to.contain('player.vimeo.com/video/76979871');
    expect(srcs[3]).to.contain('start=90');
    expect(warn.calls).to.have.length(0);
  });

  it('video: poster on the site shows; a poster elsewhere: error, one warning', async () => {
    paste(`<ccv-consent-video video-id="M7lc1UVf-VE" poster="/poster.jpg"></ccv-consent-video><ccv-consent-video video-id="M7lc1UVf-VE" poster="https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg"></ccv-consent-video>`);
    const [a, b] = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(sr(a).querySelector<HTMLImageElement>('[part=poster]')!.src).to.equal(new URL('/poster.jpg', location.href).href);
    expect(sr(b).querySelector('img')).to.be.null;
    expect(warn.calls).to.have.length(1);
  });

  it('messages property overrides wording', async () => {
    paste(`<ccv-consent-video video-id="M7lc1UVf-VE"></ccv-consent-video>`);
    const video = await ready<Lit & { messages: Record<string, unknown> }>('ccv-consent-video');
    video.messages = { accept: 'Ja, laat zien' };
    await video.updateComplete;
    expect(sr(video).querySelector('[part=accept-button]')!.textContent).to.contain('Ja, laat zien');
  });

  it('a session list in <ccv-config>: its recordings take the config category and language', async () => {
    paste(`<ccv-config consent-category="statistics" lang="en"><ccv-session-list now="${NOW}"><script type="application/json">${JSON.stringify(DOC)}</script></ccv-session-list></ccv-config>`);
    await ready('ccv-config');
    const list = await ready('ccv-session-list');
    const video = sr(list).querySelector<Lit>('ccv-consent-video')!;
    await video.updateComplete;
    let category = '';
    host.addEventListener('ccv-consent-request', (e) => {
      category = (e as CustomEvent).detail.category;
      e.preventDefault();
    });
    accept(video);
    expect(category).to.equal('statistics');
    expect(sr(video).querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(sr(list).querySelector('time')!.textContent).to.match(/October|April/);
  });

  it('session list: src changed after render loads the new document', async () => {
    const one = { version: 1, sessions: [{ id: 'one', title: 'Een', start: '2024-05-01T10:00' }] };
    const two = [{ id: 'two', title: 'Twee', start: '2024-05-01T10:00' }];
    const url = (doc: unknown) => `/__test/answer?body=${encodeURIComponent(JSON.stringify(doc))}`;
    paste(`<ccv-session-list now="${NOW}" src="${url(one)}"></ccv-session-list>`);
    const list = await ready('ccv-session-list');
    const titles = () => [...sr(list).querySelectorAll('[part=session-title]')].map((h) => h.textContent);
    await waitUntil(() => titles().join() === 'Een');
    list.setAttribute('src', url(two));
    await waitUntil(() => titles().join() === 'Twee', 'reloaded');
  });

  it('casus: checked on blur after a change, never while typing; description over the limit', async () => {
    paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    const email = sr(form).querySelector<HTMLInputElement>('[name=email]')!;
    email.focus();
    email.value = 'sam@';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    email.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    sr(form).querySelector<HTMLInputElement>('[name=phone]')!.focus();
    await form.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const description = sr(form).querySelector<HTMLTextAreaElement>('[name=description]')!;
    description.value = 'x'.repeat(2005);
    description.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(text(form)).to.contain('5 tekens te veel');
  });

  it('casus: draft restored on the next visit with a notice and discard', async () => {
    paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
    let form = await ready('ccv-casus-form');
    const title = sr(form).querySelector<HTMLInputElement>('[name=title]')!;
    title.value = 'Mijn casus';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => JSON.stringify({ ...localStorage }).includes('Mijn casus'));
    host.remove();
    paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
    form = await ready('ccv-casus-form');
    expect(sr(form).querySelector<HTMLInputElement>('[name=title]')!.value).to.equal('Mijn casus');
    const notice = sr(form).querySelector('[part=draft-notice]')!;
    expect(notice).to.exist;
    notice.querySelector('button')!.click();
    await form.updateComplete;
    expect(sr(form).querySelector<HTMLInputElement>('[name=title]')!.value).to.equal('');
    expect(JSON.stringify({ ...localStorage })).to.not.contain('Mijn casus');
  });

  it('contact card: vCard 4.0 download', async () => {
    paste(`<ccv-contact-card name="Anne Jansen" email="anne@hetccv.nl" phone="030 751 6700" job-title="Adviseur" organisation="CCV" vcard></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    const link = sr(card).querySelector<HTMLAnchorElement>('[part=vcard-link]')!;
    const vcf = await (await fetch(link.href)).text();
    expect(vcf).to.match(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    expect(vcf).to.contain('tel:+31307516700');
    expect(vcf).to.contain('EMAIL');
    expect(link.getAttribute('download')).to.match(/\.vcf$/);
  });

  it('config: bad consent-source / privacy-url: one warning each, widgets still render', async () => {
    paste(`<ccv-config consent-source="cookiebott"><ccv-consent-video video-id="M7lc1UVf-VE"></ccv-consent-video></ccv-config>`);
    await ready('ccv-config');
    const video = await ready('ccv-consent-video');
    expect(sr(video).querySelector('[part=accept-button]')).to.exist;
    expect(warn.calls).to.have.length(1);
  });
});

describe('audit: per-element CDN files', () => {
  it('work together with a <ccv-config> loaded last', async function () {
    this.timeout(30_000);
    const frame = document.createElement('iframe');
    frame.src = '/test/audit/per-element.html';
    frame.style.cssText = 'width: 900px; height: 700px';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const page = frame.contentDocument!;
      const win = frame.contentWindow! as Window & typeof globalThis;
      await waitUntil(() => ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-contact-card', 'ccv-casus-form'].every((tag) => win.customElements.get(tag)), 'all defined', { timeout: 15000 });
      const video = page.querySelector<Lit>('ccv-consent-video')!;
      const list = page.querySelector<Lit>('ccv-session-list')!;
      const card = page.querySelector<Lit>('ccv-contact-card')!;
      const form = page.querySelector<Lit>('ccv-casus-form')!;
      await waitUntil(() => list.shadowRoot?.querySelector('ccv-consent-video'), 'list loaded', { timeout: 15000 });
      // English everywhere
      await waitUntil(() => /phone/i.test(card.shadowRoot!.textContent!) && /optional/.test(form.shadowRoot!.textContent!), 'english');
      expect(list.shadowRoot!.querySelector('h2')!.textContent).to.match(/sessions/i);
      const inner = list.shadowRoot!.querySelector<Lit>('ccv-consent-video')!;
      await inner.updateComplete;
      expect(inner.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      const cats: string[] = [];
      page.addEventListener('ccv-consent-request', (e) => cats.push((e as CustomEvent).detail.category));
      video.shadowRoot!.querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
      expect(cats).to.deep.equal(['statistics']);
      await waitUntil(() => inner.shadowRoot!.querySelector('iframe'), 'shared consent reaches the list recording');
      expect(form.shadowRoot!.querySelector('a[href$="/privacy"]')).to.exist;
    } finally {
      frame.remove();
    }
  });
});

describe('audit: enumerated attributes as editors write them', () => {
  it('show is read like HTML keywords: case and spaces around it do not matter', async () => {
    const markup = (show: string) =>
      `<ccv-session-list now="${NOW}" show="${show}"><script type="application/json">${JSON.stringify(DOC)}</script></ccv-session-list>`;
    paste(markup('Upcoming') + markup(' past ') + markup('PAST'));
    const lists = [...host.querySelectorAll<Lit>('ccv-session-list')];
    await Promise.all(lists.map((list) => list.updateComplete));
    const titles = (list: Element) => [...sr(list).querySelectorAll('[part=session-title]')].map((h) => h.textContent!.trim());
    expect(titles(lists[0])).to.deep.equal(['Volgende', 'Daarna']);
    expect(titles(lists[1])).to.deep.equal(['Leerkring XL oktober', 'Oud']);
    expect(titles(lists[2])).to.deep.equal(['Leerkring XL oktober', 'Oud']);
    expect(warn.calls).to.have.length(0);
  });
});

describe('audit: times in Europe/Amsterdam', () => {
  it('shows wall-clock Amsterdam time whatever the browser zone', async () => {
    paste(`<ccv-session-list now="${NOW}"><script type="application/json">${JSON.stringify(DOC)}</script></ccv-session-list>`);
    const list = await ready('ccv-session-list');
    const time = sr(list).querySelector('[id$="2023-10-30-xl"] time')!;
    expect(time.textContent).to.match(/15[:.]30/);
    expect(time.textContent).to.match(/17[:.]00/);
    const summer = sr(list).querySelector('[id$="next"] time')!;
    expect(summer.textContent).to.match(/15[:.]30/);
    const ics = await (await fetch(sr(list).querySelector<HTMLAnchorElement>('[id$="next"] [part=calendar-link]')!.href)).text();
    expect(ics).to.match(/DTSTART(:20240408T133000Z|;TZID=[^:]+:20240408T153000)/);
  });
});

describe('audit: casus sending', () => {
  const values: Record<string, string | boolean> = {
    name: 'Sam de Vries', organisation: 'Gemeente Voorbeeld', role: 'Adviseur', email: 'sam@gemeente.example',
    title: 'Oproep', description: 'Een beschrijving van de casus.', theme: 'oproepen', preferredFormat: 'xl', privacyConsent: true,
  };
  function fillIn(form: Element) {
    for (const [name, value] of Object.entries(values)) {
      const c = sr(form).querySelector<HTMLInputElement>(name === 'preferredFormat' ? `[name=preferredFormat][value=${value}]` : `[name=${name}]`)!;
      if (typeof value === 'boolean' || name === 'preferredFormat') c.checked = true;
      else c.value = value;
      c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
  }
  type Timing = { timeoutMs: number; retryDelaysMs: readonly number[] };
  const Form = () => customElements.get('ccv-casus-form') as unknown as { timing: Timing };

  it('a second submit while sending is ignored, with a busy status; the button stays enabled', async () => {
    const keys: string[] = [];
    let answer!: (r: Response) => void;
    const real = window.fetch;
    window.fetch = (_input, init) => {
      keys.push((init!.headers as Record<string, string>)['Idempotency-Key']);
      return new Promise<Response>((resolve) => (answer = resolve));
    };
    try {
      paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
      const form = await ready('ccv-casus-form');
      fillIn(form);
      const button = sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!;
      button.click();
      await waitUntil(() => keys.length === 1);
      await form.updateComplete;
      expect(button.disabled).to.be.false;
      button.click();
      await form.updateComplete;
      expect(keys).to.have.length(1);
      expect(text(form)).to.match(/bezig|verzonden|versturen|wacht/i);
      answer(new Response(JSON.stringify({ reference: 'R-9' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
      await waitUntil(() => text(form).includes('R-9'));
    } finally {
      window.fetch = real;
    }
  });

  it('retries network errors and 5xx automatically with one Idempotency-Key, then a manual retry keeps it', async () => {
    const Ctor = Form();
    const timing = Ctor.timing;
    Ctor.timing = { timeoutMs: 2000, retryDelaysMs: [10, 20, 40] };
    const keys: string[] = [];
    let mode: 'fail' | 'ok' = 'fail';
    const real = window.fetch;
    window.fetch = async (_input, init) => {
      keys.push((init!.headers as Record<string, string>)['Idempotency-Key']);
      if (mode === 'ok') return new Response(JSON.stringify({ reference: 'R-1' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
      if (keys.length % 2) throw new TypeError('network');
      return new Response('{}', { status: 503 });
    };
    try {
      paste(`<ccv-casus-form endpoint="/api/casus" privacy-url="/privacy"></ccv-casus-form>`);
      const form = await ready('ccv-casus-form');
      const errors: CustomEvent[] = [];
      host.addEventListener('ccv-casus-error', (e) => errors.push(e as CustomEvent));
      fillIn(form);
      sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
      await waitUntil(() => errors.length === 1, 'gave up', { timeout: 10000 });
      expect(keys.length).to.be.at.least(3);
      expect(new Set(keys).size).to.equal(1);
      expect(errors[0].detail.kind).to.equal('failed');
      await form.updateComplete;
      expect(sr(form).querySelector('[part=status]')).to.exist;
      mode = 'ok';
      sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
      await waitUntil(() => text(form).includes('R-1'));
      expect(new Set(keys).size).to.equal(1);
      expect(JSON.stringify({ ...localStorage })).to.not.contain('Gemeente Voorbeeld');
    } finally {
      window.fetch = real;
      Ctor.timing = timing;
    }
  });

  it('the reference receiver: same key same answer; bad payload 422 problem+json with errors', async () => {
    const payload = { version: 1, name: 'A', organisation: 'B', role: 'C', email: 'a@b.nl', phone: '', title: 'T', description: 'D', theme: 'oproepen', preferredFormat: 'small', privacyConsent: true, locale: 'nl' };
    const key = crypto.randomUUID();
    const post = (body: unknown, k = key) => fetch('/__test/casus', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': k }, body: JSON.stringify(body) });
    const first = await post(payload);
    expect(first.status).to.equal(201);
    const ref = (await first.json()).reference;
    const again = await post(payload);
    expect(again.status).to.equal(201);
    expect((await again.json()).reference).to.equal(ref);
    const bad = await post({ ...payload, email: 'nope' }, crypto.randomUUID());
    expect([400, 422]).to.include(bad.status);
    expect(bad.headers.get('Content-Type')).to.match(/^application\/problem\+json/);
    const problem = await bad.json();
    expect(problem.errors).to.deep.include.members([{ field: 'email', detail: problem.errors.find((e: { field: string }) => e.field === 'email').detail }]);
  });
});

describe('audit: one warning per mistake, naming what the editor wrote', () => {
  it('<ccv-config lang="fr"> around a widget: Dutch, one warning', async () => {
    paste(`<ccv-config lang="fr"><ccv-contact-card name="Anne" email="anne@hetccv.nl"></ccv-contact-card></ccv-config>`);
    await ready('ccv-config');
    const card = await ready('ccv-contact-card');
    expect(sr(card).querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    expect(warn.calls, warn.said()).to.have.length(1);
    expect(warn.said()).to.contain('"fr"');
  });

  const values: Record<string, string | boolean> = {
    name: 'Sam', organisation: 'Gemeente', role: 'Adviseur', email: 'sam@gemeente.example',
    title: 'Oproep', description: 'Beschrijving.', theme: 'oproepen', privacyConsent: true,
  };
  async function submitFilled(form: Element) {
    for (const [name, value] of Object.entries(values)) {
      const c = sr(form).querySelector<HTMLInputElement>(`[name=${name}]`)!;
      if (typeof value === 'boolean') c.checked = value;
      else c.value = value;
      c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
    const error = new Promise((resolve) => host.addEventListener('ccv-casus-error', resolve, { once: true }));
    sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await error;
  }

  it('a bad endpoint on the form: one warning that names endpoint, not casus-endpoint', async () => {
    paste(`<ccv-casus-form endpoint="javascript:alert(1)" privacy-url="/privacy"></ccv-casus-form>`);
    const form = await ready('ccv-casus-form');
    await submitFilled(form);
    await form.updateComplete;
    expect(sr(form).querySelector('[part=status]')).to.exist;
    expect(warn.calls, warn.said()).to.have.length(1);
    expect(warn.said()).to.contain(' endpoint="javascript:alert(1)"');
    expect(warn.said()).to.not.contain('casus-endpoint');
  });

  it("a bad casus-endpoint on <ccv-config>: one warning that names casus-endpoint", async () => {
    paste(`<ccv-config casus-endpoint="ftp://example.org/casus" privacy-url="/privacy"><ccv-casus-form></ccv-casus-form></ccv-config>`);
    await ready('ccv-config');
    const form = await ready('ccv-casus-form');
    await submitFilled(form);
    await form.updateComplete;
    expect(sr(form).querySelector('[part=status]')).to.exist;
    expect(warn.calls, warn.said()).to.have.length(1);
    expect(warn.said()).to.contain('casus-endpoint="ftp://example.org/casus"');
  });
});

describe('audit: odd attribute values never blank a widget or throw', () => {
  const elements: Record<string, { base: string; attributes: string[] }> = {
    'ccv-contact-card': { base: 'name="Anne"', attributes: ['name', 'job-title', 'organisation', 'email', 'phone', 'photo', 'heading-level', 'vcard', 'lang'] },
    'ccv-consent-video': { base: 'video-id="M7lc1UVf-VE"', attributes: ['video-id', 'url', 'provider', 'video-title', 'start', 'poster', 'consent-category', 'allow-once', 'lang', 'consent-source'] },
    'ccv-session-list': { base: `now="${NOW}"`, attributes: ['src', 'show', 'page-size', 'filters', 'heading-level', 'structured-data', 'now', 'lang'] },
    'ccv-casus-form': { base: 'endpoint="/api/casus" privacy-url="/privacy"', attributes: ['endpoint', 'privacy-url', 'heading-level', 'no-draft', 'lang'] },
  };
  const odd = ['', ' ', 'null', 'undefined', '-1', '0', '1e309', 'NaN', '<b>x</b>', 'javascript:alert(1)', 'x'.repeat(3000), '\u202e\u200b'];
  for (const [tag, { base, attributes }] of Object.entries(elements)) {
    it(`<${tag}> survives odd values for each attribute`, async function () {
      this.timeout(60_000);
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onRejection);
      try {
        paste(`<${tag} ${base}>${tag === 'ccv-session-list' ? `<script type="application/json">${JSON.stringify(DOC)}</script>` : ''}</${tag}>`);
        const element = await ready(tag);
        for (const attribute of attributes) {
          for (const value of odd) {
            element.setAttribute(attribute, value);
            await element.updateComplete;
            expect(sr(element).textContent!.trim().length, `${attribute}="${value.slice(0, 20)}"`).to.be.greaterThan(0);
          }
          element.removeAttribute(attribute);
          if (base.includes(`${attribute}=`)) element.setAttribute(attribute, new RegExp(`${attribute}="([^"]*)"`).exec(base)![1]);
          await element.updateComplete;
        }
        await new Promise((r) => setTimeout(r, 50));
        expect(errors, String(errors[0])).to.have.length(0);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onRejection);
      }
    });
  }
});

describe('audit: a blank attribute on a widget is no value', () => {
  it("leaves <ccv-config>'s casus-endpoint and privacy-url in force, as an empty one does", async () => {
    const posts: string[] = [];
    const real = window.fetch;
    window.fetch = async (input, init) => {
      if (init?.method !== 'POST') return real(input, init);
      posts.push(new URL(String(input), location.href).pathname);
      return new Response(JSON.stringify({ reference: 'R' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    };
    try {
      paste(`<ccv-config casus-endpoint="/from-config" privacy-url="/privacyverklaring"><ccv-casus-form endpoint=" " privacy-url="  "></ccv-casus-form></ccv-config>`);
      await ready('ccv-config');
      const form = await ready('ccv-casus-form');
      expect(sr(form).querySelector('a[href$="/privacyverklaring"]')).to.exist;
      const values: Record<string, string | boolean> = {
        name: 'Sam', organisation: 'Gemeente', role: 'Adviseur', email: 'sam@gemeente.example',
        title: 'Oproep', description: 'Beschrijving.', theme: 'oproepen', privacyConsent: true,
      };
      for (const [name, value] of Object.entries(values)) {
        const c = sr(form).querySelector<HTMLInputElement>(`[name=${name}]`)!;
        if (typeof value === 'boolean') c.checked = value;
        else c.value = value;
        c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
      sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
      await waitUntil(() => posts.length === 1 || sr(form).querySelector('[part=status]'), 'sent or refused');
      expect(posts).to.deep.equal(['/from-config']);
      await new Promise((r) => setTimeout(r, 50));
      expect(warn.calls, warn.said()).to.have.length(0);
    } finally {
      window.fetch = real;
    }
  });
});

describe('audit: third round', () => {
  it('contact card: copying announces a confirmation', async () => {
    paste(`<ccv-contact-card name="Anne" email="anne@hetccv.nl" phone="030 751 6700"></ccv-contact-card>`);
    const card = await ready('ccv-contact-card');
    const buttons = sr(card).querySelectorAll<HTMLButtonElement>('[part=copy-button]');
    expect(buttons).to.have.length(2);
    buttons[0].click();
    await waitUntil(() => sr(card).querySelector('[part=status]')!.textContent!.trim(), 'announced');
    expect(sr(card).querySelector('[part=status]')!.getAttribute('role')).to.equal('status');
  });

  it('session list: a page opened at #id selects it (trigger link)', async () => {
    history.replaceState(null, '', '#later');
    try {
      const got = new Promise<CustomEvent>((resolve) => addEventListener('ccv-session-select', (e) => resolve(e as CustomEvent), { once: true }));
      paste(`<ccv-session-list now="${NOW}" page-size="1"><script type="application/json">${JSON.stringify(DOC)}</script></ccv-session-list>`);
      const list = await ready('ccv-session-list');
      const event = await got;
      expect(event.detail).to.deep.include({ id: 'later', trigger: 'link' });
      await list.updateComplete;
      await waitUntil(() => sr(list).activeElement?.id.endsWith('later'), 'focused');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('session list: the sessions property takes a whole document too', async () => {
    paste(`<ccv-session-list now="${NOW}"></ccv-session-list>`);
    const list = host.querySelector<Lit & { sessions: unknown }>('ccv-session-list')!;
    list.sessions = DOC;
    await list.updateComplete;
    expect(sr(list).querySelectorAll('[part=session-title]')).to.have.length(4);
  });

  it('video: consent given in another tab loads the player here', async () => {
    paste(`<ccv-consent-video video-id="M7lc1UVf-VE" consent-source="builtin"></ccv-consent-video>`);
    const video = await ready('ccv-consent-video');
    const value = JSON.stringify({ v: 1, granted: { marketing: Date.now() } });
    localStorage.setItem('ccv-consent', value);
    dispatchEvent(new StorageEvent('storage', { key: 'ccv-consent', newValue: value, storageArea: localStorage }));
    await waitUntil(() => sr(video).querySelector('iframe'), 'loaded by another tab');
    expect(sr(video).querySelector('iframe')!.src).to.not.contain('autoplay');
    localStorage.removeItem('ccv-consent');
    dispatchEvent(new StorageEvent('storage', { key: 'ccv-consent', newValue: null, storageArea: localStorage }));
    await waitUntil(() => !sr(video).querySelector('iframe'), 'withdrawn in another tab');
  });
});

describe('audit: switching the language of a whole page', () => {
  it('<ccv-config lang> from nl to en leaves no Dutch wording in any widget, also in error states', async () => {
    paste(`<ccv-config lang="nl" privacy-url="/privacy" casus-endpoint="/api/casus">
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname" allow-once></ccv-consent-video>
      <ccv-consent-video url="nonsense"></ccv-consent-video>
      <ccv-contact-card name="Anne" email="anne@hetccv.nl" phone="030 751 6700" vcard></ccv-contact-card>
      <ccv-session-list now="${NOW}" filters><script type="application/json">${JSON.stringify(DOC)}</script></ccv-session-list>
      <ccv-casus-form></ccv-casus-form>
    </ccv-config>`);
    const config = await ready('ccv-config');
    const widgets = [...host.querySelectorAll<Lit>('ccv-consent-video, ccv-contact-card, ccv-session-list, ccv-casus-form')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    const form = host.querySelector<Lit>('ccv-casus-form')!;
    sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await form.updateComplete;
    const dutch = /\b(sessies|optioneel|tekens|Onderwerpen|Aanmelden|agenda|verplicht|Bekijk|maandag|Vul|toestemming|Verstuur|Opslaan|Kopieer|Telefoon)\b/i;
    const labels = (root: ShadowRoot) => [...root.querySelectorAll('[aria-label], [title], [alt], [download], [lang]')].map((e) => ['aria-label', 'title', 'alt', 'download', 'lang'].map((a) => e.getAttribute(a) ?? '').join(' ')).join(' ');
    const words = (w: Element) => `${text(w)} ${labels(sr(w))}`;
    const all = () => widgets.map((w) => words(w) + [...sr(w).querySelectorAll('ccv-consent-video')].map((v) => words(v)).join(' ')).join(' | ');
    expect(all()).to.match(dutch);
    config.setAttribute('lang', 'en');
    const dutchLang = () =>
      widgets.some((w) => [sr(w), ...[...sr(w).querySelectorAll('ccv-consent-video')].map((v) => sr(v))].some((root) => root.querySelector('[lang|="nl"]')));
    await waitUntil(() => !dutch.test(all()) && !dutchLang(), 'no Dutch left');
  });
});

describe('audit: the calendar file of awkward data', () => {
  it('folds at 75 octets without splitting a character, escapes text, and reads back exactly', async () => {
    const ICAL = (await import('ical.js')).default;
    const title = 'Leerkring XL: “Online onrust”; rellen, oproepen & TikTok — één sessie over café-ruzies 🎉 in Zuid-Holland, Noord-Brabant en Gelderland';
    const summary = 'Regel één,\nregel twee; met puntkomma\\backslash en emoji 👩🏽‍💻 '.repeat(4).trim();
    paste(`<ccv-session-list now="${NOW}"><script type="application/json">${JSON.stringify([{ id: 'x-1', title, summary, start: '2024-10-27T02:30' }])}</script></ccv-session-list>`);
    const list = await ready('ccv-session-list');
    const bytes = new Uint8Array(await (await fetch(sr(list).querySelector<HTMLAnchorElement>('[part=calendar-link]')!.href)).arrayBuffer());
    const ics = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).to.equal(title);
    // The session's link after the summary: Outlook and Google Calendar show no URL.
    const url = String(event.getFirstPropertyValue('url'));
    expect(url).to.match(/#x-1$/);
    expect(event.getFirstPropertyValue('description')).to.equal(`${summary}\n\n${url}`);
    expect(String(event.getFirstPropertyValue('uid'))).to.match(/^x-1@/);
  });
});
