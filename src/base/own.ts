/**
 * Data read by its own fields only. A partner site's old library may have added to the built-in
 * prototypes before we load: a `title` or `name` on Object.prototype seemed to be in every object
 * (a session without a title showed that one, and the case form came filled in with it), and
 * Prototype.js 1.6's Array#toJSON wrote every array as a string of JSON. No DOM: the receiver uses it too.
 */

/** A copy of an object's own fields on one that inherits nothing. */
export const own = <T extends object>(value: T): T => Object.assign(Object.create(null), value);

/** JSON of our own data, whatever toJSON a page added to Array or Object: each value as it is. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key) {
    return this[key];
  });
