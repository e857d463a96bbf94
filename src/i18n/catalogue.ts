/**
 * Typed message catalogues. Each element declares its own namespace by
 * augmenting `CcvMessageCatalogue`, so an element's strings travel only in
 * its own bundle, while `registerMessages` stays one typed entry point for
 * sites that want other wording (a municipality's own tone, B1 language).
 *
 * Lookup order, most specific first: the element's `messages` property →
 * what the page registered for that language → our catalogue.
 */
import { warnOnce } from '../base/warn.js';
import { matchLanguage, type Language } from './languages.js';

declare global {
  /** Message namespaces: each element module adds its own (`'session-list'`, …). */
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface CcvMessageCatalogue {}
}

export type Namespace = keyof CcvMessageCatalogue;
export type Messages<N extends Namespace> = CcvMessageCatalogue[N];
/**
 * Wording to replace, as `registerMessages` and the `messages` property take it: any of an
 * element's messages, and in a group (`labels`, `themes`, …) any of the group's texts, as
 * `merge` below applies them: `{ labels: { name: 'Naam en achternaam' } }`.
 */
export type MessageOverrides<N extends Namespace> = {
  [K in keyof Messages<N>]?: Messages<N>[K] extends (...args: never[]) => unknown
    ? Messages<N>[K]
    : Messages<N>[K] extends object
      ? Partial<Messages<N>[K]>
      : Messages<N>[K];
};
/** A complete catalogue for every supported language. */
export type Translations<N extends Namespace> = Record<Language, Messages<N>>;

/**
 * Fired on `document` after `registerMessages`, so mounted widgets re-render. Internal: not in
 * the `ccv-` namespace, whose events are public (CustomEvents that bubble and are composed).
 */
export const MESSAGES_CHANGED = 'leerkring-messages-changed';

type Overrides = { [N in Namespace]?: { [L in Language]?: MessageOverrides<N> } };
/** Shared through globalThis: a site's npm copy may register wording for widgets from the CDN copy. */
const overrides: Overrides = ((globalThis as Record<symbol, Overrides>)[Symbol.for('ccv-leerkring.messages')] ??= {});

/** Every element's wording, by the name registerMessages takes (its tag without `ccv-`). */
const NAMESPACES = 'casus-form, consent-video, contact-card, session-list';

/**
 * Replaces some of our wording for one language, for every widget on the page.
 * Later calls merge into earlier ones.
 *
 * @example registerMessages('session-list', 'nl', { retry: 'Nog een keer' }) // or 'ccv-session-list'
 */
export function registerMessages<N extends Namespace>(
  // The tag name works too (the README promises it): 'ccv-session-list' is 'session-list'.
  namespace: N | `ccv-${N}`,
  // A regional tag too, as a lang attribute has it (en-GB is en); a language we have no wording for is refused.
  lang: Language | `${Language}-${string}`,
  partial: MessageOverrides<N>,
): void {
  // From an untyped page script: a language as <html lang> writes it (en-GB, NL), the tag name for the wording.
  // (Read as text: a number or nothing from a page script is a language we have no wording for, not a TypeError.)
  const language = matchLanguage(`${lang}`);
  if (!language) return warnOnce(`registerMessages: '${lang}' is ignored (nl or en).`);
  lang = language;
  // Any case, as tag names in HTML: 'CCV-SESSION-LIST' is 'session-list'.
  const name = `${namespace}`.toLowerCase().replace(/^ccv-/, '') as N;
  // A misspelt name ('sessie-list') is wording no element reads, and was kept without a word. (Kept
  // still: another copy of the library on the page, a newer one, may have an element this one lacks.)
  if (!NAMESPACES.split(', ').includes(name)) warnOnce(`registerMessages: '${namespace}' is none of ${NAMESPACES}.`);
  // Not kept under a name every object has ("__proto__", "constructor": keys of a wording file's JSON;
  // warned of above as no widget's): the wording would be written onto Object.prototype, into every object of the page.
  if (name in {}) return;
  const byLanguage = (overrides[name] ??= {}) as { [L in Language]?: MessageOverrides<N> };
  // A group (labels, themes, …) merges too: a later label must not drop an earlier one. (What
  // every object inherits is no plain object, but Object.prototype, which adds nothing.)
  const earlier: Record<string, unknown> = byLanguage[lang] ?? {};
  // (Nothing given, from an untyped page script, is no change: a spread took it so, Object.entries throws.)
  const later = Object.entries(partial ?? {}).map(([key, value]) => [key, isPlainObject(value) && isPlainObject(earlier[key]) ? { ...earlier[key], ...value } : value]);
  byLanguage[lang] = { ...earlier, ...Object.fromEntries(later) };
  globalThis.document?.dispatchEvent(new Event(MESSAGES_CHANGED));
}

/**
 * What the page registered for a namespace and language: another object after every change,
 * through any copy of the library, for caches of rendered text. (messagesFor reads it inline:
 * a call would add bytes to every element, and only the session list caches.)
 */
export const registered = <N extends Namespace>(namespace: N, lang: Language): MessageOverrides<N> | undefined =>
  (overrides[namespace] as { [L in Language]?: MessageOverrides<N> } | undefined)?.[lang];

/** Test hook: drop every registered override. */
export function resetMessages(): void {
  for (const key of Object.keys(overrides)) delete overrides[key as Namespace];
  globalThis.document?.dispatchEvent(new Event(MESSAGES_CHANGED));
}

export function messagesFor<N extends Namespace>(
  namespace: N,
  translations: Translations<N>,
  lang: Language,
  instance?: MessageOverrides<N>,
): Messages<N> {
  return merge(merge(translations[lang], (overrides[namespace] as { [L in Language]?: MessageOverrides<N> } | undefined)?.[lang]), instance);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Overrides on top of a catalogue, one level into grouped messages too:
 * `{ labels: { name: 'Naam en achternaam' } }` changes that label only.
 * Overrides come from page scripts, untyped. One of another kind than ours
 * (a text where we call a function with a count or a name, `null` for a
 * group) or for a key we do not have is left out with a warning, so the
 * widget keeps our wording there. One group takes new texts: `hints`, for a
 * field that has no hint of ours.
 */
function merge<T>(base: T, override: unknown, path = ''): T {
  if (!isPlainObject(override)) return base;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const ours = Object.hasOwn(result, key) ? result[key] : undefined;
    if (isPlainObject(ours) ? isPlainObject(value) : typeof value === typeof (ours ?? (path === 'hints.' ? 'text' : undefined))) {
      result[key] = isPlainObject(ours) ? merge(ours, value as Record<string, unknown>, `${path}${key}.`) : value;
    } else {
      warnOnce(`messages.${path}${key} is ignored (${ours === undefined ? 'no such message' : `ours: ${typeof ours}, given: ${value === null ? null : typeof value}`}).`);
    }
  }
  return result as T;
}
