import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TestWidget } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';

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

  it('have accessible defaults without any theme', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    expect(getComputedStyle(button(widget)).backgroundColor).to.equal('rgb(0, 84, 138)');
    expect(button(widget).getBoundingClientRect().height).to.be.at.least(44);
    expect(button(widget).getBoundingClientRect().width).to.be.at.least(44);
    await expect(widget).to.be.accessible();
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
