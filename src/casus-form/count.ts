/**
 * The description's character count, as GOV.UK's: the limit told up front, typing past it
 * allowed, and the count shown at once. (When it is said: base/announcer.ts.)
 */
import type { CasusFormMessages } from './messages.js';
import { DESCRIPTION_LIMIT, sentLength } from './payload.js';

/** "n characters left" or "n characters too many", counted as the text will be sent. */
export function countText(t: CasusFormMessages, description: unknown): string {
  const left = DESCRIPTION_LIMIT - sentLength(description);
  return left >= 0 ? t.remaining(left) : t.tooMany(-left);
}
