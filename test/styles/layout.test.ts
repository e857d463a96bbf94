import { expect, fixture, html } from '@open-wc/testing';
import { contentWidth, expectNoSidewaysScroll, printMedia, stubWarn, waitUntil, warmUpAxe } from '../helpers.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { grantConsent, STORAGE_KEY } from '../../src/consent/builtin.js';
import '../../src/index.js';

before(warmUpAxe);

/**
 * WCAG 1.4.10 with the words Dutch public bodies really use: at 320 px
 * nothing scrolls sideways and nothing is cut off. Long compounds and
 * addresses must wrap, also inside flex and grid layouts (whose items do
 * not shrink below their longest word unless told) and inside the session
 * list's items (whose `content-visibility` clips what sticks out).
 */
const LONG = 'Hoogheemraadschapsvergaderingsvoorzittersverkiezingen';

/** A widget's shadow root and every shadow root inside it (a list's videos have their own). */
function shadowRoots(widget: HTMLElement): ShadowRoot[] {
  const roots = [widget.shadowRoot!];
  for (const root of roots) for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  return roots;
}

/**
 * Text that reaches past the widget's left or right edge, or past the page's content (the screen
 * less a classic scrollbar: a widget wider than the page carries its text out of sight), as `tag: text`.
 */
function cutOff(widget: HTMLElement): string[] {
  const box = widget.getBoundingClientRect();
  const [start, end] = [Math.max(box.left, 0) - 0.5, Math.min(box.right, contentWidth()) + 0.5];
  const found: string[] = [];
  for (const root of shadowRoots(widget)) {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      // (Text for screen readers only is clipped to 1 px on purpose.)
      if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      if (rects.some((rect) => rect.left < start || rect.right > end)) found.push(`${node.parentElement!.localName}: ${node.textContent!.trim().slice(0, 40)}`);
    }
  }
  return found;
}

describe('reflow at 320 px with long words', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  const cases: [string, () => ReturnType<typeof html>][] = [
    ['a video with a long title', () => html`<ccv-consent-video video-id="M7lc1UVf-VE" video-title=${`Leerkring XL: ${LONG}`}></ccv-consent-video>`],
    [
      'a contact card with a long address and organisation',
      () => html`<ccv-contact-card name="Patrick van den Brink" job-title=${LONG} organisation=${LONG}
        email="communicatie@veiligheidsregio-hollands-midden.nl" phone="06 12 056 691"></ccv-contact-card>`,
    ],
    [
      'a session list with long names in its panel and topics',
      () => html`<ccv-session-list
        now="2024-01-01T12:00Z"
        .sessions=${[
          {
            id: 'lang',
            title: `Sessie over ${LONG}`,
            start: '2024-02-01T15:30',
            summary: LONG,
            chair: { name: 'Voorzitter', organisation: 'Veiligheidsregioorganisatie' },
            panel: [{ name: 'Koen Hermans', organisation: 'Internetondersteuningsgroep', role: LONG }],
            topics: [LONG],
          },
        ]}
      ></ccv-session-list>`,
    ],
    ['a case form', () => html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>`],
  ];

  it('breaks a long Dutch topic in an English list into even parts, never leaving a letter alone', async () => {
    // Broken where the line ran out, 'Burgemeestersbevoegdheden' left its 'n' alone on a second line.
    const data = JSON.stringify({ version: 1, lang: 'nl', sessions: [{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', topics: ['Burgemeestersbevoegdheden', 'OSINT'] }] });
    // (The playground's column: 1rem each side of a 320 px screen, the test page's 8 px margin included.)
    const wrapper = await fixture<HTMLDivElement>(html`<div style="padding-inline: calc(1rem - 8px)">
      <ccv-session-list lang="en" now="2024-01-01T12:00Z"><script type="application/json">${data}</script></ccv-session-list>
    </div>`);
    const list = wrapper.querySelector<LitElement>('ccv-session-list')!;
    await list.updateComplete;
    const topic = list.shadowRoot!.querySelector('.topics li')!;
    expect(topic.closest('[lang]')!.getAttribute('lang'), 'marked as Dutch').to.equal('nl');
    expect(cutOff(list), 'text past the edge').to.deep.equal([]);
    // Hyphenation needs the browser's dictionary for the language: Firefox has Dutch (loaded on first
    // use, after a first layout without it), Chrome downloads its dictionaries, Debian's Chromium has
    // none and breaks where the line runs out, as before.
    const probe = document.createElement('div');
    probe.lang = 'nl';
    probe.style.cssText = 'hyphens: auto; inline-size: 6em; line-height: 20px';
    probe.textContent = 'Burgemeestersbevoegdheden';
    wrapper.append(probe);
    const hyphenates = await waitUntil(() => probe.getBoundingClientRect().height > 30, 'a Dutch dictionary', { timeout: 1000 }).then(() => true, () => false);
    // The lines the word is broken into, from where each letter stands.
    const text = topic.firstChild!;
    const lines: string[] = [];
    for (let i = 0, top = NaN; i < text.textContent!.length; i += 1) {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const at = Math.round(range.getBoundingClientRect().top);
      if (at !== top) lines.push('');
      lines[lines.length - 1] += text.textContent![i];
      top = at;
    }
    expect(lines.length, `broken at 320 px: ${lines.join(' | ')}`).to.equal(2);
    if (hyphenates) expect(Math.min(...lines.map((line) => line.length)), `letters on the shorter line: ${lines.join(' | ')}`).to.be.at.least(5);
    else expect(getComputedStyle(topic).hyphens, 'hyphenated where a dictionary is there').to.equal('auto');
  });

  it('keeps everything in view with text at 200 % and wider letter spacing', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="letter-spacing: 0.12em; word-spacing: 0.16em">
        <ccv-session-list
          now="2024-01-01T12:00Z"
          .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', chair: { name: 'Patrick van den Brink', organisation: 'CCV' } }]}
        ></ccv-session-list>
      </div>`);
      const widget = wrapper.firstElementChild as LitElement;
      await widget.updateComplete;
      expectNoSidewaysScroll();
      expect(cutOff(widget), 'text past the edge').to.deep.equal([]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  for (const [name, template] of cases) {
    it(`keeps everything in view: ${name}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>${template()}</div>`);
      const widget = wrapper.firstElementChild as LitElement;
      await widget.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expectNoSidewaysScroll();
      expect(cutOff(widget), 'text past the edge').to.deep.equal([]);
    });
  }
});

