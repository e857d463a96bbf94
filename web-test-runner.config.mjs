import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, findBrowsers, INSTALL_HINT } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { durationsReporter } from './scripts/durations-reporter.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { buildSync } from 'esbuild';
import { axNodesPlugin, backForwardPlugin, blockScripts, mediaFeaturePlugin, networkRecorderPlugin, noJavaScriptPagePlugin, testRoutes, timeZonePlugin, withoutDevSocket } from './scripts/wtr-plugins.mjs';

// The playground's case receiver (TypeScript), for the form's tests, storing into a scratch folder.
buildSync({ entryPoints: ['demo/receiver/receiver.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '.node-tests/receiver.mjs', logLevel: 'warning' });
const { createReceiver } = await import('./.node-tests/receiver.mjs');
const receiverDir = mkdtempSync(join(tmpdir(), 'ccv-wtr-receiver-'));
// Gone when the runner ends: every run (a whole suite or one file) would otherwise leave its cases, test
// names and e-mail addresses included, in the machine's temp folder.
process.on('exit', () => rmSync(receiverDir, { recursive: true, force: true }));
const receiver = createReceiver({ dir: receiverDir });

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

/**
 * Tests must never reach the internet (a consented video points its iframe
 * at YouTube): every host but localhost resolves to nothing in Chromium,
 * and Firefox sends everything else to a closed local port.
 */
const OFFLINE_CHROMIUM = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];
const OFFLINE_FIREFOX = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
};

/**
 * The browsers' clock is Amsterdam's, as most visitors' is, on every machine (CI runs in UTC): a
 * list then shows its times without a note on the visitor's own clock. A test puts a page in
 * another zone with the time-zone command (timeZonePlugin).
 */
const env = { ...process.env, TZ: 'Europe/Amsterdam' };
const chromium = () =>
  chromeLauncher({
    launchOptions: { executablePath: found.chromium, env, headless: true, args: [...CHROMIUM_ARGS, ...OFFLINE_CHROMIUM] },
  });
// The Chrome launcher drives Firefox too, through puppeteer's WebDriver BiDi.
const firefox = (prefs = {}) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: found.firefox, env, headless: true, extraPrefsFirefox: { ...OFFLINE_FIREFOX, ...prefs } },
  });
/**
 * Test files whose pages run none of src/ (they open the built Storybook, or host pages on dist/, whose
 * bundles coverage does not count): Chromium runs them without recording coverage, which adds nothing to
 * the report (run alone with it, they leave lcov.info empty). Recording counts every block of every
 * script on the page, Storybook's megabyte of it in each story's frame: it made them the slowest files.
 * A file that starts to import src/ belongs off this list.
 */
const NO_COVERAGE = [
  'test/stories/',
  'test/host-pages/host-pages.test.ts',
  'test/host-pages/host-scripts.test.ts',
  'test/host-pages/cms-paste.test.ts',
  'test/audit/design-contract.test.ts',
  'test/audit/readme-audit.test.ts',
  'test/audit/editor-audit.test.ts',
  'test/audit/outside-tester.test.ts',
  'test/build/minify-html.test.ts',
  'test/setup.test.ts',
];
const recordsCoverage = (testFile) => !NO_COVERAGE.some((path) => relative(process.cwd(), testFile).split(sep).join('/').startsWith(path));
let runSessions; // the run's test sessions, from the reporter below once the run has started
const sessionsReporter = { start: ({ sessions }) => void (runSessions = sessions) };
function skipCoverage(launcher) {
  // ChromeLauncher.startSession (@web/test-runner-chrome 0.18), with coverage decided per test file.
  launcher.startSession = async function (sessionId, url) {
    const { browser, context } = await this.getOrStartBrowser();
    const page = this.inactivePages.length ? this.inactivePages.pop() : await this.createNewPage(browser, context);
    this.activePages.set(sessionId, page);
    const testFile = runSessions?.get(sessionId)?.testFile;
    await page.runSession(url, !!this.config?.coverage && (!testFile || recordsCoverage(testFile)));
  };
  return launcher;
}

// One Chromium for every file, the display preferences' too (a launcher named in two groups starts once).
const chromiumBrowser = skipCoverage(chromium());
const browsers = found.firefox ? [chromiumBrowser, firefox()] : [chromiumBrowser];

