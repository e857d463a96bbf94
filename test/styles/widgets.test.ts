/**
 * The four widgets as a visitor meets them, side by side on one page: every
 * control Tab reaches shows the focus ring, in view and clear of its
 * surroundings (2.4.7, 2.4.11, 1.4.11); every control's name holds the words
 * it shows (2.5.3); and text spacing as WCAG 1.4.12 sets it clips nothing
 * and scrolls nothing sideways at 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { contentWidth, stubWarn, waitUntil } from '../helpers.js';

const NOW = '2026-06-01T12:00:00+02:00';
const SESSIONS = JSON.stringify({
  version: 1,
  sessions: [
    { id: 'komt', title: 'Leerkring XL: wat werkt tegen online onrust', start: '2026-09-14T15:30:00+02:00', registrationUrl: 'https://www.example.org/aanmelden', topics: ['OSINT'] },
    { id: 'okt', title: 'Leerkring XL oktober 2023', start: '2023-10-30T15:30:00+01:00', topics: ['APV'], video: { url: 'https://youtu.be/M7lc1UVf-VE', title: 'Opname oktober' } },
    { id: 'apr', title: 'Leerkring XL april 2023', start: '2023-04-17T15:30:00+02:00', topics: ['Barrièremodel'] },
  ],
});

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function mountAll(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div>
    <button id="before">voor</button>
    <ccv-session-list filters page-size="2" now=${NOW}><script type="application/json">${SESSIONS}</script></ccv-session-list>
    <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Leerkring april 2023" consent-source="builtin" allow-once></ccv-consent-video>
    <ccv-casus-form endpoint="/api/nowhere" privacy-url="/privacy" no-draft></ccv-casus-form>
    <ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" organisation="CCV" email="lienke.hutten@example.org" phone="06 12 056 691" vcard></ccv-contact-card>
    <button id="after">na</button>
  </div>`);
  const widgets = [...page.querySelectorAll<Widget>('ccv-session-list, ccv-consent-video, ccv-casus-form, ccv-contact-card')];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  const list = page.querySelector<Widget>('ccv-session-list')!;
  await list.updateComplete;
  // The form with its errors shown: the summary's links and the marked fields are controls too.
  const form = page.querySelector<Widget>('ccv-casus-form')!;
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await form.updateComplete;
  for (const video of list.shadowRoot!.querySelectorAll<Widget>('ccv-consent-video')) await video.updateComplete;
  return page;
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The widget a node is in: the outermost host under the test's page. */
function widgetOf(node: Element): string {
  let host: Node = node;
  let tag = '';
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = host.getRootNode()) {
    host = root.host;
    tag = (host as Element).localName;
  }
  return tag;
}

const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Visible words of a control: its text without the parts only a screen reader gets. */
function visibleText(control: Element): string {
  const clone = control.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Sets WCAG 1.4.12's text spacing in the page and in every shadow root under it (unless `spacing`
 * is false), and says what then is clipped, sticks out past the right edge of the page's content
 * (the screen less a classic scrollbar), or makes the page scroll sideways.
 */
