/**
 * The consent helpers, without an element: `@ccv/leerkring-widgets/consent`
 * for sites that import single elements (the package root registers every
 * element and starts the `data-ccv` upgrade).
 */
export { grantConsent, withdrawConsent } from './builtin.js';
export { setConsentMapping } from './managers.js';
export { CONSENT_SOURCES, type ConsentSource } from './sources.js';
// The video's events, typed for a site whose videos come from our CDN file and that takes these
// helpers from npm (a TCF site that opens its own dialog on ccv-consent-request): it imports no
// element module, and without this line its TypeScript knew no such event (no `detail`).
export type { ConsentRequestDetail, VideoLoadDetail } from '../consent-video/consent-video.js';
