/**
 * The real CookieConsent v3 (orestbida, npm vanilla-cookieconsent) keeping the visitor's choice in
 * localStorage (`cookie.useLocalStorage`), as a returning visitor meets it. `hideFromBots: false`:
 * under a test driver it takes the browser for a bot and never reads a stored choice.
 */
import { expect } from '@open-wc/testing';
import { frameOf, loadScript, mountVideo, part, settled } from './helpers.js';

interface CookieConsentApi {
  run(config: object): Promise<void>;
  reset(deleteCookie?: boolean): void;
  validConsent(): boolean;
  showPreferences(): void;
}
const cc = () => (window as unknown as { CookieConsent: CookieConsentApi }).CookieConsent;
const config = (extra: object = {}) => ({
  autoShow: false,
  hideFromBots: false,
  cookie: { useLocalStorage: true },
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'nl',
    translations: {
      nl: {
        consentModal: { title: 'Cookies', description: 'Wij gebruiken cookies.', acceptAllBtn: 'Alles accepteren', acceptNecessaryBtn: 'Alleen noodzakelijk' },
        preferencesModal: {
          title: 'Voorkeuren',
          acceptAllBtn: 'Alles',
          acceptNecessaryBtn: 'Noodzakelijk',
          savePreferencesBtn: 'Opslaan',
          sections: [{ title: 'Marketing', description: 'Video’s van YouTube.', linkedCategory: 'marketing' }],
        },
      },
    },
  },
  ...extra,
});

/** A choice saved on an earlier visit, as CookieConsent writes it, under the site's `revision`. */
function storeChoice(categories: string[], revision = 0): void {
  const at = new Date().toISOString();
  const record = { categories, revision, data: null, consentTimestamp: at, lastConsentTimestamp: at, consentId: 'a1b2c3', services: {}, expirationTime: Date.now() + 864e5 };
  localStorage.setItem('cc_cookie', JSON.stringify(record));
}
const stored = () => JSON.parse(localStorage.getItem('cc_cookie')!);

describe('consent source: CookieConsent v3 injected late by a tag manager (real package)', () => {
  it("is found at its cc:onConsent for a returning visitor, whose stored choice then plays, without autoplay", async () => {
    localStorage.removeItem('ccv-consent');
    storeChoice(['necessary', 'marketing']);
    const video = await mountVideo('auto');
    await settled(video);
    expect(!!frameOf(video), 'no manager yet').to.be.false;
    // Loaded and run after our script, with no click (and before our next timed look).
    await loadScript('/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js');
    await cc().run(config());
    await settled(video);
    const frame = frameOf(video);
    expect(!!frame, 'the stored choice').to.be.true;
    expect(new URL(frame!.src).searchParams.has('autoplay'), 'nobody clicked: no autoplay').to.be.false;
  });
});

describe('consent source: CookieConsent v3 in local-storage mode (real package)', () => {
  before(async () => {
    // (Loaded and run, with this choice, by the test above, unless it ran alone.)
    if (cc()) return;
    storeChoice(['necessary', 'marketing']);
    await loadScript('/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js');
    await cc().run(config());
  });
  after(() => ['cc_cookie', 'ccv-consent'].forEach((key) => localStorage.removeItem(key)));

  it('plays for a returning visitor, and stops when they switch the category off in its preferences', async () => {
    const video = await mountVideo('auto');
    await settled(video);
    expect(!!frameOf(video), 'the stored choice').to.be.true;
    cc().showPreferences();
    await settled(video);
    document.querySelector<HTMLInputElement>('#cc-main input[value=marketing]')!.click();
    document.querySelector<HTMLButtonElement>('#cc-main .pm__btn[data-role=save]')!.click();
    await settled(video);
    expect(stored().categories).to.deep.equal(['necessary']);
    expect(!!frameOf(video), 'switched off').to.be.false;
  });

  it('plays nothing on a choice from before the site bumped its revision, and saves our accept under the new one', async () => {
    storeChoice(['necessary', 'marketing'], 1);
    cc().reset();
    await cc().run(config({ revision: 2 }));
    const video = await mountVideo('auto');
    await settled(video);
    expect(cc().validConsent(), 'asked again').to.be.false;
    expect(!!frameOf(video), 'the old choice').to.be.false;
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(!!frameOf(video)).to.be.true;
    expect(stored()).to.include({ revision: 2 }).and.to.have.deep.property('categories', ['marketing', 'necessary']);
  });

  it('in opt-out mode, plays nothing before the visitor has chosen', async () => {
    cc().reset(true);
    const on = { enabled: true };
    await cc().run(config({ mode: 'opt-out', categories: { necessary: { enabled: true, readOnly: true }, analytics: on, marketing: on } }));
    const video = await mountVideo('auto');
    await settled(video);
    expect(!!frameOf(video)).to.be.false;
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(!!frameOf(video)).to.be.true;
    expect(cc().validConsent()).to.be.true;
  });
});
