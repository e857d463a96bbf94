/**
 * What a visitor downloads, measured one way for `npm run bench` and the
 * CI budgets (`npm run budgets`): minified bytes, gzip (level 9) and brotli.
 * An element's own size is its module bundled with Lit left out, as a
 * site's bundler ships it next to the site's own Lit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { TARGET } from './entries.mjs';
import { minifyCssPlugin } from './minify-css.mjs';
import { minifyHtmlPlugin } from './minify-html.mjs';

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/**
 * Bundles modules together, minified, Lit external; returns their sizes.
 * Call `done()` when finished to remove the scratch folder.
 */
export function ownCodeMeter() {
  const scratch = mkdtempSync(join(tmpdir(), 'ccv-sizes-'));
  let count = 0;
  return {
    async measure(sources) {
      const name = `bundle-${(count += 1)}`;
      const entry = join(scratch, `${name}.js`);
      // `export *`, not a bare import: the package marks src/ as free of side effects for bundlers.
      writeFileSync(entry, sources.map((source) => `export * from ${JSON.stringify(resolve(source))};`).join('\n'));
      await build({
        configFile: false,
        logLevel: 'silent',
        plugins: [minifyCssPlugin(), minifyHtmlPlugin()],
        build: {
          outDir: join(scratch, name),
          target: TARGET,
          minify: true,
          lib: { entry, formats: ['es'], fileName: () => 'out.js' },
          rolldownOptions: { external: [/^lit(\/|$)/, /^@lit\//], output: { minify: true, comments: false } },
        },
      });
      return sizes(readFileSync(join(scratch, name, 'out.js')));
    },
    done: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
