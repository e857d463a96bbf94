/** The real CookieConsent v3 (orestbida, npm vanilla-cookieconsent) on the page. */
import { expect } from '@open-wc/testing';
import { frameOf, loadScript, mountVideo, part, settled } from './helpers.js';

interface CookieConsentApi {
  run(config: object): Promise<void>;
  acceptCategory(categories: string | string[]): void;
  acceptedCategory(name: string): boolean;
  getUserPreferences(): { acceptedCategories: string[] };
  showPreferences(): void;
  hide(): void;
  hidePreferences(): void;
}
const cc = () => (window as unknown as { CookieConsent: CookieConsentApi }).CookieConsent;

const modal = { title: 'Cookies', description: 'Wij gebruiken cookies.', acceptAllBtn: 'Alles accepteren', acceptNecessaryBtn: 'Alleen noodzakelijk' };

describe('consent source: CookieConsent v3, loaded but not run yet', () => {
  it("neither reads nor writes it before it has read the site's categories and the visitor's record", async () => {
    const accepted: unknown[] = [];
    Object.assign(window, {
      CookieConsent: { acceptedCategory: () => false, validConsent: () => false, getConfig: () => undefined, acceptCategory: (c: unknown) => accepted.push(c), getUserPreferences: () => ({ acceptedCategories: [] }) },
    });
    try {
      const video = await mountVideo('cookieconsent');
      part<HTMLButtonElement>(video, 'accept-button')!.click();
      await video.updateComplete;
      expect(accepted, 'nothing written over the record it has not read').to.deep.equal([]);
      expect(!!frameOf(video)).to.be.false;
    } finally {
      delete (window as { CookieConsent?: unknown }).CookieConsent;
    }
  });
});

describe('consent source: CookieConsent v3 that loads and runs after an accept on the page', () => {
  it('records that accept once it has run, also for a new visitor (no event of its own)', async () => {
    localStorage.removeItem('ccv-consent');
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(!!frameOf(video)).to.be.true;
    // The site's script loads it, and runs it a moment later.
    let categories: Record<string, object> | undefined;
    const accepted: string[] = [];
    Object.assign(window, {
      CookieConsent: {
        getConfig: () => categories,
        validConsent: () => accepted.length > 0,
        acceptedCategory: (name: string) => accepted.includes(name),
        acceptCategory: (names: string[]) => accepted.splice(0, accepted.length, ...names),
        getUserPreferences: () => ({ acceptedCategories: [...accepted] }),
      },
    });
    try {
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      await settled(video);
      categories = { necessary: {}, marketing: {} }; // run()
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); // (or the next timed look)
      await settled(video);
      expect(accepted).to.deep.equal(['marketing']);
      expect(!!frameOf(video), 'it plays on').to.be.true;
    } finally {
      video.remove();
      delete (window as { CookieConsent?: unknown }).CookieConsent;
      localStorage.removeItem('ccv-consent');
    }
  });
});

describe('consent source: CookieConsent v3 (real package)', () => {
  before(async () => {
    document.cookie = 'cc_cookie=; Max-Age=0; path=/';
    await loadScript('/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js');
    await cc().run({
      autoShow: false,
      hideFromBots: false, // (under a test driver it would take the browser for a bot and read no stored choice)
      categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
      language: {
        default: 'nl',
        translations: {
          nl: {
            consentModal: modal,
            preferencesModal: {
              title: 'Voorkeuren',
              acceptAllBtn: 'Alles',
              acceptNecessaryBtn: 'Noodzakelijk',
              savePreferencesBtn: 'Opslaan',
              closeIconLabel: 'Sluiten',
              sections: [{ title: 'Marketing', description: 'Video’s van YouTube.', linkedCategory: 'marketing' }],
            },
          },
        },
      },
    });
  });
  after(() => {
    document.cookie = 'cc_cookie=; Max-Age=0; path=/';
  });

  it('is detected automatically and waits for consent, storing nothing of ours', async () => {
    localStorage.removeItem('ccv-consent');
    const video = await mountVideo('auto');
    expect(frameOf(video)).to.be.null;
    expect(localStorage.getItem('ccv-consent'), 'not even that this site has a manager').to.be.null;
    expect(part(video, 'settings-button'), 'offers the manager settings').to.exist;
  });

  it('loads when the visitor accepts in the site banner, and unloads on withdrawal', async () => {
    const video = await mountVideo('cookieconsent');
    cc().acceptCategory(['marketing']);
    await settled(video);
    expect(frameOf(video)).to.exist;
    cc().acceptCategory([]);
    await settled(video);
    expect(frameOf(video)).to.be.null;
    expect(part(video, 'placeholder')).to.exist;
  });

  it('records our accept button in CookieConsent, keeping the other choices', async () => {
    cc().acceptCategory(['analytics']);
    const video = await mountVideo('cookieconsent');
    await settled(video);
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(frameOf(video)).to.exist;
    expect(cc().acceptedCategory('marketing')).to.be.true;
    expect(cc().acceptedCategory('analytics')).to.be.true;
    cc().acceptCategory([]);
    await settled(video);
  });

  it('records no category the site did not configure: the visitor is pointed to its settings', async () => {
    // (Also none named like what every object has: "toString" in the site's categories was true.)
    for (const category of ['social', 'toString', 'constructor']) {
      const video = await mountVideo('cookieconsent', category);
      part<HTMLButtonElement>(video, 'accept-button')!.click();
      await video.updateComplete;
      expect(!!frameOf(video), category).to.be.false;
      expect(cc().getUserPreferences().acceptedCategories, 'nothing made up in its record').not.to.include(category);
      expect(video.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('cookie-instellingen');
    }
  });

  it('closes the site banner and its preferences after our accept button, as its own buttons do', async () => {
    const api = cc();
    const { hide, hidePreferences } = api;
    const closed: string[] = [];
    api.hide = () => closed.push('banner');
    api.hidePreferences = () => closed.push('preferences');
    try {
      const video = await mountVideo('cookieconsent');
      part<HTMLButtonElement>(video, 'accept-button')!.click();
      expect(frameOf(video)).to.exist;
      expect(closed.sort()).to.deep.equal(['banner', 'preferences']);
      api.acceptCategory([]);
      await settled(video);
    } finally {
      Object.assign(api, { hide, hidePreferences });
    }
  });

  it('opens the manager preferences from the settings button', async () => {
    const video = await mountVideo('cookieconsent');
    const api = cc();
    const original = api.showPreferences;
    let opened = 0;
    api.showPreferences = () => {
      opened += 1;
    };
    try {
      part<HTMLButtonElement>(video, 'settings-button')!.click();
    } finally {
      api.showPreferences = original;
    }
    expect(opened).to.equal(1);
  });
});
