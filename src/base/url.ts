/**
 * URL checks for anything that becomes an `href`, `src` or fetch target.
 * Attribute values come from CMS editors and JSON from other servers; a
 * `javascript:` or `data:` URL must never reach the DOM.
 */
import { attributeText } from './text.js';
import { warnOnce } from './warn.js';

const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/**
 * Resolves `value` against the page and returns it when it is an http(s)
 * URL. Relative URLs are fine: they point at the partner's own site.
 */
export function parseWebUrl(value: string | null | undefined): URL | undefined {
  // (Without the zero-width spaces a paste leaves: they would be part of the path, a broken link.)
  const text = attributeText(value);
  if (!text) return undefined;
  try {
    const url = new URL(text, globalThis.document?.baseURI);
    return WEB_PROTOCOLS.has(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Like `parseWebUrl`, for a named setting: a present but unusable value is
 * reported once, so the editor learns why a link is missing.
 */
export function checkedWebUrl(value: string | null | undefined, setting: string): string | undefined {
  const url = parseWebUrl(value);
  if (value?.trim() && !url) warnOnce(`${setting}="${value}" is not an http(s) URL and is ignored.`);
  return url?.href;
}

/**
 * An image the page hosts itself: on the page's own site (see isSameSite), over https, or over
 * plain http only from the page's own origin (a local playground). Any other host — a video
 * provider's thumbnails, a social network's profile photo, a cloud image server — would hear of
 * every visitor before they agreed to anything. Everything else is refused.
 */
export function selfHostedImageUrl(value: string | null | undefined): URL | undefined {
  const url = parseWebUrl(value);
  if (!url || !isSameSite(url)) return undefined;
  return url.protocol === 'https:' || url.origin === globalThis.location?.origin ? url : undefined;
}

/**
 * The second level of a country's domain where others register beneath it (co.uk, gov.uk,
 * com.au, gouv.fr): the common ones, not the public suffix list. www.gov.uk is one organisation's
 * site and evil.gov.uk another's.
 */
const SHARED_SECOND_LEVEL = /^(?:ac|co|com|edu|gob|gouv|gov|govt|net|org)\.[a-z]{2}$/;

/**
 * Whether `url` is on the page's own site: the page's host, without a leading `www.` unless what
 * is left is a public suffix (nl, gov.uk), or a host under it (on www.gemeente.nl: gemeente.nl
 * and media.gemeente.nl; on gemeente.github.io not other.github.io, which is someone else's; on
 * www.gov.uk not gov.uk or evil.gov.uk). Narrower than a registrable domain, which would need the
 * public suffix list: a site whose images are on a sibling host (cms. beside media.) names them
 * from the page's host, or moves them under it. Hosts that only share a suffix match only where
 * the page is at www. of a suffix this short list does not know (www.github.io), not a partner's.
 */
export function isSameSite(url: URL, pageHost = globalThis.location?.hostname ?? ''): boolean {
  // Without the dots a fully qualified name ends in: only from the first dot of a run (/\.+$/ tried a long run
  // of dots inside a host, a hostile photo or poster attribute, from each of them; Firefox threw "too much
  // recursion"). Not with a lookbehind, (?<!\.): before 16.4, Safari could not read the file that has one.
  const bare = (host: string) => host.toLowerCase().replace(/(^|[^.])\.+$/, '$1');
  const host = bare(url.hostname);
  let site = bare(pageHost);
  const parent = site.replace(/^www\./, '');
  if (parent.includes('.') && !SHARED_SECOND_LEVEL.test(parent)) site = parent;
  return host === site || (!/^[\d.]+$|:/.test(site) && !SHARED_SECOND_LEVEL.test(site) && host.endsWith(`.${site}`));
}
