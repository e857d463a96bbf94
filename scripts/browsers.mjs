/**
 * Finds the browsers the tests (and the Lighthouse bench) run in: an
 * environment variable first, then the usual install paths on Linux, macOS
 * and Windows. Nothing is downloaded: we use what the machine has.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const env = process.env;
const windowsRoots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);

const CHROMIUM = [
  env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ...windowsRoots.flatMap((root) => [
    join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(root, 'Chromium', 'Application', 'chrome.exe'),
    join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ]),
];

const FIREFOX = [
  env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  ...windowsRoots.map((root) => join(root, 'Mozilla Firefox', 'firefox.exe')),
];

const first = (paths) => paths.find((path) => path && existsSync(path));

/** @returns {{ chromium: string | undefined, firefox: string | undefined }} */
export function findBrowsers() {
  return { chromium: first(CHROMIUM), firefox: first(FIREFOX) };
}

export const INSTALL_HINT =
  'No Chromium-family browser found: install Chrome, Chromium or Edge (Debian: apt-get install chromium), or set CHROME_PATH.';

/**
 * Flags for headless Chromium on CI and locked-down machines. As root
 * (CI containers) Chromium refuses to start without --no-sandbox; the
 * networking flags stop it phoning Google, which the tests must not do.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // window.gc(), for the tests that check what is let go.
  '--js-flags=--expose-gc',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