/**
 * Reduced motion and forced colours: Chromium emulates them per test;
 * Firefox cannot over WebDriver BiDi yet, so it runs these tests in an
 * instance started with both preferences set, as a visitor would have them.
 */
const MEDIA_TESTS = 'test/styles/media.test.ts';
const FIREFOX_MEDIA_PREFERENCES = { 'ui.prefersReducedMotion': 1, 'browser.display.document_color_use': 2 };

/**
 * Site data switched off, as a visitor may have it: its tests run everywhere with storage switched off in
 * the page (Firefox's way), and again in a Firefox started with it off in the browser.
 */
const STORAGE_BLOCKED_TESTS = 'test/host-pages/storage-blocked.test.ts';

export default {
  files: ['test/**/*.test.ts', `!${MEDIA_TESTS}`],
  groups: [
    {
      name: 'display-preferences',
      files: MEDIA_TESTS,
      // Chromium emulates per test, so its own instance runs them among the other files; a second one
      // would start only once the first two browsers were done, and run alone at the end.
      browsers: found.firefox ? [chromiumBrowser, firefox(FIREFOX_MEDIA_PREFERENCES)] : [chromiumBrowser],
    },
    ...(found.firefox ? [{ name: 'storage-blocked', files: STORAGE_BLOCKED_TESTS, browsers: [firefox({ 'dom.storage.enabled': false })] }] : []),
  ],
  nodeResolve: true,
  // Every test page loads test/setup.ts after the test framework and before the test file: a failure
  // that compared a DOM node (or anything else a page cannot send) is then reported, not left to time out.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module">import '${testFramework}'; import '/test/setup.ts';</script></body></html>`,
  middleware: [
    // The strict policy partner sites may send (issue 7), on the host page that proves we live with it.
    async (context, next) => {
      await next();
      if (context.path === '/test/host-pages/csp.html') {
        // ?policies=lit-html: a site that names the Trusted Types policies it allows, and not ours.
        const policies = context.query.policies ? `; trusted-types ${context.query.policies}` : '';
        // ?require=no: policy names listed, Trusted Types not required.
        const require = context.query.require === 'no' ? '' : "; require-trusted-types-for 'script'";
        context.set(
          'Content-Security-Policy',
          `default-src 'self'; script-src 'self'; style-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com${require}${policies}`,
        );
      }
    },
    // The CDN file as a CDN serves it, to anyone (a module script from a sandboxed frame, whose origin is
    // opaque, is fetched with CORS: without this header the browser runs none of it); and the tests' own
    // form filler, which such a frame imports (test/host-pages/framed.ts).
    async (context, next) => {
      await next();
      if ((context.path.startsWith('/dist/') || context.path === '/test/audit/page.ts') && context.get('origin') === 'null') context.set('Access-Control-Allow-Origin', '*');
    },
    // A site that refuses its pages the clipboard, fullscreen and autoplay.
    async (context, next) => {
      await next();
      if (context.path === '/test/host-pages/permissions.html') context.set('Permissions-Policy', 'clipboard-write=(), fullscreen=(), autoplay=()');
    },
    testRoutes({ sessions: JSON.parse(readFileSync('demo/data/sessions.json', 'utf8')), receiver }),
    blockScripts(),
    withoutDevSocket(),
  ],
  browsers,
  concurrentBrowsers: 2,
  // Starting a test page can take longer than the default 30 s when both browsers share two busy cores.
  browserStartTimeout: 120_000,
  // All of one file's tests, default 120 s: the session list's file ran past that in Chromium on a loaded
  // machine (two files at a time). Only a file that hangs ever waits this long; a normal run takes no longer.
  testsFinishTimeout: 300_000,
  concurrency: 1,
  // Generous: CI runs both browsers side by side on two cores, and axe on a whole form can take seconds there.
  testFramework: { config: { timeout: 15000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), networkRecorderPlugin(), mediaFeaturePlugin(), noJavaScriptPagePlugin(), timeZonePlugin(), axNodesPlugin(), backForwardPlugin(), a11ySnapshotPlugin()],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  // Lit announces its dev mode in every test file; that says nothing about our code.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [sessionsReporter, defaultReporter(), summaryReporter({ file: 'reports/test-summary.json' }), durationsReporter({ file: 'reports/test-durations.json' })],
};
