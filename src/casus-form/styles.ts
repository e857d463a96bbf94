import { css } from 'lit';

export const casusFormStyles = css`
  form > * + * {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    max-inline-size: 40rem;
  }
  /* No frame of its own: a field's only border is its error bar (.field--error, more specific). */
  fieldset {
    margin-inline: 0;
    padding: 0;
    border: 0;
  }
  .field--error {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_error-color);
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .optional {
    font-weight: 400;
  }
  /* Their own colour, not one a page gives the field or form part they are in (::part). */
  .hint,
  .count {
    color: var(--_color);
    font-size: 0.9375em;
  }
  /* (After .count, as specific.) */
  .count--over,
  .error,
  .summary a {
    color: var(--_error-color);
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  textarea,
  select {
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding: 0.5em;
    border: 2px solid var(--_border-color);
    /* A theme's form controls may be squarer or rounder than its other boxes. */
    border-radius: var(--ccv-border-radius, var(--utrecht-form-control-border-radius, 4px));
    background-color: var(--_background-color);
    color: inherit;
    font: inherit;
  }
  /* One line each, as high as each other at any text size: a select keeps the browser's line height
     whatever it is given (76 px beside 84 at 32 px text), so the text fields take it too, and all are
     at least the padding, a line of 1.5 and the borders high (44 px at 16 px text). */
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select {
    min-block-size: max(var(--_target-size), calc(2.5em + 4px));
    line-height: normal;
  }
  textarea {
    resize: vertical;
  }
  .sending:not(:empty) {
    margin-block-start: var(--_space);
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target-size);
  }
  .choice input {
    /* At least 24 px (WCAG 2.5.8) on a site whose root text is smaller (html { font-size: 62.5% }). */
    inline-size: max(1.5rem, 24px);
    block-size: max(1.5rem, 24px);
    margin: 0;
    flex: none;
    /* Ticked in the theme's action colour, not the browser's own blue. */
    accent-color: var(--_button-background-color);
  }
  .choice label {
    font-weight: 400;
  }
  .summary,
  .notice,
  .confirmation {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 4px solid var(--_border-color);
    border-radius: var(--_border-radius);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* The links are text-sized: spaced so each has room to be hit (WCAG 2.5.8's spacing rule), also
     in text smaller than 16 px (a 62.5 % site's 10 px: half a line apart, they were 20 px apart). */
  .summary li {
    min-block-size: 24px;
  }
  .summary li + li {
    margin-block-start: 0.5em;
  }
  /* After the field and box rules above, as specific as they are (or they would keep the grey border). */
  :is(input, textarea, select)[aria-invalid='true'],
  .summary,
  .notice--error {
    border-color: var(--_error-color);
  }
  .notice > * + *,
  .confirmation > * + * {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .confirmation {
    border-color: var(--_link-color);
  }
  .summary:focus,
  .confirmation:focus,
  [part='status']:focus {
    outline-width: var(--_focus-outline-width);
    outline-style: var(--_focus-outline-style);
    outline-color: var(--_focus-outline-color);
    outline-offset: var(--_focus-outline-offset);
  }
`;
