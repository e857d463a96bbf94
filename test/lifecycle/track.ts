/**
 * Counts what widgets leave behind on the page: listeners on window and document (added minus
 * removed, by type), and timers still to fire. Wraps the globals until `stop()`.
 */
export function track() {
  const originals: [EventTarget, typeof EventTarget.prototype.addEventListener, typeof EventTarget.prototype.removeEventListener][] = [];
  // Listeners are counted as the browser does: one per (type, callback, capture) triple.
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (target: string, type: string, callback: unknown, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    if (!callback || (typeof callback !== 'object' && typeof callback !== 'function')) return undefined;
    if (!ids.has(callback as object)) ids.set(callback as object, ++nextId);
    return `${target} ${type} ${ids.get(callback as object)} ${capture}`;
  };
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    originals.push([target, add, remove]);
    target.addEventListener = function (this: EventTarget, type: string, callback: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const key = keyOf(name, type, callback, options);
      // (A `once` listener removes itself; counted as added all the same, as it stays until it fires.)
      if (key) live.add(key);
      return add.call(this, type, callback as EventListenerOrEventListenerObject, options);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, callback: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const key = keyOf(name, type, callback, options);
      if (key) live.delete(key);
      return remove.call(this, type, callback as EventListenerOrEventListenerObject, options);
    } as typeof remove;
  }
  const pending = new Set<number>();
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id: number = realSet(
      (...a: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      delay,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    realClear(id);
  }) as typeof window.clearTimeout;
  return {
    /** Listeners on window and document now, by target and type. */
    listeners(): Record<string, number> {
      const count: Record<string, number> = {};
      for (const key of live) {
        const [target, type] = key.split(' ');
        count[`${target} ${type}`] = (count[`${target} ${type}`] ?? 0) + 1;
      }
      return count;
    },
    total: () => live.size,
    timers: () => pending.size,
    stop() {
      for (const [target, add, remove] of originals) {
        target.addEventListener = add;
        target.removeEventListener = remove;
      }
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** Counts the renders `element` asks for from now on (a detached widget should ask for none). */
export function countUpdates(element: { requestUpdate: (...args: never[]) => void }): { readonly count: number } {
  let count = 0;
  const update = element.requestUpdate.bind(element);
  element.requestUpdate = (...args: never[]) => {
    count += 1;
    update(...args);
  };
  return {
    get count() {
      return count;
    },
  };
}

/** Collects console errors and warnings until `restore()`, so a test can expect none. */
export function catchConsole() {
  const { error, warn } = console;
  const said: unknown[] = [];
  console.error = (...args: unknown[]) => said.push(args);
  console.warn = (...args: unknown[]) => said.push(args);
  return {
    said,
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
}
