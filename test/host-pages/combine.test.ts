/**
 * Our files in combination on one page, each loaded by a <script type="module"> as the README tells
 * editors: per-element CDN files from different CMS blocks, the bundle beside a per-element file, and
 * the npm build beside the CDN bundle.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, waitUntil } from '../helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
type View = Window & typeof globalThis & { __log: string[] };
const TAGS = ['ccv-config', 'ccv-session-list', 'ccv-consent-video', 'ccv-casus-form', 'ccv-contact-card'];
const sr = (element: Element) => element.shadowRoot!;
/** Lit's own development-mode notes: the npm build runs with Lit's development build here. */
const ours = (log: string[]) => log.filter((line) => !/Lit is in dev mode|Multiple versions of Lit loaded/.test(line));

async function open(load: string[], page = 'combine', query = '') {
  const doc = await openHostPage(`/test/host-pages/${page}.html?load=${load.join(',')}${query}`, (d) => d.readyState === 'complete', 'loaded');
  return { doc, view: doc.defaultView as View };
}

/** Whether a file (a CDN file's name, or an npm build's path) registers a tag. */
const registers = (file: string, tag: string) =>
  file === tag || ['ccv-leerkring', '/dist/index.js'].includes(file) || file === `/dist/${tag.slice(4)}.js` || (tag === 'ccv-consent-video' && file.includes('session-list'));

const CASE = { name: 'Sam de Vries', organisation: 'Gemeente', role: 'Adviseur', email: 'sam@gemeente.example', title: 'Oproep', description: 'Een beschrijving van de casus die lang genoeg is.', theme: 'oproepen', preferredFormat: 'xl' };

const COMBINATIONS = [
  ['ccv-session-list', 'ccv-consent-video', 'ccv-config'],
  ['ccv-consent-video', 'ccv-session-list', 'ccv-config', 'ccv-casus-form', 'ccv-contact-card'],
  ['ccv-config', 'ccv-casus-form', 'ccv-contact-card', 'ccv-session-list'],
  ['ccv-leerkring', 'ccv-session-list'],
  ['ccv-session-list', 'ccv-config', 'ccv-leerkring'],
  ['ccv-consent-video', 'ccv-leerkring'],
  ['/dist/index.js', 'ccv-leerkring'],
  ['ccv-leerkring', '/dist/index.js'],
  ['/dist/config.js', 'ccv-session-list', '/dist/consent-video.js', 'ccv-leerkring'],
];

