/**
 * Every Leerkring widget. Importing this module registers all elements;
 * import `@ccv/leerkring-widgets/<element>` to take only the ones you use.
 *
 * The order of the lines below is the order of the modules in the CDN bundle, chosen for its
 * gzip size: gzip finds a repeat only within the last 32 KB, so modules that share wording and
 * markup compress better side by side (the upgrader beside the video it checks, the card before
 * the list). Measured with `npm run budgets`: 0.51 KB less than the order config, video, list,
 * card, form, then the rest.
 * Nothing depends on it: every element works on its own, and startUpgrading() runs after all
 * of them are defined.
 */
export * from './consent/index.js';
export * from './config/config.js';
export * from './consent-video/consent-video.js';
// Editor-proof embedding: plain `data-ccv` markup becomes widgets (see README, "For web editors").
export { startUpgrading, upgrade } from './upgrade/upgrade.js';
export * from './contact-card/contact-card.js';
export * from './session-list/session-list.js';
export * from './casus-form/casus-form.js';
export * from './i18n/public.js';
export type { CasusPayload } from './casus-form/payload.js';
export type { SessionInput } from './session-list/schema.js';
export { CcvElement } from './base/ccv-element.js';
export { define } from './base/define.js';
export { VERSION } from './base/version.js';
export type { CcvSettings } from './config/context.js';

import { startUpgrading } from './upgrade/upgrade.js';
startUpgrading();
