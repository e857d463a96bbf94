/**
 * Data read by its own fields only. A partner site's old library may have added to the built-in
 * prototypes before we load: a `title` or `name` on Object.prototype seemed to be in every object
 * (a session without a title showed that one, and the case form came filled in with it), and
 * Prototype.js 1.6's Array#toJSON wrote every array as a string of JSON. No DOM.
 *
 * The browser reads the options we give its APIs the same way (a Web IDL dictionary is read through
 * its prototype, and so are Intl's options): an `Object.prototype.signal` that is no AbortSignal made
 * addEventListener throw, a `timeZone` moved the times we show, a `slotAssignment: 'manual'` hid
 * everything in <ccv-config>. So every options object of ours is built with own().
 */

/**
 * What objects of ours that inherit nothing inherit: an empty object with no prototype. Built on it,
 * they are as fast to build and read as plain ones; `Object.create(null)` objects are kept as
 * dictionaries (the list of 10,000 sessions took half as long again to show).
 */
const BARE = Object.create(null) as object;

/** A copy of an object's own fields on one that inherits nothing. */
export const own = <T extends object>(value: T): T => ({ __proto__: BARE, ...value }) as unknown as T;

function Bare() {}
Bare.prototype = BARE;
/**
 * A new empty object that inherits nothing, for fields added one at a time (the schema's record of a
 * session). Made by a constructor, it keeps them in the object itself: added to own({}), they went to
 * a store of their own, and 10,000 sessions took a sixth longer to validate.
 */
export const bare = (): Record<string, unknown> => new (Bare as unknown as new () => Record<string, unknown>)();

/** JSON of our own data, whatever toJSON a page added to Array or Object: each value as it is. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key) {
    return this[key];
  });
