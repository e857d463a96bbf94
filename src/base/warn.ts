/**
 * Console warnings for configuration mistakes. Each distinct message is
 * printed once per page: a CMS page with twenty videos that share one bad
 * setting should say so once, not twenty times.
 */
const PREFIX = '[ccv-leerkring]';
/** Shared through globalThis, so two copies of the library on a page warn once between them. */
const said: Set<string> = ((globalThis as Record<symbol, Set<string>>)[Symbol.for('ccv-leerkring.warnings')] ??= new Set());

export function warnOnce(message: string, ...context: unknown[]): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`${PREFIX} ${message}`, ...context);
}

/** Test hook: forget what was said, so each test sees its own warnings. */
export function resetWarnings(): void {
  said.clear();
}
