/**
 * The CDN file on partner-like pages (built by `npm test`'s pretest step):
 * hostile global CSS, and a strict Content Security Policy with Trusted Types.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, waitUntil } from '../helpers.js';

const open = async (path: string) => ({
  page: await openHostPage(
    path,
    (page) => page.querySelector('ccv-session-list')?.shadowRoot?.querySelector('article') && page.querySelector('ccv-casus-form')?.shadowRoot?.querySelector('form'),
    'every widget rendered',
  ),
});

const shadow = (page: Document, tag: string, selector: string) => page.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)!;

/**
 * Uses each widget as a visitor would and waits until each has answered: a year filter narrows the
 * list, an empty form shows its summary of problems, and a copy button says what it did (copied, or,
 * where the browser refuses the clipboard to a script's click, that the text is selected to copy).
 */
async function useEveryWidget(page: Document): Promise<void> {
  const list = page.querySelector('ccv-session-list')!.shadowRoot!;
  const sessions = () => list.querySelectorAll('article').length;
  const before = sessions();
  const year = shadow(page, 'ccv-session-list', '#year') as HTMLSelectElement;
  year.value = year.options[1].value;
  year.dispatchEvent(new Event('change'));
  await waitUntil(() => sessions() > 0 && sessions() < before, `the list filtered to ${year.value}`);
  shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
  await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=error-summary]')?.getBoundingClientRect().height, 'the error summary shown');
  shadow(page, 'ccv-contact-card', '[part~=copy-button]').click();
  const status = shadow(page, 'ccv-contact-card', '[part=status]');
  await waitUntil(() => /^(E-mailadres gekopieerd|Kopiëren lukte niet)/.test(status.textContent!), 'the copy announced');
}

/** Contrast (WCAG 2.2) of an element's text against the first opaque background behind it, in a page's window. */
function colours(view: Window) {
  // sRGB channels of a computed colour: rgb()/rgba(), or color(srgb …) as color-mix() computes.
  const channels = (value: string) => {
    const numbers = value.match(/[\d.]+/g)!.map(Number);
    const [r, g, b, a = 1] = value.startsWith('color(') ? numbers.map((n, i) => (i < 3 ? n * 255 : n)) : numbers;
    return { rgb: [r, g, b], alpha: a };
  };
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // The first opaque background behind an element, up through shadow roots to the page.
  const backdrop = (element: Element) => {
    for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
      const background = channels(view.getComputedStyle(node).backgroundColor);
      if (background.alpha > 0.5) return background.rgb;
    }
    return [255, 255, 255];
  };
  const contrast = (element: Element) => {
    const [a, b] = [luminance(channels(view.getComputedStyle(element).color).rgb), luminance(backdrop(element))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  };
  return { luminance, backdrop, contrast };
}

