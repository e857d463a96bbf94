/** The languages we ship catalogues for. Dutch first: it is the default. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** A language tag as a page writes one (nl, en-GB): the primary language and a few subtags. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}$/i;

/**
 * Maps a BCP 47 tag to a supported language by its primary subtag, so
 * `nl-BE`, `NL` and `en-GB` all work. Returns `undefined` when we have no
 * catalogue for it.
 */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((lang) => lang === primary);
}