describe('our files in combination', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.removeItem('ccv-consent');
  });

  for (const load of COMBINATIONS) {
    it(`renders and works with ${load.join(' + ')}`, async function () {
      this.timeout(40_000);
      const { doc, view } = await open(load);
      const wanted = TAGS.filter((tag) => load.some((file) => registers(file, tag)));
      await waitUntil(() => wanted.every((tag) => view.customElements.get(tag)) || null, 'all defined', { timeout: 10_000 });
      await waitUntil(() => doc.readyState === 'complete', 'loaded');
      const [list, video, form, card] = ['ccv-session-list', 'ccv-consent-video', 'ccv-casus-form', 'ccv-contact-card'].map((tag) => doc.querySelector<Lit>(tag)!);
      await waitUntil(() => sr(list)?.querySelector('ccv-consent-video')?.shadowRoot?.querySelector('[part=accept-button]'), 'the list with its recordings', { timeout: 10_000 });
      const recordings = [...sr(list).querySelectorAll<Lit>('ccv-consent-video')];
      // English from the config, everywhere.
      expect(sr(list).querySelector('h2')!.textContent).to.match(/sessions/i);
      expect(sr(video).querySelector('[part=accept-button]')!.textContent).to.match(/accept|allow|load/i);
      // One consent: accepting on the standalone video loads the list's recordings, in our own store (consent-source="builtin").
      sr(video).querySelector<HTMLElement>('[part=accept-button]')!.click();
      await waitUntil(() => sr(video).querySelector('iframe') && recordings.every((r) => sr(r).querySelector('iframe')), 'every video loads');
      const stored = JSON.parse(view.localStorage.getItem('ccv-consent')!);
      expect(Object.keys(stored.granted)).to.deep.equal(['marketing']);
      expect(stored.auto, 'written as builtin, not auto').to.equal(undefined);
      // Withdrawn on a recording: every video goes back.
      await recordings[0].updateComplete;
      sr(recordings[0]).querySelector<HTMLElement>('[part=withdraw-button]')!.click();
      await waitUntil(() => !sr(video).querySelector('iframe') && recordings.every((r) => !sr(r).querySelector('iframe')), 'every video back to its placeholder');
      expect(view.localStorage.getItem('ccv-consent')).to.equal(null);
      if (wanted.includes('ccv-contact-card')) {
        expect(sr(card).querySelector('[part~=phone-link]')!.getAttribute('href')).to.equal('tel:+31612056691');
        // Its copy button answers: copied, or (the clipboard refused to a script's click) selected to copy.
        sr(card).querySelector<HTMLElement>('[part~=copy-button]')!.click();
        await waitUntil(() => /^(Email address copied|Copying did not work)/.test(sr(card).querySelector('[part=status]')!.textContent!), 'the copy announced');
      }
      if (wanted.includes('ccv-casus-form')) {
        expect(sr(form).textContent).to.match(/optional/i);
        expect(sr(form).querySelector('a[href$="/privacy-from-config"]'), 'privacy-url from the config').to.exist;
        // The case endpoint from the config.
        const sent = new Promise((resolve) => doc.addEventListener('ccv-casus-success', resolve));
        const fill = (name: string, value: string | boolean) => {
          const control = sr(form).querySelector<HTMLInputElement>(`[name=${name}]${name === 'preferredFormat' ? `[value=${value}]` : ''}`)!;
          if (typeof value === 'boolean' || name === 'preferredFormat') control.checked = true;
          else control.value = value;
          control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        };
        for (const [name, value] of Object.entries(CASE)) fill(name, value);
        fill('privacyConsent', true);
        Object.assign(form, { shownAt: view.performance.now() - 10_000, startedAt: view.performance.now() - 10_000 });
        sr(form).querySelector<HTMLElement>('[part=submit-button]')!.click();
        await Promise.race([sent, new Promise((_, reject) => setTimeout(() => reject(new Error(`not sent: ${view.__log.join('\n')}`)), 8000))]);
      }
      expect(ours(view.__log)).to.deep.equal([]);
    });
  }

  for (const file of ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card']) {
    it(`works with only ${file}.js on the page`, async function () {
      this.timeout(30_000);
      const { doc, view } = await open([file], 'alone');
      await waitUntil(() => view.customElements.get(file) || null, 'defined');
      const element = doc.querySelector<Lit>(file)!;
      await element.updateComplete;
      const defined = TAGS.filter((tag) => view.customElements.get(tag));
      expect(defined).to.deep.equal(file === 'ccv-session-list' ? ['ccv-session-list', 'ccv-consent-video'] : [file]);
      if (file !== 'ccv-config') await waitUntil(() => sr(element).querySelector(file === 'ccv-session-list' ? 'article' : 'button, a'), 'rendered', { timeout: 8000 });
      expect(ours(view.__log)).to.deep.equal([]);
      // Nothing but the file itself (and the list's data): no other script, style, font or image.
      const loaded = view.performance.getEntriesByType('resource').map((entry) => entry.name.replace(location.origin, '')).filter((url) => !url.startsWith('/__web-dev-server'));
      expect(loaded).to.deep.equal(['/test/host-pages/combine.js', `/dist/cdn/${file}.js`, ...(file === 'ccv-session-list' ? ['/demo/data/sessions.json'] : [])]);
    });
  }

  it("takes wording registered through the npm copy in the CDN copy's sessions", async () => {
    const { doc, view } = await open(['ccv-session-list', '/dist/i18n.js']);
    const list = doc.querySelector<Lit>('ccv-session-list')!;
    await waitUntil(() => sr(list)?.querySelector('#session-2023-10-30-xl .actions'), 'the list', { timeout: 10_000 });
    const { registerMessages } = await (view as unknown as { eval(code: string): Promise<typeof import('../../src/i18n/public.js')> }).eval("import('/dist/i18n.js')");
    registerMessages('session-list', 'en', { link: 'Share this session' });
    await waitUntil(() => sr(list).querySelector('#session-2023-10-30-xl .actions')!.textContent!.includes('Share this session'), 'the new wording in the session');
  });

  it('keeps one consent between copies where the browser refuses storage', async () => {
    const { doc, view } = await open(['ccv-session-list', '/dist/consent.js'], 'combine', '&storage=blocked');
    const list = doc.querySelector<Lit>('ccv-session-list')!;
    const video = doc.querySelector<Lit>('ccv-consent-video')!;
    await waitUntil(() => sr(list)?.querySelector('ccv-consent-video')?.shadowRoot?.querySelector('[part=accept-button]'), 'the list with its recordings', { timeout: 10_000 });
    const recording = sr(list).querySelector<Lit>('ccv-consent-video')!;
    const { grantConsent, withdrawConsent } = await (view as unknown as { eval(code: string): Promise<typeof import('../../src/consent/index.js')> }).eval("import('/dist/consent.js')");
    // The site's own settings page, with the npm copy's helpers.
    grantConsent('marketing');
    await waitUntil(() => sr(video).querySelector('iframe') && sr(recording).querySelector('iframe'), 'granted through the other copy: both load');
    withdrawConsent('marketing');
    await waitUntil(() => !sr(video).querySelector('iframe') && !sr(recording).querySelector('iframe'), 'withdrawn through the other copy: both go');
    // And the other way round: accepted on a video, withdrawn on the settings page.
    sr(video).querySelector<HTMLElement>('[part=accept-button]')!.click();
    await waitUntil(() => sr(recording).querySelector('iframe'), 'accepted on the video');
    withdrawConsent('marketing');
    await waitUntil(() => !sr(video).querySelector('iframe') && !sr(recording).querySelector('iframe'), 'withdrawn on the settings page: both go');
  });

  it("follows a change to a <ccv-config> of another file's copy, and warns once for all copies", async () => {
    const { doc, view } = await open(['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card']);
    const [config, list, video, form] = ['ccv-config', 'ccv-session-list', 'ccv-consent-video', 'ccv-casus-form'].map((tag) => doc.querySelector<Lit>(tag)!);
    await waitUntil(() => sr(list)?.querySelector('ccv-consent-video') && sr(form)?.querySelector('a[href$="/privacy-from-config"]'), 'rendered', { timeout: 10_000 });
    config.setAttribute('privacy-url', '/other-privacy');
    config.setAttribute('consent-category', 'statistics');
    config.setAttribute('lang', 'nl');
    await waitUntil(() => sr(form).querySelector('a[href$="/other-privacy"]') && /sessies/i.test(sr(list).querySelector('h2')!.textContent!), 'the new privacy page, in Dutch');
    const asked: string[] = [];
    doc.addEventListener('ccv-consent-request', (event) => asked.push((event as CustomEvent).detail.category));
    sr(video).querySelector<HTMLElement>('[part=accept-button]')!.click();
    expect(asked).to.deep.equal(['statistics']);
    config.setAttribute('lang', 'fr');
    await waitUntil(() => /sessies/i.test(sr(list).querySelector('h2')!.textContent!) && view.__log.length, 'the warning');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ours(view.__log)).to.deep.equal(['warn: [ccv-leerkring] lang="fr" is not supported; using "nl". Supported: nl, en.']);
  });

  it("turns data-ccv markup into widgets of the CDN files with the npm copy's upgrade", async () => {
    const { doc, view } = await open(['ccv-session-list']);
    await waitUntil(() => view.customElements.get('ccv-consent-video') || null, 'defined');
    const { startUpgrading } = await (view as unknown as { eval(code: string): Promise<typeof import('../../src/upgrade/upgrade.js')> }).eval("import('/dist/upgrade.js')");
    startUpgrading();
    const block = doc.createElement('div');
    block.innerHTML = `<a href="https://www.youtube.com/watch?v=M7lc1UVf-VE" data-ccv="video">Leerkring XL oktober 2023</a>
      <div data-ccv="contact-card" data-name="Lienke Hutten" data-phone="06 12 056 691">Lienke Hutten</div>`;
    doc.body.append(block);
    await waitUntil(() => block.querySelector('ccv-consent-video')?.shadowRoot?.querySelector('[part=accept-button]'), 'the video');
    expect(block.querySelector('[data-ccv=contact-card]'), 'the card waits for its file').to.exist;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/cdn/ccv-contact-card.js';
    doc.head.append(script);
    await waitUntil(() => block.querySelector('ccv-contact-card')?.shadowRoot?.querySelector('a[href="tel:+31612056691"]'), 'the card, once its file is there');
    expect(ours(view.__log).filter((line) => !line.includes('contact-card'))).to.deep.equal([]);
  });

  it("works under a policy that names its Trusted Types policies with 'allow-duplicates', as README asks, one file per element", async () => {
    // (Without 'allow-duplicates', only the first file's Lit gets its policy, and the other files fail: README says so.)
    const { doc, view } = await open([], 'csp-files');
    const violations = (view as unknown as { __violations: string[] }).__violations;
    await waitUntil(() => ['ccv-config', 'ccv-session-list', 'ccv-consent-video', 'ccv-casus-form', 'ccv-contact-card'].every((tag) => view.customElements.get(tag)) || null, 'every file ran');
    await waitUntil(() => doc.querySelector('ccv-session-list > script[type="application/ld+json"]') && doc.querySelector('ccv-contact-card > script[type="application/ld+json"]'), 'the JSON-LD of two copies', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(violations).to.deep.equal([]);
  });
});