describe('host pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps every widget looking and working as designed under hostile global CSS', async () => {
    const { page } = await open('/test/host-pages/hostile.html');
    const view = page.defaultView!;
    // The page really is hostile:
    expect(view.getComputedStyle(page.body).fontFamily).to.equal('serif');
    const accept = shadow(page, 'ccv-consent-video', '[part=accept-button]');
    const style = view.getComputedStyle(accept);
    expect(style.fontFamily).not.to.equal('serif');
    // Text follows the page's root size (1rem), so a reader's own font-size setting keeps working.
    expect(style.fontSize).to.equal(view.getComputedStyle(page.documentElement).fontSize);
    expect(style.fontWeight).to.equal('600');
    expect(style.backgroundColor).to.equal('rgb(0, 84, 138)');
    expect(accept.getBoundingClientRect().height).to.be.at.least(44);
    const title = shadow(page, 'ccv-session-list', '[part=session-title]');
    expect(view.getComputedStyle(title).fontFamily).not.to.equal('serif');
    const input = shadow(page, 'ccv-casus-form', '[name=email]');
    expect(view.getComputedStyle(input).borderTopWidth).to.equal('2px');
    const link = shadow(page, 'ccv-contact-card', '[part~=email-link]');
    expect(view.getComputedStyle(link).color).to.equal('rgb(0, 84, 138)');
    // Its outline reset reaches no focus ring of ours (2.4.7), in any widget.
    const rings = [accept, shadow(page, 'ccv-session-list', '[part=calendar-link]'), input, link].map((control) => {
      control.focus();
      const ring = view.getComputedStyle(control);
      return `${control.localName}: ${ring.outlineStyle} ${parseFloat(ring.outlineWidth) >= 2 ? 'wide' : ring.outlineWidth}`;
    });
    expect(rings).to.deep.equal(['button: solid wide', 'a: solid wide', 'input: solid wide', 'a: solid wide']);
    // And still works: accepting shows the player although the page hides iframes.
    accept.click();
    const frame = shadow(page, 'ccv-consent-video', 'iframe');
    expect(view.getComputedStyle(frame).display).to.equal('block');
    view.localStorage.removeItem('ccv-consent');
  });

  it('keeps every widget in the page, every control its size, and every widget at work under hostile global CSS', async () => {
    const { page } = await open('/test/host-pages/hostile.html');
    const view = page.defaultView!;
    const width = page.documentElement.clientWidth;
    for (const tag of ['ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card']) {
      const widget = page.querySelector(tag)!;
      expect(widget.getBoundingClientRect().right, `${tag} inside the page`).to.be.at.most(width);
      // The page's "button { all: unset }" and "box-sizing: content-box" take no button, field or link of ours
      // below the target size, nor its border.
      for (const control of widget.shadowRoot!.querySelectorAll<HTMLElement>('button, select, input:not([type=radio], [type=checkbox]), [part~=copy-button], [part~=vcard-link]')) {
        expect(control.getBoundingClientRect().height, `${tag} ${control.getAttribute('part') ?? control.id}`).to.be.at.least(44);
      }
    }
    expect(page.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
    const copy = view.getComputedStyle(shadow(page, 'ccv-contact-card', '[part~=copy-button]'));
    expect([copy.borderTopWidth, copy.borderTopStyle, copy.cursor]).to.deep.equal(['1px', 'solid', 'pointer']);
    expect(view.getComputedStyle(shadow(page, 'ccv-contact-card', '[part~=name]')).fontFamily).not.to.equal('serif');
    await useEveryWidget(page);
  });

  it("loads a returning visitor's video by itself, two seconds after the page has loaded, on a site without a consent manager", async () => {
    // Consent given on an earlier visit, in our own store.
    localStorage.setItem('ccv-consent', JSON.stringify({ v: 1, granted: { marketing: Date.now() - 86_400_000 } }));
    try {
      const page = await openHostPage('/test/host-pages/returning.html', (doc) => doc.querySelector('ccv-consent-video')?.shadowRoot?.querySelector('[part=accept-button]'), 'the placeholder');
      const loadedAt = performance.now();
      const frame = () => page.querySelector('ccv-consent-video')!.shadowRoot!.querySelector('iframe');
      // Not at once: a tag manager may still bring the site's consent manager.
      expect(!!frame(), 'no player right after the load').to.be.false;
      await waitUntil(frame, 'the player', { timeout: 6000 });
      expect(performance.now() - loadedAt, 'about two seconds after the load').to.be.at.least(1000);
    } finally {
      localStorage.removeItem('ccv-consent');
    }
  });

  describe('opened at a part of the page below a list that loads its sessions (#casus)', () => {
    const sessionsIn = (page: Document) => page.querySelector('ccv-session-list')?.shadowRoot?.querySelector('article');
    const opened = () => openHostPage('/test/host-pages/fragment.html#casus', (page) => page.querySelector('ccv-session-list')?.shadowRoot, 'the list');

    it('keeps that part where the browser showed it when the sessions push it down', async () => {
      // Chromium and Firefox keep no scroll anchor for it: the sessions moved it 2,300 px out of sight.
      const page = await opened();
      const target = page.getElementById('casus')!;
      expect(Math.abs(target.getBoundingClientRect().top), 'scrolled to by the browser').to.be.lessThan(3);
      await waitUntil(() => sessionsIn(page), 'the sessions', { timeout: 8000 });
      await (page.querySelector('ccv-session-list') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(Math.abs(target.getBoundingClientRect().top), 'still in view').to.be.lessThan(3);
    });

    it('leaves a visitor who scrolled on where they are', async () => {
      const page = await opened();
      const view = page.defaultView!;
      // (After the browser's own scroll to the fragment, which it makes in a frame after the load.)
      await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
      view.scrollTo(0, 0);
      await waitUntil(() => sessionsIn(page), 'the sessions', { timeout: 8000 });
      await (page.querySelector('ccv-session-list') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(view.scrollY).to.equal(0);
    });
  });

  it('takes the colours, font and focus style of a real NL Design System theme', async () => {
    const { page } = await open('/test/host-pages/nlds.html');
    const view = page.defaultView!;
    const probe = (id: string) => view.getComputedStyle(page.getElementById(id)!);
    const theme = { button: probe('probe-button'), link: probe('probe-link'), focus: probe('probe-focus') };
    // The theme is really there, and differs from our defaults.
    expect(theme.button.backgroundColor).not.to.equal('rgb(0, 84, 138)');
    expect(theme.link.fontFamily).to.contain('Noto Sans');
    const button = view.getComputedStyle(shadow(page, 'ccv-consent-video', '[part=accept-button]'));
    expect(button.backgroundColor).to.equal(theme.button.backgroundColor);
    expect(button.color).to.equal(theme.button.color);
    expect(button.fontFamily).to.equal(theme.link.fontFamily);
    const link = view.getComputedStyle(shadow(page, 'ccv-contact-card', '[part~=email-link]'));
    expect(link.color).to.equal(theme.link.color);
    const submit = shadow(page, 'ccv-casus-form', '[part=submit-button]');
    expect(view.getComputedStyle(submit).backgroundColor).to.equal(theme.button.backgroundColor);
    // Form controls take the theme's corners (square in this theme; ours are rounded).
    const fieldRadius = probe('probe-field').borderTopLeftRadius;
    expect(fieldRadius).not.to.equal('4px');
    for (const [tag, control] of [['ccv-casus-form', '[name=name]'], ['ccv-session-list', 'input']]) {
      expect(view.getComputedStyle(shadow(page, tag, control)).borderTopLeftRadius, `${tag} ${control}`).to.equal(fieldRadius);
    }
    // The focus ring takes the theme's focus colour, style and width, as drawn on a focused control
    // (the theme's ring is dotted and 2 px, ours solid and 3 px).
    const accept = shadow(page, 'ccv-consent-video', '[part=accept-button]');
    expect(view.getComputedStyle(page.body).getPropertyValue('--utrecht-focus-outline-color').trim()).not.to.equal('');
    expect(view.getComputedStyle(accept).getPropertyValue('--_focus-outline-color').trim()).to.equal(
      view.getComputedStyle(page.body).getPropertyValue('--utrecht-focus-outline-color').trim(),
    );
    const ring = (style: CSSStyleDeclaration) => [style.outlineStyle, style.outlineWidth, style.outlineColor];
    expect(ring(theme.focus)[0], 'the theme has a ring unlike ours').not.to.equal('solid');
    for (const control of [accept, shadow(page, 'ccv-contact-card', '[part~=email-link]'), shadow(page, 'ccv-casus-form', '[name=name]')]) {
      control.focus();
      expect(ring(view.getComputedStyle(control)), control.getAttribute('part') ?? control.localName).to.deep.equal(ring(theme.focus));
    }
  });

  it('keeps text readable in a dark NL Design System theme', async () => {
    const { page } = await open('/test/host-pages/nlds-dark.html');
    const view = page.defaultView!;
    const { luminance, backdrop, contrast } = colours(view);
    expect(luminance(backdrop(page.body)), 'the page really is dark').to.be.below(0.1);
    const texts: [string, string][] = [
      ['ccv-consent-video', '[part=title]'],
      ['ccv-consent-video', '[part=notice]'],
      ['ccv-session-list', 'label'],
      ['ccv-session-list', '.topics li'],
      ['ccv-session-list', '[part=session-title]'],
      ['ccv-casus-form', 'label'],
      ['ccv-contact-card', '[part~=name]'],
      // A secondary button on the placeholder's tint: the link colour alone on the tint fell below.
      ['ccv-consent-video', '[part=once-button]'],
      // The consent manager's settings, a link-like button on that tint.
      ['#managed', '[part=settings-button]'],
    ];
    for (const [tag, selector] of texts) {
      const element = shadow(page, tag, selector);
      expect(element, `${tag} ${selector}`).to.exist;
      expect(contrast(element), `${tag} ${selector}`).to.be.at.least(4.5);
    }
  });

  it("keeps a video's error readable in the tinted video box of the Rijkshuisstijl theme", async () => {
    const page = await openHostPage('/test/host-pages/nlds-rhc.html', (doc) => doc.querySelector('ccv-consent-video')?.shadowRoot?.querySelector('[part=error]'), 'the error');
    const view = page.defaultView!;
    const { contrast } = colours(view);
    const error = shadow(page, 'ccv-consent-video', '[part=error]');
    const heading = error.querySelector('strong')!;
    // The theme's error colour is its own, and reads on its own white (5.0:1); on our 6 % tint of the
    // text colour it fell to 4.4:1.
    expect(view.getComputedStyle(heading).color).to.equal('rgb(213, 43, 30)');
    expect(contrast(heading), 'the error heading').to.be.at.least(4.5);
    for (const text of error.querySelectorAll('p')) expect(contrast(text), text.textContent!).to.be.at.least(4.5);
  });

  it('runs under a strict CSP with Trusted Types without a single violation', async () => {
    // The page really comes with exactly the policy of issue 7.
    const sent = (await fetch('/test/host-pages/csp.html')).headers.get('Content-Security-Policy');
    expect(sent).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; require-trusted-types-for 'script'",
    );
    const { page } = await open('/test/host-pages/csp.html');
    const view = page.defaultView as unknown as Window & { __violations: string[] };
    // Interact: a consent click (the frame-src allows the privacy domain), a filter, the form's summary, a copy.
    shadow(page, 'ccv-consent-video', '[part=accept-button]').click();
    await waitUntil(() => shadow(page, 'ccv-consent-video', 'iframe'), 'the player');
    await useEveryWidget(page);
    for (const tag of ['ccv-session-list', 'ccv-contact-card']) {
      expect(page.querySelector(`${tag} > script[type="application/ld+json"]`), `${tag}: JSON-LD written through a Trusted Types policy`).to.exist;
    }
    expect(shadow(page, 'ccv-contact-card', '[part~=vcard-link]').getAttribute('href')).to.match(/^data:text\/vcard;charset=utf-8,BEGIN%3AVCARD/);
    // A violation is reported in a task of its own, after the work that caused it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(view.__violations).to.deep.equal([]);
    view.localStorage.removeItem('ccv-consent');
  });

  it('leaves JSON-LD out, without a report per update, where the policy allows Lit but not our JSON-LD', async () => {
    const { page } = await open('/test/host-pages/csp.html?policies=lit-html');
    const view = page.defaultView as unknown as Window & { __violations: string[] };
    shadow(page, 'ccv-casus-form', '[part=submit-button]').click();
    await waitUntil(() => shadow(page, 'ccv-casus-form', '[part=error-summary]') && view.__violations.length >= 2, 'the error summary and the reports');
    // Later updates (the summary's) would report in tasks of their own.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.querySelector('script[type="application/ld+json"]')).to.be.null;
    // The refused policy name, and the plain string tried once after it; nothing for later updates.
    expect(view.__violations).to.deep.equal(['trusted-types trusted-types-policy', 'require-trusted-types-for trusted-types-sink']);
  });

  it('still writes JSON-LD where the policy lists names but does not require Trusted Types', async () => {
    const { page } = await open('/test/host-pages/csp.html?policies=lit-html&require=no');
    const view = page.defaultView as unknown as Window & { __violations: string[] };
    await waitUntil(() => page.querySelector('ccv-session-list > script[type="application/ld+json"]'), 'JSON-LD written as a plain string');
    expect(view.__violations).to.deep.equal(['trusted-types trusted-types-policy']);
  });
});
