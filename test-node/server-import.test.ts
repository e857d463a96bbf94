/**
 * A site that renders on the server (Astro, Next.js, Lit SSR) imports the package there too, so that
 * the same module graph runs in the browser. There is no page then: plain Node has no DOM at all, and
 * Lit SSR, Astro's Lit integration and @lit-labs/nextjs install a DOM shim whose `document` is an
 * empty object. Importing any entry must not throw in either; the elements still register, so the
 * server can see their tags.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.entries(pkg.exports as Record<string, { default?: string }>).filter(([, target]) => target.default);
/** What `@lit-labs/ssr/lib/install-global-dom-shim.js` puts on the global object, from the shim Lit itself depends on. */
const SHIM = `import * as shim from '@lit-labs/ssr-dom-shim';
const window = { ...shim, customElements: new shim.CustomElementRegistry(), location: new URL('http://localhost'), requestAnimationFrame() {} };
Object.assign(globalThis, window, { window });`;

/** Imports `file` in a fresh Node process (after `setup`), and answers which of our tags are defined then. */
function importIn(setup: string, file: string): string {
  const code = `${setup}\nawait import(${JSON.stringify(file)});\nconsole.log(['ccv-config', 'ccv-contact-card'].filter((tag) => globalThis.customElements?.get(tag)).join());`;
  try {
    return execFileSync('node', ['--input-type=module', '-e', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    throw new Error(`importing ${file}:\n${(error as { stderr?: string }).stderr}`);
  }
}

describe('importing the package on a server', () => {
  for (const [key, target] of entries) {
    it(`${key}: in plain Node and under Lit SSR's DOM shim`, () => {
      const file = new URL(target.default!, `file://${process.cwd()}/`).href;
      for (const setup of ['', SHIM]) {
        const defined = importIn(setup, file);
        if (key === '.') assert.equal(defined, 'ccv-config,ccv-contact-card', 'the root registers every element');
      }
    });
  }
});
