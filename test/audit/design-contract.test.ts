/**
 * An outside check of the built CDN bundle against DESIGN.md alone, statement by statement, where
 * editor-audit.test.ts (bundle) and contract-audit.test.ts (sources) do not already hold it: what an
 * editor pastes, what a listener hears, what the network sees. It reads only the rendered DOM, the
 * events, the requests and the published files.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recordRequests, settle, waitUntil } from '../helpers.js';
import { fillInCase, host, paste, ready, sr, text, type Lit } from './page.js';

const BUNDLE = '/dist/cdn/ccv-leerkring.js';
const TAGS = ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card'];
const NOW = '2024-03-01T12:00:00+01:00';
const sessions = (list: unknown[]) => `<script type="application/json">${JSON.stringify({ version: 1, sessions: list })}</script>`;
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
/** Every event the widgets send is a CustomEvent that bubbles out of the shadow root. */
const expectContractEvent = (event: Event) => {
  expect(event, event.type).to.be.instanceOf(CustomEvent);
  expect(event.bubbles, `${event.type} bubbles`).to.be.true;
  expect(event.composed, `${event.type} composed`).to.be.true;
};
const VALUES = { name: 'Sam Jansen', organisation: 'Gemeente Utrecht', role: 'Adviseur OOV', email: 'sam@utrecht.nl', title: 'Oproep', description: 'Een oproep tot rellen.', theme: 'oproepen' };

before(async function () {
  this.timeout(30_000);
  await import(/* @vite-ignore */ BUNDLE as string);
});
beforeEach(() => localStorage.clear());
afterEach(() => host?.remove());

describe('design contract: distribution', () => {
  it('one self-contained, minified ES module that registers every element', async () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    // (Minified and free of imports is checked on the file itself: the test server rewrites what it serves.)
  });

  it('per-element files beside it, each defining its element', async () => {
    for (const tag of TAGS) {
      const response = await fetch(`/dist/cdn/${tag}.js`);
      expect(response.ok, `${tag}.js`).to.be.true;
      expect(await response.text(), tag).to.include(tag);
    }
  });

  it('defining twice (a second copy of the bundle on the page) never throws', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `${BUNDLE}?second-copy` as string);
      for (const tag of TAGS.slice(1)) {
        await import(/* @vite-ignore */ `/dist/cdn/${tag}.js?third-copy` as string);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    const card = await ready('ccv-contact-card', paste('<ccv-contact-card name="Na twee kopieën"></ccv-contact-card>'));
    expect(text(card)).to.include('Na twee kopieën');
  });

  it('npm: an exports entry per element, Lit a dependency, types and custom-elements.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.name).to.equal('@ccv/leerkring-widgets');
    for (const sub of ['config', 'consent-video', 'session-list', 'casus-form', 'contact-card']) {
      const entry = pkg.exports[`./${sub}`];
      expect(entry?.default, sub).to.match(/\.js$/);
      expect(entry?.types, sub).to.match(/\.d\.ts$/);
      expect((await fetch(`/${entry.default.replace('./', '')}`)).ok, entry.default).to.be.true;
      // The test server compiles .d.ts files; the declaration itself is in the inline source map.
      const served = await (await fetch(`/${entry.types.replace('./', '')}`)).text();
      const map = JSON.parse(atob(/sourceMappingURL=data:application\/json;base64,(\S+)/.exec(served)![1]));
      const types = map.sourcesContent.join('\n');
      expect(types, `${sub} HTMLElementTagNameMap`).to.include('HTMLElementTagNameMap');
    }
    expect(pkg.dependencies).to.have.property('lit');
    expect(pkg.customElements).to.equal('custom-elements.json');
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declared = manifest.modules.flatMap((module: { declarations?: { tagName?: string }[] }) => (module.declarations ?? []).map((d) => d.tagName));
    for (const tag of TAGS) expect(declared, tag).to.include(tag);
  });

  it('attributes: kebab-case, each mirrors a camelCase property, none reuses a global attribute but lang', async () => {
    const GLOBAL = ['role', 'title', 'hidden', 'id', 'class', 'style', 'slot', 'dir', 'tabindex', 'accesskey', 'draggable', 'inert', 'is', 'part', 'popover', 'translate', 'autofocus', 'nonce', 'contenteditable', 'enterkeyhint', 'inputmode', 'spellcheck', 'name-x'];
    const manifest = await (await fetch('/custom-elements.json')).json();
    type Attr = { name: string; fieldName?: string };
    const elements = manifest.modules.flatMap((m: { declarations?: { tagName?: string; attributes?: Attr[] }[] }) => (m.declarations ?? []).filter((d) => TAGS.includes(d.tagName ?? '')));
    const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    let count = 0;
    for (const element of elements) {
      for (const attribute of element.attributes ?? []) {
        count += 1;
        const where = `${element.tagName} ${attribute.name}`;
        expect(attribute.name, where).to.match(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(attribute.fieldName ?? camel(attribute.name), where).to.equal(camel(attribute.name));
        expect(GLOBAL, where).not.to.include(attribute.name);
      }
    }
    expect(count).to.be.above(20);
    // The same as seen on live elements: the attribute sets the property.
    const card = await ready('ccv-contact-card', paste('<ccv-contact-card name="N" job-title="Adviseur" heading-level="3"></ccv-contact-card>'));
    expect(card.jobTitle).to.equal('Adviseur');
    expect(card.getAttribute('role'), 'the card never sets a role on itself').to.equal(null);
  });
});

