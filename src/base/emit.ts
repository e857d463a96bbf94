import { own } from './own.js';

/** The `detail` type of a `CustomEvent` registered in `GlobalEventHandlersEventMap`. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export interface EmitOptions {
  /** Let a listener call `preventDefault()` to take over the default action. */
  cancelable?: boolean;
}

/**
 * Dispatches a typed `CustomEvent` that bubbles and crosses shadow roots, as
 * DESIGN.md promises for every event. Returns `false` when a listener
 * cancelled it, so the caller can skip its default action.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: EventDetail<K>,
  options?: EmitOptions,
): boolean {
  // The browser reads an event's options from prototypes too: on a page that put a `cancelable` on
  // Object.prototype, every event would say it is cancelable, and a listener could cancel it. Own only.
  return target.dispatchEvent(new CustomEvent(type, own({ detail, bubbles: true, composed: true, ...options })));
}
