import { css } from 'lit';

export const sessionListStyles = css`
  /* Margins stay inside the list: the loading status's stuck out above it, and the list moved up
     by as much when the sessions came (a layout shift, under the README's reserved space too). */
  .root {
    display: flow-root;
  }
  .group + .group {
    margin-block-start: calc(var(--_space) * 2);
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* No content-visibility: auto on the sessions, however long the list: Chromium leaves the
     sessions it skips out of the accessibility tree, so a screen reader's list of headings
     held only those near the screen. */
  .sessions > li + li {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  article {
    /* Each session lays out on its own: typing in the search box or a status line changing above
       the list no longer makes the browser lay out every session again (a filter keystroke over
       1,000 sessions took a third of the time in the bench). Not paint containment: that would
       clip the focus rings of the links and buttons inside. */
    contain: layout;
    padding: var(--_space);
    border: 1px solid var(--_border-color);
    border-radius: var(--_border-radius);
    background-color: var(--_background-color);
  }
  /* The ring of styles/tokens.ts's :focus-visible, placed otherwise. */
  article:focus-visible {
    /* Drawn inside the border, clear of the next session, on a halo as every other ring is: a
       dark ring alone was lost on a dark theme's background. */
    outline-offset: calc(-2 * var(--_focus-outline-width));
    box-shadow: inset 0 0 0 calc(3 * var(--_focus-outline-width)) var(--_focus-halo-color);
  }
  article > * + * {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  /* The summary: its line breaks as the editor wrote them (a blank line between paragraphs), still as text. */
  .meta + p {
    white-space: pre-line;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
  }
  /* (A flex item of .meta: laid out as a block whatever its display.) */
  .badge {
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_border-radius);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge--live {
    border-color: var(--_error-color);
    background-color: var(--_error-color);
    /* The theme's text-on-error colour: a dark theme's background on its red was 1.7:1. */
    color: var(--utrecht-feedback-invalid-fill-color, #ffffff);
  }
  /* Where the browser can work it out: white or black, whichever reads on the error colour the
     site set. A dark page is told (README) to make it a light red, on which white was 2.3:1.
     Below a luminance of 0.18 white reads at 4.5:1 or more, from there black does. */
  @supports (color:color(from red xyz-d65 x y z)) {
    .badge--live {
      /* (White is x 0.9505, y 1, z 1.089 in xyz-d65; each channel is 0 or that.) */
      color: color(from var(--_error-color) xyz-d65 clamp(0, (0.18 - y) * 1e5, 0.9505) clamp(0, (0.18 - y) * 1e5, 1) clamp(0, (0.18 - y) * 1e5, 1.089));
    }
  }
  /* The people: each label beside its names, the names lined up, and the names under their label
     where there is no room beside it (a phone, a sidebar, text at 200 %), as a summary list on a
     phone. Each pair a wrapping flex row, not a grid switched by a container query: with one size
     container per session, a page of sessions took twice as long to lay out. */
  dl {
    /* As wide as the session, also when a theme lays the session out as a flex column that would
       shrink it to its text (and the names under their labels). */
    inline-size: 100%;
    /* No margins of its own: the space above it is every part of a session's (article > * + *). (None
       at its sides: browsers give a dl none there.) */
    margin-block-end: 0;
  }
  dl > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  dl > div + div {
    margin-block-start: 0.25em;
  }
  dt {
    /* A column for the labels, so the names line up. A longer label (a site's own wording) takes
       what it needs, and its names go under it. */
    flex: 0 0 auto;
    min-inline-size: min(7.5em, 100%);
    max-inline-size: 100%;
    font-weight: 600;
    /* "Voorzitter" is one short word: broken anywhere, it came out as "Voorzitte / r" at 320 px.
       Broken only when it fits on no line at all (400 % text in a sidebar), not past the edge. */
    overflow-wrap: break-word;
  }
  dd {
    /* The rest of the row, the names wrapping there; under the label only when less than 13.5em
       is left beside it (as the grid did below 22em). Sized by its text (auto), a long name on a
       wide page went under its label, out of line with the names beside theirs. */
    flex: 1 1 13.5em;
    margin: 0;
  }
  /* A recording's size while it waits: the video's 16:9 box and the row of links under it. */
  .video-slot {
    padding-block-end: calc(var(--_space) * 0.5 + var(--_target-size));
  }
  .video-slot > div {
    padding: var(--_space);
    font-weight: 600;
    aspect-ratio: 16 / 9;
    border: 1px solid var(--_border-color);
    border-radius: var(--_border-radius);
    background-color: var(--_surface-color);
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* A long compound (Burgemeestersbevoegdheden) broken where it runs out of room left a lone 'n' on
     a line at 320 px. Hyphenated in its own language (each topic is marked with the data's), in two
     even lines: Burgemeesters-/bevoegdheden. A browser without a dictionary for it breaks as before. */
  .topics li {
    hyphens: auto;
    text-wrap: balance;
    padding-inline: 0.5em;
    /* Drawn in forced colours, where the background goes: the topics stay apart. */
    border: 1px solid transparent;
    border-radius: var(--_border-radius);
    background-color: var(--_surface-color);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
    align-items: center;
  }
  .actions a:not(.button) {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
    margin-block-end: var(--_space);
    padding: var(--_space);
    border-radius: var(--_border-radius);
    background-color: var(--_surface-color);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12rem;
    /* A long topic name must not push the select past a 320 px screen. */
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  select,
  input {
    inline-size: 100%;
    max-inline-size: 100%;
    /* A select keeps the browser's line height, whatever it is given: so does the search field (see
       below). Sized by their text, with the widget's 1.5 the search field outgrew the selects in
       large text (54 px to 44 at 32 px text) and its label stood 10 px higher than theirs. */
    min-block-size: max(var(--_target-size), 2em);
    padding-inline: 0.5em;
    border: 2px solid var(--_border-color);
    /* A theme's form controls may be squarer or rounder than its other boxes. */
    border-radius: var(--ccv-border-radius, var(--utrecht-form-control-border-radius, 4px));
    background-color: var(--_background-color);
    color: inherit;
    font: inherit;
    /* (After font, which sets it too: a theme's line height of 2 made the search field 70 px to 64.) */
    line-height: normal;
  }
  .status {
    margin-block: var(--_space);
  }
  .notice {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_border-color);
    background-color: var(--_surface-color);
  }
  .notice--error {
    border-color: var(--_error-color);
  }
  /* The retry button under the message: straight under it, its focus ring covered the letters. */
  .notice > * + * {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .more {
    margin-block-start: var(--_space);
  }
  /* "Skip the list" and where it lands: seen only while they have focus. */
  /* Seen on focus: a link that stands alone, 44 px high as the others (one line of text was 24 px). */
  .skip {
    display: flex;
    align-items: center;
    inline-size: fit-content;
    min-block-size: var(--_target-size);
    margin-block: var(--_space);
  }
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    min-block-size: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .badge--live {
      border-color: CanvasText;
    }
  }
  /* Browsers print without backgrounds: white on a red that is not there was pale grey. */
  @media print {
    .badge--live {
      background-color: transparent;
      color: var(--_color);
    }
    /* On paper: the sessions and their links' text, not the controls (search, show more, retry,
       skip) nor a calendar download; a session is not split over two pages where it fits on one. */
    .filters,
    button,
    .skip,
    [part='calendar-link'] {
      display: none !important;
    }
    article {
      break-inside: avoid;
    }
  }
`;
