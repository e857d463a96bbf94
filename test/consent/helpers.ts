import { fixture, html } from '@open-wc/testing';
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
