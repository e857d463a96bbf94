/**
 * The consent sources a page can name in `consent-source`. `auto` detects
 * the site's consent manager; `builtin` is our own localStorage store for
 * sites that have none.
 */
import { warnOnce } from '../base/warn.js';

export const CONSENT_SOURCES = ['auto', 'builtin', 'cookiebot', 'onetrust', 'klaro', 'cookieconsent', 'tcf'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];
export const DEFAULT_CONSENT_SOURCE: ConsentSource = 'auto';

export function isConsentSource(value: unknown): value is ConsentSource {
  return (CONSENT_SOURCES as readonly unknown[]).includes(value);
}

/**
 * Reads a `consent-source` value. An unknown name is a typo on a partner
 * site, not a reason to break its videos: warn once and detect instead.
 */
export function parseConsentSource(value: string | null | undefined): ConsentSource | undefined {
  const name = value?.trim().toLowerCase();
  if (!name) return undefined;
  if (isConsentSource(name)) return name;
  // Ignored, not taken as "auto": an enclosing <ccv-config> that names the site's source still counts.
  warnOnce(`consent-source="${value}" is not known and is ignored (the enclosing <ccv-config>'s, else "auto", applies). Known: ${CONSENT_SOURCES.join(', ')}.`);
  return undefined;
}
