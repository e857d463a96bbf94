import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { resetWarnings } from '../../src/base/warn.js';
import { toPayload } from '../../src/casus-form/payload.js';
import { sender, type Failure, type SenderHost } from '../../src/casus-form/sender.js';
import { newIdempotencyKey, sendCase } from '../../src/casus-form/send.js';
import { stubWarn } from '../helpers.js';

const CASE = { name: 'Sam', organisation: 'Gemeente', role: 'Handhaver', email: 'sam@example.nl', title: 'Een casus', description: 'Wat er gebeurde.', preferredFormat: 'none', privacyConsent: true };

/** A form for the sender: an element that holds controllers, and a record of what it was told to show. */
function fakeForm(endpoint = 'https://receiver.example/casus') {
  const controllers: ReactiveController[] = [];
  const host = Object.assign(document.createElement('div'), {
    endpoint,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  }) as unknown as SenderHost;
  document.body.append(host);
  const shown: string[] = [];
  const failures: Failure[] = [];
  const events: CustomEvent[] = [];
  for (const type of ['ccv-casus-submit', 'ccv-casus-success', 'ccv-casus-error']) host.addEventListener(type, (event) => events.push(event as CustomEvent));
  const form = {
    host,
    values: { ...CASE } as Record<string, string | boolean>,
    shown,
    failures,
    events,
    saves: 0,
  };
  const controller = sender(host, {
    body: () => JSON.stringify(toPayload(form.values, 'nl')),
    endpoint: () => host.endpoint,
    options: () => ({ timeoutMs: 1000, retryDelaysMs: [] }),
    save: () => void (form.saves += 1),
    sending: (now) => void shown.push(now ? 'sending' : 'idle'),
    received: (reference) => void shown.push(`received ${reference}`),
    failed: (failure) => void (shown.push(`failed ${failure.kind}`), failures.push(failure)),
    online: () => void shown.push('online'),
    arrival: () => undefined,
  });
  controllers.forEach((each) => each.hostConnected?.());
  const remove = () => {
    controllers.forEach((each) => each.hostDisconnected?.());
    host.remove();
  };
  return Object.assign(form, { controller, remove });
}

