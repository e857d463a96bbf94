import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announcer } from '../../src/base/announcer.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Enough of a Lit element to hold a controller: counts the renders it is asked for, and can be taken off the page and put back. */
const host = () => {
  const asked = { updates: 0 };
  const controllers: ReactiveController[] = [];
  const element = {
    isConnected: true,
    requestUpdate: () => (asked.updates += 1),
    addController: (controller: ReactiveController) => void controllers.push(controller),
  };
  const host = element as unknown as ReactiveControllerHost & HTMLElement;
  const connected = (on: boolean) => {
    element.isConnected = on;
    for (const controller of controllers) (on ? controller.hostConnected : controller.hostDisconnected)?.call(controller);
  };
  return { asked, host, connected };
};

describe('announcer', () => {
  it('says the text once typing pauses, only the last of several, and asks for one render', async () => {
    const { asked, host: list } = host();
    const say = announcer(list, 700);
    say.later(() => '12 sessies');
    await wait(300);
    say.later(() => '3 sessies');
    await wait(400);
    expect(say.text, 'not while typing goes on').to.equal('');
    await wait(500);
    expect(say.text).to.equal('3 sessies');
    expect(asked.updates).to.equal(1);
  });

  it('waits the pause it is given, and words the text when it is said', async () => {
    const { host: form } = host();
    let text = 'één';
    const count = announcer(form, 1000);
    count.later(() => text);
    await aTimeout(500);
    count.later(() => text); // typed again: the pause starts anew
    await aTimeout(700);
    expect(count.text).to.equal('');
    text = 'twee';
    await aTimeout(500);
    expect(count.text).to.equal('twee');
  });

  it('drops a text still to be said, and the one said (one render, none when there was nothing to drop)', async () => {
    const { asked, host: list } = host();
    const say = announcer(list, 700);
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

  it('stop() drops only a text still to be said: the one said stays', async () => {
    const { host: form } = host();
    const count = announcer(form, 300);
    count.later(() => 'drie');
    await aTimeout(400);
    expect(count.text).to.equal('drie');
    count.later(() => 'vier');
    expect(count.text, 'emptied while typing, so the next text is heard').to.equal('');
    count.stop();
    await aTimeout(400);
    expect(count.text).to.equal('');
    count.later(() => 'vijf');
    await aTimeout(400);
    count.stop();
    expect(count.text).to.equal('vijf');
  });

  it('off the page when its text comes due, renders nothing, and says it when put back', async () => {
    const { asked, host: widget, connected } = host();
    const say = announcer(widget, 300);
    say.later(() => '3 sessies');
    connected(false);
    await aTimeout(400);
    expect(say.text).to.equal('');
    expect(asked.updates, 'no render off the page').to.equal(0);
    connected(true);
    expect(say.text).to.equal('3 sessies');
    // Owed once: put back again, nothing more.
    say.unsay();
    connected(false);
    connected(true);
    expect(say.text).to.equal('');
  });
});
