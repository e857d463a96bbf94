import { expect, fixture, html } from '@open-wc/testing';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import '../../src/consent-video/consent-video.js';
import { recordRequests } from '../helpers.js';

export const VIDEO_ID = 'M7lc1UVf-VE';

export function frameOf(video: CcvConsentVideo): HTMLIFrameElement | null {
  return video.shadowRoot!.querySelector('iframe');
}

export function part<T extends HTMLElement = HTMLElement>(video: CcvConsentVideo, name: string): T | null {
  return video.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function mountVideo(source = 'auto', category = 'marketing'): Promise<CcvConsentVideo> {
  return fixture<CcvConsentVideo>(
    html`<ccv-consent-video video-id=${VIDEO_ID} video-title="Opname" consent-source=${source} consent-category=${category}></ccv-consent-video>`,
  );
}

/** Loads a classic (UMD) script the way a site's template would. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Lets a manager's events, our re-render and Lit's update settle. */
export async function settled(video: CcvConsentVideo): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await video.updateComplete;
  }
}

/** What the tests use of the real Klaro's consent manager. */
export interface KlaroManager {
  confirmed: boolean;
  changed: boolean;
  getConsent(name: string): boolean;
  updateConsent(name: string, value: boolean): void;
  saveAndApplyConsents(): void;
  resetConsents(): void;
  loadConsents(): void;
}
export const klaroApi = () => (window as unknown as { klaro: { getManager(): KlaroManager; show(): void } }).klaro;

/** Loads the real Klaro (npm klaro) as a site would, its choices kept in localStorage under `storageName`. */
export async function loadKlaro(storageName: string, config: { default?: boolean; services: object[] }): Promise<void> {
  Object.assign(window, { klaroConfig: { noAutoLoad: true, storageMethod: 'localStorage', storageName, lang: 'nl', ...config } });
  await loadScript('/node_modules/klaro/dist/klaro-no-css.js');
}

/** The visitor's record as Klaro stored it. */
export const savedInKlaro = (storageName: string) => JSON.parse(decodeURIComponent(localStorage.getItem(storageName)!));

/** Accepts with our button, checks the player came, and returns what Klaro then held and saved. */
export async function acceptInKlaro(storageName: string): Promise<{ saved: Record<string, boolean>; confirmed: boolean }> {
  const video = await mountVideo('klaro');
  part<HTMLButtonElement>(video, 'accept-button')!.click();
  expect(frameOf(video), 'the player').to.exist;
  const result = { saved: savedInKlaro(storageName), confirmed: klaroApi().getManager().confirmed };
  // The next test starts without the video's consent.
  klaroApi().getManager().updateConsent('youtube', false);
  klaroApi().getManager().saveAndApplyConsents();
  await settled(video);
  return result;
}

/** Saves these switches in the real Klaro, as the visitor would in its dialog. */
export function saveInKlaro(consents: Record<string, boolean>): void {
  const manager = klaroApi().getManager();
  for (const [name, value] of Object.entries(consents)) manager.updateConsent(name, value);
  manager.saveAndApplyConsents();
}

/** A Vimeo video (a provider the tests' consent managers have no service for). */
export function mountVimeo(source: string, category = 'marketing'): Promise<CcvConsentVideo> {
  return fixture<CcvConsentVideo>(
    html`<ccv-consent-video url="https://vimeo.com/76979871" video-title="Opname" consent-source=${source} consent-category=${category}></ccv-consent-video>`,
  );
}

/** Mounts a YouTube video and checks that it shows no player and asked nothing of another origin. */
export async function mountRefused(source: string): Promise<CcvConsentVideo> {
  const { result: video, thirdParty } = await recordRequests(async () => {
    const mounted = await mountVideo(source);
    await settled(mounted);
    return mounted;
  });
  expect(!!frameOf(video), 'no player').to.be.false;
  expect(thirdParty, 'no requests to the provider').to.deep.equal([]);
  return video;
}

/** What the tests use of the real CookieConsent v3 with services. */
export interface CookieConsentApi {
  run(config: object): Promise<void>;
  reset(deleteCookie?: boolean): void;
  acceptCategory(categories: string | string[]): void;
  acceptService(services: string | string[], category: string): void;
  acceptedService(service: string, category: string): boolean;
  acceptedCategory(name: string): boolean;
}
export const cookieConsent = () => (window as unknown as { CookieConsent: CookieConsentApi }).CookieConsent;

/** A site's CookieConsent config with these categories; no banner of its own. */
export const cookieConsentConfig = (categories: object) => ({
  autoShow: false,
  hideFromBots: false, // (under a test driver it would take the browser for a bot and read no stored choice)
  categories,
  language: { default: 'nl', translations: { nl: { consentModal: { title: 'Cookies', description: 'Wij gebruiken cookies.' }, preferencesModal: { title: 'Voorkeuren', sections: [] } } } },
});

/** Loads the real CookieConsent v3 (npm vanilla-cookieconsent) and runs it, for a visitor without a choice. */
export async function loadCookieConsent(categories: object): Promise<void> {
  document.cookie = 'cc_cookie=; Max-Age=0; path=/';
  await loadScript('/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js');
  await cookieConsent().run(cookieConsentConfig(categories));
}
