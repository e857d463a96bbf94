import { literal, type StaticValue } from 'lit/static-html.js';
import { warnOnce } from './warn.js';

const HEADINGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * Reads a `heading-level` attribute (2–6), so a widget's headings fit the
 * host page's outline. Anything else is reported once and becomes 2.
 */
export function headingLevel(value: unknown, element: string): number {
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
  warnOnce(`<${element} heading-level="${value}"> must be 2 to 6; using 2.`);
  return 2;
}

/** The heading tag for a level, clamped to h6, for lit/static-html templates. */
export function headingTag(level: number): StaticValue {
  return HEADINGS[Math.min(Math.max(level, 2), 6) - 2];
}
