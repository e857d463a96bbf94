/**
 * Builds the sessions' search text ahead of the first keystroke, while the page is idle: built on
 * the first keystroke instead, it made that keystroke take 60–80 ms for 1,000 sessions. A plain
 * function: the list asks for it when its data or its filters change.
 */
import type { Session } from './schema.js';

/** How long the search text waits for the page to be idle before it is built anyway, a small batch at a time. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Builds each session's search text while the page is idle, a few hundred at a time, for as long
 * as `wanted()` says the list still needs it. A browser may find no idle time for seconds (a busy
 * page, a loaded machine): after IDLE_TIMEOUT_MS a step runs anyway, with a small batch, as where
 * there is no requestIdleCallback.
 */
export function prepareSearch(sessions: Session[], wanted: () => boolean): void {
  let next = 0;
  const idle = (step: (deadline?: IdleDeadline) => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(step, 50);
  const step = (deadline?: IdleDeadline) => {
    if (!wanted()) return;
    // A step that timed out has no idle time left (timeRemaining() is 0): a small batch, not none.
    const idleTime = deadline && !deadline.didTimeout ? deadline : undefined;
    const until = next + (idleTime ? 2000 : 200);
    while (next < sessions.length && next < until && (!idleTime || idleTime.timeRemaining() > 1)) void sessions[next++].haystack;
    if (next < sessions.length) idle(step);
  };
  idle(step);
}
