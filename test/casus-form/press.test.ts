import { aTimeout, expect } from '@open-wc/testing';
import { afterPress } from '../../src/casus-form/press.js';

describe('work held while a pointer is down', () => {
  it('runs at once without a press', () => {
    const press = afterPress();
    const done: string[] = [];
    press.run(() => done.push('now'));
    expect(done).to.deep.equal(['now']);
  });

  it('runs the last work given when the press ends, after the click, once', async () => {
    const press = afterPress();
    const done: string[] = [];
    press.press();
    press.run(() => done.push('first'));
    press.run(() => done.push('second'));
    expect(done).to.deep.equal([]);
    window.dispatchEvent(new Event('pointerup'));
    expect(done, 'not before the click that ends the press').to.deep.equal([]);
    await aTimeout(0);
    expect(done).to.deep.equal(['second']);
    window.dispatchEvent(new Event('pointerup'));
    await aTimeout(0);
    expect(done).to.deep.equal(['second']);
    press.run(() => done.push('after'));
    expect(done).to.deep.equal(['second', 'after']);
  });

  it('holds nothing for a right-button press, whose release the context menu takes', () => {
    const press = afterPress();
    const done: string[] = [];
    press.press(new PointerEvent('pointerdown', { button: 2 }));
    // (No pointerup: the menu opened on the press, on macOS and Linux, and took the release.)
    press.run(() => done.push('now'));
    expect(done).to.deep.equal(['now']);
  });

  it('ends a cancelled press too, and drops work on drop()', async () => {
    const press = afterPress();
    const done: string[] = [];
    press.press();
    press.run(() => done.push('dropped'));
    press.drop();
    window.dispatchEvent(new Event('pointercancel'));
    await aTimeout(0);
    expect(done).to.deep.equal([]);
    press.run(() => done.push('now'));
    expect(done).to.deep.equal(['now']);
  });
});
