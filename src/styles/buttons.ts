import { css } from 'lit';

/**
 * The `.button` and `.button--secondary` look, on the tokens of styles/tokens.ts. A module of its
 * own: a bundler leaves out a module nobody imports, but not an unused css`…` beside used ones
 * (it cannot know that Lit's `css` has no side effects), and the contact card draws no `.button`.
 * The tokens only elements with buttons read are declared here, not in the base the card carries
 * too: the button colours and corners, and the surface colour (the secondary button's hover, and
 * the quiet areas of the elements that draw buttons). test/styles/hygiene.test.ts fails when an
 * element reads a token its own sheets do not declare.
 */
export const buttonStyles = css`
  :host {
    /* A tint of the text colour on the background: light grey in a light theme, and still a
       quiet shade, not a white box under light text, in a dark one. */
    --_surface-color: var(--ccv-surface-color, color-mix(in srgb, var(--_color) 6%, var(--_background-color)));
    --_button-background-color: var(
      --ccv-button-background-color,
      var(--nl-button-primary-background-color, var(--utrecht-button-primary-action-background-color, #00548a))
    );
    --_button-color: var(
      --ccv-button-color,
      var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, #ffffff))
    );
    --_button-hover-background-color: var(
      --ccv-button-hover-background-color,
      var(
        --nl-button-primary-hover-background-color,
        var(--utrecht-button-primary-action-hover-background-color, #003c63)
      )
    );
    --_button-border-radius: var(
      --ccv-button-border-radius,
      var(--nl-button-border-radius, var(--utrecht-button-border-radius, var(--_border-radius)))
    );
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid transparent;
    border-radius: var(--_button-border-radius);
    background-color: var(--_button-background-color);
    color: var(--_button-color);
    font: inherit;
    font-weight: 600;
    text-align: center;
    cursor: pointer;
  }
  .button:hover {
    background-color: var(--_button-hover-background-color);
    /* A link styled as a button: the link's hover colour (a:hover) would match this background. */
    color: var(--_button-color);
  }
  .button--secondary {
    border-color: currentColor;
    /* Its own background, not the tinted notice or filter bar under it: on a dark theme's tint the
       link colour fell below 4.5:1. */
    background-color: var(--_background-color);
    color: var(--_link-color);
  }
  .button--secondary:hover {
    background-color: var(--_surface-color);
    color: var(--_link-hover-color);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
  /* Browsers leave backgrounds out of print: white text on the button colour would vanish. */
  @media print {
    .button {
      border-color: currentColor;
      background-color: transparent;
      color: var(--_color);
    }
  }
`;
