import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers, INSTALL_HINT } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const found = findBrowsers();
if (!found.chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!found.firefox) {
  const message = 'No Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH).';
  // On CI both browsers are a requirement; locally Chromium alone still runs.
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`${message} Running in Chromium only.`);
}

const browsers = [
  chromeLauncher({ launchOptions: { executablePath: found.chromium, headless: true, args: CHROMIUM_ARGS } }),
];
if (found.firefox) {
  // The Chrome launcher drives Firefox too, through puppeteer's WebDriver BiDi.
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: found.firefox, headless: true },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrentBrowsers: 2,
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  // Lit announces its dev mode in every test file; that says nothing about our code.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ file: 'reports/test-summary.json' })],
};
