/**
 * A text said politely once typing pauses, not at every key (as GOV.UK's character count): the
 * form's description count, a list's result count after a filter change. A small controller with
 * its own timer. A widget off the page when its text comes due does not render for it (taken off
 * for good, it never renders again); put back (a tab shown again, a view an app cached), it says
 * the text it owed.
 */
import type { ReactiveControllerHost } from 'lit';

/** The announcer of `host`, a reactive controller: what its live region says, `pauseMs` after the last change. */
export function announcer(host: ReactiveControllerHost & HTMLElement, pauseMs: number) {
  let text = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The text that came due while the widget was off the page. */
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
    /** Drops a text still to be said; the one said stays. */
    stop(): void {
      clearTimeout(timer);
      owed = undefined;
    },
    /** Drops the text said last, or still to be said. */
    unsay(): void {
      self.stop();
      show('');
    },
    /** Says what `words` gives (then) after typing pauses. */
    later(words: () => string): void {
      self.unsay();
      timer = setTimeout(() => (host.isConnected ? show(words()) : (owed = words)), pauseMs);
    },
  };
  host.addController(self);
  return self;
}