describe('design contract: <ccv-consent-video> before consent', () => {
  it('placeholder: title, IP address and cookies notice tied to a button named after the video, a provider link, zero third-party requests', async () => {
    const { thirdParty } = await recordRequests(async () => {
      const video = await ready('ccv-consent-video', paste('<ccv-consent-video video-id="M7lc1UVf-VE" video-title="Raadsvergadering"></ccv-consent-video>'));
      await settle(video);
      return video;
    });
    expect(thirdParty, 'requests to other origins before consent').to.deep.equal([]);
    const video = host.querySelector('ccv-consent-video')!;
    const root = sr(video);
    expect(text(video)).to.include('Raadsvergadering');
    expect(root.querySelector('iframe'), 'no iframe before consent').to.equal(null);
    for (const img of root.querySelectorAll('img')) expect(new URL(img.src).origin, 'no provider thumbnail').to.equal(location.origin);
    expect(document.querySelector('link[rel~=preconnect], link[rel~=dns-prefetch]'), 'no preconnect').to.equal(null);
    expect(root.querySelector('link[rel~=preconnect]')).to.equal(null);
    const button = root.querySelector('button')!;
    expect(button.textContent).to.include('Raadsvergadering');
    const notice = root.getElementById(button.getAttribute('aria-describedby')!.split(' ')[0])!;
    expect(notice.textContent).to.match(/IP/);
    expect(notice.textContent).to.match(/cookies/i);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    expect(links.some((href) => /^https:\/\/(www\.)?(youtube\.com\/watch\?v=|youtu\.be\/)M7lc1UVf-VE/.test(href)), links.join()).to.be.true;
  });

  it('English with lang=en', async () => {
    const video = await ready('ccv-consent-video', paste('<ccv-consent-video lang="en" video-id="M7lc1UVf-VE" video-title="V"></ccv-consent-video>'));
    expect(text(video)).to.match(/IP address/);
    expect(text(video)).not.to.match(/toestemming|Bekijken/i);
  });
});

