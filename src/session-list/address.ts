/**
 * The list's part of the page address, as plain functions of it: the filter parameters that make
 * a filtered list linkable, and the page's own address as the sessions' (for the calendar file
 * and the JSON-LD). Kept apart from the element so the rules about whose parameters are whose are
 * tested on their own.
 */
import type { Filter } from './order.js';

/** URL parameters that make a filtered list linkable: ?ccv-topic=OSINT&ccv-year=2023&ccv-q=… */
const PARAMS = { topic: 'ccv-topic', year: 'ccv-year', text: 'ccv-q' } as const;
const OURS = new Set<string>(Object.values(PARAMS));

/**
 * A page address's query without our filter parameters, the page's own ones as it wrote them
 * (URLSearchParams would write them out again: / as %2F, a bare flag as flag=).
 */
const theirParams = (search: string): string[] =>
  search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !OURS.has(pair.split('=')[0]));
/** Query parameters that say how a visitor came (utm_source, the ad networks' click ids), not what the page is. */
const TRACKING = /^(utm_.*|_ga|_gl|gclid|gbraid|wbraid|dclid|fbclid|msclkid|twclid|ttclid|yclid|srsltid|mc_[ce]id)$/i;
const isTracking = (pair: string): boolean => {
  const name = pair.split('=')[0];
  try {
    return TRACKING.test(decodeURIComponent(name));
  } catch {
    return TRACKING.test(name);
  }
};

/** The filters an address's query (`location.search`) holds. */
export function filterOf(search: string): Filter {
  const params = new URLSearchParams(search);
  const year = Number(params.get(PARAMS.year));
  return {
    // (A link typed or pasted with a space after the topic still names it.)
    topic: params.get(PARAMS.topic)?.trim() || undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    text: params.get(PARAMS.text) ?? undefined,
  };
}

/** The address `href` with `filter` as its filter parameters, after the page's own ones. */
export function withFilter(href: string, filter: Filter): URL {
  const url = new URL(href);
  const ours = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof Filter)[]) {
    const value = filter[key];
    if (value) ours.set(PARAMS[key], String(value));
  }
  url.search = [...theirParams(url.search), ours.toString()].filter(Boolean).join('&');
  return url;
}

/**
 * The page's address as the sessions' own: without a fragment, and without the filters a
 * visitor chose (`?ccv-topic=OSINT` is one view of the same page, not another page).
 */
export function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  // Nor a campaign's tracking tags: each would make the same session another address.
  url.search = theirParams(url.search)
    .filter((pair) => !isTracking(pair))
    .join('&');
  return url.href;
}
