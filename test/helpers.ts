/** Records console.warn calls without printing them. */
export function stubWarn() {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    restore() {
      console.warn = original;
    },
  };
}

/** Waits until MutationObservers and the resulting Lit updates have run. */
export async function settle(element?: { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element?.updateComplete;
}
