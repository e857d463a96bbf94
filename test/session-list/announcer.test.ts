import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { announcer } from '../../src/session-list/announcer.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A host that counts the renders it is asked for. */
const host = () => {
  const asked = { updates: 0 };
  return { asked, host: { requestUpdate: () => (asked.updates += 1), addController: () => {}, isConnected: true } as unknown as ReactiveControllerHost & HTMLElement };
};

describe('session list announcer', () => {
  it('says the count once typing pauses, only the last of several, and asks for one render', async () => {
    const { asked, host: list } = host();
    const say = announcer(list);
    say.later(() => '12 sessies');
    await wait(300);
    say.later(() => '3 sessies');
    await wait(400);
    expect(say.text, 'not while typing goes on').to.equal('');
    await wait(500);
    expect(say.text).to.equal('3 sessies');
    expect(asked.updates).to.equal(1);
  });

  it('drops a count still to be said, and the one said (one render, none when there was nothing to drop)', async () => {
    const { asked, host: list } = host();
    const say = announcer(list);
    say.later(() => '3 sessies');
    say.unsay();
    await wait(900);
    expect(say.text).to.equal('');
    expect(asked.updates, 'nothing to drop').to.equal(0);
    say.later(() => '3 sessies');
    await wait(900);
    say.unsay();
    expect(say.text).to.equal('');
    expect(asked.updates).to.equal(2);
  });
});
