/**
 * The visitor's display preferences. Chromium emulates each one per test
 * (DevTools protocol); Firefox has no media emulation over WebDriver BiDi
 * yet, so web-test-runner.config.mjs also runs this file in a Firefox
 * started with the preferences set (reduced motion, colours forced).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TestWidget } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';
import '../../src/contact-card/contact-card.js';
import '../../src/consent-video/consent-video.js';
import '../../src/session-list/session-list.js';
import '../../src/casus-form/casus-form.js';

const button = (widget: TestWidget) => widget.shadowRoot!.querySelector('button')!;

describe('display preferences', () => {
  it('drop motion when reduced motion is asked for', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    button(widget).style.transition = 'background-color 2s';
    const preset = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!preset) {
      expect(parseFloat(getComputedStyle(button(widget)).transitionDuration), 'motion without the preference').to.equal(2);
      await emulateMedia({ reducedMotion: 'reduce' });
    }
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
      expect(parseFloat(getComputedStyle(button(widget)).transitionDuration)).to.be.below(0.001);
    } finally {
      if (!preset) await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keep buttons outlined in forced-colors mode', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    const preset = matchMedia('(forced-colors: active)').matches;
    if (!preset) await executeServerCommand('media-feature', { name: 'forced-colors', value: 'active' });
    try {
      const style = getComputedStyle(button(widget));
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    } finally {
      if (!preset) await executeServerCommand('media-feature', { name: 'forced-colors', value: 'none' });
    }
  });

  it('keep the focus ring of the real widgets in forced-colors mode', async function () {
    // All four widgets, some thirty Tab presses: a few seconds, more on a loaded machine.
    this.timeout(60_000);
    const page = await fixture<HTMLElement>(html`<div>
      <button id="start">start</button>
      <ccv-contact-card name="Lienke Hutten" email="lienke.hutten@example.org" phone="06 12 056 691" vcard></ccv-contact-card>
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname" consent-source="builtin"></ccv-consent-video>
      <ccv-session-list filters now="2024-01-01T12:00Z" .sessions=${[{ id: 'next', title: 'Volgende', start: '2024-02-01T15:30', registrationUrl: 'https://www.hetccv.nl/aanmelden' }]}></ccv-session-list>
      <ccv-casus-form endpoint="/api/nowhere" privacy-url="/privacy" no-draft></ccv-casus-form>
    </div>`);
    await Promise.all([...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('ccv-contact-card, ccv-consent-video, ccv-session-list, ccv-casus-form')].map((w) => w.updateComplete));
    // The form with its errors: the summary's links and the marked fields are controls too.
    const form = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('ccv-casus-form')!;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await form.updateComplete;
    const preset = matchMedia('(forced-colors: active)').matches;
    if (!preset) await executeServerCommand('media-feature', { name: 'forced-colors', value: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      page.querySelector<HTMLButtonElement>('#start')!.focus();
      const rings: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        await sendKeys({ press: 'Tab' });
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (!active || active === document.body) break;
        const style = getComputedStyle(active);
        // Forced colours drop box-shadows (the halo) but keep outlines, in a system colour.
        rings.push(`${active.localName}${active.getAttribute('part') ? `[${active.getAttribute('part')}]` : ''}: ${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2 ? 'wide' : style.outlineWidth} ${style.outlineColor === 'rgba(0, 0, 0, 0)' ? 'transparent' : 'coloured'}`);
      }
      expect(rings.length, 'controls in all four widgets').to.be.at.least(25);
      expect(rings.filter((ring) => !ring.endsWith('solid wide coloured'))).to.deep.equal([]);
    } finally {
      if (!preset) await executeServerCommand('media-feature', { name: 'forced-colors', value: 'none' });
    }
  });
});