async function clippedWithTextSpacing(spacing = true): Promise<string[]> {
  const sheet = new CSSStyleSheet();
  if (spacing) sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i += 1) {
    roots[i].adoptedStyleSheets = [...roots[i].adoptedStyleSheets, sheet];
    for (const node of roots[i].querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
  }
  await new Promise(requestAnimationFrame);
  const failures: string[] = [];
  for (const root of roots.slice(1) as ShadowRoot[]) {
    for (const node of [root.host as HTMLElement, ...root.querySelectorAll<HTMLElement>('*')]) {
      const style = getComputedStyle(node);
      // (Hidden from sight on purpose, in a 1 px box: text for screen readers, the honeypot.)
      if (style.display === 'none' || node.closest('.visually-hidden') || (node.clientWidth <= 1 && node.clientHeight <= 1)) continue;
      // Clipped, or (overflow left visible) running over what is beside or under it. (Fields scroll their own text.)
      if (node.clientWidth && !/^(input|textarea|select)$/.test(node.localName) && (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)) {
        failures.push(`${widgetOf(node)} ${node.localName}.${node.className}: ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`);
      }
      const box = node.getBoundingClientRect();
      if (box.width && box.right > contentWidth() + 1) failures.push(`${widgetOf(node)} ${node.localName}.${node.className}: right edge at ${Math.round(box.right)}`);
    }
  }
  if (document.documentElement.scrollWidth > contentWidth()) failures.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${contentWidth()})`);
  for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  return failures;
}

describe('the widgets as a visitor meets them', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('show a focus ring on every control Tab reaches, in view and set off from what is around it', async function () {
    // Some forty Tab presses, each a round trip to the browser: 5-9 s on a loaded machine, and
    // once more than the default 15 s (Firefox, with both browsers busy on two cores).
    this.timeout(60_000);
    const page = await mountAll();
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached = new Set<string>();
    const failures: string[] = [];
    let stops = 0;
    for (let i = 0; i < 120; i += 1) {
      // A walk that outlived its test (timed out, its page removed) stops: it pressed Tab on in the next
      // test's page, which then failed too. (Within the test, a stop here fails the assertions below.)
      if (!page.isConnected) break;
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || active.id === 'after') break;
      // (Firefox scrolls a focused control into view with a later frame; a loaded machine — CI runs
      // both browsers on two cores — took more than half a second: up to two seconds.)
      const inView = () => {
        const box = active.getBoundingClientRect();
        // (The page's height less a sideways scrollbar, if any: a control under it is out of sight.)
        return box.bottom > 0 && box.top < document.documentElement.clientHeight;
      };
      for (let frame = 0; frame < 125 && !inView(); frame += 1) await new Promise((resolve) => setTimeout(resolve, 16));
      stops += 1;
      const widget = widgetOf(active);
      reached.add(widget);
      const name = `${widget} ${active.localName}${active.getAttribute('part') ? `[part=${active.getAttribute('part')}]` : ''}${(active as HTMLInputElement).name ? `[name=${(active as HTMLInputElement).name}]` : ''}`;
      const style = getComputedStyle(active);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) failures.push(`${name}: no ring (${style.outlineStyle} ${style.outlineWidth})`);
      // The ring sits on a halo of the background colour, so it stands out on any surface behind it.
      const halo = /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0];
      if (!halo || contrast(style.outlineColor, halo) < 3) failures.push(`${name}: ring ${style.outlineColor} on halo ${halo}`);
      if (!inView()) {
        // Firefox over WebDriver BiDi, on a loaded machine, now and then leaves a control it
        // focused out of view for seconds (seen on CI, never with the file run alone): there it
        // is a note, not a failure. Chromium, which always scrolls at once, is held to it.
        const where = `${name}: out of view (${Math.round(active.getBoundingClientRect().top)})`;
        if (navigator.userAgent.includes('Firefox')) console.warn(where);
        else failures.push(where);
      }
    }
    expect(failures).to.deep.equal([]);
    expect([...reached].sort()).to.deep.equal(['ccv-casus-form', 'ccv-consent-video', 'ccv-contact-card', 'ccv-session-list']);
    expect(stops, 'Tab went through the widgets').to.be.greaterThan(25);
    expect(deepActive()?.id, 'and out at the other end').to.equal('after');
  });

  it('keep every focus ring when a focus token holds a value the browser cannot use', async () => {
    // A typo in a colour, a Sass variable left in a theme: in the outline shorthand, one such token
    // made the whole declaration invalid, and no control in any widget showed focus any more.
    const root = document.documentElement;
    root.style.setProperty('--ccv-focus-outline-color', '#00548');
    root.style.setProperty('--ccv-focus-outline-width', '$focus-width');
    try {
      const page = await mountAll();
      const rings: string[] = [];
      const ring = (element: Element, what: string) => {
        const style = getComputedStyle(element);
        rings.push(`${what}: ${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2 ? 'wide' : style.outlineWidth}`);
      };
      // The form's error summary, focused by the failed submit.
      const form = page.querySelector('ccv-casus-form')!;
      await waitUntil(() => form.shadowRoot!.activeElement?.matches('[part=error-summary]'), 'the summary has focus');
      ring(form.shadowRoot!.activeElement!, 'error summary');
      // A control reached with Tab: the ring every widget shares.
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      ring(deepActive()!, 'first control');
      // A session that "show more" moved focus to.
      const list = page.querySelector('ccv-session-list')!;
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part=more-button]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActive()?.localName === 'article', 'a session has focus');
      ring(deepActive()!, 'session');
      expect(rings).to.deep.equal(['error summary: solid wide', 'first control: solid wide', 'session: solid wide']);
    } finally {
      root.style.removeProperty('--ccv-focus-outline-color');
      root.style.removeProperty('--ccv-focus-outline-width');
    }
  });

  it("name every button and link with at least the words it shows", async () => {
    const page = await mountAll();
    const roots = [...page.querySelectorAll('*')].flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
    for (const root of [...roots]) for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) roots.push(inner.shadowRoot);
    const failures: string[] = [];
    const shownWords: string[] = [];
    let checked = 0;
    for (const root of roots) {
      for (const control of root.querySelectorAll<HTMLElement>('button, a[href], summary')) {
        if (control.closest('[hidden], [inert]') || control.getAttribute('aria-hidden') === 'true') continue;
        checked += 1;
        const shown = visibleText(control);
        shownWords.push(shown.toLowerCase());
        const labelled = control.getAttribute('aria-labelledby');
        const name = (
          control.getAttribute('aria-label') ??
          (labelled ? labelled.split(' ').map((id) => root.getElementById(id)?.textContent ?? '').join(' ') : control.textContent) ??
          ''
        ).replace(/\s+/g, ' ').trim();
        if (!shown) failures.push(`${control.outerHTML.slice(0, 80)}: shows no words`);
        else if (!name.toLowerCase().includes(shown.toLowerCase())) failures.push(`"${shown}" is named "${name}"`);
      }
    }
    // And by the names the browser gives (Chromium's accessibility tree; Firefox has none over WebDriver
    // BiDi): the reading above misses an aria-labelledby that wins over an aria-label, and shown words
    // kept from the name (aria-hidden). As many buttons and links in the tree hold each shown text as show it.
    if (!navigator.userAgent.includes('Firefox')) {
      type Node = { role: string; name?: string; children?: Node[] };
      const names: string[] = [];
      const walk = (node: Node) => {
        if (node.role === 'link' || node.role === 'button') names.push((node.name ?? '').replace(/\s+/g, ' ').toLowerCase());
        node.children?.forEach(walk);
      };
      walk((await a11ySnapshot({})) as unknown as Node);
      for (const shown of new Set(shownWords)) {
        const showing = shownWords.filter((words) => words === shown).length;
        const named = names.filter((name) => name.includes(shown)).length;
        if (named < showing) failures.push(`"${shown}": shown on ${showing}, in the name of ${named} in the accessibility tree`);
      }
    }
    expect(failures).to.deep.equal([]);
    expect(checked).to.be.greaterThan(15);
  });

  it('hide the words meant only for screen readers in every widget that has them', async () => {
    // .visually-hidden comes with styles/visually-hidden.ts, which each element that hides text
    // must take: without it, those words would show up beside the controls.
    const page = await mountAll();
    const roots = [...page.querySelectorAll('*')].flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []));
    for (const root of [...roots]) for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) roots.push(inner.shadowRoot);
    const widgets = new Set<string>();
    const shown: string[] = [];
    for (const root of roots) {
      for (const hidden of root.querySelectorAll<HTMLElement>('.visually-hidden')) {
        widgets.add(root.host.localName);
        const box = hidden.getBoundingClientRect();
        if (box.width > 1 || box.height > 1) shown.push(`${root.host.localName}: ${hidden.outerHTML.slice(0, 80)}`);
      }
    }
    expect(shown).to.deep.equal([]);
    expect([...widgets].sort()).to.deep.equal(['ccv-casus-form', 'ccv-consent-video', 'ccv-session-list']);
  });
  it('clip nothing and scroll nothing sideways at 320 px with WCAG text spacing', async () => {
    await setViewport({ width: 320, height: 640 });
    await mountAll();
    expect(await clippedWithTextSpacing()).to.deep.equal([]);
  });

  it('keep everything in view with text at 200 %, in a 640 px window and a 320 px one', async () => {
    // WCAG 1.4.4: the browser's text size doubled (a 1,280 px screen at 200 % is 640 px of CSS).
    // The existing check of it held one session list; here are all four, the form with its errors.
    document.documentElement.style.fontSize = '200%';
    try {
      await setViewport({ width: 640, height: 640 });
      await mountAll();
      expect(await clippedWithTextSpacing(false), '640 px').to.deep.equal([]);
      await setViewport({ width: 320, height: 640 });
      expect(await clippedWithTextSpacing(false), '320 px').to.deep.equal([]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('clip nothing at 320 and 256 px with WCAG text spacing in their other states, in English too', async function () {
    this.timeout(60_000);
    // The states the page above does not show: a list that failed, one with nothing, one filtered to
    // nothing, one after "show more"; a playing video and a broken one; a case sent; a copy confirmed
    // and a card given bad input. (256 px: a 1,024 px wide window zoomed to 400 %.)
    const warn = stubWarn();
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      init?.method === 'POST' ? Promise.resolve(new Response('{"reference":"CCV-2026-0001"}', { status: 201, headers: { 'Content-Type': 'application/json' } })) : realFetch(input, init);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
    try {
      for (const lang of ['nl', 'en']) {
        await setViewport({ width: 320, height: 640 });
        const page = await fixture<HTMLElement>(html`<div lang=${lang}>
          <ccv-session-list src="/__test/status/500"></ccv-session-list>
          <ccv-session-list .sessions=${[]}></ccv-session-list>
          <ccv-session-list filters now=${NOW}><script type="application/json">${SESSIONS}</script></ccv-session-list>
          <ccv-session-list page-size="1" now=${NOW}><script type="application/json">${SESSIONS}</script></ccv-session-list>
          <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Leerkring april 2023" consent-source="builtin" allow-once></ccv-consent-video>
          <ccv-consent-video video-id="!!" video-title="Leerkring mei 2023"></ccv-consent-video>
          <ccv-casus-form endpoint="/api/nowhere" privacy-url="/privacy" no-draft></ccv-casus-form>
          <ccv-contact-card name="Lienke Hutten" email="lienke.hutten@example.org" phone="06 12 056 691" vcard></ccv-contact-card>
          <ccv-contact-card name="Lienke Hutten" email="lienke.hutten(at)example" phone="bel mij"></ccv-contact-card>
        </div>`);
        const [failed, , filtered, paged] = page.querySelectorAll<Widget>('ccv-session-list');
        const shadow = (selector: string) => page.querySelector(selector)!.shadowRoot!;
        await waitUntil(() => failed.shadowRoot!.querySelector('[role=alert]') && paged.shadowRoot!.querySelector('[part=more-button]'), 'the lists loaded or failed');
        const text = filtered.shadowRoot!.querySelector<HTMLInputElement>('#text')!;
        text.value = 'zzz';
        text.dispatchEvent(new Event('input'));
        paged.shadowRoot!.querySelector<HTMLButtonElement>('[part=more-button]')!.click();
        shadow('ccv-consent-video').querySelector<HTMLButtonElement>('[part=once-button]')!.click();
        shadow('ccv-contact-card').querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
        const form = page.querySelector<Widget>('ccv-casus-form')!;
        for (const [name, value] of Object.entries({ name: 'Sam de Vries', organisation: 'Gemeente Voorbeeld', role: 'Adviseur', email: 'sam@gemeente.example', title: 'Oproep', description: 'Een oproep om naar het station te komen.', theme: 'oproepen' })) {
          const field = form.shadowRoot!.querySelector<HTMLInputElement>(`[name=${name}]`)!;
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
        form.shadowRoot!.querySelector<HTMLInputElement>('[name=privacyConsent]')!.click();
        // (The form refuses a case sent faster than a person types: this one was begun long ago.)
        Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
        form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
        await waitUntil(
          () =>
            filtered.shadowRoot!.querySelector('.empty') &&
            shadow('ccv-consent-video').querySelector('iframe') &&
            shadow('ccv-contact-card').querySelector('[part=status]')!.textContent &&
            form.shadowRoot!.textContent!.includes('CCV-2026-0001'),
          'every state reached',
        );
        expect(await clippedWithTextSpacing(), `${lang}, 320 px`).to.deep.equal([]);
        await setViewport({ width: 256, height: 640 });
        expect(await clippedWithTextSpacing(), `${lang}, 256 px`).to.deep.equal([]);
      }
    } finally {
      warn.restore();
      window.fetch = realFetch;
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