describe('design contract: <ccv-consent-video> after consent', () => {
  it('YouTube: nocookie iframe with title and referrerpolicy, made in the click, autoplay, focus in the player, same 16:9 box', async () => {
    paste(`<div style="inline-size: 640px"><ccv-consent-video video-id="M7lc1UVf-VE" video-title="Eerste"></ccv-consent-video></div>
      <ccv-consent-video video-id="aqz-KE-bpKQ" video-title="Tweede"></ccv-consent-video>
      <ccv-consent-video video-id="aqz-KE-bpKQ" video-title="Derde" consent-category="statistics"></ccv-consent-video>`);
    const [first, second, third] = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    for (const video of [first, second, third]) await ready('ccv-consent-video', video.parentElement!);
    await Promise.all([first, second, third].map((video) => video.updateComplete));
    const box = () => sr(first).querySelector('[part=base]')!.getBoundingClientRect();
    const before = box();
    expect(before.width / before.height).to.be.closeTo(16 / 9, 0.05);
    const loads: CustomEvent[] = [];
    host.addEventListener('ccv-video-load', (event) => loads.push(event as CustomEvent));
    const requests: CustomEvent[] = [];
    host.addEventListener('ccv-consent-request', (event) => requests.push(event as CustomEvent));
    sr(first).querySelector('button')!.click();
    const madeInClick = sr(first).querySelector('iframe');
    expect(madeInClick, 'iframe created in the click handler').to.exist;
    await waitUntil(() => sr(second).querySelector('iframe'), 'the other video of the category loads too');
    const frame = sr(first).querySelector('iframe')!;
    const src = new URL(frame.src);
    expect(src.host).to.equal('www.youtube-nocookie.com');
    expect(src.pathname).to.equal('/embed/M7lc1UVf-VE');
    expect(src.searchParams.get('autoplay')).to.equal('1');
    expect(frame.getAttribute('title')).to.include('Eerste');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(deepActive(), 'focus moved into the player').to.equal(frame);
    const after = box();
    expect(after.height).to.equal(before.height);
    expect(after.width).to.equal(before.width);
    const other = new URL(sr(second).querySelector('iframe')!.src);
    expect(other.searchParams.get('autoplay'), 'no autoplay where the visitor did not click').not.to.equal('1');
    expect(sr(third).querySelector('iframe'), 'another category stays a placeholder').to.equal(null);
    expect(requests.length).to.equal(1);
    expectContractEvent(requests[0]);
    expect(loads.length).to.be.at.least(2);
    loads.forEach(expectContractEvent);
  });

  it('keyboard: Space on the accept button plays the video and puts focus in the player', async () => {
    const video = await ready('ccv-consent-video', paste('<ccv-consent-video video-id="M7lc1UVf-VE" video-title="Toets"></ccv-consent-video>'));
    sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => sr(video).querySelector('iframe'), 'the player');
    const frame = sr(video).querySelector('iframe')!;
    expect(new URL(frame.src).searchParams.get('autoplay')).to.equal('1');
    expect(deepActive()).to.equal(frame);
  });

  it('Vimeo: player with dnt=1', async () => {
    const video = await ready('ccv-consent-video', paste('<ccv-consent-video url="https://vimeo.com/76979871" video-title="Vimeo"></ccv-consent-video>'));
    sr(video).querySelector('button')!.click();
    await waitUntil(() => sr(video).querySelector('iframe'));
    const src = new URL(sr(video).querySelector('iframe')!.src);
    expect(src.host).to.equal('player.vimeo.com');
    expect(src.pathname).to.equal('/video/76979871');
    expect(src.searchParams.get('dnt')).to.equal('1');
    const frame = sr(video).querySelector('iframe')!;
    expect(frame.getAttribute('title')).to.include('Vimeo');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
  });

  it('withdrawal removes every player of the category again', async () => {
    paste(`<ccv-consent-video video-id="M7lc1UVf-VE" video-title="Een"></ccv-consent-video>
      <ccv-consent-video video-id="aqz-KE-bpKQ" video-title="Twee"></ccv-consent-video>`);
    const videos = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    await ready('ccv-consent-video');
    await Promise.all(videos.map((v) => v.updateComplete));
    sr(videos[0]).querySelector('button')!.click();
    await waitUntil(() => videos.every((v) => sr(v).querySelector('iframe')), 'both play');
    await settle(videos[1]);
    const withdraw = sr(videos[1]).querySelector<HTMLButtonElement>('[part=withdraw-button]')!;
    expect(withdraw, 'a loaded video offers withdrawal').to.exist;
    withdraw.click();
    await waitUntil(() => videos.every((v) => !sr(v).querySelector('iframe')), 'both players removed');
    expect(sr(videos[0]).querySelector('[part=accept-button]')).to.exist;
  });

  it('url forms: /live/, start=, and a bad URL shows an error, not a player', async () => {
    paste(`<ccv-consent-video url="https://www.youtube.com/live/M7lc1UVf-VE?si=x" video-title="Live"></ccv-consent-video>
      <ccv-consent-video url="https://www.youtube.com/embed/M7lc1UVf-VE?start=90" video-title="Embed"></ccv-consent-video>
      <ccv-consent-video url="https://example.org/video/1" video-title="Fout"></ccv-consent-video>`);
    const [live, embed, bad] = [...host.querySelectorAll<Lit>('ccv-consent-video')];
    await ready('ccv-consent-video');
    await Promise.all([live, embed, bad].map((v) => v.updateComplete));
    expect(sr(bad).querySelector('button'), 'no accept button for a bad url').to.equal(null);
    expect(text(bad).trim()).not.to.equal('');
    sr(live).querySelector('button')!.click();
    await waitUntil(() => sr(live).querySelector('iframe') && sr(embed).querySelector('iframe'));
    expect(new URL(sr(live).querySelector('iframe')!.src).pathname).to.equal('/embed/M7lc1UVf-VE');
    expect(new URL(sr(embed).querySelector('iframe')!.src).searchParams.get('start')).to.equal('90');
    expect(sr(bad).querySelector('iframe')).to.equal(null);
  });
});

