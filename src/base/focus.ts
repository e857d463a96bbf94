import { own } from './own.js';

/** Focus without the browser's own scrolling (own fields: see own.ts). */
export const NO_SCROLL: FocusOptions = own({ preventScroll: true });
/** Scrolled to the top of the screen (own fields, as NO_SCROLL). */
export const TO_TOP: ScrollIntoViewOptions = own({ block: 'start' });

/**
 * Moves focus to `element` and brings it into view clear of what a site keeps over its page (a
 * sticky header, a cookie bar), as far as the page's `scroll-padding` says (WCAG 2.4.11). The
 * browsers' own scrolling on focus stops short: Firefox scrolls only for an element wholly out of
 * sight, and neither scrolls for a player (an iframe) half under a cookie bar. `nearest` leaves
 * one in full view where it is; a tall one (a long error summary on a phone) partly out of the
 * window is shown from its start, where its heading is: `nearest` would show its end. (A tall one
 * already in the window stays `nearest`: `start` would move the page under the visitor's click,
 * and on a site without `scroll-padding` put its top under the sticky header.)
 */
export function focusInView(element?: HTMLElement | null): void {
  if (!element) return;
  element.focus(NO_SCROLL);
  const { top, bottom } = element.getBoundingClientRect();
  element.scrollIntoView(own<ScrollIntoViewOptions>({ block: bottom - top > innerHeight / 2 && (top < 0 || bottom > innerHeight) ? 'start' : 'nearest' }));
}
