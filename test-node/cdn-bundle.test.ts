/**
 * DESIGN.md's CDN promise, read from the built files themselves (the browser tests see them only
 * as the test server rewrites them): one self-contained, minified ES module at a fixed path, and a
 * file per element beside it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const TAGS = ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card'];
/** A static import or export-from, or a dynamic import(), of another file: the bundle needs none. */
const IMPORTS = /(?:^|[;}\s])(?:import\s*(?:[\w*{][^;]*?\bfrom\s*)?["'`]|export\s*[^;]*?\bfrom\s*["'`]|import\s*\()/m;

describe('CDN files', () => {
  for (const name of ['ccv-leerkring', ...TAGS]) {
    it(`dist/cdn/${name}.js: self-contained and minified`, () => {
      const source = readFileSync(`dist/cdn/${name}.js`, 'utf8');
      assert.doesNotMatch(source, IMPORTS, 'imports nothing');
      assert.ok(source.split('\n').length < 1 + source.length / 5_000, `minified (${source.split('\n').length} lines for ${source.length} bytes)`);
      for (const tag of name === 'ccv-leerkring' ? TAGS : [name]) {
        assert.ok(['"', "'", '`'].some((quote) => source.includes(`${quote}${tag}${quote}`)), `names ${tag}`);
      }
    });
  }
});
