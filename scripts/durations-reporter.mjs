/**
 * A test-runner reporter that writes how long each test file took in each browser (from its page
 * starting to its results being in) and each test's own duration, to a JSON file, and prints the ten
 * slowest files at the end: to see where a slow suite's time goes. On a shared machine compare ranks
 * and summed test durations, not wall time alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function collect(suite, path, tests) {
  for (const test of suite.tests) tests.push({ name: [...path, test.name].join(' › '), ms: test.duration ?? 0, passed: test.passed });
  for (const child of suite.suites) collect(child, [...path, child.name], tests);
}

export function durationsReporter({ file, top = 10 }) {
  const started = new Map();
  const ended = new Map();
  let runStart = 0;
  return {
    start({ sessions, startTime }) {
      runStart = startTime;
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status === 'FINISHED') ended.set(session.id, Date.now());
      });
    },
    onTestRunFinished({ sessions }) {
      const files = [];
      const browsers = {};
      for (const session of sessions) {
        const tests = [];
        if (session.testResults) collect(session.testResults, [], tests);
        const testMs = tests.reduce((sum, test) => sum + test.ms, 0);
        // The first file in each browser starts before the reporter does: its time counts from the run's start.
        const fileMs = ended.has(session.id) ? ended.get(session.id) - (started.get(session.id) ?? runStart) : undefined;
        const browser = session.browser.name;
        const totals = (browsers[browser] ??= { files: 0, tests: 0, testMs: 0, fileMs: 0 });
        totals.files += 1;
        totals.tests += tests.length;
        totals.testMs += testMs;
        totals.fileMs += fileMs ?? 0;
        tests.sort((a, b) => b.ms - a.ms);
        files.push({ file: relative(process.cwd(), session.testFile), browser, group: session.group.name, fileMs, testMs, tests });
      }
      files.sort((a, b) => (b.fileMs ?? 0) - (a.fileMs ?? 0));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ wallMs: Date.now() - runStart, browsers, files }, null, 2));
      const seconds = (ms) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
      const lines = files.slice(0, top).map((f) => `  ${seconds(f.fileMs).padStart(8)}  (tests ${seconds(f.testMs)})  ${f.browser}  ${f.file}`);
      const sums = Object.entries(browsers).map(([name, b]) => `${name}: ${b.tests} tests in ${b.files} files, files ${seconds(b.fileMs)}, tests ${seconds(b.testMs)}`);
      console.log(`\nSlowest test files (page start to results; ${file} has every test):\n${lines.join('\n')}\n${sums.join('\n')}`);
    },
  };
}
