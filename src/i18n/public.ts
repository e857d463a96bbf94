/**
 * Wording, without an element: `@ccv/leerkring-widgets/i18n` for sites that
 * import single elements and change their texts with registerMessages().
 */
import type { CasusFormMessages } from '../casus-form/messages.js';
import type { ConsentVideoMessages } from '../consent-video/messages.js';
import type { ContactCardMessages } from '../contact-card/messages.js';
import type { SessionListMessages } from '../session-list/messages.js';

export { LANGUAGES, type Language } from './languages.js';
export { registerMessages, type MessageOverrides, type Messages, type Namespace } from './catalogue.js';

declare global {
  // Every element's wording, as its own module declares it: a site that takes registerMessages
  // from here and its elements from our CDN file imports no element, and without these lines
  // its TypeScript knew no wording at all ('session-list' was not assignable to never).
  interface CcvMessageCatalogue {
    'casus-form': CasusFormMessages;
    'consent-video': ConsentVideoMessages;
    'contact-card': ContactCardMessages;
    'session-list': SessionListMessages;
  }
}