/** A CSS colour as sRGB 0-255 channels, whatever form the browser gives it in (rgb(), color(xyz-d65 …)). */
function srgb(color: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
}

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) =>
    rgb.map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** How far a focused control's ring reaches past its box: its outline, or the halo under it where that is wider. */
function ringReach(control: Element): number {
  const style = getComputedStyle(control);
  const halo = parseFloat(/(-?[\d.]+)px\s*$/.exec(style.boxShadow)?.[1] ?? '0');
  return Math.max(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth), halo);
}

/** Every control in a widget and the shadow roots inside it. */
function controls(widget: HTMLElement): HTMLElement[] {
  const found = shadowRoots(widget).flatMap((root) => [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')]);
  // Not the honeypot or a button kept invisible for its space: nobody can reach those.
  return found.filter((control) => control.checkVisibility({ visibilityProperty: true }) && control.tabIndex >= 0);
}

describe('target size (WCAG 2.5.8, and 44 px where we promise it)', () => {
  it('gives every control a target of its size, or the room the inline and spacing exceptions ask', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname" allow-once></ccv-consent-video>
      <ccv-session-list
        now="2024-01-01T12:00Z"
        filters
        .sessions=${[{ id: 'next', title: 'Volgende', start: '2024-02-01T15:30', registrationUrl: 'https://www.hetccv.nl/aanmelden' }]}
      ></ccv-session-list>
      <ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>
      <ccv-contact-card name="Patrick" email="p@hetccv.nl" phone="06 12 056 691" vcard></ccv-contact-card>
    </div>`);
    const widgets = [...wrapper.children] as LitElement[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const form = wrapper.querySelector('ccv-casus-form')!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click(); // the error summary, with a link per field
    await waitUntil(() => form.shadowRoot!.querySelector('[part=error-summary]'), 'the summary');

    const all = widgets.flatMap(controls);
    expect(all.length, 'controls measured').to.be.greaterThan(25);
    const small: string[] = [];
    const summaryCentres: number[] = [];
    for (const control of all) {
      const box = control.getBoundingClientRect();
      const name = `${control.localName}${control.getAttribute('type') ? `[${control.getAttribute('type')}]` : ''} "${(control.textContent || control.getAttribute('name') || '').trim().slice(0, 30)}"`;
      if (control.closest('.summary')) summaryCentres.push(box.top + box.height / 2);
      else if (control.matches('[type=radio], [type=checkbox]')) {
        if (box.width < 23.5 || box.height < 23.5) small.push(`${name}: ${box.width}×${box.height}`);
      } else if (control.localName === 'a' && control.parentElement!.textContent!.trim() !== control.textContent!.trim()) {
        // A link inside a sentence: the inline exception.
      } else if (box.height < 43.5) small.push(`${name}: ${box.height} px high`);
    }
    expect(small).to.deep.equal([]);
    expect(summaryCentres.length, 'links in the summary').to.be.greaterThan(3);
    const gaps = summaryCentres.slice(1).map((centre, i) => centre - summaryCentres[i]);
    expect(Math.min(...gaps), 'room between summary links').to.be.at.least(28);
  });

  it('keeps the radios and the checkbox 24 × 24 px on a site whose root text is 10 px (html { font-size: 62.5% })', async () => {
    // A common CMS theme trick (1rem = 10 px, body text set back to 1.6rem): sized in rem alone,
    // the radios and the consent checkbox came out 15 × 15 px.
    const root = document.documentElement;
    root.style.fontSize = '62.5%';
    try {
      const form = await fixture<LitElement>(html`<ccv-casus-form endpoint="/__test/casus" style="--ccv-font-size: 1.6rem"></ccv-casus-form>`);
      await form.updateComplete;
      const boxes = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('[type=radio], [type=checkbox]')];
      expect(boxes.length).to.equal(4);
      const small = boxes.filter((box) => box.getBoundingClientRect().width < 23.5 || box.getBoundingClientRect().height < 23.5);
      expect(small.map((box) => `${box.id}: ${box.getBoundingClientRect().width}×${box.getBoundingClientRect().height}`)).to.deep.equal([]);
    } finally {
      root.style.fontSize = '';
    }
  });

  it('gives the "skip the list" link, seen on focus, the 44 px of the other links that stand alone', async () => {
    // One line of text, it stood 24 px high (less in a site's smaller text), where README promises 44.
    const sessions = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, title: `Sessie ${i}`, start: `2024-02-0${i + 1}T15:30` }));
    const list = await fixture<LitElement>(html`<ccv-session-list now="2024-01-01T12:00Z" .sessions=${sessions}></ccv-session-list>`);
    const skip = list.shadowRoot!.querySelector<HTMLAnchorElement>('a.skip')!;
    skip.focus();
    expect(skip.getBoundingClientRect().height, 'focused').to.be.at.least(43.5);
    skip.blur();
    expect(skip.getBoundingClientRect().height, 'out of sight again').to.be.at.most(1);
  });

  it('keeps the error summary’s links 24 px apart where the text around the form is 10 px (html { font-size: 62.5% })', async () => {
    // WCAG 2.5.8's spacing exception: a 24 px circle on each link must not touch the next one. Spaced
    // by half a line only, 10 px text (a 62.5 % site that sets no body text) put them 20 px apart.
    const root = document.documentElement;
    root.style.fontSize = '62.5%';
    try {
      const form = await fixture<LitElement>(html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>`);
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
      await waitUntil(() => form.shadowRoot!.querySelector('[part=error-summary]'), 'the summary');
      const centres = [...form.shadowRoot!.querySelectorAll('[part=error-summary] a')].map((link) => {
        const box = link.getBoundingClientRect();
        return box.top + box.height / 2;
      });
      expect(centres.length, 'links in the summary').to.be.greaterThan(3);
      const gaps = centres.slice(1).map((centre, i) => centre - centres[i]);
      expect(Math.min(...gaps), 'room between summary links').to.be.at.least(24);
    } finally {
      root.style.fontSize = '';
    }
  });
});

