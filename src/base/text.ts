/**
 * Text from outside — JSON, attributes, what people paste — made fit to show,
 * count and compare. No DOM: the playground's receiver uses it too.
 */

/** Anything beyond printable ASCII, tab and line ends: most strings have none, and a test allocates nothing. */
const UNUSUAL = /[^\t\n\r\x20-\x7e]/;
/**
 * Control characters (C0 but tab and line ends, DEL, C1) show as boxes or stray glyphs and
 * break a vCard or calendar line. Bidi embeddings, overrides and isolates turn the text
 * around them: one U+202E in a name shows the organisation after it backwards.
 */
const STRIP = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Display text, cleaned: the characters above dropped, half an emoji (a lone surrogate, cut off by
 * some system) as the replacement character every browser would show anyway, and accents in
 * their composed form (NFC), so "è" typed as e + ` and "è" are one topic, one length.
 */
export const cleanText = (value: string): string =>
  UNUSUAL.test(value)
    ? value
        // Line and page separators that are controls (vertical tab, form feed, NEL) still separate words.
        .replace(/[\x0b\x0c\x85]/g, ' ')
        .replace(STRIP, '')
        .replace(/\p{Cs}/gu, '\ufffd')
        .normalize('NFC')
    : value;

/** Characters as people (and JSON Schema's maxLength) count them: an emoji is one, not two. */
export const characterCount = (value: string): number => [...value].length;

/**
 * Without the characters that take no room: zero-width spaces and joiners, soft hyphens, bidi
 * marks. Phone and mail apps wrap a copied number or address in such marks; a CMS puts soft
 * hyphens in long words.
 */
export const withoutInvisibles = (value: string): string => (UNUSUAL.test(value) ? value.replace(/\p{Cf}/gu, '') : value);

/**
 * An attribute's value as the editor meant it: without the zero-width spaces (and spaces) a paste
 * from a word processor or a mail leaves around it; `undefined` for none. As text: a script may set
 * the property to a URL object (`new URL('./sessions.json', import.meta.url)`), as `<img>.src` takes one.
 */
export const attributeText = (value?: string | null): string | undefined => (value && withoutInvisibles(`${value}`).trim()) || undefined;

/**
 * What makes two topics the same topic: case, composed or decomposed accents, compatibility forms
 * and invisible characters do not count. Marks do: in many scripts they are vowels, and हिंसा
 * (violence) is not हंस (swan).
 */
export const sameTextKey = (text: string): string =>
  // Upper, then lower case: full case folding, so "Straße" is "STRASSE"; İ is I with its dot.
  withoutInvisibles(text.normalize('NFKC')).replace(/İ/g, 'I').toUpperCase().toLowerCase();

/** Letters that do not come apart into a letter and a mark, as people type them without the key for it. */
const LOOSE: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe' };

/**
 * For search and for telling topics apart: lower case, without accents or invisible characters,
 * compatibility forms (ligatures, full-width letters) as plain letters. "cafe" finds "Café",
 * "barrieremodel" finds "Barrière&shy;model", "yilmaz" finds "Yılmaz".
 */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[ıßøłđæœ]/g, (letter) => LOOSE[letter]);
