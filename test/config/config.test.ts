import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import { CcvConfig } from '../../src/config/config.js';
import type { TestWidget } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';
import { settle, stubWarn, warmUpAxe } from '../helpers.js';

before(warmUpAxe);

describe('<ccv-config>', () => {
  beforeEach(() => resetWarnings());

  it('provides its settings to widgets inside it', async () => {
    const config = await fixture<CcvConfig>(html`
      <ccv-config casus-endpoint="/api/casus" consent-source="klaro">
        <div><ccv-test-widget></ccv-test-widget></div>
      </ccv-config>
    `);
    const widget = config.querySelector('ccv-test-widget')!;
    expect(widget.endpoint).to.equal('/api/casus');
    expect(widget.consentSource).to.equal('klaro');
  });

  it("lets a widget's own attribute win over the context", async () => {
    const config = await fixture<CcvConfig>(html`
      <ccv-config casus-endpoint="/api/casus">
        <ccv-test-widget casus-endpoint="/elsewhere"></ccv-test-widget>
      </ccv-config>
    `);
    expect(config.querySelector('ccv-test-widget')!.endpoint).to.equal('/elsewhere');
  });

  it('leaves widgets without a provider on their own defaults', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    expect(widget.endpoint).to.be.undefined;
    expect(widget.consentSource).to.be.undefined;
  });

  it('reaches widgets inside shadow roots', async () => {
    const config = await fixture<CcvConfig>(html`<ccv-config casus-endpoint="/api/casus"><div></div></ccv-config>`);
    const host = config.querySelector('div')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<ccv-test-widget></ccv-test-widget>';
    const widget = host.shadowRoot!.querySelector('ccv-test-widget')!;
    await widget.updateComplete;
    expect(widget.endpoint).to.equal('/api/casus');
  });

  it('updates widgets when a setting changes, and re-renders them', async () => {
    const config = await fixture<CcvConfig>(html`<ccv-config casus-endpoint="/a"><ccv-test-widget></ccv-test-widget></ccv-config>`);
    const widget = config.querySelector('ccv-test-widget')!;
    let updates = 0;
    const original = widget.requestUpdate.bind(widget);
    widget.requestUpdate = (...args: Parameters<TestWidget['requestUpdate']>) => {
      updates += 1;
      original(...args);
    };
    config.setAttribute('casus-endpoint', '/b');
    await settle(config);
    expect(widget.endpoint).to.equal('/b');
    expect(updates).to.be.greaterThan(0);
  });

  it('lets the nearest provider win when configs nest', async () => {
    const outer = await fixture<CcvConfig>(html`
      <ccv-config privacy-url="/privacy" casus-endpoint="/outer">
        <ccv-config casus-endpoint="/inner"><ccv-test-widget></ccv-test-widget></ccv-config>
      </ccv-config>
    `);
    const widget = outer.querySelector('ccv-test-widget')!;
    expect(widget.endpoint).to.equal('/inner');
    // What the inner config does not set comes from the outer one.
    expect(outer.querySelector<CcvConfig>('ccv-config ccv-config')!.settings.privacyUrl).to.equal('/privacy');
  });

  it('reaches widgets that upgraded before the config did', async () => {
    const wrapper = await fixture(html`<div>
      <ccv-config-late casus-endpoint="/late"><ccv-test-widget></ccv-test-widget></ccv-config-late>
    </div>`);
    const widget = wrapper.querySelector('ccv-test-widget')!;
    expect(widget.endpoint).to.be.undefined;
    customElements.define('ccv-config-late', class extends CcvConfig {});
    await settle(widget);
    expect(widget.endpoint).to.equal('/late');
  });

  it('lets go of the early requests of widgets that are gone, and still reaches the ones that wait', async () => {
    const wrapper = await fixture(html`<div><ccv-config-later casus-endpoint="/later"><ccv-test-widget></ccv-test-widget></ccv-config-later></div>`);
    const waiting = wrapper.querySelector('ccv-test-widget')!;
    const away = document.createElement('ccv-test-widget'); // off the page, but kept: it may come back
    document.body.append(away);
    away.remove();
    // A single-page app makes and drops widgets on a page without <ccv-config>.
    for (let round = 0; round < 300; round += 1) {
      const widget = document.createElement('ccv-test-widget');
      document.body.append(widget);
      widget.remove();
    }
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      // (Chromium with --expose-gc; Firefox over WebDriver BiDi has no gc(): there the rest is checked.)
      await aTimeout(0);
      gc();
      // As many again after the collection: the requests of the first ones are let go on the way.
      for (let round = 0; round < 300; round += 1) {
        const widget = document.createElement('ccv-test-widget');
        document.body.append(widget);
        widget.remove();
      }
      const root = (globalThis as Record<symbol, { pendingContextRequests: Map<unknown, { requests: unknown[] }> }>)[Symbol.for('ccv-leerkring.context-root')];
      const pending = [...root.pendingContextRequests.values()].reduce((sum, { requests }) => sum + requests.length, 0);
      expect(pending, 'requests of the collected widgets let go (602 were made)').to.be.below(450);
    }
    customElements.define('ccv-config-later', class extends CcvConfig {});
    await settle(waiting);
    expect(waiting.endpoint).to.equal('/later');
    // The widget that was only off the page comes back into a config that upgrades later still.
    const config = document.createElement('ccv-config-latest');
    config.setAttribute('casus-endpoint', '/back');
    config.append(away);
    wrapper.append(config);
    customElements.define('ccv-config-latest', class extends CcvConfig {});
    await settle(away);
    expect(away.endpoint, 'the widget that was only off the page').to.equal('/back');
  });

  it('warns once about a language it has no text for', async () => {
    const warn = stubWarn();
    try {
      const config = await fixture<CcvConfig>(html`<ccv-config lang="fr"></ccv-config>`);
      expect(config.settings.lang).to.be.undefined;
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0][0])).to.contain('lang="fr"');
    } finally {
      warn.restore();
    }
  });

  it('ignores an unknown consent-source with one warning (the widgets then use "auto")', async () => {
    const warn = stubWarn();
    try {
      const config = await fixture<CcvConfig>(html`
        <ccv-config consent-source="cookiebott"><ccv-test-widget></ccv-test-widget></ccv-config>
      `);
      expect(config.settings.consentSource).to.be.undefined;
      expect(config.querySelector('ccv-test-widget')!.consentSource).to.be.undefined;
      config.setAttribute('privacy-url', '/privacy');
      await settle(config);
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0][0])).to.contain('cookiebott');
    } finally {
      warn.restore();
    }
  });

  it('does not warn for valid settings, and normalises case', async () => {
    const warn = stubWarn();
    try {
      const config = await fixture<CcvConfig>(html`<ccv-config consent-source=" OneTrust " lang="en"></ccv-config>`);
      expect(config.settings).to.deep.equal({ consentSource: 'onetrust', lang: 'en' });
      expect(warn.calls).to.have.length(0);
    } finally {
      warn.restore();
    }
  });

  it('stops providing to a widget taken out of it, and to a config taken out of another', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <ccv-config casus-endpoint="/a" consent-source="klaro">
          <ccv-config id="inner" privacy-url="/privacy"><ccv-test-widget></ccv-test-widget></ccv-config>
        </ccv-config>
        <ccv-config id="other" casus-endpoint="/b"></ccv-config>
        <section></section>
      </div>
    `);
    const widget = page.querySelector('ccv-test-widget')!;
    const inner = page.querySelector<CcvConfig>('#inner')!;
    expect(widget.endpoint).to.equal('/a');
    page.querySelector('section')!.append(inner);
    await settle(widget);
    expect(inner.settings).to.deep.equal({ privacyUrl: '/privacy' });
    expect(widget.endpoint).to.be.undefined;
    page.querySelector('section')!.append(widget);
    await settle(widget);
    expect(widget.endpoint).to.be.undefined;
    expect(widget.consentSource).to.be.undefined;
    page.querySelector('#other')!.append(widget);
    await settle(widget);
    expect(widget.endpoint).to.equal('/b');
  });

  it('hides what it holds when hidden, as any element does', async () => {
    const config = await fixture<CcvConfig>(html`<ccv-config hidden><p>Tekst</p></ccv-config>`);
    expect(getComputedStyle(config).display).to.equal('none');
    expect(config.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });

  it("passes on a URL object a script set as a setting as its text, and a widget's own URL object wins", async () => {
    // (config.privacyUrl = new URL('/privacy', location.href) threw in the config's update: widgets got nothing.)
    const config = await fixture<CcvConfig>(html`<ccv-config><ccv-test-widget></ccv-test-widget></ccv-config>`);
    const widget = config.querySelector('ccv-test-widget')!;
    config.casusEndpoint = new URL('/api/casus', location.href) as unknown as string;
    await settle(config);
    expect(config.settings.casusEndpoint).to.equal(new URL('/api/casus', location.href).href);
    expect(widget.endpoint).to.equal(new URL('/api/casus', location.href).href);
    widget.casusEndpoint = new URL('/elsewhere', location.href) as unknown as string;
    await settle(widget);
    expect(widget.endpoint).to.equal(new URL('/elsewhere', location.href).href);
  });

  it('takes no space of its own and is accessible in use', async () => {
    const config = await fixture<CcvConfig>(html`
      <ccv-config lang="en" privacy-url="/privacy">
        <ccv-test-widget></ccv-test-widget>
      </ccv-config>
    `);
    expect(getComputedStyle(config).display).to.equal('contents');
    await expect(config).to.be.accessible();
    await expect(config.querySelector('ccv-test-widget')).to.be.accessible();
  });
});
