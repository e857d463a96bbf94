/**
 * `npm run bench`: a benchmark script, not a test. Builds the library, then
 * prints what a visitor downloads:
 * - every CDN file (Lit inside): raw, gzip and brotli bytes;
 * - each element's own code with Lit excluded (minified, as a site's
 *   bundler would ship it next to its own Lit), the figure element budgets use.
 * Later issues add their own figures (rendering time, Lighthouse) here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ALL, ELEMENTS } from './entries.mjs';

function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const row = (name, s) => console.log(`${name.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
const header = (title) => console.log(`\n${title}\n${'file'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

header('CDN files (dist/cdn, Lit included)');
const cdnFiles = readdirSync('dist/cdn').filter((file) => file.endsWith('.js'));
const bundle = `${ALL.cdn}.js`;
for (const file of [bundle, ...cdnFiles.filter((file) => file !== bundle).sort()]) {
  row(`dist/cdn/${file}`, sizes(readFileSync(join('dist/cdn', file))));
}

header('Own code per element (minified, Lit excluded)');
const scratch = mkdtempSync(join(tmpdir(), 'ccv-bench-'));
try {
  for (const entry of [{ ...ALL, tag: 'all elements' }, ...ELEMENTS]) {
    const outDir = join(scratch, entry.name);
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        target: 'es2022',
        minify: true,
        lib: { entry: entry.source, formats: ['es'], fileName: () => 'out.js' },
        rolldownOptions: { external: [/^lit(\/|$)/, /^@lit\//], output: { minify: true } },
      },
    });
    row(entry.tag, sizes(readFileSync(join(outDir, 'out.js'))));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
