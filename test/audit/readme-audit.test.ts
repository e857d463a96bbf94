/**
 * An outside audit of README.md against the built files, as a front-end developer reads it: the npm
 * subpaths do what the import block says, every CSS part a section lists is on the page in some
 * state (a part that only the manifest names would style nothing), and the events carry the
 * `detail` the README spells out. It does not repeat contract-audit or editor-audit.
 */
import { expect } from '@open-wc/testing';
import { settle, stubWarn, waitUntil } from '../helpers.js';
import { fillInCase, host, paste, ready, sr, type Lit } from './page.js';

const BUNDLE = '/dist/cdn/ccv-leerkring.js';
const TAGS = ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-contact-card', 'ccv-casus-form'];
let readme = '';
let warn: ReturnType<typeof stubWarn>;

before(async function () {
  this.timeout(30_000);
  readme = await (await fetch('/README.md')).text();
  await import(/* @vite-ignore */ BUNDLE as string);
});
beforeEach(() => {
  localStorage.clear();
  warn = stubWarn();
});
afterEach(() => {
  warn.restore();
  host?.remove();
});

/** The parts the README's section on `tag` lists after "CSS parts:". */
function readmeParts(tag: string): string[] {
  const start = readme.indexOf(`### \`<${tag}>\``);
  const section = readme.slice(start, readme.indexOf('\n#', start + 1));
  const list = /CSS parts:([^.]*)/.exec(section)![1];
  return [...list.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]);
}
/** The parts the README lists for `tag` that were not seen (and that it lists some). */
function unseen(tag: string, seen: Set<string>): string[] {
  const listed = readmeParts(tag);
  expect(listed.length, `the parts listed for <${tag}>`).to.be.above(5);
  return listed.filter((part) => !seen.has(part));
}
/** Every part name in the element's shadow root now. */
const partsIn = (element: Element, into: Set<string>) => {
  for (const node of sr(element).querySelectorAll('[part]')) for (const part of node.getAttribute('part')!.split(/\s+/)) into.add(part);
};

