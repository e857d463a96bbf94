/**
 * Every Leerkring widget. Importing this module registers all elements;
 * import `@ccv/leerkring-widgets/<element>` to take only the ones you use.
 *
 * The order of the lines below is the order of the modules in the CDN bundle, chosen for its
 * gzip size: gzip finds a repeat only within the last 32 KB, so modules that share wording and
 * markup compress better side by side. Measured with `npm run budgets`, and worth measuring again
 * as the modules grow (the best order moves): config, the consent layer, the upgrader, then video,
 * list, card and form is 0.16 KB less than consent, config, video, upgrader, card, list, form (the
 * best order before), which was 0.51 KB less than config, video, list, card, form, then the rest.
 * The stylesheets and the wording of all elements come first, side by side: CSS repeats CSS and
 * messages repeat messages far more than either repeats the code between them (0.7 KB less than
 * each element's sheet and messages beside its own code). These imports only place the modules:
 * each is used by its element below. The wording's own code (registerMessages, i18n/public.js)
 * follows the wording (23 B less than after the elements), and base/document-styles.js, the code
 * that gives a widget its sheets in another document, sits between the sheets and the wording (29 B
 * less than beside <ccv-config>, its first user), and four small helpers after it (on-off,
 * content-line, warn, contact-data: 47 B less than where their first users would put them).
 * Within each group, too, the order is the smallest of those measured. Then each line was tried one to
 * three places up and down (a greedy search, kept where the gzip size fell: 81 B less): the list's
 * and the form's sheets now follow the base sheet and the hidden-text one, i18n/public.js and
 * content-line stand between the other elements' wording and the form's, and the card comes
 * before the list.
 * Nothing depends on it: every element works on its own, and startUpgrading() runs after all
 * of them are defined.
 */
import './styles/tokens.js';
import './styles/visually-hidden.js';
import './session-list/styles.js';
import './styles/buttons.js';
import './casus-form/styles.js';
import './consent-video/styles.js';
import './contact-card/styles.js';
import './base/document-styles.js';
import './base/warn.js';
import './base/on-off.js';
import './session-list/messages.js';
import './consent-video/messages.js';
import './contact-card/messages.js';
import './base/contact-data.js';
export * from './i18n/public.js';
import './base/content-line.js';
import './casus-form/messages.js';
export * from './config/config.js';
export * from './consent/index.js';
// Editor-proof embedding: plain `data-ccv` markup becomes widgets (see README, "For web editors").
export { startUpgrading, upgrade } from './upgrade/upgrade.js';
export * from './consent-video/consent-video.js';
export * from './contact-card/contact-card.js';
export * from './session-list/session-list.js';
export * from './casus-form/casus-form.js';
export type { CasusPayload } from './casus-form/payload.js';
export type { SessionInput } from './session-list/schema.js';
export { CcvElement } from './base/ccv-element.js';
export { define } from './base/define.js';
export { VERSION } from './base/version.js';
export type { CcvSettings } from './config/context.js';

import { startUpgrading } from './upgrade/upgrade.js';
startUpgrading();