describe('what a host page passes down', () => {
  it("writes the page's text size, not 10 px, on a site whose root text is 10 px and body text 1.6rem, without a token", async () => {
    // The "62.5 %" trick: 1rem is 10 px, and the site sets its text back to 1.6rem. Sized by 1rem
    // alone, the widgets wrote 10 px text (the badges and copy buttons 8.75 px) beside the page's 16.
    const root = document.documentElement;
    root.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 1.6rem">
        <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname"></ccv-consent-video>
        <ccv-session-list now="2024-01-01T12:00Z" .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', format: 'xl' }]}></ccv-session-list>
        <ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>
        <ccv-contact-card name="Lienke Hutten" email="lienke.hutten@hetccv.nl"></ccv-contact-card>
      </div>`);
      const widgets = [...wrapper.children] as LitElement[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const [widget, selector, size] of [
        [widgets[0], '[part=accept-button]', '16px'],
        [widgets[1], '[part=session-title]', undefined],
        [widgets[1], '[part=badge]', '14px'],
        [widgets[2], '[name=name]', '16px'],
        [widgets[3], '[part~=email-link]', '16px'],
      ] as const) {
        const element = widget.shadowRoot!.querySelector<HTMLElement>(selector)!;
        const fontSize = parseFloat(getComputedStyle(element).fontSize);
        if (size) expect(`${fontSize}px`, `${widget.localName} ${selector}`).to.equal(size);
        else expect(fontSize, `${widget.localName} ${selector}`).to.be.at.least(16);
      }
      // Text smaller than the page's around it still follows 1rem: a reader's own setting.
      root.style.fontSize = '';
      wrapper.style.fontSize = '12px';
      expect(getComputedStyle(widgets[3].shadowRoot!.querySelector('[part~=email-link]')!).fontSize).to.equal('16px');
    } finally {
      root.style.fontSize = '';
    }
  });

  it('keeps a Dutch widget left to right and wrapping on a right-to-left page that says nowrap', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="white-space: nowrap; text-indent: 4em; -webkit-text-fill-color: red">
        <ccv-casus-form lang="nl" endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>
        <ccv-contact-card lang="nl" name="Lienke Hutten" organisation=${LONG} email="lienke.hutten@hetccv.nl"></ccv-contact-card>
      </div>`);
      const [form, card] = [...wrapper.children] as LitElement[];
      await Promise.all([form.updateComplete, card.updateComplete]);
      // The honeypot once sat 10,000 px to the left: on this page, that is a scrollable 10,000 px.
      expectNoSidewaysScroll();
      const intro = form.shadowRoot!.querySelector('form p')!;
      const style = getComputedStyle(intro);
      expect(style.direction).to.equal('ltr');
      expect(style.whiteSpace).to.equal('normal');
      expect(style.textIndent).to.equal('0px');
      expect(style.getPropertyValue('-webkit-text-fill-color')).to.equal(style.color);
      expect(cutOff(card)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps a Dutch widget horizontal in a part of the page set in vertical writing', async () => {
    // writing-mode inherits into shadow roots, as direction does: the form, its fields and its
    // buttons stood on their side, the text running top to bottom.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="writing-mode: vertical-rl; block-size: 600px">
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname"></ccv-consent-video>
      <ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>
      <ccv-contact-card name="Lienke Hutten" email="lienke.hutten@hetccv.nl"></ccv-contact-card>
    </div>`);
    const widgets = [...wrapper.children] as LitElement[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    for (const [widget, selector] of [
      [widgets[0], '[part=accept-button]'],
      [widgets[1], '[part=submit-button]'],
      [widgets[2], '[part~=email-link]'],
    ] as const) {
      const control = widget.shadowRoot!.querySelector<HTMLElement>(selector)!;
      expect(getComputedStyle(control).writingMode, `${widget.localName} ${selector}`).to.equal('horizontal-tb');
      const box = control.getBoundingClientRect();
      expect(box.width, `${widget.localName} ${selector}: a line of text, not a column`).to.be.greaterThan(box.height);
    }
  });

  it('stays legible on a dark page: its own background under its own colours', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="background: #111; color: #eee; padding: 1rem">
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname"></ccv-consent-video>
      <ccv-session-list now="2024-01-01T12:00Z" .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30' }]}></ccv-session-list>
      <ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>
      <ccv-contact-card name="Lienke Hutten" email="lienke.hutten@hetccv.nl"></ccv-contact-card>
    </div>`);
    const widgets = [...wrapper.children] as LitElement[];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const form = widgets[2];
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click(); // red error links too
    await waitUntil(() => form.shadowRoot!.querySelector('[part=error-summary]'), 'the summary');
    for (const widget of widgets) {
      expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(255, 255, 255)');
      await expect(widget).to.be.accessible();
    }
  });

  it('prints buttons as outlined text and a video as its title and address', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname"></ccv-consent-video>
    </div>`);
    const video = wrapper.firstElementChild as LitElement;
    await video.updateComplete;
    const root = video.shadowRoot!;
    const screen = await printMedia();
    try {
      const button = getComputedStyle(root.querySelector('[part=accept-button]')!);
      expect(getComputedStyle(root.querySelector('[part=notice]')!).display, 'no notice on paper').to.equal('none');
      expect(button.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(button.color).to.equal('rgb(26, 26, 26)');
      // Firefox gives the address as declared, attr(href); the test after next measures it printed.
      expect(getComputedStyle(root.querySelector('[part=link]')!, '::after').content).to.match(/youtube\.com\/watch\?v=M7lc1UVf-VE|attr\(href\)/);
    } finally {
      await screen();
    }
  });

  it('prints a video it cannot show without the empty row it keeps on screen', async () => {
    const warn = stubWarn();
    try {
      const video = await fixture<LitElement>(html`<ccv-consent-video url="https://example.org/film" video-title="Opname"></ccv-consent-video>`);
      await video.updateComplete;
      const box = video.shadowRoot!.querySelector('[part=base]')!;
      const screen = await printMedia();
      try {
        expect(video.getBoundingClientRect().height).to.be.closeTo(box.getBoundingClientRect().height, 0.5);
      } finally {
        await screen();
      }
    } finally {
      warn.restore();
    }
  });

  it('prints a space between the link and the address after it', async () => {
    const video = await fixture<LitElement>(html`<ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname"></ccv-consent-video>`);
    await video.updateComplete;
    const link = video.shadowRoot!.querySelector<HTMLAnchorElement>('[part=link]')!;
    const screen = await printMedia();
    try {
      // As wide as its text and the address after it, which a flex container (the link on screen)
      // would print as "Bekijken op YouTube(https://…)".
      link.style.inlineSize = 'max-content';
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(link).font;
      const words = [...link.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!.textContent!.trim();
      const expected = context.measureText(`${words} (${link.getAttribute('href')})`).width;
      expect(link.getBoundingClientRect().width).to.be.closeTo(expected, 1);
    } finally {
      link.style.inlineSize = '';
      await screen();
    }
  });
});

