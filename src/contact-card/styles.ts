import { css } from 'lit';

export const contactCardStyles = css`
  :host {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* The one box the host holds, so a page's "ccv-contact-card { display: flex | inline | contents }"
     changes nothing inside. A size container has no width of its own: the track here is the width
     the card asks for in a sidebar sized by its content (flex, float, an auto grid column), 20 of
     its own ems (20rem was 200 px on a site whose rem is 10 px), but at least nothing, so a
     wrapper narrower than that (a 15em sidebar, an inline-block at 320 px) gets a card that fits
     it instead of one that sticks out. Yet 9em, about what its labels and buttons need, is its least:
     a table cell or a flex item beside a long text gave it none, and they stuck out of a card
     squeezed to 90 px. But never more than half the screen: at 200 % text 9em is 288 px, and it
     stuck out of a 320 px page with padding (WCAG 1.4.10). (A viewport unit, not a percentage: in a
     table cell or beside a long text a percentage of a width that depends on ours counts as none.) */
  .frame {
    display: grid;
    grid-template-columns: minmax(0, 20em) auto;
    inline-size: 100%;
    min-inline-size: min(9em, 50vw);
  }
  /* The size container, not the host: an inline, table or contents host can be none. */
  .frame > div {
    grid-column: 1 / -1;
    container-type: inline-size;
  }
  .card {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border-color);
    border-radius: var(--_border-radius);
    background-color: var(--_background-color);
  }
  /* Beside the text once there is room: a full-width block, not a sidebar. (In em, the card's own
     text size, as the width it asks for above: 30rem was less than a 62.5 % site's sidebar.) */
  @container (min-width: 30em) {
    .card--photo {
      grid-template-columns: auto 1fr;
      align-items: start;
    }
  }
  .photo {
    inline-size: var(--ccv-contact-card-photo-size, 6rem);
    block-size: var(--ccv-contact-card-photo-size, 6rem);
    border-radius: 50%;
    object-fit: cover;
  }
  .body > * + * {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  /* Rows half a line apart, also a copy button wrapped under its link: 0.25 em and 0 let the
     halo of a focused one (7 px) wipe out the border or underline of the control above it. */
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5em 1em;
    align-items: center;
  }
  /* Each value under its label where there is no room beside it (text at 200 % in a 320 px
     window, a narrow sidebar): squeezed beside it, the address and its button broke a letter a line. */
  @container (max-width: 18em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin: 0;
  }
  dd a,
  .vcard {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target-size);
  }
  .copy {
    min-block-size: var(--_target-size);
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_border-radius);
    background: none;
    color: var(--_link-color);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--_error-color);
    border-radius: var(--_border-radius);
  }
`;
