/** The real CookieConsent v3 (orestbida, npm vanilla-cookieconsent), reset by the site: reset() fires no event. */
import { expect } from '@open-wc/testing';
import { cookieConsent as cc, cookieConsentConfig, loadCookieConsent, frameOf, mountVideo, settled } from './helpers.js';

const categories = { necessary: { enabled: true, readOnly: true }, marketing: {} };
const config = cookieConsentConfig(categories);

/** The site's own "reset cookie choices" button. */
function siteButton(onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Cookiekeuzes wissen';
  button.addEventListener('click', onClick);
  document.body.append(button);
  return button;
}

describe('consent source: CookieConsent v3 reset by the site (real package)', () => {
  before(async () => {
    await loadCookieConsent(categories);
  });
  after(() => {
    document.cookie = 'cc_cookie=; Max-Age=0; path=/';
  });

  it('removes the player when the site resets the choice and runs CookieConsent again', async () => {
    const video = await mountVideo('cookieconsent');
    cc().acceptCategory(['marketing']);
    await settled(video);
    expect(!!frameOf(video), 'accepted').to.be.true;
    const button = siteButton(() => {
      cc().reset(true);
      void cc().run(config);
    });
    try {
      button.click();
      await settled(video);
      expect(!!frameOf(video), 'reset: no choice any more').to.be.false;
      cc().acceptCategory(['marketing']);
      await settled(video);
      expect(!!frameOf(video), 'accepted again').to.be.true;
    } finally {
      button.remove();
    }
  });

  it('hears a reset from a button whose clicks are kept from bubbling (a settings panel that stops them)', async () => {
    const video = await mountVideo('cookieconsent');
    cc().acceptCategory(['marketing']);
    await settled(video);
    expect(!!frameOf(video), 'accepted').to.be.true;
    const button = siteButton(() => cc().reset(true));
    const panel = document.createElement('div');
    panel.addEventListener('click', (event) => event.stopPropagation());
    panel.append(button);
    document.body.append(panel);
    try {
      button.click();
      await settled(video);
      expect(!!frameOf(video), 'reset').to.be.false;
    } finally {
      panel.remove();
      await cc().run(config);
    }
  });

  it('removes the player when the site resets CookieConsent without running it again', async () => {
    const video = await mountVideo('cookieconsent');
    cc().acceptCategory(['marketing']);
    await settled(video);
    expect(!!frameOf(video), 'accepted').to.be.true;
    const button = siteButton(() => cc().reset(true));
    try {
      button.click();
      await settled(video);
      expect(!!frameOf(video), 'reset').to.be.false;
    } finally {
      button.remove();
      await cc().run(config);
    }
  });
});
