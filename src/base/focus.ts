/**
 * Moves focus to `element` and brings it into view clear of what a site keeps over its page (a
 * sticky header, a cookie bar), as far as the page's `scroll-padding` says (WCAG 2.4.11). The
 * browsers' own scrolling on focus stops short: Firefox scrolls only for an element wholly out of
 * sight, and neither scrolls for a player (an iframe) half under a cookie bar. `nearest` leaves
 * one in full view where it is; a tall one (a long error summary on a phone) is shown from its
 * start, where its heading is: `nearest` would show its end.
 */
export function focusInView(element?: HTMLElement | null): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: element.offsetHeight > innerHeight / 2 ? 'start' : 'nearest' });
}
