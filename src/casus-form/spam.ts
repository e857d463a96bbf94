/**
 * Anti-spam without a CAPTCHA: a hidden field only a bot fills in (the honeypot), and a minimum
 * time to fill in a case. The form keeps the times and fields.ts renders the trap; whether a submit
 * looks automated is decided here.
 */

/** The trap's name: `website`, a field bots like to fill. */
export const HONEYPOT = 'website';

/** People need longer than this to fill in a case; bots do not. */
export const MINIMUM_FILL_MS = 3000;

/**
 * A filled trap, or a complete case sent faster than anyone can write one. `since`: when the
 * timing started (the first keystroke, else when the form appeared); undefined when the person
 * needs no timing (a restored draft, or a press after being asked to send again).
 */
export const looksAutomated = (trap: string | undefined, since: number | undefined, now = performance.now()): boolean =>
  !!trap || (since !== undefined && now - since < MINIMUM_FILL_MS);
