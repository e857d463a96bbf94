/**
 * The description's character count, as GOV.UK's: the limit told up front, typing past it
 * allowed, the count shown at once and said politely after a pause in typing, not at every key.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CasusFormMessages } from './messages.js';
import { DESCRIPTION_LIMIT, sentLength } from './payload.js';

const ANNOUNCE_DELAY_MS = 1000;

/** "n characters left" or "n characters too many", counted as the text will be sent. */
export function countText(t: CasusFormMessages, description: unknown): string {
  const left = DESCRIPTION_LIMIT - sentLength(description);
  return left >= 0 ? t.remaining(left) : t.tooMany(-left);
}

/**
 * The count for the polite live region, said a moment after the last change (`text()` then).
 * `said()` is what the region holds; `stop()` drops a count still to be said; `reset()` also
 * empties the region. A form taken off the page says nothing later.
 */
export function countAnnouncer(host: ReactiveControllerHost, text: () => string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let said = '';
  const say = (value: string) => {
    if (said !== value) {
      said = value;
      host.requestUpdate();
    }
  };
  const stop = () => clearTimeout(timer);
  const reset = () => {
    stop();
    say('');
  };
  host.addController({ hostDisconnected: stop });
  return {
    said: () => said,
    stop,
    reset,
    schedule() {
      reset();
      timer = setTimeout(() => say(text()), ANNOUNCE_DELAY_MS);
    },
  };
}