describe('design contract: <ccv-consent-video> consent sources', () => {
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).OneTrust;
    delete (window as unknown as Record<string, unknown>).OnetrustActiveGroups;
    delete (window as unknown as Record<string, unknown>).__tcfapi;
  });

  it('Cookiebot: the accept button goes through submitCustomConsent; a button opens its settings', async () => {
    const calls: unknown[][] = [];
    const bot = {
      consent: { necessary: true, preferences: false, statistics: false, marketing: false },
      hasResponse: true,
      submitCustomConsent(preferences: boolean, statistics: boolean, marketing: boolean) {
        calls.push(['submit', preferences, statistics, marketing]);
        Object.assign(bot.consent, { preferences, statistics, marketing });
        window.dispatchEvent(new Event('CookiebotOnAccept'));
      },
      renew: () => calls.push(['renew']),
      hide: () => calls.push(['hide']),
    };
    (window as unknown as Record<string, unknown>).Cookiebot = bot;
    try {
      const video = await ready('ccv-consent-video', paste('<ccv-consent-video consent-source="cookiebot" video-id="M7lc1UVf-VE" video-title="C"></ccv-consent-video>'));
      await settle(video);
      sr(video).querySelector<HTMLButtonElement>('[part=settings-button]')!.click();
      expect(calls).to.deep.include(['renew']);
      sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
      await waitUntil(() => sr(video).querySelector('iframe'), 'the player once Cookiebot recorded it');
      expect(calls).to.deep.include(['submit', false, false, true]);
      expect(localStorage.length, 'no record of our own beside Cookiebot').to.equal(0);
    } finally {
      delete (window as unknown as Record<string, unknown>).Cookiebot;
    }
  });

  it('OneTrust, named on <ccv-config consent-source>: the accept button goes through UpdateConsent', async () => {
    const calls: string[][] = [];
    const w = window as unknown as Record<string, unknown>;
    w.OnetrustActiveGroups = ',C0001,';
    w.OneTrust = {
      UpdateConsent(kind: string, value: string) {
        calls.push([kind, value]);
        w.OnetrustActiveGroups = ',C0001,C0004,';
        window.dispatchEvent(new Event('OneTrustGroupsUpdated'));
      },
      IsAlertBoxClosedAndValid: () => true,
      ToggleInfoDisplay: () => calls.push(['settings']),
    };
    paste('<ccv-config consent-source="onetrust"><ccv-consent-video video-id="M7lc1UVf-VE" video-title="O"></ccv-consent-video></ccv-config>');
    const video = await ready('ccv-consent-video');
    await settle(video);
    sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
    await waitUntil(() => sr(video).querySelector('iframe'), 'the player once OneTrust recorded it');
    expect(calls).to.deep.include(['Category', 'C0004:1']);
    expect(localStorage.length, 'no record of our own beside OneTrust').to.equal(0);
    // Withdrawn in the site's own consent manager: the player goes again.
    w.OnetrustActiveGroups = ',C0001,';
    window.dispatchEvent(new Event('OneTrustGroupsUpdated'));
    await waitUntil(() => !sr(video).querySelector('iframe'), 'the player removed on withdrawal');
  });

  it('IAB TCF v2.2: the accept button goes through __tcfapi, no iframe until the CMP says yes', async () => {
    const calls: string[] = [];
    (window as unknown as Record<string, unknown>).__tcfapi = (command: string, _version: number, callback: (data: unknown, ok: boolean) => void) => {
      calls.push(command);
      if (command === 'addEventListener' || command === 'getTCData') {
        callback({ eventStatus: 'tcloaded', gdprApplies: true, purpose: { consents: {} }, vendor: { consents: {} }, listenerId: 1 }, true);
      } else callback(true, true);
    };
    const video = await ready('ccv-consent-video', paste('<ccv-consent-video video-id="M7lc1UVf-VE" video-title="T"></ccv-consent-video>'));
    await settle(video);
    const button = sr(video).querySelector('button');
    button?.click();
    await settle(video);
    expect(calls.length, 'the video asked the CMP').to.be.above(0);
    expect(sr(video).querySelector('iframe'), 'no player without the CMP saying yes').to.equal(null);
  });
});

const LIST = [
  { id: 'past-1', title: 'Vorige', format: 'xl', start: '2023-10-30T15:30:00+01:00', end: '2023-10-30T17:00:00+01:00', video: { url: 'https://youtu.be/M7lc1UVf-VE', title: 'Opname' } },
  { id: 'past-2', title: 'Oudste', format: 'small', start: '2023-01-30T15:30:00+01:00' },
  { id: 'next-1', title: 'Eerstvolgende', format: 'small', start: '2024-04-08T15:30:00+02:00', end: '2024-04-08T17:00:00+02:00', registrationUrl: 'https://example.org/aanmelden' },
  { id: 'next-2', title: 'Daarna', format: 'xl', start: '2024-06-08T15:30:00+02:00' },
];

