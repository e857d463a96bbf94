/**
 * Loaded by every test page, right after the test framework and before the test file
 * (web-test-runner.config.mjs, testRunnerHtml).
 *
 * A failing assertion keeps the values it compared as the error's `actual` and `expected`,
 * and the page sends the failure to the runner through `structuredClone`. A DOM node, a
 * function, a window or an event cannot be cloned: the page then never reported, and the
 * runner waited for the file's whole time limit (300 s) without saying which test failed.
 * Here each failure's values that cannot be cloned are replaced by a description the runner
 * can show (`<iframe id="video">`), before the page reports.
 */

const MAX_DEPTH = 3;

function describeNode(node: Node): string {
  if (node instanceof Element) {
    const id = node.id ? ` id="${node.id}"` : '';
    const className = node.getAttribute('class') ? ` class="${node.getAttribute('class')}"` : '';
    return `<${node.localName}${id}${className}>`;
  }
  if (node instanceof ShadowRoot) return `#shadow-root of ${describeNode(node.host)}`;
  if (node instanceof Text) return `#text ${JSON.stringify(node.data.slice(0, 80))}`;
  return node.nodeName;
}

/** The value itself when the page can send it to the runner, otherwise a readable stand-in. */
export function reportable(value: unknown, depth = 0): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    // Described below.
  }
  if (value instanceof Node) return describeNode(value);
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (depth < MAX_DEPTH && Array.isArray(value)) return value.map((item) => reportable(item, depth + 1));
  if (depth < MAX_DEPTH && value && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reportable(item, depth + 1)]));
  }
  return Object.prototype.toString.call(value);
}

/** Mocha's `fail` listener: makes a failure's compared values sendable. */
export function makeReportable(_test: unknown, error: unknown): void {
  if (!error || typeof error !== 'object') return;
  const failure = error as { actual?: unknown; expected?: unknown };
  for (const key of ['actual', 'expected'] as const) if (key in failure) failure[key] = reportable(failure[key]);
}

// The test framework calls mocha.run once the test file is loaded; its runner reports each failure.
// First in line, so that mocha's reporter builds its diff from the descriptions.
const page = window as unknown as { mocha: { run: (done?: (failures: number) => void) => Mocha.Runner } };
const run = page.mocha.run;
page.mocha.run = function (this: unknown, done) {
  return run.call(this, done).prependListener('fail', makeReportable);
};
