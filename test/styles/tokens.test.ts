import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TestWidget } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';
import { warmUpAxe } from '../helpers.js';

before(warmUpAxe);

const button = (widget: TestWidget) => widget.shadowRoot!.querySelector('button')!;
const link = (widget: TestWidget) => widget.shadowRoot!.querySelector('a')!;

describe('design tokens', () => {
  it('take an NL Design System token set on the host page', async () => {
    const wrapper = await fixture(html`
      <div style="--nl-button-primary-background-color: rgb(1, 2, 3); --utrecht-document-font-family: Georgia, serif">
        <ccv-test-widget></ccv-test-widget>
      </div>
    `);
    const widget = wrapper.querySelector('ccv-test-widget')!;
    expect(getComputedStyle(button(widget)).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(widget).fontFamily).to.contain('Georgia');
  });

  it('fall back to the Utrecht token when no --nl-* token is set', async () => {
    const wrapper = await fixture(html`
      <div style="--utrecht-button-primary-action-background-color: rgb(4, 5, 6); --utrecht-link-color: rgb(7, 8, 9)">
        <ccv-test-widget></ccv-test-widget>
      </div>
    `);
    const widget = wrapper.querySelector('ccv-test-widget')!;
    expect(getComputedStyle(button(widget)).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(link(widget)).color).to.equal('rgb(7, 8, 9)');
  });

  it('let a --ccv-* token win over the NL Design System one', async () => {
    const wrapper = await fixture(html`
      <div style="--nl-button-primary-background-color: rgb(1, 2, 3); --ccv-button-background-color: rgb(10, 20, 30)">
        <ccv-test-widget></ccv-test-widget>
      </div>
    `);
    expect(getComputedStyle(button(wrapper.querySelector('ccv-test-widget')!)).backgroundColor).to.equal(
      'rgb(10, 20, 30)',
    );
  });

  it("draw the browser's own controls for the widget's background, not the page's", async () => {
    const wrapper = await fixture(html`
      <div style="color-scheme: dark">
        <ccv-test-widget></ccv-test-widget>
        <ccv-test-widget style="--ccv-color-scheme: dark"></ccv-test-widget>
      </div>
    `);
    const [light, dark] = [...wrapper.querySelectorAll('ccv-test-widget')];
    expect(getComputedStyle(light).colorScheme).to.equal('light');
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
  });

  it('have accessible defaults without any theme', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    expect(getComputedStyle(button(widget)).backgroundColor).to.equal('rgb(0, 84, 138)');
    expect(button(widget).getBoundingClientRect().height).to.be.at.least(44);
    expect(button(widget).getBoundingClientRect().width).to.be.at.least(44);
    await expect(widget).to.be.accessible();
  });

  it('meet the contrast ratios ACCESSIBILITY.md states, on the default background', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    // Custom properties compute with their var() fallbacks resolved: these are the defaults in use.
    const token = (name: string) => getComputedStyle(widget).getPropertyValue(name).trim();
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const background = token('--_background-color');
    expect(background).to.match(/^#[0-9a-f]{6}$/i);
    expect(contrast(token('--_color'), background), 'text').to.be.at.least(17.4);
    expect(contrast(token('--_link-color'), background), 'links').to.be.at.least(7.95);
    expect(contrast(token('--_button-color'), token('--_button-background-color')), 'button text').to.be.at.least(7.95);
    expect(contrast(token('--_error-color'), background), 'error messages').to.be.at.least(6.4);
    expect(contrast(token('--_border-color'), background), 'field borders').to.be.at.least(5.3);
  });

  it('show a visible focus ring on keyboard focus', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    const before = getComputedStyle(button(widget)).outlineStyle;
    await sendKeys({ press: 'Tab' });
    expect(widget.shadowRoot!.activeElement).to.equal(button(widget));
    const style = getComputedStyle(button(widget));
    expect(before).to.equal('none');
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('reflow at 320 px without horizontal overflow', async () => {
    const wrapper = await fixture(html`
      <div style="inline-size: 320px">
        <ccv-test-widget
          .messages=${{ retry: 'Veiligheidsregiobestuursvergaderingsverslaglegging'.repeat(2) }}
        ></ccv-test-widget>
      </div>
    `);
    const widget = wrapper.querySelector('ccv-test-widget')!;
    expect(widget.scrollWidth).to.be.at.most(320);
  });
});
