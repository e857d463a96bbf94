import { css } from 'lit';

export const consentVideoStyles = css`
  .video {
    position: relative;
    /* The same 16:9 box before and after consent, so nothing shifts (CLS 0).
       At narrow widths the box grows to fit the notice rather than clip it. */
    aspect-ratio: 16 / 9;
    inline-size: 100%;
    /* No overflow clipping: the automatic minimum height that lets the box
       grow past 16:9 for a long notice only applies to visible overflow. */
    border: 1px solid var(--_border-color);
    border-radius: var(--_border-radius);
    background-color: var(--ccv-video-background-color, var(--_surface-color));
  }
  .player,
  .poster {
    position: absolute;
    inset: 0;
  }
  .player:empty {
    display: none;
  }
  .waiting {
    display: contents;
  }
  .waiting[inert] {
    visibility: hidden;
  }
  iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }
  .poster {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .placeholder,
  .error {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: 100%;
    padding: var(--_space);
  }
  .poster + .placeholder {
    /* Text never sits on the image itself: an opaque panel keeps contrast. */
    margin: calc(var(--_space) * 0.5);
    min-block-size: auto;
    border-radius: var(--_border-radius);
    background-color: var(--_background-color);
  }
  p {
    max-inline-size: 60ch;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .notice {
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  /* On its own background, as the secondary button is: in the placeholder it sits on the box's
     tint, where a dark theme's link colour read 4.2:1 (Utrecht's). */
  .link-button {
    min-block-size: var(--_target-size);
    padding: 0 0.25em;
    border: 0;
    background: var(--_background-color);
    color: var(--_link-color);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  /* Also under the error state, empty: a video put right later, or its neighbour, takes the
     same room, and so does the space a page reserves for it (README). Half a space under the box:
     a quarter (4 px) let the ring of a focused link (5 px) or button (halo, 7 px) cover its border. */
  .footer {
    min-block-size: var(--_target-size);
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .reserved {
    visibility: hidden;
  }
  /* The withdraw button (and its kept place) beside the watch link, its words on more lines where
     there is little room: on a row of its own on a phone, its place was a blank under the link. */
  .footer > .link-button {
    flex: 1 1 0;
    max-inline-size: max-content;
    text-align: start;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
  /* On the background, not the box's tint: a theme's error red that reads on its own white (5.0:1,
     Rijkshuisstijl) fell to 4.4:1 on the tint. */
  .error {
    border: 2px solid var(--_error-color);
    border-radius: var(--_border-radius);
    background-color: var(--_background-color);
  }
  .error strong {
    color: var(--_error-color);
  }
  @media (forced-colors: active) {
    .video {
      border-color: CanvasText;
    }
  }
  /* On paper: no empty 16:9 box and no buttons that cannot be pressed; the title, and the
     address of the video for the reader to type. */
  @media print {
    .video {
      aspect-ratio: auto;
    }
    .notice,
    .actions:not(.footer),
    [part='settings-button'],
    [part='withdraw-button'],
    .poster,
    .footer:empty {
      display: none;
    }
    /* Not a flex container here: it would drop the space before the address. */
    .actions a {
      display: block;
    }
    [part='link']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