/** fetch answering with `answer` (a Response, or an error thrown: no answer at all), recording each POST. */
function fakeFetch(answer: () => Response) {
  const real = window.fetch;
  const posts: { key: string; body: string }[] = [];
  window.fetch = (_input, init) => {
    posts.push({ key: new Headers(init!.headers).get('Idempotency-Key')!, body: String(init!.body) });
    return Promise.resolve().then(answer);
  };
  return { posts, restore: () => void (window.fetch = real) };
}
const created = (reference: string) => new Response(JSON.stringify({ reference }), { status: 201, headers: { 'Content-Type': 'application/json' } });
const refused = (status: number, body: object = {}) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('the sender', () => {
  let fetched: ReturnType<typeof fakeFetch> | undefined;
  let made: ReturnType<typeof fakeForm> | undefined;
  beforeEach(() => resetWarnings());
  afterEach(() => {
    fetched?.restore();
    made?.remove();
    fetched = made = undefined;
  });

  it('sends a case once under one key, keeps the key for the same case after a failure, and spends it on success', async () => {
    const form = (made = fakeForm());
    let answer = () => refused(503);
    fetched = fakeFetch(() => answer());
    await form.controller.send();
    expect(form.shown).to.deep.equal(['sending', 'idle', 'failed failed']);
    const key = fetched.posts[0].key;
    expect(form.controller.record(), 'an answer is owed: unsettled').to.deep.equal({ key, payload: fetched.posts[0].body });
    expect(form.events.map((event) => event.type)).to.deep.equal(['ccv-casus-submit', 'ccv-casus-error']);
    expect(form.events[1].detail).to.deep.equal({ kind: 'failed', reason: 'HTTP 503', errors: [] });

    answer = () => created('LK-1');
    await form.controller.send();
    expect(fetched.posts[1].key, 'the same case goes again under its key').to.equal(key);
    expect(form.shown.slice(3)).to.deep.equal(['sending', 'idle', 'received LK-1']);
    expect(form.events[3].detail).to.deep.equal({ reference: 'LK-1', payload: JSON.parse(fetched.posts[1].body) });
    expect(form.controller.record(), 'the key is spent').to.be.undefined;

    await form.controller.send();
    expect(fetched.posts[2].key, 'the next case is a new submission').to.not.equal(key);
  });

  it('sends the earlier version first under its key when an answer to it is owed, then the changed case under a new one', async () => {
    const form = (made = fakeForm());
    const earlier = JSON.stringify(toPayload(CASE, 'nl'));
    form.controller.restore({ key: 'earlier-key', payload: earlier });
    form.values = { ...CASE, title: 'Verbeterd' };
    fetched = fakeFetch(() => (fetched!.posts.length === 1 ? refused(422, { errors: [{ field: 'title', detail: 'Te kort.' }] }) : created('LK-2')));
    await form.controller.send();
    expect(fetched.posts.map((post) => post.key)[0]).to.equal('earlier-key');
    expect(fetched.posts[0].body).to.equal(earlier);
    expect(fetched.posts[1].key).to.not.equal('earlier-key');
    expect(JSON.parse(fetched.posts[1].body).title).to.equal('Verbeterd');
    expect(form.shown.at(-1)).to.equal('received LK-2');
  });

  it('hands the case to a host that cancels the submit event, and takes only its answer for that case, once', async () => {
    const form = (made = fakeForm());
    fetched = fakeFetch(() => created('never'));
    form.host.addEventListener('ccv-casus-submit', (event) => event.preventDefault());
    await form.controller.send();
    expect(fetched.posts, 'the host sends it').to.have.length(0);
    expect(form.shown).to.deep.equal(['sending']);
    const { idempotencyKey, payload } = (form.events[0] as CustomEvent<{ idempotencyKey: string; payload: object }>).detail;

    const warn = stubWarn();
    try {
      form.controller.complete('LK-3', 'another-key');
      expect(warn.said()).to.contain('another-key');
    } finally {
      warn.restore();
    }
    expect(form.shown, 'an answer for another key is ignored').to.deep.equal(['sending']);
    form.controller.complete('LK-3', idempotencyKey);
    expect(form.shown, 'no longer busy, then the confirmation').to.deep.equal(['sending', 'idle', 'received LK-3']);
    expect(form.events[1].detail).to.deep.equal({ reference: 'LK-3', payload });
    form.controller.complete('LK-4');
    form.controller.fail('te laat');
    expect(form.shown, 'a second answer changes nothing').to.deep.equal(['sending', 'idle', 'received LK-3']);
  });

  it("keeps the key of a case the host's fail() answered, known not to have arrived", async () => {
    const form = (made = fakeForm());
    form.host.addEventListener('ccv-casus-submit', (event) => event.preventDefault());
    await form.controller.send();
    form.controller.fail('Even niet');
    expect(form.failures).to.deep.equal([{ kind: 'host', message: 'Even niet' }]);
    expect(form.controller.record()?.settled).to.equal(true);
    expect(form.events[1].detail).to.deep.equal({ kind: 'failed', reason: 'Even niet', errors: [] });
  });

  it('without an endpoint, sends nothing, and an answer owed for the case is still owed', async () => {
    const form = (made = fakeForm(''));
    fetched = fakeFetch(() => created('never'));
    form.controller.restore({ key: 'owed', payload: JSON.stringify(toPayload(CASE, 'nl')) });
    const warn = stubWarn();
    try {
      await form.controller.send();
    } finally {
      warn.restore();
    }
    expect(fetched.posts).to.have.length(0);
    expect(form.shown).to.deep.equal(['sending', 'idle', 'failed configuration']);
    expect(form.controller.record()).to.deep.equal({ key: 'owed', payload: JSON.stringify(toPayload(CASE, 'nl')) });
    expect(form.events[1].detail).to.deep.include({ kind: 'configuration' });
  });

  it('after no answer at all, asks the form to send again once back online, unless the person pressed or changed the case', async () => {
    const form = (made = fakeForm());
    fetched = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await form.controller.send();
    expect(form.controller.offline).to.be.true;
    dispatchEvent(new Event('online'));
    dispatchEvent(new Event('online'));
    expect(form.shown.filter((step) => step === 'online'), 'once').to.have.length(1);

    await form.controller.send(true);
    expect(form.controller.offline, 'a send of its own is the only one').to.be.false;
    await form.controller.send();
    form.controller.edited();
    expect(form.controller.offline, 'the same case, unchanged').to.be.true;
    form.values = { ...CASE, title: 'Anders' };
    form.controller.edited();
    expect(form.controller.offline).to.be.false;

    await form.controller.send(); // the earlier version first, its answer owed: no answer again
    await form.controller.send(); // the changed case, under a new key: no answer either
    expect(form.controller.offline).to.be.true;
    form.controller.pressed();
    expect(form.controller.offline).to.be.false;
    const posts = fetched.posts.length;
    form.values = { ...CASE, title: 'Nog anders' };
    await form.controller.send(true);
    expect(fetched.posts, 'not a changed case by itself').to.have.length(posts);
  });
});

describe('sendCase', () => {
  it('posts with its own options only: nothing a page added to Object.prototype', async () => {
    // The browser reads a fetch's options through their prototype: an integrity (or a mode, a
    // keepalive) that a page's script put on Object.prototype went into the request, and it failed.
    const proto = Object.prototype as Record<string, unknown>;
    proto.integrity = `sha256-${'A'.repeat(43)}=`;
    try {
      const result = await sendCase('/__test/reference?ref=LK-7', '{}', newIdempotencyKey(), { timeoutMs: 5000, retryDelaysMs: [] });
      expect(result.kind, JSON.stringify(result)).to.equal('success');
      expect(result.kind === 'success' && result.reference).to.equal('LK-7');
    } finally {
      delete proto.integrity;
    }
  });
});
