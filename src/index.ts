/**
 * Every Leerkring widget. Importing this module registers all elements;
 * import `@ccv/leerkring-widgets/<element>` to take only the ones you use.
 */
export * from './config/config.js';
export * from './consent-video/consent-video.js';
export * from './session-list/session-list.js';
export * from './contact-card/contact-card.js';
export * from './casus-form/casus-form.js';
export type { CasusPayload } from './casus-form/payload.js';
export type { SessionInput } from './session-list/schema.js';
export * from './consent/index.js';
export { CcvElement } from './base/ccv-element.js';
export { define } from './base/define.js';
export { VERSION } from './base/version.js';
export type { CcvSettings } from './config/context.js';
export * from './i18n/public.js';

// Editor-proof embedding: plain `data-ccv` markup becomes widgets (see README, "For web editors").
export { startUpgrading, upgrade } from './upgrade/upgrade.js';
import { startUpgrading } from './upgrade/upgrade.js';
startUpgrading();
