/**
 * The polite count a list says in its live region after a filter change, and when it says it:
 * once typing pauses, not on every keystroke. A small controller: a list moved in the page (taken
 * off and put back in one go) still makes the announcement it owed; one taken off for good does not
 * render again for it.
 */
import type { ReactiveControllerHost } from 'lit';

/** How long typing must pause before the count is said. */
const PAUSE_MS = 700;

export function announcer(host: ReactiveControllerHost & HTMLElement) {
  let text = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (next: string) => {
    if (next === text) return;
    text = next;
    host.requestUpdate();
  };
  const self = {
    hostDisconnected(): void {
      queueMicrotask(() => host.isConnected || clearTimeout(timer));
    },
    /** What the live region says now. */
    get text() {
      return text;
    },
    /** Drops the count said last, or still to be said. */
    unsay(): void {
      clearTimeout(timer);
      show('');
    },
    /** Says what `words` gives after typing pauses. */
    later(words: () => string): void {
      this.unsay();
      timer = setTimeout(() => show(words()), PAUSE_MS);
    },
  };
  host.addController(self);
  return self;
}
