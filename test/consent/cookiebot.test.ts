import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { recordRequests, stubWarn, waitUntil } from '../helpers.js';
import { frameOf, mountVideo, part, settled, VIDEO_ID } from './helpers.js';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import '../../src/config/config.js';
import { installCookiebot } from './stand-ins.js';
import { grantConsent, withdrawConsent } from '../../src/consent/builtin.js';
import { setConsentMapping } from '../../src/consent/managers.js';

/** A page whose load event ended just now (or `later` ms from now), as the navigation timing tells it; `restore()` ends the pretence. */
function pretendJustLoaded(later = 0) {
  const real = performance.getEntriesByType.bind(performance);
  const loadedAt = performance.now() + later;
  performance.getEntriesByType = ((type: string) => (type === 'navigation' ? [{ loadEventEnd: loadedAt }] : real(type))) as typeof performance.getEntriesByType;
  return { restore: () => void (performance.getEntriesByType = real) };
}

describe('consent source: Cookiebot (stand-in)', () => {
  it('is picked up when it loads after our script, and records the accept given before it came', async () => {
    const video = await mountVideo('auto');
    // No consent manager on the page yet: our button writes to our own store.
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    const frame = frameOf(video);
    expect(!!frame).to.be.true;
    // A grant made on purpose in the built-in store (a site's own settings page, a builtin video).
    grantConsent('statistics');
    // A new visitor: Cookiebot has only its defaults.
    const { bot, calls } = installCookiebot({ marketing: false });
    bot.hasResponse = false;
    dispatchEvent(new Event('CookiebotOnLoad'));
    await settled(video);
    // The visitor's accept on this page is the latest word: Cookiebot records it, and the player plays on.
    expect(calls).to.deep.equal([[false, false, true]]);
    expect(frameOf(video) === frame, 'the same player, not reloaded').to.be.true;
    // The grant made for auto is gone from our store, or it would load the video on the next page
    // before Cookiebot is there; the deliberate one stays.
    expect(Object.keys(JSON.parse(localStorage.getItem('ccv-consent')!).granted)).to.deep.equal(['statistics']);
    // From now on Cookiebot rules: a refusal in its own banner takes the player away.
    bot.submitCustomConsent(false, false, false);
    await settled(video);
    expect(!!frameOf(video)).to.be.false;
    localStorage.removeItem('ccv-consent');
    part<HTMLButtonElement>(video, 'settings-button')!.click();
    expect(bot.renewed).to.equal(1);
  });

  /** Our accept clicked with no manager on the page; then Cookiebot comes for a new visitor, its record not read yet. */
  async function acceptBeforeCookiebot() {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    localStorage.removeItem('ccv-consent');
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    const { bot, calls } = installCookiebot();
    bot.hasResponse = false;
    const record = bot.consent;
    (bot as { consent?: unknown }).consent = undefined;
    dispatchEvent(new Event('CookiebotOnLoad'));
    await settled(video);
    return { video, bot, calls, record };
  }

  it("writes the early accept once, at Cookiebot's first answer: a refusal in its banner after that stands", async () => {
    const { video, bot, calls, record } = await acceptBeforeCookiebot();
    expect(calls, 'nothing written before it has read its record').to.deep.equal([]);
    // …then it reads it (a new visitor: its defaults), and our accept is written.
    (bot as { consent?: unknown }).consent = record;
    dispatchEvent(new Event('CookiebotOnConsentReady'));
    await settled(video);
    expect(calls).to.deep.equal([[false, false, true]]);
    expect(!!frameOf(video)).to.be.true;
    // The visitor refuses later in Cookiebot's own dialog: that stands.
    bot.submitCustomConsent(false, false, false);
    await settled(video);
    expect(calls).to.have.length(2);
    expect(!!frameOf(video)).to.be.false;
    localStorage.removeItem('ccv-consent');
  });

  it("does not write the early accept over a choice the visitor made in Cookiebot's banner before we looked", async () => {
    const { video, bot, calls, record } = await acceptBeforeCookiebot();
    // The first answer we hear is the visitor's refusal.
    (bot as { consent?: unknown }).consent = record;
    bot.submitCustomConsent(false, false, false);
    await settled(video);
    expect(calls, 'only their own refusal').to.deep.equal([[false, false, false]]);
    expect(!!frameOf(video)).to.be.false;
    localStorage.removeItem('ccv-consent');
  });

  it('removes every player at once when consent is withdrawn while it waits for a manager seen before', async () => {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    localStorage.setItem('ccv-consent', JSON.stringify({ v: 1, granted: { statistics: performance.timeOrigin - 60_000 }, manager: 'cookiebot' }));
    const first = await mountVideo('auto');
    const second = await mountVideo('auto');
    part<HTMLButtonElement>(first, 'accept-button')!.click();
    await settled(second);
    expect(!!frameOf(first) && !!frameOf(second), 'both play').to.be.true;
    withdrawConsent('marketing');
    await settled(first);
    await settled(second);
    expect(!!frameOf(first) || !!frameOf(second), 'neither plays').to.be.false;
    localStorage.removeItem('ccv-consent');
  });

  it('does not record in a late Cookiebot an accept given on an earlier page', async () => {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    localStorage.setItem('ccv-consent', JSON.stringify({ v: 1, granted: { marketing: performance.timeOrigin - 60_000 }, auto: ['marketing'] }));
    const video = await mountVideo('auto');
    const { calls } = installCookiebot({ marketing: false });
    dispatchEvent(new Event('CookiebotOnLoad'));
    await settled(video);
    expect(calls).to.deep.equal([]);
    expect(!!frameOf(video)).to.be.false;
    expect(JSON.parse(localStorage.getItem('ccv-consent') ?? '{"granted":{}}').granted).to.deep.equal({});
    localStorage.removeItem('ccv-consent');
  });

  it('is waited for, on a site where it was found before, instead of reading our own record meanwhile', async () => {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    // A consent in our own store (a site's settings page, a builtin video), and Cookiebot seen here before.
    localStorage.setItem('ccv-consent', JSON.stringify({ v: 1, granted: { marketing: performance.timeOrigin - 60_000 }, manager: 'cookiebot' }));
    // A video of its own: a player an earlier test loaded may be reported this late, and is not this one's.
    const id = 'LeerkringX1';
    const { result: video, thirdParty } = await recordRequests(async () => {
      const mounted = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${id} video-title="Opname" consent-source="auto"></ccv-consent-video>`);
      await aTimeout(300);
      expect(!!frameOf(mounted), 'nothing before Cookiebot answers').to.be.false;
      // It comes late (a tag manager), with the visitor's refusal: still nothing.
      installCookiebot({ marketing: false });
      dispatchEvent(new Event('CookiebotOnLoad'));
      await settled(mounted);
      return mounted;
    });
    expect(!!frameOf(video)).to.be.false;
    expect(thirdParty.filter((url) => !url.includes('/embed/') || url.includes(id)), 'no request to another origin').to.deep.equal([]);
    video.remove();
    localStorage.removeItem('ccv-consent');
  });

  it('reads our own record only once the page has had time to load a consent manager', async () => {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    // Given on an earlier visit (consent given while this page is open counts at once).
    localStorage.setItem('ccv-consent', JSON.stringify({ v: 1, granted: { marketing: performance.timeOrigin - 60_000 } }));
    const page = pretendJustLoaded();
    try {
      const video = await mountVideo('auto');
      await aTimeout(500);
      expect(!!frameOf(video), 'not at once: a manager may still come').to.be.false;
      await waitUntil(() => frameOf(video), 'then our own record counts', { timeout: 4000 });
      video.remove();
    } finally {
      page.restore();
      localStorage.removeItem('ccv-consent');
    }
  });

  it('counts at once consent given while the page is open, in another tab say, before the page has settled', async () => {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    localStorage.removeItem('ccv-consent');
    // (A load that ends well after this test, however slow the machine: the page is far from settled.)
    const page = pretendJustLoaded(60_000);
    try {
      const video = await mountVideo('auto');
      await aTimeout(200);
      expect(!!frameOf(video)).to.be.false;
      // Another tab's accept button writes our store.
      localStorage.setItem('ccv-consent', JSON.stringify({ v: 1, granted: { marketing: Date.now() }, auto: ['marketing'] }));
      dispatchEvent(new StorageEvent('storage', { key: 'ccv-consent' }));
      await settled(video);
      expect(!!frameOf(video), 'loaded').to.be.true;
      video.remove();
    } finally {
      page.restore();
      localStorage.removeItem('ccv-consent');
    }
  });

  it('shows the placeholder, with one warning, when Cookiebot breaks', async () => {
    const warn = stubWarn();
    try {
      Object.assign(window, {
        Cookiebot: {
          get consent(): never {
            throw new Error('broken');
          },
        },
      });
      const video = await mountVideo('cookiebot');
      expect(!!part(video, 'accept-button'), 'the placeholder, not an empty box').to.be.true;
      expect(!!frameOf(video)).to.be.false;
      expect(warn.calls.join('\n')).to.contain('failed to answer');
      video.remove();
    } finally {
      warn.restore();
      delete (window as { Cookiebot?: unknown }).Cookiebot;
    }
  });

  it('loads on CookiebotOnAccept and unloads on CookiebotOnDecline', async () => {
    const { bot } = installCookiebot();
    const video = await mountVideo('cookiebot');
    bot.submitCustomConsent(false, false, true);
    await settled(video);
    expect(frameOf(video)).to.exist;
    bot.submitCustomConsent(false, false, false);
    await settled(video);
    expect(frameOf(video)).to.be.null;
  });

  it("plays for a returning visitor once Cookiebot has read its record (CookiebotOnConsentReady), without autoplay or focus", async () => {
    // Cookiebot's script is there, its record not read yet: only its defaults, no response.
    const { bot } = installCookiebot();
    bot.hasResponse = false;
    const video = await mountVideo('cookiebot');
    expect(!!frameOf(video), 'nothing before Cookiebot has read the record').to.be.false;
    // It reads the stored yes and says so with its "ready" event alone (no accept or decline of this visit).
    Object.assign(bot.consent, { marketing: true });
    bot.hasResponse = true;
    dispatchEvent(new Event('CookiebotOnConsentReady'));
    await settled(video);
    const frame = frameOf(video);
    expect(!!frame, 'the player, on the stored consent').to.be.true;
    expect(new URL(frame!.src).searchParams.has('autoplay'), 'nobody clicked: no autoplay').to.be.false;
    expect(video.shadowRoot!.activeElement, 'focus not taken').to.be.null;
  });

  it('writes our accept through submitCustomConsent, keeping the other categories', async () => {
    const { calls } = installCookiebot({ statistics: true });
    const video = await mountVideo('cookiebot');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(calls).to.deep.equal([[false, true, true]]);
    expect(frameOf(video)).to.exist;
    expect(localStorage.getItem('ccv-consent'), 'nothing of our own is stored').to.be.null;
  });

  it("closes Cookiebot's banner after our accept, as its own buttons do", async () => {
    const { bot, calls } = installCookiebot();
    bot.hasResponse = false;
    bot.show();
    const video = await mountVideo('cookiebot');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(calls).to.deep.equal([[false, false, true]]);
    expect(frameOf(video)).to.exist;
    expect(bot.dialogShown, "its banner, whose next button would take the consent back").to.be.false;
  });

  it('keeps the player, playing and focused, when the manager records the choice a moment later', async () => {
    const { bot } = installCookiebot();
    const submit = bot.submitCustomConsent.bind(bot);
    bot.submitCustomConsent = (p: boolean, s: boolean, m: boolean) => void setTimeout(() => submit(p, s, m), 50);
    const video = await mountVideo('cookiebot');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    const frame = frameOf(video)!;
    await video.updateComplete;
    expect(frameOf(video)).to.equal(frame);
    await settled(video);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await settled(video);
    expect(frameOf(video), 'the same player, not a new one').to.equal(frame);
    expect(new URL(frame.src).searchParams.get('autoplay')).to.equal('1');
    expect(video.shadowRoot!.activeElement).to.equal(frame);
  });

  it('keeps a clicked player while Cookiebot has not recorded the click, however often we look, and removes it at its next no', async () => {
    const { bot } = installCookiebot();
    const submit = bot.submitCustomConsent.bind(bot);
    // Cookiebot is still busy writing the click (it never gets there in this test).
    bot.submitCustomConsent = () => {};
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    const frame = frameOf(video)!;
    // Until then it says no, and we look again: a render, a new mapping, the page back into view.
    video.videoTitle = 'Opname, deel 1';
    setConsentMapping('onetrust', {});
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await settled(video);
    expect(frameOf(video) === frame, 'the same player').to.be.true;
    // The visitor declines in Cookiebot's own banner: its answer after the click.
    submit(false, false, false);
    await settled(video);
    expect(!!frameOf(video), 'the player is gone').to.be.false;
  });

  it('records nothing, and plays nothing, for a category Cookiebot does not have', async () => {
    const { calls } = installCookiebot();
    const video = await mountVideo('cookiebot', 'social');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await video.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(!!frameOf(video)).to.be.false;
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('cookie-instellingen');
  });

  it("ignores a video's unknown consent-source, and follows its <ccv-config>", async () => {
    // The site keeps consent in its own store, though Cookiebot is on the page (and says yes).
    installCookiebot({ marketing: true });
    withdrawConsent('marketing');
    const warn = stubWarn();
    try {
      const config = await fixture(html`<ccv-config consent-source="builtin">
        <ccv-consent-video consent-source="cookiebott" video-id=${VIDEO_ID}></ccv-consent-video>
      </ccv-config>`);
      const video = config.querySelector<CcvConsentVideo>('ccv-consent-video')!;
      await settled(video);
      // (Taken as "auto", the typo found Cookiebot, and the video played without the site's consent.)
      expect(!!frameOf(video), 'the built-in store has no consent').to.be.false;
      expect(warn.calls.map(([message]) => String(message)).join()).to.contain('cookiebott');
    } finally {
      warn.restore();
    }
  });

  it("offers its settings only once Cookiebot is there: named but blocked, its button would open nothing (and the pointer to them goes)", async () => {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    const video = await mountVideo('cookiebot');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await video.updateComplete;
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent, 'the visitor is pointed to the site').to.contain('cookie-instellingen');
    expect(part(video, 'settings-button'), 'no button that does nothing').to.be.null;
    const { bot } = installCookiebot();
    dispatchEvent(new Event('CookiebotOnLoad'));
    await settled(video);
    // Now the accept button works: the pointer to the site's settings is no longer true.
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent, 'the pointer gone').to.equal('');
    part<HTMLButtonElement>(video, 'settings-button')!.click();
    expect(bot.renewed).to.equal(1);
  });

  it('is not found in the <script id="Cookiebot"> of its snippet: the window names that element until uc.js runs, and for good where it is blocked', async () => {
    delete (window as { Cookiebot?: unknown }).Cookiebot;
    localStorage.removeItem('ccv-consent');
    // Cookiebot's own snippet, its uc.js blocked (an ad blocker's cookie list, a strict network).
    const snippets = [1, 2].map(() => Object.assign(document.createElement('script'), { id: 'Cookiebot', type: 'text/plain' }));
    try {
      for (const count of [1, 2]) {
        // (Two: a template and a tag manager both add it.)
        document.head.append(...snippets.slice(0, count));
        // (Two: Chromium names both, in an HTMLCollection; Firefox the first.)
        const named = (window as { Cookiebot?: unknown }).Cookiebot;
        expect(named === snippets[0] || (count === 2 && named instanceof HTMLCollection), 'named by the browser').to.be.true;
        const video = await mountVideo('auto');
        part<HTMLButtonElement>(video, 'accept-button')!.click();
        expect(!!frameOf(video), `played as on a page without Cookiebot (${count})`).to.be.true;
        video.remove();
        localStorage.removeItem('ccv-consent');
      }
    } finally {
      snippets.forEach((snippet) => snippet.remove());
      localStorage.removeItem('ccv-consent');
    }
  });

  it('maps other categories too', async () => {
    const { calls } = installCookiebot();
    const video = await mountVideo('cookiebot', 'preferences');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(calls).to.deep.equal([[true, false, false]]);
  });
});
