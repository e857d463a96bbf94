import { css } from 'lit';

/**
 * `.visually-hidden`: hidden from sight, kept for screen readers (live regions, extra context,
 * the form's honeypot). A module of its own, as styles/buttons.ts is: the contact card hides no
 * text, and a bundler leaves out a module nobody imports, but not an unused css`…` beside used ones.
 * No padding or border to take away: only text holders (p, span, div) carry the class.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
