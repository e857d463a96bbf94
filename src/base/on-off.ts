import type { ReactiveElement } from 'lit';

/**
 * On/off attributes (`vcard`, `allow-once`, `filters`, `structured-data`, `no-draft`) are on
 * whatever their value, as HTML boolean attributes are (Lit's Boolean converter): `vcard="false"`
 * switches the contact file on. That stays the rule; an editor who wrote one of these words meant
 * off, and is told so (on the element in ccv-element.ts, as `data-*` in upgrade.ts).
 */
export const OFF_WORD = /^(false|0|no|off|nee|uit)$/i;

/**
 * Whether an element class's attribute of this name is an on/off one. (Every attribute is its
 * property's name in kebab-case: DESIGN.md.)
 */
export const isOnOff = (ctor: unknown, name: string): boolean =>
  (ctor as typeof ReactiveElement).elementProperties?.get(name.replace(/-./g, (m) => m[1].toUpperCase()))?.type === Boolean;
