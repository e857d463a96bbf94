import { css } from 'lit';

/**
 * The stylesheet every widget starts from; an element adds `visuallyHiddenStyles`
 * (styles/visually-hidden.ts) if it hides text for screen readers, `buttonStyles` (styles/buttons.ts)
 * if it draws a `.button`, then its own sheet. One sheet, not one per concern below: every css`…` is
 * a stylesheet of its own in each shadow root, and a few bytes more in every element. An element
 * imports its own sheet right after these shared ones: its rules repeat many of their declarations,
 * and gzip finds a repeat only within the last 32 KB, so the sheets must sit together in the bundle
 * (the session list's, imported last, was 42 KB past them). Elements import their sheets early: their
 * bundles came out another 358 (list), 83 (form), about 50 (video) and 33 (card) B smaller (gzip) than
 * with the sheets last, and an element's order is the smallest found by trying each import in each
 * place (the note above its imports: the form's sheets and messages are no longer all first). In
 * the CDN bundle, src/index.ts places all sheets and messages first, whatever the elements import.
 *
 * Design tokens come first. Every public token is `--ccv-*`; where the NL Design System has a
 * matching token (`--nl-*` candidates, then `--utrecht-*`), that is the fallback, so a municipal
 * site that already carries an NL Design System theme gets matching widgets without writing any
 * CSS. Custom properties inherit into shadow roots; that is the whole mechanism. `--_*` names are
 * private internals, not an API. Defaults meet WCAG 2.2 AA on white: text 4.5:1 or more,
 * controls 3:1.
 */
export const baseStyles = css`
  :host {
    --_font-family: var(--ccv-font-family, var(--utrecht-document-font-family, system-ui, sans-serif));
    --_line-height: var(--ccv-line-height, var(--utrecht-document-line-height, 1.5));
    --_color: var(--ccv-color, var(--utrecht-document-color, #1a1a1a));
    --_background-color: var(--ccv-background-color, var(--utrecht-document-background-color, #ffffff));
    --_border-color: var(--ccv-border-color, var(--utrecht-form-control-border-color, #6b6b6b));
    --_border-radius: var(--ccv-border-radius, 4px);
    --_space: var(--ccv-space, 1rem);

    --_link-color: var(--ccv-link-color, var(--nl-link-color, var(--utrecht-link-color, #00548a)));
    --_link-hover-color: var(--ccv-link-hover-color, var(--nl-link-hover-color, var(--utrecht-link-hover-color, #003c63)));

    --_focus-outline-color: var(--ccv-focus-outline-color, var(--utrecht-focus-outline-color, #000000));
    --_focus-outline-width: var(--ccv-focus-outline-width, var(--utrecht-focus-outline-width, 3px));
    --_focus-outline-style: var(--ccv-focus-outline-style, var(--utrecht-focus-outline-style, solid));
    --_focus-outline-offset: var(--ccv-focus-outline-offset, var(--utrecht-focus-outline-offset, 2px));
    /* A light halo keeps the dark ring visible on dark backgrounds too. */
    --_focus-halo-color: var(--ccv-focus-halo-color, var(--utrecht-focus-inverse-outline-color, #ffffff));

    /* The error *message* token: a border token need only reach 3:1, text needs 4.5:1. */
    --_error-color: var(--ccv-error-color, var(--utrecht-form-field-error-message-color, #c0000b));

    /* WCAG 2.2 2.5.8 asks 24 px; we give 44 px, as GOV.UK and NL DS advise. */
    --_target-size: var(--ccv-target-size, var(--utrecht-pointer-target-min-size, 44px));
  }
  /* The base: font, colour, box model. Set on the shadow root's top-level elements as well as
     the host: a page's own rules (* { font: 30px serif; box-sizing: content-box }) beat :host
     on the host element itself, but cannot reach inside. */
  :host,
  :host > * {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-weight: 400;
    font-style: normal;
    line-height: var(--_line-height);
    color: var(--_color);
    text-align: start;
    /* Long Dutch compounds and e-mail addresses must wrap at 320 px, not overflow. Not
       break-word: with it, a flex or grid item still will not shrink below its longest word. */
    overflow-wrap: anywhere;
    /* Inherited page settings that would break a Dutch (or English) widget: right-to-left
       layout from an Arabic page, vertical writing, text that never wraps, a fill colour over ours. (Letter and
       word spacing still come through: visitors set those for readability, WCAG 1.4.12.) */
    direction: ltr;
    writing-mode: horizontal-tb;
    white-space: normal;
    text-indent: 0;
    text-transform: none;
    -webkit-text-fill-color: currentcolor;
  }
  :host {
    /* 1rem, or the page's text around the widget where that is larger: on a site with
       html { font-size: 62.5% } (1rem = 10 px) and its body text set back to 1.6rem, 1rem alone
       gave 10 px text beside the page's 16. (On :host, 1em is the parent's size.) */
    font-size: var(--ccv-font-size, var(--utrecht-document-font-size, max(1rem, 1em)));
    display: block;
    /* Our text colours are chosen for our background: on a dark page, transparent would leave
       dark text on dark. A site gives its widgets another background with --ccv-background-color. */
    background-color: var(--_background-color);
    /* The browser's own controls drawn for that background, not for a dark page around it. */
    color-scheme: var(--ccv-color-scheme, light);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Widgets space their own content; headings fit whatever level the page asks for. */
  p {
    margin-block: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block: 0 0.5em;
    line-height: 1.25;
  }
  /* One focus ring for every control: shown for keyboard focus, drawn as an outline so Windows
     High Contrast keeps it (box-shadows are dropped there). In longhands, here and in every
     other ring: a token the browser cannot use (--ccv-focus-outline-color: #00548, a Sass
     $variable left in) then costs only its own part, where in the outline shorthand it took
     the whole ring. */
  :focus-visible {
    outline-width: var(--_focus-outline-width);
    outline-style: var(--_focus-outline-style);
    outline-color: var(--_focus-outline-color);
    outline-offset: var(--_focus-outline-offset);
    box-shadow: 0 0 0 calc(var(--_focus-outline-offset) + var(--_focus-outline-width) + 2px) var(--_focus-halo-color);
  }
  /* A link's halo fills the gap inside its ring only. Past the ring, 7 px, it covered the text of the
     lines above and below a link in running text (their underlines and descenders). The ring still
     has the halo on one side, so one of the two stands out on any background. */
  a:focus-visible {
    box-shadow: 0 0 0 var(--_focus-outline-offset) var(--_focus-halo-color);
  }
  /* Links. */
  a {
    color: var(--_link-color);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_link-hover-color);
    text-decoration-thickness: max(3px, 0.1875em);
  }
  /* People who asked for less motion get none: no transitions, no smooth scrolling. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
