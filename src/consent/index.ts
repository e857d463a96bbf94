/**
 * The consent helpers, without an element: `@ccv/leerkring-widgets/consent`
 * for sites that import single elements (the package root registers every
 * element and starts the `data-ccv` upgrade).
 */
export { grantConsent, withdrawConsent } from './builtin.js';
export { setConsentMapping } from './managers.js';
export { CONSENT_SOURCES, type ConsentSource } from './sources.js';
