/**
 * A test-runner reporter that counts real test results across every
 * browser and writes them to a JSON file, for `.ci/run`'s closing
 * `N passed, N failed` line. A test file that failed to load (no results)
 * counts as one failure, so a broken import can never look green.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, browsers: [] };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && totals.failed === before) totals.failed += 1;
        if (!totals.browsers.includes(session.browser.name)) totals.browsers.push(session.browser.name);
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}
