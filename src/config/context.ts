import { createContext } from '@lit/context';
import type { ConsentSource } from '../consent/sources.js';
import type { Language } from '../i18n/languages.js';

/** Settings `<ccv-config>` shares with every widget inside it. */
export interface CcvSettings {
  lang?: Language;
  consentSource?: ConsentSource;
  consentCategory?: string;
  casusEndpoint?: string;
  privacyUrl?: string;
}

/**
 * A string key, not a symbol: two copies of the library on one page (a CDN
 * snippet and a site bundle) then still find each other's `<ccv-config>`.
 */
export const configContext = createContext<CcvSettings>('ccv-config');
