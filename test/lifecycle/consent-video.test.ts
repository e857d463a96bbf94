/**
 * <ccv-consent-video> as single-page apps and CMS previews treat it: attributes changed once a
 * player is in, moves and re-insertions, many videos made and removed, the same video twice.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/config/config.js';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import '../../src/consent-video/consent-video.js';
import { BUILTIN_CHANGE, grantConsent, STORAGE_KEY, withdrawConsent } from '../../src/consent/builtin.js';
import { waitUntil } from '../helpers.js';
import { countUpdates, track } from './track.js';

const ID = 'M7lc1UVf-VE';
const part = (video: Element, name: string) => video.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const frameOf = (video: Element) => video.shadowRoot!.querySelector('iframe');
const accept = (video: Element) => part(video, 'accept-button') as HTMLButtonElement;
/** Lets a `lang` change reach the widget (a MutationObserver), then its render. */
const rendered = async (video: CcvConsentVideo) => {
  await aTimeout(0);
  await video.updateComplete;
};

/** Creates `count` videos one after another, each rendered and then removed, as an app's tabs do. */
async function cycle(host: HTMLElement, count: number, source?: string): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const video = document.createElement('ccv-consent-video') as CcvConsentVideo;
    video.setAttribute('video-id', ID);
    if (source) video.setAttribute('consent-source', source);
    host.append(video);
    await video.updateComplete;
    video.remove();
  }
}