describe('README audit: the npm subpaths do only what they say', () => {
  // A fresh page per entry: which elements it defines, and whether it turns data-ccv markup into widgets.
  async function load(src: string) {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<a href="https://youtu.be/M7lc1UVf-VE" data-ccv="video">Video</a>
      <script type="module">import(${JSON.stringify(src)}).then(async (m) => { window.exported = Object.keys(m); await new Promise((r) => setTimeout(r, 200)); window.done = true; });</script>`;
    document.body.append(frame);
    try {
      const view = () => frame.contentWindow as Window & { done?: boolean; exported?: string[] };
      await waitUntil(() => view()?.done, src, { timeout: 20_000 });
      return {
        defined: TAGS.filter((tag) => view().customElements.get(tag)),
        exported: view().exported!,
        upgraded: !!view().document.querySelector('ccv-consent-video'),
      };
    } finally {
      frame.remove();
    }
  }
  for (const [subpath, defined, exported] of [
    ['config', ['ccv-config'], []],
    ['consent-video', ['ccv-consent-video'], []],
    ['session-list', ['ccv-consent-video', 'ccv-session-list'], []],
    ['contact-card', ['ccv-contact-card'], []],
    ['casus-form', ['ccv-casus-form'], []],
    ['consent', [], ['grantConsent', 'withdrawConsent', 'setConsentMapping']],
    ['i18n', [], ['registerMessages']],
    ['upgrade', [], ['startUpgrading', 'upgrade']],
  ] as const) {
    it(`@ccv/leerkring-widgets/${subpath}: ${defined.join(', ') || 'no element'}, no upgrade`, async function () {
      this.timeout(30_000);
      const found = await load(`/dist/${subpath}.js`);
      expect(found.defined).to.deep.equal(defined);
      expect(found.exported).to.include.members([...exported]);
      expect(found.upgraded, 'data-ccv markup left alone').to.be.false;
    });
  }
  it('@ccv/leerkring-widgets: every element, and data-ccv markup becomes widgets', async function () {
    this.timeout(30_000);
    const found = await load('/dist/index.js');
    expect(found.defined).to.deep.equal(TAGS);
    expect(found.upgraded).to.be.true;
  });
});

describe('README audit: every CSS part the README lists is on the page', () => {
  it('<ccv-consent-video>', async () => {
    const seen = new Set<string>();
    // A poster and "play this video only" (the built-in store: it has a withdraw button); beside a
    // consent manager with a settings dialog; a bad id.
    const bot = { consent: { marketing: false }, hasResponse: true, renew() {} };
    (window as { Cookiebot?: unknown }).Cookiebot = bot;
    try {
      paste(`<ccv-consent-video video-id="M7lc1UVf-VE" video-title="A" poster="/demo/favicon.svg" allow-once consent-source="builtin"></ccv-consent-video>
        <ccv-consent-video video-id="M7lc1UVf-VE" video-title="B" consent-source="cookiebot"></ccv-consent-video>
        <ccv-consent-video video-id="nope"></ccv-consent-video>`);
      const videos = [...host.querySelectorAll<Lit>('ccv-consent-video')];
      for (const video of videos) await ready('ccv-consent-video', video.parentNode!).then(() => video.updateComplete);
      await waitUntil(() => sr(videos[1]).querySelector('[part=settings-button]'), 'a settings button beside a consent manager');
      for (const video of videos) partsIn(video, seen);
      // Played: the player, and the built-in store's withdraw button.
      sr(videos[0]).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
      await waitUntil(() => sr(videos[0]).querySelector('[part=withdraw-button]'), 'loaded');
      partsIn(videos[0], seen);
    } finally {
      delete (window as { Cookiebot?: unknown }).Cookiebot;
      localStorage.clear();
    }
    expect(unseen('ccv-consent-video', seen)).to.deep.equal([]);
  });

  it('<ccv-session-list>', async () => {
    const seen = new Set<string>();
    const sessions = [
      { id: 'nu', title: 'Nu', format: 'xl', start: '2024-03-01T11:00:00+01:00', end: '2024-03-01T13:00:00+01:00' },
      { id: 'straks', title: 'Straks', start: '2024-04-08T15:30:00+02:00', registrationUrl: 'https://example.org/aanmelden', topics: ['OSINT'] },
      ...Array.from({ length: 12 }, (_, i) => ({ id: `oud-${i}`, title: `Oud ${i}`, start: `2023-0${(i % 9) + 1}-10T15:30:00+02:00` })),
    ];
    paste(`<ccv-session-list now="2024-03-01T12:00:00+01:00" filters page-size="5"></ccv-session-list><ccv-session-list src="/__test/status/500"></ccv-session-list>`);
    const [list, broken] = [...host.querySelectorAll<Lit>('ccv-session-list')];
    list.sessions = sessions;
    await waitUntil(() => sr(list).querySelector('[part=more-button]') && sr(broken).querySelector('[part=status] button'), 'a list and an error', { timeout: 10_000 });
    partsIn(list, seen);
    partsIn(broken, seen);
    expect(unseen('ccv-session-list', seen)).to.deep.equal([]);
  });

  it('<ccv-contact-card>', async () => {
    const seen = new Set<string>();
    paste(`<ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" organisation="CCV" email="lienke.hutten@hetccv.nl"
      phone="06 12 056 691" photo="/demo/favicon.svg" vcard></ccv-contact-card><ccv-contact-card></ccv-contact-card>`);
    for (const card of host.querySelectorAll<Lit>('ccv-contact-card')) {
      await card.updateComplete;
      partsIn(card, seen);
    }
    expect(unseen('ccv-contact-card', seen)).to.deep.equal([]);
  });

  it('<ccv-casus-form>', async function () {
    this.timeout(20_000);
    const seen = new Set<string>();
    type HostForm = Lit & { complete(reference?: string): void; fail(message?: string): void };
    // Typed into and left: its draft comes back in the next form, with the notice.
    paste(`<ccv-casus-form privacy-url="/privacy"></ccv-casus-form>`);
    let form = await ready<HostForm>('ccv-casus-form');
    const name = sr(form).querySelector<HTMLInputElement>('[name=name]')!;
    name.value = 'Sam';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 700));
    host.remove();
    paste(`<ccv-casus-form privacy-url="/privacy"></ccv-casus-form>`);
    form = await ready<HostForm>('ccv-casus-form');
    await waitUntil(() => sr(form).querySelector('[part=draft-notice]'), 'the draft notice');
    partsIn(form, seen);
    // Sent with nothing else filled in: the summary and the messages.
    const submit = () => sr(form).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    submit();
    await waitUntil(() => sr(form).querySelector('[part=error-summary]'), 'the error summary');
    partsIn(form, seen);
    // Filled in and handed to the host, which fails (the status says so), then confirms.
    fillInCase(form, { organisation: 'Gemeente', role: 'Adviseur', email: 'sam@gemeente.example', title: 'Oproep', description: 'Wat er gebeurde.', theme: 'anders' });
    form.addEventListener('ccv-casus-submit', (event) => event.preventDefault());
    submit();
    form.fail('Niet gelukt');
    await waitUntil(() => sr(form).querySelector('[part=status]'), 'the failure');
    partsIn(form, seen);
    submit();
    form.complete('LK-1');
    await waitUntil(() => sr(form).querySelector('[part=confirmation]'), 'confirmed');
    partsIn(form, seen);
    expect(unseen('ccv-casus-form', seen)).to.deep.equal([]);
  });
});

describe('README audit: event details as the README spells them out', () => {
  it('ccv-consent-request { category, source, provider, videoId }, ccv-video-load { provider, videoId, trigger }', async () => {
    paste(`<ccv-consent-video url="https://vimeo.com/76979871" video-title="V" consent-category="statistics"></ccv-consent-video>`);
    const video = await ready('ccv-consent-video');
    const seen: CustomEvent[] = [];
    const listener = (event: Event) => seen.push(event as CustomEvent);
    for (const type of ['ccv-consent-request', 'ccv-video-load']) document.addEventListener(type, listener);
    try {
      sr(video).querySelector<HTMLButtonElement>('[part=accept-button]')!.click();
      await waitUntil(() => seen.length === 2, 'both events');
    } finally {
      for (const type of ['ccv-consent-request', 'ccv-video-load']) document.removeEventListener(type, listener);
      localStorage.clear();
    }
    // Without a consent manager, `auto` is the built-in store: the source in use, never `auto`.
    expect(seen[0].detail).to.deep.equal({ category: 'statistics', source: 'builtin', provider: 'vimeo', videoId: '76979871' });
    expect(seen[1].detail).to.deep.equal({ provider: 'vimeo', videoId: '76979871', trigger: 'click' });
  });

  it('ccv-session-select: start in ISO 8601 UTC, trigger click for the link in the list', async () => {
    paste(`<ccv-session-list now="2024-03-01T12:00:00+01:00"></ccv-session-list>`);
    const list = host.querySelector<Lit>('ccv-session-list')!;
    list.sessions = [{ id: '2023-10-30-xl', title: 'Leerkring XL', start: '2023-10-30T15:30:00+01:00' }];
    await waitUntil(() => sr(list).querySelector('a[href="#2023-10-30-xl"]'), 'the session link');
    const seen: CustomEvent[] = [];
    list.addEventListener('ccv-session-select', (event) => seen.push(event as CustomEvent));
    sr(list).querySelector<HTMLAnchorElement>('a[href="#2023-10-30-xl"]')!.click();
    await waitUntil(() => seen.length, 'selected');
    await settle(list);
    history.replaceState(null, '', location.pathname + location.search);
    expect(seen[0].detail).to.deep.equal({ id: '2023-10-30-xl', title: 'Leerkring XL', start: '2023-10-30T14:30:00.000Z', trigger: 'click' });
  });
});

describe('README audit: the sessions document', () => {
  it('an id of letters, digits, - _ and . shows; another id, or a repeated one, is skipped and counted', async () => {
    paste(`<ccv-session-list now="2024-03-01T12:00:00+01:00"></ccv-session-list>`);
    const list = host.querySelector<Lit>('ccv-session-list')!;
    const start = '2023-10-30T15:30:00+01:00';
    list.sessions = ['x.y_z-1', 'A1', 'sessie 1', '-x', 'A1', 'a'.repeat(101), 'é'].map((id, i) => ({ id, title: `Sessie ${i}`, start }));
    await waitUntil(() => sr(list).querySelector('[part=session]'), 'the list');
    await settle(list);
    const shown = [...sr(list).querySelectorAll('[part=session-title]')].map((title) => title.textContent!.trim());
    expect(shown).to.have.members(['Sessie 0', 'Sessie 1']);
    expect(sr(list).querySelector('a[href="#x.y_z-1"]'), 'its link is #<id>').to.exist;
    expect(sr(list).textContent).to.match(/\b5\b/);
    expect(warn.calls.length, 'the console says why').to.be.above(0);
  });
});

describe('README audit: data-ccv safeguards', () => {
  it('a case form from markup posts only to the page origin: a sibling host of the same site is refused too', async () => {
    const sibling = `${location.protocol}//sub.${location.hostname}:${location.port}/api/casus`;
    paste(`<div data-ccv="casus-form" data-endpoint="${sibling}"></div><div data-ccv="casus-form" data-endpoint="/api/casus"></div>`);
    await waitUntil(() => host.querySelector('ccv-casus-form'), 'the same-origin form');
    await settle();
    expect(host.querySelectorAll('ccv-casus-form')).to.have.length(1);
    expect(host.querySelector('ccv-casus-form')!.getAttribute('endpoint')).to.equal('/api/casus');
    expect(warn.said()).to.contain(`is not on this page's origin (${location.origin})`);
  });
});
