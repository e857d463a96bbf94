import { expect, fixture, html } from '@open-wc/testing';
import { nearestLanguageTag, resolveLanguage } from '../../src/base/language.js';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/config/config.js';
import { registerMessages, resetMessages } from '../../src/i18n/catalogue.js';
import type { TestWidget } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';
import { settle, stubWarn } from '../helpers.js';

const text = (widget: TestWidget) => widget.shadowRoot!.querySelector('.text')!.textContent;

describe('language resolution', () => {
  const root = document.documentElement;
  let htmlLang: string | null;

  beforeEach(() => {
    htmlLang = root.getAttribute('lang');
    root.removeAttribute('lang');
    resetWarnings();
  });
  afterEach(() => {
    if (htmlLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', htmlLang);
  });

  it('defaults to Dutch when nothing says otherwise', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    expect(widget.language).to.equal('nl');
    expect(text(widget)).to.equal('Opnieuw proberen');
    expect(widget.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('nl');
  });

  it('follows <html lang>', async () => {
    root.setAttribute('lang', 'en');
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    expect(widget.language).to.equal('en');
    expect(text(widget)).to.equal('Try again');
  });

  it('prefers the nearest ancestor over <html lang>', async () => {
    root.setAttribute('lang', 'en');
    const section = await fixture(html`<section lang="nl"><div><ccv-test-widget></ccv-test-widget></div></section>`);
    expect(section.querySelector('ccv-test-widget')!.language).to.equal('nl');
  });

  it('counts <ccv-config lang> as an ancestor', async () => {
    const config = await fixture(html`<ccv-config lang="en"><ccv-test-widget></ccv-test-widget></ccv-config>`);
    expect(config.querySelector('ccv-test-widget')!.language).to.equal('en');
  });

  it("prefers the widget's own lang over every ancestor", async () => {
    root.setAttribute('lang', 'nl');
    const config = await fixture(html`<ccv-config lang="nl"><ccv-test-widget lang="en"></ccv-test-widget></ccv-config>`);
    expect(config.querySelector('ccv-test-widget')!.language).to.equal('en');
  });

  it('crosses shadow roots to find an ancestor', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article><ccv-test-widget></ccv-test-widget></article>';
    const widget = shadow.querySelector('ccv-test-widget')!;
    await widget.updateComplete;
    expect(nearestLanguageTag(widget)).to.equal('en');
    expect(widget.language).to.equal('en');
  });

  it('takes the language of a <ccv-config> that wraps the slot a widget is shown in, as it takes its settings', async () => {
    // A component whose shadow root puts its content inside a config; the page's own tree says Dutch.
    const host = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const component = document.createElement('div');
    component.attachShadow({ mode: 'open' }).innerHTML = '<ccv-config lang="en"><slot></slot></ccv-config>';
    component.innerHTML = '<ccv-test-widget></ccv-test-widget>';
    host.append(component);
    const widget = component.querySelector('ccv-test-widget')!;
    await settle(widget);
    expect(nearestLanguageTag(widget)).to.equal('en');
    expect(text(widget)).to.equal('Try again');
    // And a change there re-renders it.
    (component.shadowRoot!.querySelector('ccv-config') as HTMLElement).lang = 'nl';
    await settle(widget);
    expect(text(widget)).to.equal('Opnieuw proberen');
  });

  it('maps regional tags to their language (en-GB → en, nl-BE → nl)', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><ccv-test-widget></ccv-test-widget></div>`);
    expect(resolveLanguage(wrapper.querySelector('ccv-test-widget')!)).to.equal('en');
    wrapper.setAttribute('lang', 'nl-BE');
    expect(resolveLanguage(wrapper.querySelector('ccv-test-widget')!)).to.equal('nl');
  });

  it('skips an empty lang attribute', async () => {
    const wrapper = await fixture(html`<div lang="en"><p lang=""><ccv-test-widget></ccv-test-widget></p></div>`);
    expect(wrapper.querySelector('ccv-test-widget')!.language).to.equal('en');
  });

  it('falls back to Dutch with one warning for an unsupported language', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(
        html`<div lang="de"><ccv-test-widget></ccv-test-widget><ccv-test-widget></ccv-test-widget></div>`,
      );
      const widgets = [...wrapper.querySelectorAll('ccv-test-widget')];
      expect(widgets.map((widget) => widget.language)).to.deep.equal(['nl', 'nl']);
      expect(text(widgets[0])).to.equal('Opnieuw proberen');
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0][0])).to.contain('lang="de"');
    } finally {
      warn.restore();
    }
  });

  describe('changes at run time re-render the widget', () => {
    it('on <html>', async () => {
      const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
      root.setAttribute('lang', 'en');
      await settle(widget);
      expect(text(widget)).to.equal('Try again');
    });

    it('on an ancestor across a shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
      host.attachShadow({ mode: 'open' }).innerHTML = '<ccv-test-widget></ccv-test-widget>';
      const widget = host.shadowRoot!.querySelector('ccv-test-widget')!;
      await widget.updateComplete;
      expect(text(widget)).to.equal('Opnieuw proberen');
      host.setAttribute('lang', 'en');
      await settle(widget);
      expect(text(widget)).to.equal('Try again');
    });

    it('on an ancestor inside closed shadow roots, two deep, for each widget there', async () => {
      // A site component whose closed shadow root holds another component, with our widgets inside.
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const outerRoot = outer.attachShadow({ mode: 'closed' });
      outerRoot.innerHTML = '<section lang="nl"><div class="inner"></div><ccv-test-widget></ccv-test-widget></section>';
      const innerRoot = outerRoot.querySelector('.inner')!.attachShadow({ mode: 'closed' });
      innerRoot.innerHTML = '<p><span><ccv-test-widget></ccv-test-widget></span></p>';
      const widgets = [innerRoot.querySelector('ccv-test-widget')!, outerRoot.querySelector('ccv-test-widget')!];
      await Promise.all(widgets.map((widget) => settle(widget)));
      expect(widgets.map(text)).to.deep.equal(['Opnieuw proberen', 'Opnieuw proberen']);
      outerRoot.querySelector('section')!.setAttribute('lang', 'en');
      await Promise.all(widgets.map((widget) => settle(widget)));
      expect(widgets.map(text)).to.deep.equal(['Try again', 'Try again']);
      innerRoot.querySelector('span')!.setAttribute('lang', 'nl');
      await Promise.all(widgets.map((widget) => settle(widget)));
      expect(widgets.map(text)).to.deep.equal(['Opnieuw proberen', 'Try again']);
    });

    it('on <ccv-config>', async () => {
      const config = await fixture<HTMLElement>(html`<ccv-config lang="nl"><ccv-test-widget></ccv-test-widget></ccv-config>`);
      const widget = config.querySelector('ccv-test-widget')!;
      config.lang = 'en';
      await settle(widget);
      expect(text(widget)).to.equal('Try again');
    });

    it('on the widget itself, by property or attribute', async () => {
      const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
      widget.lang = 'en';
      await widget.updateComplete;
      expect(text(widget)).to.equal('Try again');
      expect(widget.getAttribute('lang')).to.equal('en');
      widget.setAttribute('lang', 'nl');
      await widget.updateComplete;
      expect(text(widget)).to.equal('Opnieuw proberen');
    });

    it('keeps lang a string, as on every element', async () => {
      const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
      const config = await fixture<HTMLElement>(html`<ccv-config></ccv-config>`);
      for (const element of [widget, config]) {
        expect(element.lang).to.equal('');
        element.setAttribute('lang', 'en');
        expect(element.lang).to.equal('en');
        element.removeAttribute('lang');
        expect(element.lang).to.equal('');
      }
      await widget.updateComplete;
      expect(text(widget)).to.equal('Opnieuw proberen');
    });

    it('when the widget moves to another part of the page', async () => {
      const wrapper = await fixture(
        html`<div><section lang="nl"><ccv-test-widget></ccv-test-widget></section><section lang="en"></section></div>`,
      );
      const widget = wrapper.querySelector('ccv-test-widget')!;
      wrapper.querySelector('[lang=en]')!.append(widget);
      await settle(widget);
      expect(text(widget)).to.equal('Try again');
      wrapper.querySelector('[lang=en]')!.setAttribute('lang', 'nl');
      await settle(widget);
      expect(text(widget)).to.equal('Opnieuw proberen');
    });

    it("when the widget moves into an iframe's document, whose ancestors are of another window", async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc='<!doctype html><html lang="en"><body><main></main></body></html>'></iframe>`);
      await new Promise((resolve) => (frame.contentDocument?.querySelector('main') ? resolve(null) : frame.addEventListener('load', resolve, { once: true })));
      const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
      expect(text(widget)).to.equal('Opnieuw proberen');
      const inner = frame.contentDocument!;
      inner.querySelector('main')!.append(inner.adoptNode(widget));
      await settle(widget);
      expect(nearestLanguageTag(widget)).to.equal('en');
      expect(text(widget)).to.equal('Try again');
      // Its new ancestors are watched, not the old page's.
      inner.querySelector('main')!.setAttribute('lang', 'nl');
      await settle(widget);
      expect(text(widget)).to.equal('Opnieuw proberen');
      root.setAttribute('lang', 'en');
      await settle(widget);
      expect(text(widget)).to.equal('Opnieuw proberen');
      // Detached there, its own document's <html lang> counts, not this page's.
      root.setAttribute('lang', 'nl');
      inner.querySelector('main')!.removeAttribute('lang');
      widget.remove();
      expect(nearestLanguageTag(widget)).to.equal('en');
    });
  });

  describe('wording', () => {
    afterEach(() => resetMessages());

    it('takes page-wide overrides for one language, merged with the catalogue', async () => {
      const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
      registerMessages('test-widget', 'nl', { retry: 'Nog een keer' });
      await settle(widget);
      expect(text(widget)).to.equal('Nog een keer');
      expect(widget.shadowRoot!.querySelector('button')!.textContent).to.equal('Bezig met laden…');
      widget.lang = 'en';
      await widget.updateComplete;
      expect(text(widget)).to.equal('Try again');
    });

    it("lets the widget's own messages win over page-wide ones", async () => {
      registerMessages('test-widget', 'nl', { retry: 'Nog een keer' });
      const widget = await fixture<TestWidget>(html`<ccv-test-widget .messages=${{ retry: 'Probeer opnieuw' }}></ccv-test-widget>`);
      expect(text(widget)).to.equal('Probeer opnieuw');
    });
  });
});