describe('rhythm and colour inside a widget', () => {
  it('puts the same space between every part of a session, the people included', async () => {
    const list = await fixture<LitElement>(html`<ccv-session-list
      now="2024-01-01T12:00Z"
      .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', summary: 'Over de aanpak.', chair: { name: 'Patrick van den Brink' }, topics: ['OSINT'] }]}
    ></ccv-session-list>`);
    const article = list.shadowRoot!.querySelector('article')!;
    const [summary, people, topics] = ['.meta + p', 'dl', '.topics'].map((selector) => article.querySelector(selector)!.getBoundingClientRect());
    const above = people.top - summary.bottom;
    expect(above, 'space above the people').to.be.greaterThan(4);
    expect(above).to.be.closeTo(topics.top - people.bottom, 0.5);
  });

  it('keeps a failed list’s retry button, focus ring and halo included, off the message above it', async () => {
    // Straight under the sentence, the button's ring and the halo under it covered the bottom of its letters.
    const warn = stubWarn();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>voor</button><ccv-session-list src="/__test/status/500"></ccv-session-list></div>`);
      const root = wrapper.querySelector('ccv-session-list')!.shadowRoot!;
      await waitUntil(() => root.querySelector('[role=alert] button'), 'the retry button');
      const retry = root.querySelector<HTMLButtonElement>('[role=alert] button')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement, 'the retry button, by keyboard').to.equal(retry);
      const reach = ringReach(retry);
      expect(reach, 'a ring and halo to measure').to.be.at.least(5);
      const room = retry.getBoundingClientRect().top - retry.previousElementSibling!.getBoundingClientRect().bottom;
      expect(room, 'room above the button').to.be.at.least(reach);
    } finally {
      warn.restore();
    }
  });

  it('keeps the focus rings under a video, halo included, off the video’s border', async () => {
    // A quarter space (4 px) under the box: the watch link's ring (5 px) covered its bottom border by 1 px.
    localStorage.removeItem(STORAGE_KEY);
    try {
      const video = await fixture<LitElement>(html`<ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname" consent-source="builtin"></ccv-consent-video>`);
      await video.updateComplete;
      const root = video.shadowRoot!;
      const room = (control: HTMLElement) => {
        control.focus();
        expect(control.matches(':focus-visible'), `${control.getAttribute('part')}: a ring shown`).to.be.true;
        const reach = ringReach(control);
        expect(reach, 'a ring to measure').to.be.at.least(5);
        return control.getBoundingClientRect().top - root.querySelector('[part=base]')!.getBoundingClientRect().bottom - reach;
      };
      expect(room(root.querySelector<HTMLElement>('[part=link]')!), 'room left under the box by the watch link’s ring').to.be.at.least(0);
      grantConsent('marketing');
      await waitUntil(() => root.querySelector('[part=withdraw-button]'), 'the withdraw button');
      expect(room(root.querySelector<HTMLElement>('[part=withdraw-button]')!), 'room left under the box by the withdraw button’s ring').to.be.at.least(0);
    } finally {
      localStorage.removeItem(STORAGE_KEY);
    }
  });

  it('keeps a focused link’s halo in running text off the lines above and below', async () => {
    // The white halo reached 7 px past the link, 2 px past the ring: between lines 5 px apart, it
    // covered the underline and descenders of the line above and the tops of the line below.
    const form = await fixture<LitElement>(html`<ccv-casus-form lang="en" style="inline-size: 230px" endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>`);
    await form.updateComplete;
    const link = form.shadowRoot!.querySelector<HTMLAnchorElement>('.privacy a')!;
    link.focus();
    expect(link.matches(':focus-visible'), 'a ring shown').to.be.true;
    const style = getComputedStyle(link);
    const halo = parseFloat(/(-?[\d.]+)px\s*$/.exec(style.boxShadow)?.[1] ?? '0');
    expect(halo, 'a halo').to.be.greaterThan(0);
    const fragments = [...link.getClientRects()];
    expect(fragments.length, 'the link wraps, with a line above it').to.equal(2);
    const covered: string[] = [];
    const texts = document.createTreeWalker(link.parentElement!, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      if (link.contains(node) || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        for (const part of fragments) {
          const apart = Math.max(line.top - part.bottom, part.top - line.bottom, line.left - part.right, part.left - line.right);
          if (line.width > 0 && apart < halo) covered.push(`${Math.round(line.top)}: ${halo - apart} px`);
        }
      }
    }
    expect(covered, `text under a ${halo} px halo`).to.deep.equal([]);
    expect(halo, 'the halo inside the ring').to.be.at.most(parseFloat(style.outlineOffset));
  });

  it('keeps the contact card’s controls far enough apart that a focus ring and its halo cover no other one', async () => {
    // 4 px apart (0 px where a copy button wraps under its link), the 7 px halo of a focused copy
    // button wiped out the bottom of the button above it, and at 200 % text the link's underline.
    try {
      for (const width of [900, 320]) {
        await setViewport({ width, height: 640 });
        const wrapper = await fixture<HTMLDivElement>(html`<div><button>voor</button>
          <ccv-contact-card name="Lienke Hutten" email="lienke.hutten@hetccv.nl" phone="06 12 056 691"></ccv-contact-card></div>`);
        const card = wrapper.querySelector<LitElement>('ccv-contact-card')!;
        await card.updateComplete;
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        const first = card.shadowRoot!.activeElement as HTMLElement;
        expect(first, 'a control, by keyboard').to.exist;
        const reach = ringReach(first);
        expect(reach, 'a ring and halo to measure').to.be.at.least(5);
        const boxes = controls(card).map((control) => [control.getAttribute('part'), control.getBoundingClientRect()] as const);
        expect(boxes.length).to.equal(4);
        const close: string[] = [];
        for (const [name, box] of boxes) {
          for (const [other, next] of boxes) {
            if (next.top < box.bottom || next.right <= box.left || next.left >= box.right) continue; // not under it
            if (next.top - box.bottom < reach) close.push(`${width} px: ${other} ${next.top - box.bottom} px under ${name}`);
          }
        }
        expect(close, `room for a ${reach} px ring`).to.deep.equal([]);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lines up the filters’ labels and fields in large text', async () => {
    // A select's text keeps the browser's own line height, a text field takes the widget's 1.5: at
    // 32 px text the search field stood 10 px taller than the selects, and its label 10 px higher.
    // A theme's line height (2: 70 px to 64) is the select's concern no more than the widget's.
    for (const style of ['--ccv-font-size: 2rem', '--ccv-font-size: 2rem; --ccv-line-height: 2']) {
      const list = await fixture<LitElement>(html`<ccv-session-list filters style=${style} now="2024-01-01T12:00Z"
        .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', topics: ['OSINT'] }]}></ccv-session-list>`);
      await list.updateComplete;
      const fields = [...list.shadowRoot!.querySelectorAll('.filters select, .filters input')].map((field) => field.getBoundingClientRect());
      const labels = [...list.shadowRoot!.querySelectorAll('.filters label')].map((label) => label.getBoundingClientRect());
      expect(fields.length).to.equal(3);
      expect(fields.every((field) => field.top < fields[0].bottom && field.bottom > fields[0].top), `${style}: the fields on one row`).to.be.true;
      expect(fields.map((field) => Math.round(field.height)), `${style}: as high as each other`).to.deep.equal(fields.map(() => Math.round(fields[0].height)));
      // (Level at their last line: a label that wraps reaches higher, as the row lines up at the bottom.)
      expect(labels.map((label) => Math.round(label.bottom)), `${style}: labels level`).to.deep.equal(labels.map(() => Math.round(labels[0].bottom)));
    }
  });

  it('makes the form’s select as high as its text fields at every text size', async () => {
    // A select keeps the browser's own line height, a text field took the widget's 1.5: at 32 px
    // text (a 200 % text setting) the theme select stood 76 px (Firefox 74) beside 84 px fields.
    for (const style of ['', '--ccv-font-size: 2rem', '--ccv-font-size: 2rem; --ccv-line-height: 2', '--ccv-font-size: 0.75rem']) {
      const form = await fixture<LitElement>(html`<ccv-casus-form style=${style} endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>`);
      await form.updateComplete;
      const heights = [...form.shadowRoot!.querySelectorAll('.field input:not([type=radio], [type=checkbox]), select')].map((field) => Math.round(field.getBoundingClientRect().height));
      expect(heights.length, 'text fields and the select').to.equal(7);
      expect(heights, `${style || 'default text'}: as high as each other`).to.deep.equal(heights.map(() => heights[0]));
      expect(heights[0], `${style || 'default text'}: a 44 px target at least`).to.be.at.least(44);
    }
  });

  it('keeps the people’s labels whole at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const list = await fixture<LitElement>(html`<ccv-session-list
        now="2024-01-01T12:00Z"
        .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', chair: { name: 'Lienke Hutten', organisation: 'CCV' }, panel: [{ name: 'Koen Hermans' }] }]}
      ></ccv-session-list>`);
      for (const term of list.shadowRoot!.querySelectorAll('dt')) {
        const lines = term.getClientRects().length && Math.round(term.getBoundingClientRect().height / parseFloat(getComputedStyle(term).lineHeight));
        expect(lines, term.textContent!).to.equal(1);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lines the people’s names up beside their labels, and puts them under their label where there is no room', async () => {
    const sessions = [{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', chair: { name: 'Lienke Hutten' }, panel: [{ name: 'Koen Hermans' }] }];
    const people = (list: LitElement) => [...list.shadowRoot!.querySelectorAll('dt, dd')].map((element) => element.getBoundingClientRect());
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <ccv-session-list style="inline-size: 700px" now="2024-01-01T12:00Z" .sessions=${sessions}></ccv-session-list>
      <ccv-session-list style="inline-size: 260px" now="2024-01-01T12:00Z" .sessions=${sessions}></ccv-session-list>
      <ccv-session-list style="inline-size: 700px" now="2024-01-01T12:00Z" .sessions=${sessions}
        .messages=${{ chair: 'Dagvoorzitter en gespreksleider van de middag, namens de organisatie' }}></ccv-session-list>
    </div>`);
    const [wide, narrow, longLabel] = [...wrapper.querySelectorAll<LitElement>('ccv-session-list')];
    await Promise.all([wide.updateComplete, narrow.updateComplete, longLabel.updateComplete]);
    {
      const [chair, chairName, panel, panelNames] = people(wide);
      expect(chairName.top, 'the name beside its label').to.equal(chair.top);
      expect(chairName.left).to.be.above(chair.right);
      expect(panel.top, 'the next label on a row of its own').to.be.above(chairName.bottom);
      expect(panelNames.top).to.equal(panel.top);
      expect(panelNames.left, 'the names lined up').to.equal(chairName.left);
    }
    for (const list of [narrow, longLabel]) {
      const [chair, chairName, panel, panelNames] = people(list);
      expect(chairName.top, 'the name under its label').to.be.above(chair.bottom - 1);
      expect(chairName.left).to.equal(chair.left);
      expect(panel.top).to.be.above(chairName.bottom);
      // Where there is room, the other names stay beside their shorter label.
      if (list === longLabel) expect(panelNames.top).to.equal(panel.top);
      else expect(panelNames.top).to.be.above(panel.bottom - 1);
    }
  });

  it('keeps a long name beside its label where there is room, wrapping it there, not under the label', async () => {
    // A chair with a long role and organisation on a wide page: as one line it is wider than the
    // room beside the label. It wraps beside its label, lined up with the panel, as it did in the
    // grid; under the label, it left a gap where the other names stand beside theirs.
    const sessions = [{
      id: 'a', title: 'Sessie', start: '2024-02-01T15:30',
      chair: { name: 'Patrick van den Brink', role: 'directeur veiligheid, openbare orde en crisisbeheersing', organisation: 'Veiligheidsregio Noord-Holland Noord' },
      panel: [{ name: 'Marloes van der Heijden-Brouwer', role: 'programmamanager openbare orde en veiligheid', organisation: "Gemeente 's-Hertogenbosch" }, { name: 'Koen Hermans' }],
    }];
    for (const width of [1000, 600]) {
      const list = await fixture<LitElement>(html`<ccv-session-list style="inline-size: ${width}px" now="2024-01-01T12:00Z" .sessions=${sessions}></ccv-session-list>`);
      await list.updateComplete;
      const [chair, chairName, panel, panelNames] = [...list.shadowRoot!.querySelectorAll('dt, dd')].map((element) => element.getBoundingClientRect());
      expect(chairName.top, `${width} px: the chair beside its label`).to.equal(chair.top);
      expect(panelNames.top, `${width} px: the panel beside its label`).to.equal(panel.top);
      expect(panelNames.left, `${width} px: the names lined up`).to.equal(chairName.left);
    }
  });

  it('takes its width from its text in a host that sizes it by its content (flex row, inline-block)', async () => {
    const sessions = [{ id: 'a', title: `Sessie met een titel van gewone lengte, ${'en nog wat woorden '.repeat(8)}`, start: '2024-02-01T15:30', chair: { name: 'Lienke Hutten' } }];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px">
      <div style="display: flex"><nav style="inline-size: 100px">Menu</nav><ccv-session-list now="2024-01-01T12:00Z" .sessions=${sessions}></ccv-session-list></div>
      <div><ccv-session-list style="display: inline-block" now="2024-01-01T12:00Z" .sessions=${sessions}></ccv-session-list></div>
    </div>`);
    for (const list of wrapper.querySelectorAll<LitElement>('ccv-session-list')) {
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('article')!.getBoundingClientRect().width, 'as wide as its text allows').to.be.above(800);
      const [term, names] = ['dt', 'dd'].map((selector) => list.shadowRoot!.querySelector(selector)!.getBoundingClientRect());
      expect(names.top, 'labels beside the names').to.equal(term.top);
    }
  });

  /** The live badge of a session list on a dark page that set its error colour to `errorColor`. */
  async function liveBadgeOnDarkPage(errorColor: string): Promise<Element> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style=${`--ccv-error-color: ${errorColor}; --ccv-background-color: #262626; --ccv-color: #f2f2f2`}>
      <ccv-session-list now="2024-02-01T15:45+01:00" .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30+01:00' }]}></ccv-session-list>
    </div>`);
    const list = wrapper.firstElementChild as LitElement;
    await list.updateComplete;
    return list.shadowRoot!.querySelector('[part=live-badge]')!;
  }

  it('writes the live badge in a colour that reads on the error red, and in text colour on paper', async () => {
    const badge = await liveBadgeOnDarkPage('#990000');
    expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(153, 0, 0)');
    expect(srgb(getComputedStyle(badge).color), 'not the dark background colour (1.7:1)').to.deep.equal([255, 255, 255]);
    const screen = await printMedia();
    try {
      expect(getComputedStyle(badge).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(badge).color).to.equal('rgb(242, 242, 242)');
    } finally {
      await screen();
    }
  });

  it('writes the live badge in a colour that reads on the light error red a dark page is told to set', async () => {
    // README: on a dark page, set --ccv-error-color to a light red such as #ff8a80. White on it was 2.3:1.
    const badge = await liveBadgeOnDarkPage('#ff8a80');
    const ratio = contrast(srgb(getComputedStyle(badge).color), srgb(getComputedStyle(badge).backgroundColor));
    expect(ratio, `live badge text on #ff8a80: ${getComputedStyle(badge).color}`).to.be.at.least(4.5);
  });

  it('keeps the names beside their labels when a theme lays a session out as a flex column', async () => {
    const style = document.createElement('style');
    style.textContent = 'ccv-session-list::part(session) { display: flex; flex-direction: column; align-items: flex-start }';
    document.head.append(style);
    try {
      const list = await fixture<LitElement>(html`<ccv-session-list style="inline-size: 900px" now="2024-01-01T12:00Z"
        .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', chair: { name: 'Lienke Hutten', organisation: 'CCV' } }]}></ccv-session-list>`);
      const [term, names] = ['dt', 'dd'].map((selector) => list.shadowRoot!.querySelector(selector)!.getBoundingClientRect());
      expect(names.top, 'beside, not squeezed under the label').to.equal(term.top);
      expect(names.right - term.left, 'the whole name on one line').to.be.below(list.getBoundingClientRect().width);
    } finally {
      style.remove();
    }
  });

  it('keeps the labels inside a sidebar at 400 % text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 250px; --ccv-font-size: 4rem">
      <ccv-session-list now="2024-01-01T12:00Z" .sessions=${[{ id: 'a', title: 'Sessie', start: '2024-02-01T15:30', chair: { name: 'Lienke Hutten' } }]}></ccv-session-list>
    </div>`);
    const list = wrapper.firstElementChild as LitElement;
    await list.updateComplete;
    expect(cutOff(list).filter((text) => text.startsWith('dt'))).to.deep.equal([]);
  });

  it('ticks the form’s choices in the theme’s action colour, not the browser’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--ccv-button-background-color: rgb(120, 20, 90)">
      <ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy"></ccv-casus-form>
    </div>`);
    const form = wrapper.firstElementChild as LitElement;
    await form.updateComplete;
    const choices = [...form.shadowRoot!.querySelectorAll('input[type=radio], input[type=checkbox]')];
    expect(choices.length).to.be.greaterThan(1);
    for (const choice of choices) expect(getComputedStyle(choice).accentColor, choice.getAttribute('name')!).to.equal('rgb(120, 20, 90)');
  });
});
