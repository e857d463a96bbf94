/**
 * The polite count a list says in its live region after a filter change, and when it says it:
 * once typing pauses, not on every keystroke. A small controller: a list off the page when its
 * count comes due does not render for it (taken off for good, it never renders again); put back
 * (a tab shown again, a view an app cached), it says the count it owed.
 */
import type { ReactiveControllerHost } from 'lit';

/** How long typing must pause before the count is said. */
const PAUSE_MS = 700;

export function announcer(host: ReactiveControllerHost & HTMLElement) {
  let text = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The count that came due while the list was off the page. */
  let owed: (() => string) | undefined;
  const show = (next: string) => {
    if (next === text) return;
    text = next;
    host.requestUpdate();
  };
  const self = {
    hostConnected(): void {
      if (owed) show(owed());
      owed = undefined;
    },
    /** What the live region says now. */
    get text() {
      return text;
    },
    /** Drops the count said last, or still to be said. */
    unsay(): void {
      clearTimeout(timer);
      owed = undefined;
      show('');
    },
    /** Says what `words` gives after typing pauses. */
    later(words: () => string): void {
      self.unsay();
      timer = setTimeout(() => (host.isConnected ? show(words()) : (owed = words)), PAUSE_MS);
    },
  };
  host.addController(self);
  return self;
}
