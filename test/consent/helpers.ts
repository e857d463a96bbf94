import { expect, fixture, html } from '@open-wc/testing';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import '../../src/consent-video/consent-video.js';

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