describe('design contract: <ccv-session-list>', () => {
  it('"show more" moves focus to the first new item', async () => {
    const list = await ready('ccv-session-list', paste(`<ccv-session-list now="${NOW}" page-size="1">${sessions(LIST)}</ccv-session-list>`));
    await settle(list);
    expect(sr(list).querySelectorAll('article').length).to.equal(1);
    const more = [...sr(list).querySelectorAll('button')].find((b) => /meer/i.test(b.textContent ?? ''))!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(list);
    await waitUntil(() => sr(list).querySelectorAll('article').length === 2);
    const second = sr(list).querySelectorAll('article')[1];
    await waitUntil(() => second.contains(deepActive()) || deepActive() === second, 'focus on the first new item');
  });

  it('filters: the result count is announced politely after typing', async () => {
    const list = await ready('ccv-session-list', paste(`<ccv-session-list filters now="${NOW}">${sessions(LIST)}</ccv-session-list>`));
    await settle(list);
    const search = sr(list).querySelector<HTMLInputElement>('input[type=search], input[type=text]')!;
    search.value = 'Vorige';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => sr(list).querySelectorAll('article').length === 1, 'filtered');
    const live = sr(list).querySelector('[aria-live=polite]')!;
    await waitUntil(() => /\b1\b/.test(live.textContent ?? ''), 'the count is announced');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('upcoming: .ics in UTC or with VTIMEZONE and a stable UID; registration link; past: neither', async () => {
    const list = await ready('ccv-session-list', paste(`<ccv-session-list now="${NOW}">${sessions(LIST)}</ccv-session-list>`));
    await settle(list);
    const article = (id: string) => [...sr(list).querySelectorAll('article')].find((a) => a.textContent!.includes(id))!;
    const next = article('Eerstvolgende');
    const ics = next.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(ics.getAttribute('download')).to.match(/\.ics$/);
    const body = await (await fetch(ics.href)).text();
    expect(body).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(body.replace(/\r\n/g, '')).not.to.include('\n');
    expect(body).to.match(/\r\nUID:[^\r]*next-1/);
    expect(body).to.match(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/.test(body) || /BEGIN:VTIMEZONE/.test(body), 'UTC or VTIMEZONE').to.be.true;
    const again = await ready('ccv-session-list', paste(`<ccv-session-list now="${NOW}" show="upcoming">${sessions(LIST)}</ccv-session-list>`));
    await settle(again);
    const uid = (text: string) => /\r\nUID:([^\r]*)/.exec(text)![1];
    const secondIcs = await (await fetch(sr(again).querySelector<HTMLAnchorElement>('a[download]')!.href)).text();
    expect(uid(secondIcs), 'stable UID').to.equal(uid(body));
    expect(next.querySelector<HTMLAnchorElement>('a[href="https://example.org/aanmelden"]')).to.exist;
    const past = article('Vorige');
    expect(past.querySelector('a[download]'), 'no calendar file for a past session').to.equal(null);
    expect(past.querySelector('ccv-consent-video'), 'the recording as a consent video').to.exist;
  });

  it('structured-data: Event JSON-LD in light DOM, online attendance mode, VirtualLocation, status', async () => {
    const list = await ready('ccv-session-list', paste(`<ccv-session-list structured-data now="${NOW}">${sessions(LIST)}</ccv-session-list>`));
    await settle(list);
    await waitUntil(() => document.querySelector('script[type="application/ld+json"]'));
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
    const events = blocks.flatMap((b) => (Array.isArray(b) ? b : b['@graph'] ?? [b])).filter((e: { '@type'?: string }) => e['@type'] === 'Event');
    expect(events.length).to.equal(LIST.length);
    for (const event of events) {
      expect(event.eventAttendanceMode).to.match(/OnlineEventAttendanceMode$/);
      expect(event.eventStatus).to.match(/^https?:\/\/schema\.org\/Event\w+/);
      expect(event.location['@type']).to.equal('VirtualLocation');
    }
    expect(JSON.stringify(events)).to.include('VideoObject');
  });

  it('loading, error with retry that works, and empty states show words', async () => {
    const key = `key${Math.random()}`.replace('.', '');
    const list = await ready('ccv-session-list', paste(`<ccv-session-list now="${NOW}" src="/__test/flaky/${key}"></ccv-session-list>`));
    await waitUntil(() => [...sr(list).querySelectorAll('button')].some((b) => b.textContent!.trim()), 'error state with a retry button');
    expect(text(list).trim()).not.to.equal('');
    [...sr(list).querySelectorAll('button')][0].click();
    await waitUntil(() => sr(list).querySelectorAll('article').length > 0, 'loaded after retry');
    const slow = await ready('ccv-session-list', paste(`<ccv-session-list now="${NOW}" src="/__test/slow/1500"></ccv-session-list>`));
    expect(text(slow).trim(), 'a loading state').not.to.equal('');
    const empty = await ready('ccv-session-list', paste(`<ccv-session-list now="${NOW}">${sessions([])}</ccv-session-list>`));
    await settle(empty);
    expect(text(empty).trim(), 'an empty state').not.to.equal('');
  });

  it('heading-level 2–6 fits the host outline', async () => {
    for (const level of [2, 4, 6]) {
      const list = await ready('ccv-session-list', paste(`<ccv-session-list heading-level="${level}" now="${NOW}">${sessions(LIST)}</ccv-session-list>`));
      await settle(list);
      const levels = [...sr(list).querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.localName[1]));
      expect(Math.min(...levels), `heading-level ${level}`).to.equal(level);
      host.remove();
    }
  });
});

