/** The real CookieConsent v3 (npm vanilla-cookieconsent) on a site that lists services in its categories. */
import { expect } from '@open-wc/testing';
import { cookieConsent as cc, frameOf, loadCookieConsent, mountVideo, part, settled } from './helpers.js';

describe('consent source: CookieConsent v3 with services (real package)', () => {
  before(() =>
    loadCookieConsent({
      necessary: { enabled: true, readOnly: true },
      functional: { services: { chat: { label: 'Chat' } } },
      preferences: {},
      analytics: { services: { matomo: { label: 'Matomo' }, hotjar: { label: 'Hotjar' } } },
      marketing: { services: { youtube: { label: 'YouTube' }, vimeo: { label: 'Vimeo' } } },
      social: {},
    }),
  );
  beforeEach(() => {
    // The visitor accepted statistics in the site's preferences, but switched Hotjar off there.
    cc().acceptCategory(['functional', 'preferences', 'analytics']);
    cc().acceptService(['matomo'], 'analytics');
  });
  after(() => {
    document.cookie = 'cc_cookie=; Max-Age=0; path=/';
  });

  it("records our accept button without switching on a service the visitor switched off", async () => {
    const video = await mountVideo('cookieconsent');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(frameOf(video), 'the player').to.exist;
    expect(cc().acceptedCategory('marketing')).to.be.true;
    expect(cc().acceptedService('youtube', 'marketing')).to.be.true;
    expect(cc().acceptedService('matomo', 'analytics')).to.be.true;
    expect(cc().acceptedService('hotjar', 'analytics'), 'Hotjar stays off').to.be.false;
    expect(cc().acceptedCategory('functional') && cc().acceptedCategory('preferences'), 'the other categories stay').to.be.true;
    expect(cc().acceptedService('chat', 'functional')).to.be.true;
    video.remove();
  });

  it('plays no YouTube video where the visitor switched the YouTube service off in an accepted category', async () => {
    cc().acceptService(['vimeo'], 'marketing');
    expect(cc().acceptedCategory('marketing') && !cc().acceptedService('youtube', 'marketing'), 'marketing on, YouTube off').to.be.true;
    const video = await mountVideo('cookieconsent');
    await settled(video);
    expect(!!frameOf(video), 'no player').to.be.false;
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(frameOf(video), 'the player after our accept').to.exist;
    expect(cc().acceptedService('youtube', 'marketing')).to.be.true;
    cc().acceptService(['vimeo'], 'marketing');
    await settled(video);
    expect(!!frameOf(video), 'YouTube switched off again in its preferences').to.be.false;
    video.remove();
  });

  it("records the provider's own service, where the site lists it, also for a category without services", async () => {
    const video = await mountVideo('cookieconsent', 'social');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(frameOf(video), 'the player').to.exist;
    expect(cc().acceptedService('youtube', 'marketing')).to.be.true;
    expect(cc().acceptedCategory('social')).to.be.false;
    expect(cc().acceptedService('hotjar', 'analytics'), 'Hotjar stays off').to.be.false;
    video.remove();
  });
});
