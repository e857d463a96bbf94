/**
 * The real CookieConsent v3 (npm vanilla-cookieconsent) on a site with a category on by default
 * (`enabled: true`) that the visitor refused. acceptService saves with no list, and CookieConsent then
 * accepts such a category again: where our button would need it, it records nothing.
 */
import { expect } from '@open-wc/testing';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import { cookieConsent as cc, cookieConsentConfig, frameOf, loadScript, mountVideo, mountVimeo, part, settled } from './helpers.js';

async function acceptOn(video: CcvConsentVideo): Promise<void> {
  part<HTMLButtonElement>(video, 'accept-button')!.click();
  await settled(video);
  expect(cc().acceptedCategory('preferences'), 'preferences stay refused').to.be.false;
  expect(!!frameOf(video), 'no player').to.be.false;
  expect(video.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('cookie-instellingen');
  video.remove();
}

const CONFIG = cookieConsentConfig({
  necessary: { enabled: true, readOnly: true },
  preferences: { enabled: true },
  analytics: { services: { matomo: { label: 'Matomo' }, hotjar: { label: 'Hotjar' } } },
  media: { services: { youtube: { label: 'YouTube' } } },
  marketing: { services: { ads: { label: 'Advertenties' } } },
});

describe('consent source: CookieConsent v3 with a category on by default that the visitor refused (real package)', () => {
  before(() => loadScript('/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js'));
  beforeEach(async () => {
    // The visitor's record from an earlier page: preferences refused, analytics accepted with Hotjar off.
    cc().reset(true);
    const now = new Date().toISOString();
    const record = { categories: ['necessary', 'analytics'], revision: 0, data: null, consentTimestamp: now, lastConsentTimestamp: now, consentId: 'test', services: { necessary: [], preferences: [], analytics: ['matomo'], media: [], marketing: [] }, languageCode: 'nl' };
    document.cookie = `cc_cookie=${encodeURIComponent(JSON.stringify(record))}; path=/`;
    await cc().run(CONFIG);
    expect(cc().acceptedCategory('analytics') && !cc().acceptedService('hotjar', 'analytics') && !cc().acceptedCategory('preferences'), 'the record read').to.be.true;
  });
  after(() => cc().reset(true));

  it('records no YouTube service in its own category then', async () => {
    await acceptOn(await mountVideo('cookieconsent'));
    expect(cc().acceptedService('youtube', 'media')).to.be.false;
  });

  it('records no category then where another keeps some services off', async () => {
    await acceptOn(await mountVimeo('cookieconsent'));
    expect(cc().acceptedCategory('marketing')).to.be.false;
    expect(cc().acceptedService('hotjar', 'analytics'), 'Hotjar stays off').to.be.false;
  });
});
