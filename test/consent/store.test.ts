import { expect } from '@open-wc/testing';
import { builtinAdapter, BUILTIN_CHANGE, forgetBuiltinConsent, grantConsent, STORAGE_KEY, withdrawConsent } from '../../src/consent/builtin.js';
import { MAPPING_CHANGED } from '../../src/consent/managers.js';
import { consentHub } from '../../src/consent/store.js';
import { frameOf, mountVideo, settled } from './helpers.js';

describe('consent store', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  it('is one hub per source, shared by every subscriber', () => {
    expect(consentHub('builtin')).to.equal(consentHub('builtin'));
    expect(consentHub('auto')).not.to.equal(consentHub('builtin'));
  });

  it('tells every subscriber about a grant and a withdrawal', () => {
    const hub = consentHub('builtin');
    let heardA = 0;
    let heardB = 0;
    const stopA = hub.subscribe(() => (heardA += 1));
    const stopB = hub.subscribe(() => (heardB += 1));
    try {
      expect(hub.granted('marketing')).to.be.false;
      expect(hub.grant('marketing')).to.be.true;
      expect(hub.granted('marketing')).to.be.true;
      withdrawConsent('marketing');
      expect(hub.granted('marketing')).to.be.false;
      expect(localStorage.getItem(STORAGE_KEY), 'nothing granted, nothing stored').to.be.null;
      expect([heardA, heardB]).to.deep.equal([2, 2]);
    } finally {
      stopA();
      stopB();
    }
    grantConsent('marketing');
    expect(heardA, 'no calls after unsubscribing').to.equal(2);
  });

  it('reads grants by their own keys: none from Object.prototype, and __proto__ a category like any other', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.marketing = Date.now();
    try {
      expect(builtinAdapter.granted('marketing'), 'nothing stored').to.be.false;
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, granted: { statistics: Date.now() } }));
      expect(builtinAdapter.granted('marketing'), 'another category stored').to.be.false;
    } finally {
      delete proto.marketing;
    }
    grantConsent('__proto__');
    expect(builtinAdapter.granted('__proto__')).to.be.true;
    withdrawConsent('__proto__');
    expect(builtinAdapter.granted('__proto__')).to.be.false;
    expect(Object.getPrototypeOf({}), 'nothing written onto Object.prototype').to.equal(Object.prototype);
  });

  it('takes our own category names in any case in grantConsent and withdrawConsent, as consent-category', async () => {
    const video = await mountVideo('builtin', 'Marketing');
    const other = await mountVideo('builtin', 'Media');
    grantConsent('MARKETING');
    grantConsent('media');
    await settled(video);
    expect(!!frameOf(video), 'MARKETING is marketing').to.be.true;
    expect(!!frameOf(other), 'a name of the site’s in another case is another name').to.be.false;
    withdrawConsent('Marketing');
    await settled(video);
    expect(!!frameOf(video), 'withdrawn as Marketing').to.be.false;
    withdrawConsent('media');
  });

  it('reads a category with spaces around it in grantConsent and withdrawConsent, as consent-category', async () => {
    const video = await mountVideo('builtin', ' marketing ');
    grantConsent(' Marketing\n');
    await settled(video);
    expect(!!frameOf(video), 'granted as " Marketing"').to.be.true;
    withdrawConsent(' marketing ');
    await settled(video);
    expect(!!frameOf(video), 'withdrawn as " marketing "').to.be.false;
  });

  for (const source of ['builtin', 'auto']) {
    it(`reads its record again when the page comes back from the back/forward cache (${source})`, async () => {
      // Withdrawn, then granted, on another page while this one was in the cache: Firefox delivers no
      // `storage` event for that time (Chromium replays them), and the player stayed. The test runner's pages
      // are not cached, so here the record is written in this page (which fires no `storage` event in it),
      // and the page is shown again as the browser shows a cached one.
      const video = await mountVideo(source);
      grantConsent('marketing');
      await settled(video);
      expect(!!frameOf(video), 'loaded').to.be.true;
      localStorage.removeItem(STORAGE_KEY);
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await settled(video);
      expect(!!frameOf(video), 'the withdrawal made while it was away removes the player').to.be.false;
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, granted: { marketing: Date.now() } }));
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await settled(video);
      expect(frameOf(video)?.src, 'consent given while it was away loads it, without autoplay').to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/(?!.*autoplay)/);
    });
  }

  it('fires no event in the public ccv- namespace that is not a bubbling, composed CustomEvent', () => {
    const fired: Event[] = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event: Event) {
      fired.push(event);
      return dispatch.call(this, event);
    };
    try {
      grantConsent('marketing');
      withdrawConsent('marketing');
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
    }
    expect(fired.length, 'widgets in this tab are told').to.be.greaterThan(0);
    const internal = fired.filter((event) => event.type.startsWith('ccv-') && !(event instanceof CustomEvent && event.bubbles && event.composed));
    expect(internal.map((event) => event.type)).to.deep.equal([]);
  });

  it('does not tell its videos anything, look after look, while a named manager stays away', () => {
    const hub = consentHub('cookiebot'); // no Cookiebot on this page: blocked, say
    let heard = 0;
    const stop = hub.subscribe(() => (heard += 1));
    try {
      for (let i = 0; i < 3; i += 1) document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      dispatchEvent(new Event('pageshow'));
      expect(heard).to.equal(0);
    } finally {
      stop();
    }
  });

  it("counts the source's own reports since a moment, not our looks at it or the echo of our own grant", () => {
    const hub = consentHub('builtin');
    const stop = hub.subscribe(() => {});
    try {
      const since = hub.reportsSince();
      hub.grant('marketing');
      dispatchEvent(new Event(MAPPING_CHANGED));
      expect(since(), 'nothing reported yet').to.be.false;
      withdrawConsent('marketing');
      expect(since(), 'the withdrawal').to.be.true;
    } finally {
      stop();
    }
  });

  it('keeps categories apart', () => {
    grantConsent('statistics');
    expect(builtinAdapter.granted('statistics')).to.be.true;
    expect(builtinAdapter.granted('marketing')).to.be.false;
  });

  it('ignores a corrupt or foreign record', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    expect(builtinAdapter.granted('marketing')).to.be.false;
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 2, granted: { marketing: Date.now() } }));
    expect(builtinAdapter.granted('marketing')).to.be.false;
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, granted: { marketing: 'yes' } }));
    expect(builtinAdapter.granted('marketing')).to.be.false;
    // Written by another script: a grant and a forget still work, and nothing throws.
    for (const auto of ['marketing', { length: 1 }, [7, 'statistics']]) {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, granted: {}, auto }));
      grantConsent('marketing');
      expect(builtinAdapter.granted('marketing'), JSON.stringify(auto)).to.be.true;
      forgetBuiltinConsent(0);
    }
  });

  it('still works for this page when storage refuses writes', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      let heard = 0;
      const stop = (() => {
        const listener = () => (heard += 1);
        addEventListener(BUILTIN_CHANGE, listener);
        return () => removeEventListener(BUILTIN_CHANGE, listener);
      })();
      expect(() => grantConsent('marketing')).not.to.throw();
      stop();
      expect(heard).to.equal(1);
      expect(builtinAdapter.granted('marketing'), 'remembered for this page').to.be.true;
    } finally {
      Storage.prototype.setItem = original;
    }
    withdrawConsent('marketing'); // storage works again
    expect(builtinAdapter.granted('marketing')).to.be.false;
  });
});
