import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { countAnnouncer } from '../../src/casus-form/announcer.js';
import { countText } from '../../src/casus-form/count.js';
import { casusFormMessages } from '../../src/casus-form/messages.js';
import { DESCRIPTION_LIMIT } from '../../src/casus-form/payload.js';

const t = casusFormMessages.en;

/** Enough of a Lit element to hold a controller: counts its update requests. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    controllers,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void (host.updates += 1),
    updateComplete: Promise.resolve(true),
  };
  return host as typeof host & ReactiveControllerHost;
}

describe('the description count', () => {
  it('counts down to the limit and then up, as the text is sent (without the spaces around it)', () => {
    expect(countText(t, undefined)).to.equal(t.remaining(DESCRIPTION_LIMIT));
    expect(countText(t, `  ${'a'.repeat(DESCRIPTION_LIMIT)}\n`)).to.equal(t.remaining(0));
    expect(countText(t, 'a'.repeat(DESCRIPTION_LIMIT + 3))).to.equal(t.tooMany(3));
  });

  it('says the count a second after the last change, once, and not after stop() or when taken off the page', async () => {
    const host = fakeHost();
    let text = 'één';
    const count = countAnnouncer(host, () => text);
    count.schedule();
    await aTimeout(500);
    count.schedule(); // typed again: the pause starts anew
    await aTimeout(700);
    expect(count.said()).to.equal('');
    await aTimeout(500);
    expect(count.said()).to.equal('één');
    expect(host.updates).to.equal(1);

    text = 'twee';
    count.schedule();
    expect(count.said(), 'emptied while typing, so the next count is heard').to.equal('');
    count.stop();
    await aTimeout(1200);
    expect(count.said()).to.equal('');

    count.schedule();
    host.controllers.forEach((controller) => controller.hostDisconnected?.());
    await aTimeout(1200);
    expect(count.said()).to.equal('');
  });

  it('empties the region on reset()', async () => {
    const host = fakeHost();
    const count = countAnnouncer(host, () => 'drie');
    count.schedule();
    await aTimeout(1100);
    expect(count.said()).to.equal('drie');
    count.reset();
    expect(count.said()).to.equal('');
  });
});
