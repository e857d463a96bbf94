import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/config/config.js';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import '../../src/consent-video/consent-video.js';
import { BUILTIN_CHANGE, grantConsent, STORAGE_KEY, withdrawConsent } from '../../src/consent/builtin.js';
import { recordRequests, stubWarn, waitUntil, warmUpAxe } from '../helpers.js';

before(warmUpAxe);

const ID = 'M7lc1UVf-VE';
const part = (video: Element, name: string) => video.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const frameOf = (video: Element) => video.shadowRoot!.querySelector('iframe');
const accept = (video: Element) => part(video, 'accept-button') as HTMLButtonElement;
/** After loading, the placeholder is out of sight, out of reach (inert) and out of the accessibility tree. */
const waitingPlaceholder = (video: Element) => {
  const placeholder = part(video, 'placeholder')!;
  return getComputedStyle(placeholder).visibility === 'hidden' && !!placeholder.closest('[inert]') && accept(video).checkVisibility({ visibilityProperty: true }) === false;
};

describe('<ccv-consent-video>', () => {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    dispatchEvent(new Event(BUILTIN_CHANGE));
    resetWarnings();
  });

  describe('before consent', () => {
    it("names a category it has no words for as 'these cookies', not by a manager's id", async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} consent-category="C0004" consent-source="builtin"></ccv-consent-video>`);
      const notice = part(video, 'notice')!.textContent!;
      expect(notice).to.contain('toestemming voor deze cookies').and.not.contain('C0004');
    });

    it("names a category called like what every object has ('constructor', 'toString', or one a page added) as 'these cookies'", async () => {
      const proto = Object.prototype as Record<string, unknown>;
      proto.media = 'Geërfd van Object.prototype';
      try {
        for (const category of ['constructor', 'toString', 'media']) {
          const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} consent-category=${category} consent-source="builtin"></ccv-consent-video>`);
          const notice = part(video, 'notice')!.textContent!;
          expect(notice, category).to.contain('toestemming voor deze cookies').and.not.match(/function|native code|Geërfd/);
        }
      } finally {
        delete proto.media;
      }
    });

    it('shows the title, the notice tied to an accept button named after the video, and a provider link', async () => {
      const video = await fixture<CcvConsentVideo>(
        html`<ccv-consent-video video-id=${ID} video-title="Leerkring XL oktober 2023" start="90"></ccv-consent-video>`,
      );
      expect(part(video, 'title')!.textContent).to.equal('Leerkring XL oktober 2023');
      const notice = part(video, 'notice')!;
      expect(notice.textContent).to.contain('YouTube').and.contain('IP-adres').and.contain('marketingcookies');
      const button = accept(video);
      expect(button.getAttribute('aria-describedby')).to.equal(notice.id);
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Toestaan en afspelen: Leerkring XL oktober 2023');
      const link = part(video, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal(`https://www.youtube.com/watch?v=${ID}&t=90s`);
      expect(link.textContent).to.contain('Bekijken op YouTube');
      expect(frameOf(video)).to.be.null;
      expect(video.hasAttribute('title')).to.be.false;
    });

    it('is accessible in Dutch and in English', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} video-title="Opname" allow-once></ccv-consent-video>`);
      await expect(video).to.be.accessible();
      video.lang = 'en';
      await video.updateComplete;
      expect(accept(video).textContent).to.contain('Allow and play');
      // Each video's buttons say which video they are for: a page can hold several.
      expect(part(video, 'once-button')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/: Opname$/);
      // "Only this video" sends the visitor to the provider just as much: the notice describes it too.
      expect(part(video, 'once-button')!.getAttribute('aria-describedby')).to.equal(part(video, 'notice')!.id);
      expect(part(video, 'notice')!.textContent).to.contain('marketing cookies');
      expect(part(video, 'base')!.getAttribute('lang')).to.equal('en');
      // The footer (watch link, withdraw) says its language too: it lies outside the base.
      expect(part(video, 'link')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      await expect(video).to.be.accessible();
    });
  });

  describe('accepting', () => {
    it('inserts the player on the privacy domain, autoplaying, focused, and records consent', async () => {
      const video = await fixture<CcvConsentVideo>(
        html`<ccv-consent-video video-id=${ID} video-title="Opname" start="1m30s"></ccv-consent-video>`,
      );
      const loaded = oneEvent(video, 'ccv-video-load');
      const { thirdParty } = await recordRequests(async () => accept(video).click());
      const frame = frameOf(video)!;
      // Inserted synchronously in the click handler, so mobile browsers let it play.
      expect(frame).to.exist;
      const src = new URL(frame.src);
      expect(src.origin).to.equal('https://www.youtube-nocookie.com');
      expect(src.pathname).to.equal(`/embed/${ID}`);
      expect(src.searchParams.get('start')).to.equal('90');
      expect(src.searchParams.get('autoplay')).to.equal('1');
      expect(frame.title).to.equal('Opname');
      expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
      expect(frame.allowFullscreen).to.be.true;
      expect(frame.getAttribute('loading'), 'asked for: loaded at once').to.be.null;
      expect(frame.allow).to.contain('autoplay');
      expect(video.shadowRoot!.activeElement).to.equal(frame);
      expect((await loaded).detail).to.deep.equal({ provider: 'youtube', videoId: ID, trigger: 'click' });
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).granted).to.have.property('marketing');
      expect(thirdParty.some((url) => url.startsWith('https://www.youtube-nocookie.com/embed/'))).to.be.true;
      await video.updateComplete;
      expect(waitingPlaceholder(video), 'the placeholder stays only as the box\'s measure').to.be.true;
      await expect(video).to.be.accessible();
      video.videoTitle = 'Opname, nieuwe titel';
      await video.updateComplete;
      expect(frameOf(video), 'the same player, not reloaded').to.equal(frame);
      expect(frame.title).to.equal('Opname, nieuwe titel');
      // A new poster is hidden under a loaded player: it must not restart it.
      let loads = 0;
      video.addEventListener('ccv-video-load', () => (loads += 1));
      video.poster = '/demo/favicon.svg';
      await video.updateComplete;
      expect(frameOf(video), 'the same player after a new poster').to.equal(frame);
      // Another video: loaded by the consent that stands, without autoplay, and not called a click.
      const next = oneEvent(video, 'ccv-video-load');
      video.videoId = 'aqz-KE-bpKQ';
      await video.updateComplete;
      expect((await next).detail).to.deep.equal({ provider: 'youtube', videoId: 'aqz-KE-bpKQ', trigger: 'consent' });
      expect(loads).to.equal(1);
      const again = new URL(frameOf(video)!.src);
      expect(again.pathname).to.equal('/embed/aqz-KE-bpKQ');
      expect(again.searchParams.get('autoplay')).to.equal(null);
    });

    it('does not start playing again by itself when it is moved in the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><ccv-consent-video video-id=${ID} video-title="Opname"></ccv-consent-video></div>`);
      const video = wrapper.querySelector<CcvConsentVideo>('ccv-consent-video')!;
      accept(video).click();
      expect(new URL(frameOf(video)!.src).searchParams.get('autoplay')).to.equal('1');
      // A filter hides its session, and brings it back.
      video.remove();
      wrapper.append(video);
      await video.updateComplete;
      const src = new URL(frameOf(video)!.src);
      expect(src.pathname).to.equal(`/embed/${ID}`);
      expect(src.searchParams.get('autoplay'), 'no autoplay the second time').to.equal(null);
    });

    it('sends nothing when a player taken off the page is put back after consent was withdrawn', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><ccv-consent-video video-id="C0DPdy98e4c" video-title="Opname"></ccv-consent-video></div>`);
      const video = wrapper.querySelector<CcvConsentVideo>('ccv-consent-video')!;
      accept(video).click();
      await video.updateComplete;
      video.remove();
      withdrawConsent('marketing');
      const { thirdParty } = await recordRequests(async () => {
        wrapper.append(video);
        await video.updateComplete;
      });
      // (A video id no other test uses: players of the tests before may be heard this late. And the player the
      // click started may be too: it asked for autoplay.)
      expect(thirdParty.filter((url) => url.includes('C0DPdy98e4c') && !url.includes('autoplay=1'))).to.deep.equal([]);
      expect(!!frameOf(video)).to.be.false;
      expect(!!accept(video), 'the placeholder').to.be.true;
    });

    it('keeps the player, playing, when it is moved with moveBefore()', async function () {
      if (!('moveBefore' in Element.prototype)) this.skip(); // a browser without atomic moves yet
      const wrapper = await fixture<HTMLElement>(html`<div><p>Ervoor</p><ccv-consent-video video-id=${ID} video-title="Opname"></ccv-consent-video></div>`);
      const video = wrapper.querySelector<CcvConsentVideo>('ccv-consent-video')!;
      accept(video).click();
      const frame = frameOf(video);
      const src = frame!.src;
      (wrapper as unknown as { moveBefore(node: Node, child: Node | null): void }).moveBefore(video, wrapper.firstChild);
      await video.updateComplete;
      expect(frameOf(video) === frame && frame!.src === src, 'the same player, not reloaded').to.be.true;
    });

    it("judges a player moved with moveBefore() by its new place's settings", async function () {
      if (!('moveBefore' in Element.prototype)) this.skip(); // a browser without atomic moves yet
      const wrapper = await fixture<HTMLElement>(html`<div>
        <ccv-config consent-category="marketing"><ccv-consent-video video-id=${ID} video-title="Opname"></ccv-consent-video></ccv-config>
        <ccv-config consent-category="statistics"></ccv-config>
      </div>`);
      const [from, to] = [...wrapper.querySelectorAll('ccv-config')];
      const video = from.querySelector<CcvConsentVideo>('ccv-consent-video')!;
      accept(video).click();
      expect(!!frameOf(video)).to.be.true;
      (to as unknown as { moveBefore(node: Node, child: Node | null): void }).moveBefore(video, null);
      await video.updateComplete;
      expect(!!frameOf(video), 'no consent for statistics: no player').to.be.false;
      expect(part(video, 'notice')!.textContent).to.contain('statistische cookies');
    });

    it('creates the iframe inside the click handler itself', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
      let frameDuringClick: HTMLIFrameElement | null = null;
      accept(video).addEventListener('click', () => queueMicrotask(() => {}));
      video.shadowRoot!.addEventListener('click', () => (frameDuringClick = frameOf(video)));
      accept(video).click();
      expect(frameDuringClick).to.exist;
    });

    it('keeps the 16:9 box, so nothing shifts', async () => {
      await setViewport({ width: 1000, height: 800 });
      const wrapper = await fixture(html`<div style="inline-size: 640px"><ccv-consent-video video-id=${ID}></ccv-consent-video></div>`);
      const video = wrapper.querySelector('ccv-consent-video')!;
      const before = part(video, 'base')!.getBoundingClientRect();
      accept(video).click();
      await video.updateComplete;
      const after = part(video, 'base')!.getBoundingClientRect();
      expect(before.height).to.be.closeTo(360, 1);
      expect(after.height).to.be.closeTo(before.height, 0.5);
      expect(frameOf(video)!.getBoundingClientRect().height, 'the player fills the box').to.be.closeTo(after.height - 2, 1);
      await setViewport({ width: 800, height: 600 }); // the runner's own size, for the tests after this one
    });

    it('grows past 16:9 at 320 px rather than clip the notice', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 320px">
        <ccv-consent-video video-id=${ID} video-title="Een lange titel van een leerkring-uitzending" allow-once></ccv-consent-video>
      </div>`);
      const video = wrapper.querySelector('ccv-consent-video')!;
      const box = part(video, 'base')!.getBoundingClientRect();
      for (const name of ['title', 'notice', 'accept-button', 'once-button']) {
        const rect = part(video, name)!.getBoundingClientRect();
        expect(rect.bottom, name).to.be.at.most(box.bottom + 0.5);
        expect(rect.right, name).to.be.at.most(box.right + 0.5);
      }
      expect(video.scrollWidth).to.be.at.most(320);
    });

    it('keeps the withdraw button beside the watch link on a phone, not on an empty row of its own under it', async () => {
      // Its place is kept from the start (nothing moves when it comes). On a row of its own, under the
      // link, that place was a blank of about 60 px before consent (two lines of words and a gap) at
      // 320 px: beside the link, its words take more lines instead, in the row the link is in anyway.
      for (const [width, lang] of [[320, 'nl'], [390, 'nl'], [320, 'en'], [640, 'nl']] as const) {
        const wrapper = await fixture(html`<div style=${`inline-size: ${width}px`} lang=${lang}>
          <ccv-consent-video video-id=${ID} video-title="Leerkring XL" consent-source="builtin"></ccv-consent-video>
        </div>`);
        const video = wrapper.querySelector<CcvConsentVideo>('ccv-consent-video')!;
        await video.updateComplete;
        const link = part(video, 'link')!.getBoundingClientRect();
        const place = video.shadowRoot!.querySelector('.reserved')!.getBoundingClientRect();
        expect([place.top < link.bottom, place.left >= link.right], `${width} px, ${lang}: the place beside the link`).to.deep.equal([true, true]);
        expect(place.right, `${width} px, ${lang}: within the widget`).to.be.at.most(video.getBoundingClientRect().right + 0.5);
        const before = video.getBoundingClientRect().height;
        grantConsent('marketing');
        await waitUntil(() => frameOf(video) && part(video, 'withdraw-button'), `${width} px: the player and the withdraw button`);
        await video.updateComplete;
        const withdraw = part(video, 'withdraw-button')!.getBoundingClientRect();
        expect([withdraw.top, withdraw.left, withdraw.height], `${width} px, ${lang}: the button where its place was`).to.deep.equal([place.top, place.left, place.height]);
        expect(video.getBoundingClientRect().height, `${width} px, ${lang}: as high as before`).to.be.closeTo(before, 0.5);
        withdrawConsent('marketing');
        await waitUntil(() => !frameOf(video), 'the player goes');
      }
    });

    /** A video at a width with a paragraph under it, and how far that paragraph has moved since. */
    async function videoAbove(width: number) {
      const wrapper = await fixture(html`<div style=${`inline-size: ${width}px`}>
        <ccv-consent-video video-id=${ID} video-title="Leerkring XL over online oproepen tot ordeverstoring"></ccv-consent-video>
        <p>Tekst onder de video</p>
      </div>`);
      const below = wrapper.querySelector('p')!;
      const top = below.getBoundingClientRect().top;
      return { video: wrapper.querySelector<CcvConsentVideo>('ccv-consent-video')!, moved: () => below.getBoundingClientRect().top - top };
    }

    for (const width of [640, 320]) {
      it(`moves nothing below it when it loads or unloads by consent given elsewhere, at ${width} px`, async () => {
        const { video, moved } = await videoAbove(width);
        grantConsent('marketing'); // as another video or tab would
        await waitUntil(() => frameOf(video), 'the player loads');
        await video.updateComplete;
        expect(part(video, 'withdraw-button'), 'withdrawal offered').to.exist;
        expect(moved(), 'after loading').to.be.closeTo(0, 0.5);
        withdrawConsent('marketing');
        await waitUntil(() => !frameOf(video), 'the player goes');
        await video.updateComplete;
        expect(moved(), 'after withdrawal').to.be.closeTo(0, 0.5);
      });
    }

    it('lets a loaded video follow the width of its column, as tall as a waiting one', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 800px">
        <ccv-consent-video video-id=${ID} video-title="Leerkring XL over online oproepen tot ordeverstoring"></ccv-consent-video>
        <ccv-consent-video video-id=${ID} consent-category="statistics" video-title="Leerkring XL over online oproepen tot ordeverstoring"></ccv-consent-video>
      </div>`);
      const [loaded, waiting] = [...wrapper.querySelectorAll<CcvConsentVideo>('ccv-consent-video')];
      grantConsent('marketing');
      await waitUntil(() => frameOf(loaded), 'the first loads');
      (wrapper as HTMLElement).style.inlineSize = '320px';
      await loaded.updateComplete;
      expect(frameOf(waiting), 'the other category still waits').to.be.null;
      const height = (video: Element) => part(video, 'base')!.getBoundingClientRect().height;
      expect(height(loaded)).to.be.closeTo(height(waiting), 0.5);
      expect(frameOf(loaded)!.getBoundingClientRect().height, 'the player fills the box').to.be.closeTo(height(loaded) - 2, 1);
    });

    it('moves nothing when consent comes with a change of category', async () => {
      grantConsent('statistics');
      const { video, moved } = await videoAbove(320);
      video.setAttribute('consent-category', 'statistics');
      await waitUntil(() => frameOf(video), 'the player loads');
      expect(moved()).to.be.closeTo(0, 0.5);
    });

    it('works from the keyboard alone: Tab, then Enter or Space', async () => {
      const first = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} video-title="Een"></ccv-consent-video>`);
      await sendKeys({ press: 'Tab' });
      expect(first.shadowRoot!.activeElement).to.equal(accept(first));
      await sendKeys({ press: 'Enter' });
      expect(frameOf(first)).to.exist;
      expect(first.shadowRoot!.activeElement).to.equal(frameOf(first));

      localStorage.removeItem(STORAGE_KEY);
      dispatchEvent(new Event(BUILTIN_CHANGE));
      const second = await fixture<CcvConsentVideo>(
        html`<ccv-consent-video video-id=${ID} consent-category="preferences"></ccv-consent-video>`,
      );
      accept(second).focus();
      await sendKeys({ press: ' ' });
      expect(frameOf(second)).to.exist;
    });

    it('loads every video of that category on the page, without autoplay or stealing focus', async () => {
      const wrapper = await fixture(html`<div>
        <ccv-consent-video video-id=${ID} video-title="Een"></ccv-consent-video>
        <ccv-consent-video url="https://vimeo.com/76979871" video-title="Twee"></ccv-consent-video>
        <ccv-consent-video video-id=${ID} video-title="Drie" consent-category="statistics"></ccv-consent-video>
      </div>`);
      const [one, two, three] = [...wrapper.querySelectorAll('ccv-consent-video')];
      accept(one).click();
      await two.updateComplete;
      const frame = frameOf(two)!;
      expect(frame).to.exist;
      const src = new URL(frame.src);
      expect(src.origin).to.equal('https://player.vimeo.com');
      expect(src.searchParams.get('dnt')).to.equal('1');
      expect(src.searchParams.has('autoplay')).to.be.false;
      expect(one.shadowRoot!.activeElement).to.equal(frameOf(one));
      expect(frameOf(three), 'another category stays put').to.be.null;
    });

    it('follows consent given and withdrawn in another tab', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, granted: { marketing: Date.now() } }));
      dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
      await video.updateComplete;
      expect(frameOf(video)).to.exist;
      expect(new URL(frameOf(video)!.src).searchParams.has('autoplay')).to.be.false;
      // That tab withdraws it again (its last grant: the key goes): the player goes here too.
      const written = localStorage.getItem(STORAGE_KEY);
      localStorage.removeItem(STORAGE_KEY);
      dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, oldValue: written, newValue: null }));
      await video.updateComplete;
      expect(frameOf(video), 'withdrawn in the other tab').to.be.null;
      expect(accept(video)).to.exist;
    });

    it('shows the player at once for a returning visitor', async () => {
      grantConsent('marketing');
      const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('ccv-video-load', resolve as EventListener, { once: true }));
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
      expect(frameOf(video)).to.exist;
      expect(waitingPlaceholder(video)).to.be.true;
      expect((await loaded).detail.trigger).to.equal('consent');
      // Nor does it play by itself (1.4.2, 2.2.2): only a click of the visitor's own starts a video.
      expect(new URL(frameOf(video)!.src).searchParams.has('autoplay')).to.be.false;
      // Nobody asked for this one: a page of many fetches each player only as it comes near.
      expect(frameOf(video)!.getAttribute('loading')).to.equal('lazy');
    });

    it('ignores consent that has expired', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, granted: { marketing: Date.now() - 400 * 86400000 } }));
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
      expect(frameOf(video)).to.be.null;
    });

    it('lets the host take over through a cancelable ccv-consent-request', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} consent-category="marketing"></ccv-consent-video>`);
      const requests: CustomEvent[] = [];
      document.addEventListener('ccv-consent-request', (event) => {
        requests.push(event);
        event.preventDefault();
      }, { once: true });
      accept(video).click();
      expect(requests).to.have.length(1);
      expect(requests[0].detail).to.deep.equal({ category: 'marketing', source: 'builtin', provider: 'youtube', videoId: ID });
      expect(requests[0].cancelable).to.be.true;
      expect(frameOf(video)).to.be.null;
      expect(localStorage.getItem(STORAGE_KEY)).to.be.null;
      // The host's own dialog records consent later: the video follows, without autoplay.
      grantConsent('marketing');
      await video.updateComplete;
      expect(frameOf(video)).to.exist;
      expect(new URL(frameOf(video)!.src).searchParams.has('autoplay')).to.be.false;
    });

    it("takes focus into the player when the host's own consent dialog gives focus back to the accept button", async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} video-title="Opname" consent-source="builtin"></ccv-consent-video>`);
      document.addEventListener('ccv-consent-request', (event) => event.preventDefault(), { once: true });
      const button = accept(video);
      button.focus();
      button.click();
      // The host's dialog records consent and, closing, puts focus back where it was: on the
      // accept button, which goes inert under the player. (It was lost to the page's <body>.)
      grantConsent('marketing');
      button.focus();
      await video.updateComplete;
      await waitUntil(() => frameOf(video) && waitingPlaceholder(video), 'the player, over the placeholder');
      const focused = video.shadowRoot!.activeElement;
      expect(focused?.localName ?? document.activeElement?.localName, 'focus in the player').to.equal('iframe');
      expect(new URL(frameOf(video)!.src).searchParams.has('autoplay')).to.be.false;
    });

    it('with allow-once, loads only this video and records nothing', async () => {
      const wrapper = await fixture(html`<div>
        <ccv-consent-video video-id=${ID} allow-once></ccv-consent-video>
        <ccv-consent-video video-id=${ID}></ccv-consent-video>
      </div>`);
      const [one, two] = [...wrapper.querySelectorAll('ccv-consent-video')];
      expect(part(two, 'once-button')).to.be.null;
      const loaded = oneEvent(one, 'ccv-video-load');
      (part(one, 'once-button') as HTMLButtonElement).click();
      expect((await loaded).detail.trigger).to.equal('once');
      expect(new URL(frameOf(one)!.src).searchParams.get('autoplay')).to.equal('1');
      expect(one.shadowRoot!.activeElement).to.equal(frameOf(one));
      expect(localStorage.getItem(STORAGE_KEY)).to.be.null;
      await two.updateComplete;
      expect(frameOf(two)).to.be.null;
      // A no from the store after it is no withdrawal: nothing was given.
      withdrawConsent('marketing');
      await one.updateComplete;
      expect(frameOf(one)).to.exist;
      // "Only this video" was said of this one: another video asks again.
      (one as CcvConsentVideo).videoId = 'aqz-KE-bpKQ';
      await (one as CcvConsentVideo).updateComplete;
      expect(frameOf(one)).to.be.null;
      expect(part(one, 'once-button')).to.exist;
    });

    it('keeps focus in the widget when another video replaces a focused player', async () => {
      const wrapper = await fixture(html`<div>
        <ccv-consent-video video-id=${ID} allow-once></ccv-consent-video>
        <ccv-consent-video video-id=${ID}></ccv-consent-video>
      </div>`);
      const [once, consented] = [...wrapper.querySelectorAll<CcvConsentVideo>('ccv-consent-video')];
      // Consent stands: the new player takes the focus the old one had.
      accept(consented).click();
      consented.videoId = 'aqz-KE-bpKQ';
      await consented.updateComplete;
      expect(consented.shadowRoot!.activeElement, 'focus on the new player').to.equal(frameOf(consented));
      withdrawConsent('marketing');
      await consented.updateComplete;
      // "Only this video" was for the old one: focus goes to the accept button, not to the page.
      (part(once, 'once-button') as HTMLButtonElement).click();
      once.videoId = 'aqz-KE-bpKQ';
      await once.updateComplete;
      expect(frameOf(once)).to.be.null;
      expect(once.shadowRoot!.activeElement, 'focus on the accept button').to.equal(accept(once));
    });
    it('keeps focus in the widget when a script points a focused player at a video it cannot show', async () => {
      const warn = stubWarn();
      try {
        const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
        accept(video).click();
        await video.updateComplete;
        expect(video.shadowRoot!.activeElement, 'focus in the player').to.equal(frameOf(video));
        video.videoId = 'geen id';
        await video.updateComplete;
        expect(frameOf(video)).to.be.null;
        expect(video.shadowRoot!.activeElement, 'focus on the message, not lost to the page').to.equal(part(video, 'error'));
        await expect(video).to.be.accessible();
      } finally {
        warn.restore();
      }
    });
  });

  describe('withdrawal', () => {
    it('removes a player started with "only this video" only when consent given for its own category goes', async () => {
      const wrapper = await fixture(html`<div>
        <ccv-consent-video video-id=${ID} allow-once consent-source="builtin"></ccv-consent-video>
        <ccv-consent-video video-id=${ID} consent-source="builtin"></ccv-consent-video>
      </div>`);
      const [once, other] = [...wrapper.querySelectorAll<CcvConsentVideo>('ccv-consent-video')];
      (part(once, 'once-button') as HTMLButtonElement).click();
      // The visitor accepts on the other video: consent for marketing now stands as well.
      accept(other).click();
      await once.updateComplete;
      // The first video now needs statistics (its <ccv-config> changed, say), which nobody gave:
      // that is no withdrawal, and "only this video" still holds.
      once.consentCategory = 'statistics';
      await once.updateComplete;
      expect(!!frameOf(once), 'a new category, not granted: nothing withdrawn').to.be.true;
      // A withdrawal of another category (marketing, from the other video's button) leaves it too.
      (part(other, 'withdraw-button') as HTMLButtonElement).click();
      await once.updateComplete;
      await other.updateComplete;
      expect(!!frameOf(other), 'the other video').to.be.false;
      expect(!!frameOf(once), 'a withdrawal of marketing').to.be.true;
      // Its own category's consent given and taken back: withdrawal removes every player of it.
      grantConsent('statistics');
      await once.updateComplete;
      withdrawConsent('statistics');
      await once.updateComplete;
      expect(!!frameOf(once), 'statistics withdrawn').to.be.false;
      expect(part(once, 'once-button')).to.exist;
    });


    it('removes every player of that category and returns focus to the accept button', async () => {
      const wrapper = await fixture(html`<div>
        <ccv-consent-video video-id=${ID}></ccv-consent-video>
        <ccv-consent-video video-id=${ID}></ccv-consent-video>
      </div>`);
      const [one, two] = [...wrapper.querySelectorAll('ccv-consent-video')];
      accept(one).click();
      await two.updateComplete;
      expect(frameOf(two)).to.exist;
      withdrawConsent('marketing');
      await one.updateComplete;
      await two.updateComplete;
      expect(frameOf(one)).to.be.null;
      expect(frameOf(two)).to.be.null;
      expect(part(two, 'placeholder')).to.exist;
      await waitUntil(() => one.shadowRoot!.activeElement === accept(one), 'focus returns to the accept button');
    });

    it('removes the player when consent is withdrawn in the same task as the click that started it', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
      accept(video).click();
      // A host script that takes it back at once, before the video has rendered again.
      withdrawConsent('marketing');
      await video.updateComplete;
      expect(!!frameOf(video), 'the player is gone').to.be.false;
      expect(localStorage.getItem(STORAGE_KEY), 'nothing granted, nothing stored').to.be.null;
      await waitUntil(() => video.shadowRoot!.activeElement === accept(video), 'focus returns to the accept button');
    });

    it('leaves focus on the watch link, which stays, when consent is withdrawn elsewhere', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
      accept(video).click();
      await video.updateComplete;
      const link = part(video, 'link')!;
      link.focus();
      // Another tab, or the site's own settings page in a script: the visitor is not at this button.
      withdrawConsent('marketing');
      await video.updateComplete;
      await video.updateComplete;
      expect(frameOf(video)).to.be.null;
      expect(video.shadowRoot!.activeElement, 'not moved to the accept button').to.equal(link);
    });

    it('offers a withdraw button with the built-in store', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID}></ccv-consent-video>`);
      expect(part(video, 'withdraw-button')).to.be.null;
      accept(video).click();
      await video.updateComplete;
      const withdraw = part(video, 'withdraw-button') as HTMLButtonElement;
      expect(withdraw.textContent).to.contain('intrekken');
      withdraw.focus();
      withdraw.click();
      await video.updateComplete;
      expect(frameOf(video)).to.be.null;
      await waitUntil(() => video.shadowRoot!.activeElement === accept(video), 'focus is not dropped to the page');
      expect(localStorage.getItem(STORAGE_KEY), 'nothing granted, nothing stored').to.be.null;
    });
  });

  describe('settings', () => {
    it('takes consent-category from <ccv-config>, and its own attribute wins', async () => {
      grantConsent('statistics');
      const config = await fixture(html`<ccv-config consent-category="statistics">
        <ccv-consent-video video-id=${ID}></ccv-consent-video>
        <ccv-consent-video video-id=${ID} consent-category="marketing"></ccv-consent-video>
      </ccv-config>`);
      const [inherits, own] = [...config.querySelectorAll('ccv-consent-video')];
      await inherits.updateComplete;
      expect(frameOf(inherits)).to.exist;
      expect(frameOf(own)).to.be.null;
    });

    it('shows a self-hosted poster without alt text (the title is already there)', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} poster="/demo/favicon.svg"></ccv-consent-video>`);
      const poster = part(video, 'poster') as HTMLImageElement;
      expect(poster.getAttribute('alt')).to.equal('');
      expect(new URL(poster.src).origin).to.equal(location.origin);
      await expect(video).to.be.accessible();
    });

    it('falls back to a generic title and warns about nothing else', async () => {
      const warn = stubWarn();
      try {
        const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video url="https://vimeo.com/76979871"></ccv-consent-video>`);
        expect(part(video, 'title')!.textContent).to.equal('Video op Vimeo');
        expect(part(video, 'link')!.textContent).to.contain('Bekijken op Vimeo');
        expect(warn.calls).to.have.length(0);
        accept(video).click();
        expect(frameOf(video)!.title).to.equal('Video op Vimeo');
        const frame = frameOf(video);
        video.lang = 'en';
        await video.updateComplete;
        expect(frameOf(video), 'the same player').to.equal(frame);
        expect(frame!.title, 'renamed in the new language').to.equal('Video on Vimeo');
      } finally {
        warn.restore();
      }
    });
  });

  describe('bad input', () => {
    const cases: [string, ReturnType<typeof html>, string][] = [
      ['no video', html`<ccv-consent-video video-title="Leeg"></ccv-consent-video>`, 'Er is geen video opgegeven.'],
      ['a URL that is not a video', html`<ccv-consent-video url="https://example.org/film"></ccv-consent-video>`, 'geen YouTube- of Vimeo-video'],
      ['a hostile URL', html`<ccv-consent-video url="javascript:alert(1)"></ccv-consent-video>`, 'geen YouTube- of Vimeo-video'],
      ['a malformed id', html`<ccv-consent-video video-id="<img src=x>"></ccv-consent-video>`, 'De code van deze video klopt niet.'],
      ['an unknown provider', html`<ccv-consent-video video-id=${ID} provider="dailymotion"></ccv-consent-video>`, 'niet ondersteund'],
      ['a non-https poster', html`<ccv-consent-video video-id=${ID} poster="http://img.example.org/p.jpg"></ccv-consent-video>`, 'https'],
      ['a poster from YouTube', html`<ccv-consent-video video-id=${ID} poster="https://i.ytimg.com/vi/${ID}/0.jpg"></ccv-consent-video>`, 'https'],
      ['a poster from YouTube, written with a final dot', html`<ccv-consent-video video-id=${ID} poster="https://i.ytimg.com./vi/${ID}/0.jpg"></ccv-consent-video>`, 'https'],
      ['a poster from YouTube, written with two final dots', html`<ccv-consent-video video-id=${ID} poster="https://i.ytimg.com../vi/${ID}/0.jpg"></ccv-consent-video>`, 'https'],
      ['a poster from a Google image host', html`<ccv-consent-video video-id=${ID} poster="https://ytimg.l.google.com/vi/${ID}/0.jpg"></ccv-consent-video>`, 'https'],
      ['a poster from a Google API host', html`<ccv-consent-video video-id=${ID} poster="https://youtube.googleapis.com/vi/${ID}/0.jpg"></ccv-consent-video>`, 'https'],
      ['a poster from a Vimeo thumbnail proxy', html`<ccv-consent-video video-id=${ID} poster="https://vumbnail.com/76979871.jpg"></ccv-consent-video>`, 'https'],
      ['a poster on another site', html`<ccv-consent-video video-id=${ID} poster="https://img.example.org/p.jpg"></ccv-consent-video>`, 'op deze site zelf'],
    ];
    for (const [name, template, text] of cases) {
      it(`shows a visible error for ${name}, warns once and requests nothing`, async () => {
        const warn = stubWarn();
        try {
          const video = await fixture<CcvConsentVideo>(template);
          const error = part(video, 'error')!;
          expect(error).to.exist;
          expect(error.textContent).to.contain('Deze video kan niet worden getoond').and.contain(text);
          // Read as one text (the status region's, or focused): the heading is a sentence of its own, not run into the reason.
          expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Deze video kan niet worden getoond\. \S/);
          expect(frameOf(video)).to.be.null;
          expect(part(video, 'accept-button')).to.be.null;
          expect(warn.calls).to.have.length(1);
          await expect(video).to.be.accessible();
        } finally {
          warn.restore();
        }
      });
    }

    it('takes the room of a working video, so the page does not move when it is put right', async () => {
      const warn = stubWarn();
      try {
        const wrapper = await fixture(html`<div style="inline-size: 640px">
          <ccv-consent-video video-id=${ID} video-title="Opname"></ccv-consent-video>
          <ccv-consent-video url="https://example.org/film" video-title="Opname"></ccv-consent-video>
        </div>`);
        const [working, broken] = [...wrapper.querySelectorAll('ccv-consent-video')];
        expect(part(broken, 'error'), 'the error state').to.exist;
        expect(broken.getBoundingClientRect().height).to.be.closeTo(working.getBoundingClientRect().height, 0.5);
      } finally {
        warn.restore();
      }
    });

    it('tells an editor who wrote the global title that video-title names the video', async () => {
      const warn = stubWarn();
      try {
        const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} title=" Leerkring XL "></ccv-consent-video>`);
        expect(warn.said()).to.contain('<ccv-consent-video title="Leerkring XL"> does not name the video: use video-title.');
        expect(warn.calls).to.have.length(1);
        expect(part(video, 'accept-button'), 'the placeholder still works').to.exist;
        const named = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} title="Leerkring" video-title="Leerkring XL"></ccv-consent-video>`);
        expect(part(named, 'accept-button')!.textContent).to.contain('Leerkring XL');
        expect(warn.calls, 'none once video-title is there').to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('names the video it cannot show, so a page with several says which one', async () => {
      const warn = stubWarn();
      try {
        const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video url="https://example.org/film" video-title=${'Leerkring XL \u202eoktober'}></ccv-consent-video>`);
        const error = part(video, 'error')!;
        expect([...error.querySelectorAll('strong, p')].map((node) => node.textContent)).to.deep.equal([
          'Deze video kan niet worden getoond.',
          'Dit adres is geen YouTube- of Vimeo-video.',
          'Leerkring XL oktober',
        ]);
        // Read as one text (the status region's): each sentence ends before the next starts; the title, with no full stop of its own, runs into nothing.
        expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Deze video kan niet worden getoond. Dit adres is geen YouTube- of Vimeo-video. Leerkring XL oktober');
      } finally {
        warn.restore();
      }
    });

    it('keeps its placeholder and our wording when `messages` holds a text where a function belongs', async () => {
      const warn = stubWarn();
      try {
        const video = document.createElement('ccv-consent-video');
        video.videoId = ID;
        // As a page script writes it: the notice takes the provider's name, so ours is a function.
        video.messages = { notice: 'Deze video komt van YouTube.' } as never;
        document.body.append(video);
        await video.updateComplete;
        expect(part(video, 'notice')!.textContent).to.contain('YouTube').and.contain('IP-adres');
        expect(part(video, 'accept-button')).to.exist;
        expect(warn.calls.map((args) => String(args[0])).join()).to.contain('messages.notice is ignored (ours: function, given: string)');
        video.remove();
      } finally {
        warn.restore();
      }
    });

    it('warns for each distinct mistake on a page, naming the value at fault, and once for a repeated one', async () => {
      const warn = stubWarn();
      try {
        await fixture(html`<div>
          <ccv-consent-video url="https://example.org/a"></ccv-consent-video>
          <ccv-consent-video url="https://example.org/b"></ccv-consent-video>
          <ccv-consent-video url="https://example.org/b"></ccv-consent-video>
        </div>`);
        const byProperty = document.createElement('ccv-consent-video');
        byProperty.url = 'https://example.org/c'; // as a framework sets it
        document.body.append(byProperty);
        await byProperty.updateComplete;
        byProperty.remove();
        const messages = warn.calls.map((args) => String(args[0]));
        expect(messages).to.have.length(3);
        expect(messages[0]).to.contain('url="https://example.org/a"');
        expect(messages[1]).to.contain('url="https://example.org/b"');
        expect(messages[2]).to.contain('url="https://example.org/c"');
      } finally {
        warn.restore();
      }
    });

    it('plays from the beginning, with a warning, when start is not a time', async () => {
      const warn = stubWarn();
      try {
        for (const start of ['-5', 'abc', '99999999999']) {
          const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} start=${start}></ccv-consent-video>`);
          expect(part(video, 'accept-button'), 'the video still works').to.exist;
          expect(new URL(part(video, 'link')!.getAttribute('href')!).searchParams.has('t')).to.be.false;
        }
        expect(warn.calls.map(String)).to.have.length(3);
        expect(String(warn.calls[0])).to.contain('start="-5"');
      } finally {
        warn.restore();
      }
    });

    it('plays the video its url names, with a warning, when provider says another', async () => {
      const warn = stubWarn();
      try {
        const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video provider="vimeo" url=${`https://youtu.be/${ID}`}></ccv-consent-video>`);
        expect(part(video, 'link')!.getAttribute('href')).to.contain('youtube.com');
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0][0])).to.contain('provider="vimeo"');
        // Saying the same as the url is no mistake.
        await fixture(html`<ccv-consent-video provider="YouTube" url=${`https://youtu.be/${ID}`}></ccv-consent-video>`);
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('recovers when the attribute is corrected', async () => {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video url="nope"></ccv-consent-video>`);
      video.url = `https://youtu.be/${ID}`;
      await video.updateComplete;
      expect(part(video, 'error')).to.be.null;
      expect(part(video, 'accept-button')).to.exist;
    });
  });

  it("exposes its parts to the page's own styles, and shows its error state", async () => {
    // The parts a host styles: the box, the placeholder and what is in it, the buttons, the link, the player, the error.
    const names = ['base', 'placeholder', 'poster', 'title', 'notice', 'accept-button', 'once-button', 'link', 'frame', 'withdraw-button', 'error'];
    const style = document.createElement('style');
    style.textContent = `${names.map((name) => `ccv-consent-video::part(${name})`).join(', ')} { scroll-margin-top: 7px }`;
    document.head.append(style);
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div>
        <ccv-consent-video video-id=${ID} poster="/demo/favicon.svg" allow-once></ccv-consent-video>
        <ccv-consent-video video-title="Leeg"></ccv-consent-video>
      </div>`);
      const [video, broken] = [...wrapper.querySelectorAll<CcvConsentVideo>('ccv-consent-video')];
      const styled = (element: Element, name: string) => getComputedStyle(part(element, name)!).scrollMarginTop === '7px';
      for (const name of ['base', 'placeholder', 'poster', 'title', 'notice', 'accept-button', 'once-button', 'link']) expect(styled(video, name), name).to.be.true;
      expect(styled(broken, 'error'), 'error').to.be.true;
      const error = part(broken, 'error')!;
      expect(error.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && error.getBoundingClientRect().height > 0, 'the error state is seen').to.be.true;
      accept(video).click();
      await video.updateComplete;
      for (const name of ['frame', 'withdraw-button']) expect(styled(video, name), name).to.be.true;
    } finally {
      warn.restore();
      style.remove();
    }
  });

  it('speaks English and is accessible in its other states too: playing (withdrawal offered) and each error', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div lang="en">
        <ccv-consent-video video-id=${ID} video-title="Recording"></ccv-consent-video>
        <ccv-consent-video video-title="Empty"></ccv-consent-video>
        <ccv-consent-video url="https://example.org/film"></ccv-consent-video>
        <ccv-consent-video video-id="bad id"></ccv-consent-video>
        <ccv-consent-video video-id=${ID} provider="dailymotion"></ccv-consent-video>
        <ccv-consent-video video-id=${ID} poster="http://img.example.org/p.jpg"></ccv-consent-video>
      </div>`);
      const [playing, ...broken] = [...wrapper.querySelectorAll<CcvConsentVideo>('ccv-consent-video')];
      expect(broken.map((video) => [...part(video, 'error')!.querySelectorAll('strong, p')].map((node) => node.textContent).join(' | '))).to.deep.equal([
        'This video cannot be shown. | No video was given. | Empty',
        'This video cannot be shown. | This address is not a YouTube or Vimeo video.',
        'This video cannot be shown. | The code of this video is not valid.',
        'This video cannot be shown. | This video service is not supported; choose YouTube or Vimeo.',
        'This video cannot be shown. | The preview image must have an https address on this site itself.',
      ]);
      accept(playing).click();
      await playing.updateComplete;
      expect(frameOf(playing)).to.exist;
      expect(part(playing, 'withdraw-button')!.textContent).to.contain('Withdraw consent for videos');
      await expect(wrapper).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  it("names a player whose title has no language of its own in the widget's language, not an unknown one", async () => {
    const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} video-title="Opname" video-title-lang="en"></ccv-consent-video>`);
    accept(video).click();
    await video.updateComplete;
    // The language the player's name is in: that of the nearest lang attribute ("" is unknown).
    const language = () => frameOf(video)!.closest('[lang]')?.getAttribute('lang');
    expect(language()).to.equal('en');
    video.videoTitleLang = undefined;
    await video.updateComplete;
    expect(language()).to.equal('nl');
    video.lang = 'en';
    await video.updateComplete;
    expect(language()).to.equal('en');
    withdrawConsent('marketing');
  });

  it("marks a title in another language than the page's with video-title-lang, and nothing else", async () => {
    const warn = stubWarn();
    try {
      const video = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} video-title="Online disorder" video-title-lang="en-GB" allow-once></ccv-consent-video>`);
      const marked = (root: CcvConsentVideo) => [...root.shadowRoot!.querySelectorAll<HTMLElement>('[lang]')].filter((node) => !node.classList.contains('video') && !node.classList.contains('footer'));
      // The title, and the title in the names of both buttons and the link; the Dutch words around them are not.
      expect(marked(video).map((node) => `${node.getAttribute('part') ?? node.parentElement!.getAttribute('part')}:${node.lang}`)).to.deep.equal([
        'title:en-GB',
        'accept-button:en-GB',
        'once-button:en-GB',
        'link:en-GB',
      ]);
      expect(part(video, 'accept-button')!.lang).to.equal('');
      await expect(video).to.be.accessible();
      // Playing, the player is named with the title, in its language.
      (part(video, 'accept-button') as HTMLButtonElement).click();
      await video.updateComplete;
      expect([frameOf(video)?.title, frameOf(video)?.lang]).to.deep.equal(['Online disorder', 'en-GB']);
      withdrawConsent('marketing');
      await video.updateComplete;
      // Untitled, the words shown are ours (Dutch): nothing to mark.
      video.videoTitle = undefined;
      await video.updateComplete;
      expect(marked(video)).to.have.length(0);
      expect(warn.calls).to.have.length(0);
      // Not a language tag: left unmarked, with one warning.
      const bad = await fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} video-title="Opname" video-title-lang="engels!"></ccv-consent-video>`);
      expect(marked(bad)).to.have.length(0);
      expect(warn.said()).to.contain('video-title-lang="engels!"');
    } finally {
      warn.restore();
    }
  });
});
