import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit } from '../../src/base/emit.js';
import type { TestWidget } from '../fixtures/test-widget.js';
import '../fixtures/test-widget.js';

describe('emit', () => {
  it('dispatches a CustomEvent that bubbles out of shadow roots with its detail', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    const heard = oneEvent(outer, 'ccv-test-ping');
    emit(inner, 'ccv-test-ping', { count: 3 });
    const event = await heard;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ count: 3 });
  });

  it('is not cancelable unless asked, and reports a cancel when it is', async () => {
    const widget = await fixture<TestWidget>(html`<ccv-test-widget></ccv-test-widget>`);
    widget.addEventListener('ccv-test-ping', (event) => event.preventDefault());
    expect(widget.ping(false)).to.be.true;
    expect(widget.ping(true)).to.be.false;
  });

  it('takes nothing a page added to Object.prototype for its options: not cancelable unless asked', async () => {
    const target = await fixture<HTMLDivElement>(html`<div></div>`);
    target.addEventListener('ccv-test-ping', (event) => event.preventDefault());
    const proto = Object.prototype as Record<string, unknown>;
    proto.cancelable = true;
    try {
      const heard = oneEvent(target, 'ccv-test-ping');
      expect(emit(target, 'ccv-test-ping', { count: 1 }), 'not cancelled: it could not be').to.be.true;
      expect((await heard).cancelable).to.be.false;
      expect(emit(target, 'ccv-test-ping', { count: 2 }, {})).to.be.true;
    } finally {
      delete proto.cancelable;
    }
  });
});