describe('design contract: <ccv-casus-form>', () => {
  it('NL Design System form rules: novalidate, intro on "(optioneel)", a label for every control, honeypot hidden', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy" no-draft></ccv-casus-form>'));
    const root = sr(form);
    expect(root.querySelector('form')!.noValidate).to.be.true;
    expect(text(form)).to.include('(optioneel)');
    const names = [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')].map((c) => c.name);
    for (const name of ['name', 'organisation', 'role', 'email', 'phone', 'title', 'description', 'theme', 'preferredFormat', 'privacyConsent']) expect(names, name).to.include(name);
    expect([...root.querySelectorAll<HTMLInputElement>('[name=preferredFormat]')].length, 'small, xl, no preference').to.equal(3);
    expect(root.querySelector('select[name=theme]')).to.exist;
    for (const control of root.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      expect(control.getAttribute('placeholder'), `${control.name}: no placeholder as label`).to.equal(null);
      if (control.closest('[aria-hidden=true]')) continue;
      expect(root.querySelector(`label[for="${control.id}"]`), `${control.name} has a label`).to.exist;
    }
    const optional = [...root.querySelectorAll('label')].filter((l) => /optioneel/.test(l.textContent!)).map((l) => l.htmlFor);
    expect(optional).to.deep.equal(['phone']);
    const honeypot = [...root.querySelectorAll<HTMLInputElement>('input')].find((c) => !['name', 'organisation', 'role', 'email', 'phone', 'title', 'preferredFormat', 'privacyConsent'].includes(c.name))!;
    expect(honeypot, 'a honeypot').to.exist;
    expect(honeypot.tabIndex).to.equal(-1);
    const trapBox = honeypot.closest('[aria-hidden=true]')!.getBoundingClientRect();
    expect(trapBox.width * trapBox.height, 'not visible').to.be.at.most(1);
    // Before the submit button: who receives it, why, how long, and the privacy statement.
    const submit = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const privacy = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => new URL(a.href).pathname === '/privacy')!;
    expect(privacy).to.exist;
    expect(privacy.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(privacy.closest('p')!.textContent).to.match(/CCV/);
    expect(privacy.closest('p')!.textContent).to.match(/bewaren|bewaard/);
    expect(submit.disabled).to.be.false;
  });

  it('an error summary link focuses its field; inline message same wording, above the field', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>'));
    sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(form);
    await waitUntil(() => sr(form).querySelector('a[href="#email"], a[href$="email"]'));
    const link = sr(form).querySelector<HTMLAnchorElement>('a[href="#email"], a[href$="email"]')!;
    link.click();
    await settle(form);
    const email = sr(form).querySelector<HTMLInputElement>('[name=email]')!;
    expect(sr(form).activeElement).to.equal(email);
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const message = email.getAttribute('aria-describedby')!.split(' ').map((id) => sr(form).getElementById(id)!).find((m) => m.textContent!.trim() === link.textContent!.trim());
    expect(message, 'inline message with the summary wording').to.exist;
    expect(message!.compareDocumentPosition(email) & Node.DOCUMENT_POSITION_FOLLOWING, 'message above the field').to.be.above(0);
  });

  it('keyboard: Enter on submit, the summary takes focus, Tab to its first link, Enter focuses that field', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>'));
    sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sr(form).activeElement && sr(form).activeElement!.localName !== 'button', 'the summary takes focus');
    const summary = sr(form).activeElement!;
    const first = summary.querySelector<HTMLAnchorElement>('a[href]') ?? sr(form).querySelector<HTMLAnchorElement>('a[href*="name"]')!;
    await sendKeys({ press: 'Tab' });
    expect(sr(form).activeElement, 'Tab reaches the first link').to.equal(first);
    await sendKeys({ press: 'Enter' });
    await settle(form);
    expect(sr(form).activeElement).to.equal(sr(form).querySelector('[name=name]'));
    // Typing goes into the field.
    await sendKeys({ type: 'Sam' });
    expect(sr(form).querySelector<HTMLInputElement>('[name=name]')!.value).to.equal('Sam');
  });

  it('success: POST JSON with an Idempotency-Key uuid; confirmation with the reference takes focus; events; draft cleared', async () => {
    const seen: { type: string; headers: Record<string, string>; body: unknown }[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push({ type: request.method, headers: Object.fromEntries(request.headers), body: await request.clone().json().catch(() => null) });
      return realFetch(request);
    };
    try {
      const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>'));
      fillInCase(form, VALUES);
      await waitUntil(() => Object.keys(localStorage).length > 0, 'a draft is kept');
      const events: CustomEvent[] = [];
      for (const type of ['ccv-casus-submit', 'ccv-casus-success', 'ccv-casus-error']) host.addEventListener(type, (event) => events.push(event as CustomEvent));
      sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => events.some((e) => e.type === 'ccv-casus-success'), 'success', { timeout: 10_000 });
      await settle(form);
      expect(seen.length).to.equal(1);
      expect(seen[0].type).to.equal('POST');
      expect(seen[0].headers['content-type']).to.match(/^application\/json/);
      expect(seen[0].headers['idempotency-key']).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(seen[0].body).to.include({ version: 1, privacyConsent: true, locale: 'nl', preferredFormat: 'xl' });
      const success = events.find((e) => e.type === 'ccv-casus-success')!;
      events.forEach(expectContractEvent);
      expect(events.map((e) => e.type)).to.deep.equal(['ccv-casus-submit', 'ccv-casus-success']);
      const reference = JSON.stringify(success.detail).match(/"reference":"([^"]+)"/)![1];
      await waitUntil(() => text(form).includes(reference), 'the reference is shown');
      const active = sr(form).activeElement;
      expect(active, 'the confirmation takes focus').to.exist;
      expect(active!.textContent).to.include(reference);
      expect(Object.keys(localStorage).filter((k) => localStorage.getItem(k)!.includes('Sam Jansen')), 'draft cleared').to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('heading-level sets the level of the error summary heading; the description has no hard limit', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form heading-level="4" endpoint="/__test/casus" no-draft></ccv-casus-form>'));
    expect(sr(form).querySelector<HTMLTextAreaElement>('textarea[name=description]')!.maxLength, 'people may type past the limit').to.equal(-1);
    sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle(form);
    await waitUntil(() => sr(form).querySelector('h1,h2,h3,h4,h5,h6'));
    expect([...sr(form).querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.localName)).to.deep.equal(['h4']);
  });

  it('a draft stays after a refused submission (422 problem+json mapped to the field)', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus-status/x?code=422&field=email&detail=onbekend"></ccv-casus-form>'));
    fillInCase(form, VALUES);
    const errors: CustomEvent[] = [];
    host.addEventListener('ccv-casus-error', (event) => errors.push(event as CustomEvent));
    sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => errors.length === 1, 'ccv-casus-error', { timeout: 10_000 });
    expectContractEvent(errors[0]);
    await settle(form);
    expect(sr(form).querySelector('[name=email]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(form)).to.include('email: onbekend');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(Object.values(localStorage).some((value) => value.includes('Sam Jansen')), 'the draft is still kept').to.be.true;
    host.remove();
    const again = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>'));
    await settle(again);
    expect(sr(again).querySelector<HTMLInputElement>('[name=name]')!.value, 'restored on the next visit').to.equal('Sam Jansen');
  });

  it('description: typing past the limit is allowed and told as "n tekens te veel", politely, after a pause', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>'));
    const description = sr(form).querySelector<HTMLTextAreaElement>('[name=description]')!;
    description.value = 'x'.repeat(2005);
    description.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(form);
    expect(description.value.length).to.equal(2005);
    expect(text(form)).to.include('5 tekens te veel');
    const live = [...sr(form).querySelectorAll('[aria-live=polite]')];
    await waitUntil(() => live.some((region) => region.textContent!.includes('5 tekens te veel')), 'announced after a pause');
  });

  it('a draft expires: an old one is not restored', async () => {
    const first = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>'));
    fillInCase(first, { name: 'Oud Concept' });
    await waitUntil(() => Object.values(localStorage).some((value) => value.includes('Oud Concept')), 'a draft is kept');
    host.remove();
    // The same draft, as if written a year ago.
    for (const key of Object.keys(localStorage)) {
      const value = localStorage.getItem(key)!;
      if (value.includes('Oud Concept')) localStorage.setItem(key, value.replace(/("savedAt":)\d+/, `$1${Date.now() - 365 * 86_400_000}`));
    }
    const again = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus"></ccv-casus-form>'));
    await settle(again);
    expect(sr(again).querySelector<HTMLInputElement>('[name=name]')!.value).to.equal('');
    expect(text(again)).not.to.include('Oud Concept');
  });

  it('5xx: automatic attempts with backoff of about 1, 2 and 4 s under one key, then a manual retry', async function () {
    this.timeout(40_000);
    const attempts: { at: number; key: string | null }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      attempts.push({ at: performance.now(), key: new Request(input, init).headers.get('idempotency-key') });
      return realFetch(input, init);
    };
    try {
      const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/status/503" no-draft></ccv-casus-form>'));
      fillInCase(form, VALUES);
      const errors: CustomEvent[] = [];
      host.addEventListener('ccv-casus-error', (event) => errors.push(event as CustomEvent));
      sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => errors.length === 1, 'gave up after the automatic attempts', { timeout: 30_000 });
      console.log(`attempts at ${attempts.map((a) => Math.round(a.at - attempts[0].at)).join(', ')} ms`);
      expect(attempts.length, 'at least three automatic attempts').to.be.at.least(3);
      const gaps = attempts.slice(1).map((attempt, i) => attempt.at - attempts[i].at);
      const expected = [1000, 2000, 4000];
      gaps.forEach((gap, i) => expect(gap, `wait before attempt ${i + 2}`).to.be.within(expected[i] * 0.5, expected[i] * 2 + 500));
      expect(new Set(attempts.map((a) => a.key)).size, 'one Idempotency-Key').to.equal(1);
      await settle(form);
      const retry = sr(form).querySelector<HTMLButtonElement>('button[type=submit]')!;
      expect(retry.disabled).to.be.false;
      const before = attempts.length;
      retry.click();
      await waitUntil(() => attempts.length > before, 'a manual retry sends again');
      expect(attempts.at(-1)!.key, 'the same key on a manual retry').to.equal(attempts[0].key);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('anti-spam: a filled honeypot or a submit within 3 seconds sends nothing', async () => {
    const { all } = await recordRequests(async () => {
      const quick = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus-attempts/quick" no-draft></ccv-casus-form>'));
      fillInCase(quick, VALUES);
      Object.assign(quick, { shownAt: performance.now(), startedAt: performance.now() });
      sr(quick).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      host.remove();
      const bot = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/__test/casus-attempts/bot" no-draft></ccv-casus-form>'));
      fillInCase(bot, VALUES);
      const trap = sr(bot).querySelector<HTMLInputElement>('[name=website], .honeypot input')!;
      trap.value = 'https://spam.example';
      trap.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      sr(bot).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(all.filter((url) => url.includes('/__test/casus-attempts/'))).to.deep.equal([]);
  });

  it('English with lang=en: intro says "(optional)", description limit up front, over the limit is told', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form lang="en" endpoint="/__test/casus" no-draft></ccv-casus-form>'));
    expect(text(form)).to.include('(optional)');
    expect(text(form)).to.match(/2[,.]?000 characters/);
    expect(text(form)).not.to.match(/optioneel|tekens/);
  });
});

