/**
 * The real CookieConsent v3 (npm vanilla-cookieconsent), where the site lists its YouTube service under
 * another category than the video's consent-category (left at `marketing`): the visitor's YouTube switch
 * decides, not marketing's.
 */
import { expect } from '@open-wc/testing';
import { cookieConsent as cc, frameOf, loadCookieConsent, mountRefused, mountVideo, mountVimeo, part, settled } from './helpers.js';

describe('consent source: CookieConsent v3 with the YouTube service in another category (real package)', () => {
  before(() =>
    loadCookieConsent({
      necessary: { enabled: true, readOnly: true },
      analytics: { services: { matomo: { label: 'Matomo' }, hotjar: { label: 'Hotjar' } } },
      media: { services: { YouTube: { label: 'YouTube' }, soundcloud: { label: 'SoundCloud' } } },
      marketing: { services: { ads: { label: 'Advertenties' } } },
      social: {},
    }),
  );
  after(() => {
    document.cookie = 'cc_cookie=; Max-Age=0; path=/';
  });

  it('loads no player, and nothing from YouTube, where the visitor switched YouTube off but accepted marketing', async () => {
    cc().acceptCategory(['media', 'marketing']);
    cc().acceptService(['soundcloud'], 'media');
    expect(cc().acceptedCategory('marketing') && !cc().acceptedService('YouTube', 'media'), 'marketing on, YouTube off').to.be.true;
    const video = await mountRefused('cookieconsent');
    // Vimeo has no service of its own there: its category decides.
    const other = await mountVimeo('cookieconsent');
    await settled(other);
    expect(!!frameOf(other), 'Vimeo: marketing accepted').to.be.true;
    video.remove();
    other.remove();
  });

  it('plays without asking where the visitor switched YouTube on but refused marketing; withdrawing YouTube removes it', async () => {
    cc().acceptCategory(['media']);
    const video = await mountVideo('cookieconsent');
    const other = await mountVimeo('cookieconsent');
    await settled(video);
    expect(frameOf(video), 'the player, without a click').to.exist;
    expect(!!frameOf(other), 'Vimeo: marketing refused').to.be.false;
    cc().acceptService(['soundcloud'], 'media');
    await settled(video);
    expect(!!frameOf(video), 'YouTube withdrawn in its preferences').to.be.false;
    video.remove();
    other.remove();
  });

  it('records our accept for the YouTube service in its own category, keeping every other choice', async () => {
    // The visitor accepted analytics but switched Hotjar off, kept SoundCloud alone in media, refused marketing.
    cc().acceptCategory(['analytics', 'media']);
    cc().acceptService(['matomo'], 'analytics');
    cc().acceptService(['soundcloud'], 'media');
    const video = await mountVideo('cookieconsent');
    await settled(video);
    expect(!!frameOf(video), 'no player before the click').to.be.false;
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(frameOf(video), 'the player').to.exist;
    expect(cc().acceptedService('YouTube', 'media'), 'YouTube recorded').to.be.true;
    expect(cc().acceptedService('soundcloud', 'media'), 'SoundCloud stays').to.be.true;
    expect(cc().acceptedCategory('marketing'), 'marketing stays refused').to.be.false;
    expect(cc().acceptedService('ads', 'marketing')).to.be.false;
    expect(cc().acceptedService('matomo', 'analytics')).to.be.true;
    expect(cc().acceptedService('hotjar', 'analytics'), 'Hotjar stays off').to.be.false;
    cc().acceptService(['soundcloud'], 'media');
    await settled(video);
    expect(!!frameOf(video), 'YouTube withdrawn again').to.be.false;
    video.remove();
  });

  it('records nothing for a category without services then, where the provider has no service, and points to the site settings', async () => {
    const video = await mountVimeo('cookieconsent', 'social');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(!!frameOf(video)).to.be.false;
    expect(cc().acceptedCategory('social')).to.be.false;
    expect(cc().acceptedService('hotjar', 'analytics'), 'Hotjar stays off').to.be.false;
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('cookie-instellingen');
    video.remove();
  });

  it('records the YouTube service also for a category the site did not configure, which stays unrecorded', async () => {
    cc().acceptCategory(['analytics']);
    const video = await mountVideo('cookieconsent', 'functional');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(frameOf(video), 'the player').to.exist;
    expect(cc().acceptedService('YouTube', 'media'), 'YouTube recorded').to.be.true;
    expect(cc().acceptedCategory('functional'), 'no made-up category').to.be.false;
    expect(cc().acceptedService('soundcloud', 'media'), 'nor the rest of media').to.be.false;
    video.remove();
  });
});
