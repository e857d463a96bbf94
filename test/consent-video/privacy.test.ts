/**
 * "Zero requests to any third-party origin before consent", proven from
 * outside the page. Kept in its own file, where no test ever consents: a
 * player loaded by an earlier test can still be sending requests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import '../../src/consent-video/consent-video.js';
import { STORAGE_KEY } from '../../src/consent/builtin.js';
import { recordRequests, stubWarn } from '../helpers.js';

const ID = 'M7lc1UVf-VE';

describe('<ccv-consent-video> privacy', () => {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    resetWarnings();
  });

  it('sends nothing to any other origin before consent: no iframe, image, preconnect or prefetch', async () => {
    const { result: wrapper, thirdParty, all } = await recordRequests(async () => {
      const element = await fixture(html`<div>
        <ccv-consent-video url="https://youtu.be/${ID}?t=30" video-title="Opname" allow-once></ccv-consent-video>
        <ccv-consent-video url="https://vimeo.com/76979871" video-title="Vimeo"></ccv-consent-video>
        <ccv-consent-video url="https://www.youtube.com/playlist?list=PL1234567890"></ccv-consent-video>
      </div>`);
      await fetch('/package.json?recorder-check'); // proves the recorder hears this page
      return element;
    });
    expect(all.some((url) => url.endsWith('?recorder-check'))).to.be.true;
    expect(thirdParty).to.deep.equal([]);
    for (const video of wrapper.querySelectorAll('ccv-consent-video')) {
      expect(video.shadowRoot!.querySelectorAll('iframe, img, link, script, object, embed')).to.have.length(0);
    }
    const hints = [...document.querySelectorAll<HTMLLinkElement>('link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch], link[rel~=preload]')];
    expect(hints.filter((link) => new URL(link.href, location.href).origin !== location.origin)).to.deep.equal([]);
  });

  it('fetches a poster only from where the page said, never from the provider', async () => {
    // A fresh URL: a cached image makes no request for the recorder to hear.
    const poster = `/demo/favicon.svg?poster=${Math.random()}`;
    const { result: video, thirdParty, all } = await recordRequests(() =>
      fixture<CcvConsentVideo>(html`<ccv-consent-video video-id=${ID} poster=${poster}></ccv-consent-video>`),
    );
    expect(all.some((url) => url.endsWith(poster))).to.be.true;
    expect(thirdParty).to.deep.equal([]);
    expect(video.shadowRoot!.querySelector('iframe')).to.be.null;
  });

  const bad = [
    html`<ccv-consent-video></ccv-consent-video>`,
    html`<ccv-consent-video url="https://www.youtube.com/channel/UC1"></ccv-consent-video>`,
    html`<ccv-consent-video url="javascript:alert(1)"></ccv-consent-video>`,
    html`<ccv-consent-video video-id=${ID} provider="dailymotion"></ccv-consent-video>`,
    html`<ccv-consent-video video-id=${ID} poster="https://i.ytimg.com/vi/${ID}/hqdefault.jpg"></ccv-consent-video>`,
    html`<ccv-consent-video video-id=${ID} poster="http://img.example.org/p.jpg"></ccv-consent-video>`,
    html`<ccv-consent-video video-id=${ID} poster="https://img.example.org/p.jpg"></ccv-consent-video>`,
  ];
  bad.forEach((template, index) => {
    it(`requests nothing for bad input #${index + 1}`, async () => {
      const warn = stubWarn();
      try {
        const { thirdParty } = await recordRequests(() => fixture(template));
        expect(thirdParty).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    });
  });
});
