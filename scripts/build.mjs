/**
 * `npm run build`:
 * - dist/<name>.js: ES modules for npm, one per element, Lit external, so a
 *   site's bundler shares one Lit and drops elements it does not import;
 * - dist/types/: declarations (tsc);
 * - dist/cdn/ccv-leerkring.js: one self-contained, minified module with Lit
 *   inside, for a CMS snippet; plus dist/cdn/<tag>.js per element;
 * - custom-elements.json, from the JSDoc on each element class, and from it
 *   the editor data and the opt-in React JSX typings (dist/react.d.ts).
 * Each CDN file is its own build: shared chunks would make the snippet
 * depend on more than the one file an editor pastes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { build } from 'vite';
import { ALL, ELEMENTS, HELPERS, TARGET } from './entries.mjs';
import { vscodeData, webTypes } from './editor-data.mjs';
import { reactTypes } from './jsx-types.mjs';
import { minifyCssPlugin } from './minify-css.mjs';
import { minifyHtmlPlugin } from './minify-html.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
const quiet = { configFile: false, logLevel: 'warn', plugins: [minifyCssPlugin(), minifyHtmlPlugin()] };

rmSync('dist', { recursive: true, force: true });

await build({
  ...quiet,
  build: {
    outDir: 'dist',
    target: TARGET,
    // No maps: the package leaves them out, and a sourceMappingURL to a missing file only makes tools complain.
    sourcemap: false,
    minify: false,
    lib: {
      entry: Object.fromEntries([ALL, ...ELEMENTS, ...HELPERS].map((entry) => [entry.name, entry.source])),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

for (const entry of [{ ...ALL, tag: ALL.cdn }, ...ELEMENTS]) {
  await build({
    ...quiet,
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: TARGET,
      minify: true,
      lib: { entry: entry.source, formats: ['es'], fileName: () => `${entry.tag}.js` },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  // Terser's compressor, twice, over rolldown's minified file: it inlines the functions and constants
  // used once and folds what that minifier leaves, in our code and in Lit's: 225 B gzip off the bundle,
  // 58 to 326 B off each element's file. Its own names for what rolldown named, too: 52 B more off
  // the bundle (measured again as the code grew; it once made the file a little larger).
  const file = `dist/cdn/${entry.tag}.js`;
  const { code } = await minify(readFileSync(file, 'utf8'), { module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } });
  writeFileSync(file, code);
}

// The CDN files carry Lit inside, minified without its licence comments; its BSD licence asks
// that a redistribution in binary form reproduce the notice, so it ships beside them.
const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];
writeFileSync(
  'dist/cdn/THIRD-PARTY-LICENSES.txt',
  `The files in this folder include the following packages, under their own licences.\n\n${BUNDLED.map((name) => {
    const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    return `${'='.repeat(72)}\n${name} ${version} (${license})\n${'='.repeat(72)}\n\n${readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()}\n`;
  }).join('\n')}`,
);

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--quiet']);
// Editor support from the manifest: completion of the elements and attributes in VS Code and JetBrains,
// and the opt-in JSX typings for React (`@ccv/leerkring-widgets/react`, types only: no runtime bytes).
{
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
  writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes(manifest, pkg), null, 2)}\n`);
  writeFileSync('dist/react.d.ts', reactTypes(manifest, pkg));
}

// Every CDN file must register its element and the elements it uses.
const defines = (file, tag) => new RegExp(`[\`"']${tag}[\`"'],`).test(readFileSync(file, 'utf8'));
const unregistered = [
  ...ELEMENTS.flatMap((e) => [e.tag, ...(e.uses ?? [])].filter((tag) => !defines(`dist/cdn/${e.tag}.js`, tag)).map((tag) => `${e.tag}.js lacks ${tag}`)),
  ...ELEMENTS.filter((e) => !defines(`dist/cdn/${ALL.cdn}.js`, e.tag)).map((e) => `${ALL.cdn}.js lacks ${e.tag}`),
];
if (unregistered.length) {
  console.error(`CDN files that do not register what they must: ${unregistered.join('; ')}`);
  process.exit(1);
}

// The exports map is the npm contract: every path it names must exist.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = Object.values(pkg.exports)
  .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
  // (A pattern, `./dist/cdn/*`, names a folder.)
  .filter((path) => !existsSync(path.split('*')[0]));
if (missing.length) {
  console.error(`package.json exports point at missing files: ${missing.join(', ')}`);
  process.exit(1);
}
console.log('Built dist/, dist/cdn/ccv-leerkring.js and custom-elements.json.');
