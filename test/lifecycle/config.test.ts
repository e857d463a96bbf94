/**
 * <ccv-config> as single-page apps and CMS previews treat it: settings changed after its widgets
 * rendered (also while they, or it, were off the page), nested configs moved, many made and removed.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import { CcvConfig } from '../../src/config/config.js';
import '../../src/consent-video/consent-video.js';
import type { TestWidget } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';
import { track } from './track.js';

/** Lets a change reach the widget (context, or a MutationObserver for `lang`), then its render. */
const rendered = async (widget: { updateComplete: Promise<unknown> }) => {
  await aTimeout(0);
  await widget.updateComplete;
};

describe('<ccv-config> lifecycle', () => {
  beforeEach(() => resetWarnings());

  it('passes an outer config’s changes through an inner one, and its value where the inner one’s is removed', async () => {
    const outer = await fixture<CcvConfig>(html`<ccv-config casus-endpoint="/a" privacy-url="/privacy">
      <ccv-config casus-endpoint="/b"><ccv-test-widget></ccv-test-widget></ccv-config>
    </ccv-config>`);
    const inner = outer.querySelector<CcvConfig>('ccv-config')!;
    const widget = outer.querySelector<TestWidget>('ccv-test-widget')!;
    expect(widget.endpoint).to.equal('/b');
    inner.removeAttribute('casus-endpoint');
    await rendered(widget);
    expect(widget.endpoint, "the outer config's").to.equal('/a');
    outer.setAttribute('casus-endpoint', '/c');
    await rendered(widget);
    expect(widget.endpoint).to.equal('/c');
    outer.removeAttribute('casus-endpoint');
    await rendered(widget);
    expect(widget.endpoint, 'none: the default').to.be.undefined;
    expect(inner.settings.privacyUrl).to.equal('/privacy');
  });

  it('stops passing on what it no longer wraps, and passes on again when put back, with changes made meanwhile', async () => {
    const outer = await fixture<CcvConfig>(html`<ccv-config casus-endpoint="/a" privacy-url="/privacy">
      <ccv-config><ccv-test-widget></ccv-test-widget></ccv-config>
    </ccv-config>`);
    const inner = outer.querySelector<CcvConfig>('ccv-config')!;
    const widget = outer.querySelector<TestWidget>('ccv-test-widget')!;
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    try {
      elsewhere.append(inner);
      await rendered(widget);
      expect([inner.settings.privacyUrl, widget.endpoint]).to.deep.equal([undefined, undefined]);
      outer.append(inner);
      await rendered(widget);
      expect([inner.settings.privacyUrl, widget.endpoint]).to.deep.equal(['/privacy', '/a']);
      // The whole block taken off the page, changed, and put back (a CMS preview that re-renders it).
      outer.remove();
      outer.setAttribute('casus-endpoint', '/e');
      outer.setAttribute('lang', 'en');
      elsewhere.append(outer);
      await rendered(widget);
      expect(widget.endpoint).to.equal('/e');
      expect(widget.language, 'its language').to.equal('en');
    } finally {
      elsewhere.remove();
    }
  });

  it('made, filled with widgets and removed 200 times, leaves no listener or timer behind', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const counts = track();
    const make = async () => {
      const config = document.createElement('ccv-config');
      config.setAttribute('consent-source', 'builtin');
      config.setAttribute('lang', 'en');
      config.innerHTML = '<ccv-consent-video video-id="M7lc1UVf-VE"></ccv-consent-video><ccv-test-widget></ccv-test-widget>';
      host.append(config);
      await (config.lastElementChild as TestWidget).updateComplete;
      config.remove();
    };
    try {
      await make();
      const before = counts.listeners();
      const timers = counts.timers();
      for (let i = 0; i < 200; i += 1) await make();
      expect(counts.listeners()).to.deep.equal(before);
      expect(counts.timers()).to.be.at.most(timers);
    } finally {
      counts.stop();
    }
  });
});
