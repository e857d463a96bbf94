/**
 * URL checks for anything that becomes an `href`, `src` or fetch target.
 * Attribute values come from CMS editors and JSON from other servers; a
 * `javascript:` or `data:` URL must never reach the DOM.
 */
import { warnOnce } from './warn.js';

const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/**
 * Resolves `value` against the page and returns it when it is an http(s)
 * URL. Relative URLs are fine: they point at the partner's own site.
 */
export function parseWebUrl(value: string | null | undefined, base = globalThis.document?.baseURI): URL | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
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
 * An image the page hosts itself: https anywhere, plain http only on the
 * page's own origin (a local playground). Everything else is refused.
 */
export function selfHostedImageUrl(value: string | null | undefined): URL | undefined {
  const url = parseWebUrl(value);
  if (!url) return undefined;
  return url.protocol === 'https:' || url.origin === globalThis.location?.origin ? url : undefined;
}

/**
 * Whether `url` is on the page's own site: its host, or another host of the same domain
 * (media.gemeente.nl beside www.gemeente.nl). The domain is taken as the host's last two labels,
 * right for .nl and .com; under a suffix such as .co.uk it is the wider reading. A page on an IP
 * address or a name without dots (localhost) has only its own host.
 */
export function isSameSite(url: URL, pageHost = globalThis.location?.hostname ?? ''): boolean {
  const bare = (host: string) => host.toLowerCase().replace(/\.+$/, '');
  const [host, page] = [bare(url.hostname), bare(pageHost)];
  if (host === page) return true;
  const domain = (name: string) => name.split('.').slice(-2).join('.');
  return /\.[a-z][a-z-]*$/.test(page) && !page.includes(':') && domain(host) === domain(page);
}