describe('design contract: <ccv-contact-card>', () => {
  const NUMBERS: [string, string][] = [
    ['030 751 6700', 'tel:+31307516700'],
    ['030-7516700', 'tel:+31307516700'],
    ['(030) 751 67 00', 'tel:+31307516700'],
    ['+31 (0)30 751 6700', 'tel:+31307516700'],
    ['0031 30 751 6700', 'tel:+31307516700'],
    ['06-12345678', 'tel:+31612345678'],
    ['06 12 34 56 78', 'tel:+31612345678'],
  ];
  for (const [written, tel] of NUMBERS) {
    it(`phone "${written}": shown as written, linked as ${tel}`, async () => {
      const card = await ready('ccv-contact-card', paste(`<ccv-contact-card name="A" phone="${written}"></ccv-contact-card>`));
      const link = sr(card).querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(link.getAttribute('href')).to.equal(tel);
      expect(link.textContent!.trim()).to.equal(written);
    });
  }

  it('copy buttons for e-mail and phone; vcard only when asked', async () => {
    const card = await ready('ccv-contact-card', paste('<ccv-contact-card name="A" email="a@hetccv.nl" phone="0307516700"></ccv-contact-card>'));
    expect(sr(card).querySelectorAll('button').length).to.equal(2);
    expect(sr(card).querySelector('a[download]'), 'no vCard without the attribute').to.equal(null);
  });
});

