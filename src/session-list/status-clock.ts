/**
 * Keeps a list's "live", "upcoming" and "past" true as time passes, as a reactive controller: it
 * renders the list again when the next session starts or ends, and when the visitor comes back to
 * a page left open past that moment. Its timer stops when the list leaves the page.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Session } from './schema.js';

/** The clock of `host` (a controller of it); `sessions` gives the sessions to watch, none while the list follows a fixed `now`. */
export function statusClock(host: ReactiveControllerHost & { isConnected: boolean }, sessions: () => Session[] | undefined) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer is for: the next session to start or end. */
  let due = Infinity;

  /** Re-render when the next session starts or ends, so "live" stays true. */
  const schedule = (): void => {
    clearTimeout(timer);
    due = Infinity;
    const watched = sessions();
    // (Off the page, a timer of days would keep the whole list alive; connectedCallback sets it.)
    if (!watched || !host.isConnected) return;
    const now = Date.now();
    // A loop, not Math.min(...times): spread into arguments, 100,000 sessions overflow the stack.
    let next = Infinity;
    for (const session of watched) {
      const start = session.start.getTime();
      // (A session yet to start changes at its start first; its end is not needed.)
      const change = start > now ? start : session.end.getTime();
      if (change > now && change < next) next = change;
    }
    if (!Number.isFinite(next)) return;
    due = next;
    // A timer waits at most about 24.8 days: a later change is looked for again then.
    timer = setTimeout(() => {
      host.requestUpdate();
      schedule();
    }, Math.min(next - now + 1000, 2 ** 31 - 1));
  };

  /**
   * Back at the page: a timer counts no time the computer slept, so a page left open overnight
   * would still say "upcoming" for a session that began — the clock is looked at again now.
   */
  const onVisible = (): void => {
    if (document.visibilityState !== 'visible' || Date.now() < due) return;
    host.requestUpdate();
    schedule();
  };

  const controller = {
    schedule,
    hostConnected: () => document.addEventListener('visibilitychange', onVisible),
    hostDisconnected(): void {
      document.removeEventListener('visibilitychange', onVisible);
      clearTimeout(timer);
    },
  };
  host.addController(controller);
  return controller;
}
