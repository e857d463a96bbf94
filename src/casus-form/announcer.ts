/**
 * When the description's count is said: politely, after a pause in typing, not at every key (as
 * GOV.UK's character count). A small controller with its own timer; what it says is count.ts's.
 */
import type { ReactiveControllerHost } from 'lit';

const ANNOUNCE_DELAY_MS = 1000;

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