describe('design contract: every element', () => {
  const ALL = `<ccv-contact-card name="Anna de Vries" job-title="Adviseur" email="anna@hetccv.nl" phone="030 751 6700"></ccv-contact-card>
    <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Video"></ccv-consent-video>
    <ccv-session-list now="${NOW}">${sessions(LIST)}</ccv-session-list>
    <ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy" no-draft></ccv-casus-form>`;
  const widgets = () => [...host.querySelectorAll<Lit>('ccv-contact-card, ccv-consent-video, ccv-session-list, ccv-casus-form')];

  it('a lang change on a plain ancestor element re-renders every widget', async () => {
    paste(`<div lang="nl">${ALL}</div>`);
    for (const widget of widgets()) await ready(widget.localName);
    await Promise.all(widgets().map((w) => w.updateComplete));
    const dutch = widgets().map((w) => text(w));
    host.firstElementChild!.setAttribute('lang', 'en');
    await waitUntil(() => widgets().every((w, i) => text(w) !== dutch[i]), 'every widget switched to English');
    expect(text(widgets()[3])).to.include('(optional)');
  });

  it('every widget fits 320 px without sideways scrolling', async () => {
    paste(`<div style="inline-size: 320px">${ALL}</div>`);
    for (const widget of widgets()) await ready(widget.localName);
    await Promise.all(widgets().map((w) => w.updateComplete));
    await settle();
    for (const widget of widgets()) {
      expect(widget.scrollWidth, widget.localName).to.be.at.most(320);
      for (const element of sr(widget).querySelectorAll<HTMLElement>('*')) {
        if (element.closest('[aria-hidden=true], .visually-hidden') || element.classList.contains('visually-hidden')) continue;
        const box = element.getBoundingClientRect();
        if (!box.width) continue;
        expect(box.right - widget.getBoundingClientRect().left, `${widget.localName} ${element.localName}.${element.className}`).to.be.at.most(321);
      }
    }
  });

  it('NL Design System tokens theme the buttons; a --ccv-* property wins over them', async () => {
    paste('<div style="--nl-button-primary-background-color: rgb(1, 2, 3)"><ccv-consent-video video-id="M7lc1UVf-VE" video-title="V"></ccv-consent-video></div>');
    const video = await ready('ccv-consent-video');
    const button = sr(video).querySelector('[part=accept-button]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    (host.firstElementChild as HTMLElement).style.setProperty('--ccv-button-background-color', 'rgb(4, 5, 6)');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});
