import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnOnce } from './warn.js';

/**
 * Reads a widget's `heading-level` (2–6), so its headings fit the host
 * page's outline. Anything else is reported once, by what was written
 * (the attribute, else the property), and becomes 2; none at all is 2.
 */
export function headingLevel(host: HTMLElement & { headingLevel: number }): number {
  // (A removed attribute leaves null: the default, quietly.)
  if (host.headingLevel == null) return 2;
  const level = Number(host.headingLevel);
  if ([2, 3, 4, 5, 6].includes(level)) return level;
  // The attribute, when it is what the property holds (a property set later is not reflected).
  const attribute = host.getAttribute('heading-level');
  const written = attribute !== null && Object.is(Number(attribute), level) ? attribute : host.headingLevel;
  warnOnce(`<${host.localName} heading-level="${written}"> must be 2 to 6; using 2.`);
  return 2;
}

/**
 * A heading of text at a level, as `headingLevel` gives it (2–6; anything
 * else is an h2). One fixed template per level, so Lit keeps updating the
 * same element from render to render — no static-html (its tag-building
 * costs bytes and a lookup per render).
 */
export function heading(level: number, text: unknown, { id, part }: { id?: string; part?: string } = {}): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${ifDefined(part)}>${text}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${ifDefined(part)}>${text}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${ifDefined(part)}>${text}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} part=${ifDefined(part)}>${text}</h6>`;
    default:
      return html`<h2 id=${ifDefined(id)} part=${ifDefined(part)}>${text}</h2>`;
  }
}