describe('<ccv-consent-video> lifecycle', () => {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    dispatchEvent(new Event(BUILTIN_CHANGE));
    resetWarnings();
  });
  afterEach(() => {
    withdrawConsent('marketing');
    withdrawConsent('statistics');
  });

  it('follows consent-category changed on a playing video, back again, and removed (the default)', async () => {
    grantConsent('marketing');
    const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video consent-source="builtin" video-id=${ID}></ccv-consent-video>`);
    await waitUntil(() => frameOf(video), 'playing by consent for marketing');
    video.setAttribute('consent-category', 'statistics');
    await rendered(video);
    expect(!!frameOf(video), 'no consent for statistics').to.be.false;
    expect(part(video, 'notice')!.textContent).to.contain('statistische cookies');
    video.setAttribute('consent-category', 'marketing');
    await rendered(video);
    expect(!!frameOf(video), 'marketing again').to.be.true;
    video.setAttribute('consent-category', 'statistics');
    await rendered(video);
    video.removeAttribute('consent-category');
    await rendered(video);
    expect(!!frameOf(video), 'removed: marketing, the default').to.be.true;
  });

  it('speaks the language of its own lang, then <html lang>, as they change on a playing video, and keeps the player', async () => {
    grantConsent('marketing');
    const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video consent-source="builtin" video-id=${ID}></ccv-consent-video>`);
    await waitUntil(() => frameOf(video), 'playing');
    const frame = frameOf(video);
    const link = () => part(video, 'link')!.textContent!;
    try {
      video.lang = 'en';
      await rendered(video);
      expect(link()).to.contain('Watch on YouTube');
      video.removeAttribute('lang');
      await rendered(video);
      expect(link()).to.contain('Bekijken op YouTube');
      document.documentElement.lang = 'en';
      await rendered(video);
      expect(link()).to.contain('Watch on YouTube');
      document.documentElement.lang = 'nl';
      await rendered(video);
      expect(link()).to.contain('Bekijken op YouTube');
      expect(frameOf(video), 'the same player, not reloaded').to.equal(frame);
    } finally {
      document.documentElement.lang = 'nl';
    }
  });

  it('follows <ccv-config> settings changed while it was off the page, once it is back', async () => {
    grantConsent('statistics');
    const config = await fixture<HTMLElement>(html`<ccv-config consent-source="builtin"><ccv-consent-video video-id=${ID}></ccv-consent-video></ccv-config>`);
    const video = config.querySelector<CcvConsentVideo>('ccv-consent-video')!;
    await video.updateComplete;
    expect(!!frameOf(video), 'marketing, not granted').to.be.false;
    video.remove();
    config.setAttribute('consent-category', 'statistics');
    config.setAttribute('lang', 'en');
    await aTimeout(0);
    config.append(video);
    await waitUntil(() => frameOf(video), 'statistics, granted');
    expect(part(video, 'link')!.textContent).to.contain('Watch on YouTube');
    config.removeAttribute('consent-category');
    await rendered(video);
    expect(!!frameOf(video), 'back to marketing').to.be.false;
  });

  it('moved, re-inserted and replaced many times, answers one click with one request and one consent with one player', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ccv-consent-video consent-source="builtin" video-id=${ID}></ccv-consent-video></div>`);
    const video = wrapper.querySelector<CcvConsentVideo>('ccv-consent-video')!;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      for (let i = 0; i < 5; i += 1) {
        elsewhere.append(video);
        await video.updateComplete;
        video.remove();
        wrapper.append(video);
        video.replaceWith(video);
        await video.updateComplete;
      }
      let requests = 0;
      let loads = 0;
      video.addEventListener('ccv-consent-request', (event) => {
        requests += 1;
        event.preventDefault(); // the host asks in its own dialog
      });
      video.addEventListener('ccv-video-load', () => (loads += 1));
      accept(video).click();
      expect(requests, 'one click, one request').to.equal(1);
      grantConsent('marketing');
      await rendered(video);
      // Another tab's consent, as the storage event brings it.
      dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
      await rendered(video);
      expect(loads, 'one consent, one player').to.equal(1);
    } finally {
      elsewhere.remove();
    }
  });

  it('taken off the page by a listener of its accept, loads no player there, and put back later plays without autoplay', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ccv-consent-video consent-source="builtin" video-id=${ID}></ccv-consent-video></div>`);
    const video = wrapper.querySelector<CcvConsentVideo>('ccv-consent-video')!;
    const loads: string[] = [];
    video.addEventListener('ccv-video-load', (event) => loads.push(event.detail.trigger));
    // A page script that rebuilds the block once consent is asked for (not cancelled: our button records it).
    video.addEventListener('ccv-consent-request', () => video.remove(), { once: true });
    accept(video).click();
    await rendered(video);
    expect(loads, 'no player off the page').to.deep.equal([]);
    expect(frameOf(video)).to.equal(null);
    // Back later (an app's cached view), consent still standing: the player, without the click's autoplay.
    await aTimeout(20);
    wrapper.append(video);
    await rendered(video);
    expect(loads).to.deep.equal(['consent']);
    expect(frameOf(video)!.src).to.not.contain('autoplay=1');
  });

  it('off the page, hears nothing: no consent change, language or wording re-renders it', async () => {
    const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
    video.remove();
    const updates = countUpdates(video);
    try {
      grantConsent('marketing');
      withdrawConsent('marketing');
      document.documentElement.lang = 'en';
      await aTimeout(50);
    } finally {
      document.documentElement.lang = 'nl';
    }
    await aTimeout(50);
    expect(updates.count).to.equal(0);
  });

  it('made, shown and removed 200 times, leaves no listener or timer behind', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const counts = track();
    try {
      await cycle(host, 1); // the first video starts what every page keeps (the language observer)
      const before = counts.listeners();
      const timers = counts.timers();
      await cycle(host, 100);
      await cycle(host, 100, 'builtin');
      expect(counts.listeners()).to.deep.equal(before);
      expect(counts.timers()).to.be.at.most(timers);
    } finally {
      counts.stop();
    }
  });

  it('leaves no listener behind for each video shown and removed while the page is still loading', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    // Before the load event: a site whose images are still coming in, an app that mounts and unmounts a tab.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    const counts = track();
    try {
      await cycle(host, 1);
      const before = counts.listeners()['window load'] ?? 0;
      await cycle(host, 50);
      expect(counts.listeners()['window load'] ?? 0).to.equal(before);
    } finally {
      counts.stop();
      delete (document as { readyState?: string }).readyState;
    }
  });

  it('reads our own record once the page has loaded, though a script fired a load event of its own before', async () => {
    // A yes from an earlier visit, on a site without a consent manager.
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, granted: { marketing: Date.now() - 86_400_000 } }));
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    let video: CcvConsentVideo;
    try {
      video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} consent-source="auto"></ccv-consent-video>`);
      // A slider or an old plugin announcing itself while the page is still loading.
      dispatchEvent(new Event('load'));
      await rendered(video);
      expect(!!frameOf(video), 'before load: a consent manager may still come').to.be.false;
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
    // The page's own load event.
    dispatchEvent(new Event('load'));
    await waitUntil(() => frameOf(video), 'the earlier yes counts once the page has settled', { timeout: 4000 });
  });

  it('works as two copies of one template: its own player each, consent shared', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const template = document.createElement('template');
    template.innerHTML = `<ccv-consent-video video-id="${ID}" video-title="Opname" allow-once></ccv-consent-video>`;
    wrapper.append(template.content.cloneNode(true), template.content.cloneNode(true));
    const [first, second] = wrapper.querySelectorAll<CcvConsentVideo>('ccv-consent-video');
    await Promise.all([first.updateComplete, second.updateComplete]);
    // Each notice is the one its own button names: one id per shadow root.
    for (const video of [first, second]) expect(video.shadowRoot!.getElementById(accept(video).getAttribute('aria-describedby')!)).to.equal(part(video, 'notice'));
    part(first, 'once-button')!.click();
    expect([!!frameOf(first), !!frameOf(second)], '"only this video"').to.deep.equal([true, false]);
    accept(second).click();
    await rendered(first);
    expect([frameOf(first)!.src.includes('autoplay=1'), frameOf(second)!.src.includes('autoplay=1')]).to.deep.equal([true, true]);
    expect(first.shadowRoot!.querySelectorAll('iframe').length + second.shadowRoot!.querySelectorAll('iframe').length).to.equal(2);
  });
});
