/**
 * The npm package as a site's developer gets it: `npm pack` holds only what
 * users need, and a scratch project that installs the tarball can bundle
 * every `exports` entry and type-check against its declarations.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm package', () => {
  let scratch: string;
  let tarball: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ccv-consumer-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
    tarball = join(scratch, packed[0].filename);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds only the dist, types, manifest, data schemas, README, accessibility evidence, licence and package.json', () => {
    const files: string[] = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root))[0].files.map((f: { path: string }) => f.path);
    const allowed = /^(dist\/.+\.(js|d\.ts)|dist\/cdn\/THIRD-PARTY-LICENSES\.txt|dist\/(vscode\.html-custom-data|web-types)\.json|schema\/\w+\.schema\.json|custom-elements\.json|README\.md|ACCESSIBILITY\.md|LICENSE|package\.json)$/;
    assert.deepEqual(files.filter((file) => !allowed.test(file)), []);
    for (const required of ['dist/cdn/ccv-leerkring.js', 'dist/cdn/THIRD-PARTY-LICENSES.txt', 'dist/index.js', 'dist/types/index.d.ts', 'schema/sessions.schema.json', 'schema/casus.schema.json', 'custom-elements.json', 'dist/vscode.html-custom-data.json', 'dist/web-types.json', 'README.md', 'ACCESSIBILITY.md', 'LICENSE']) {
      assert.ok(files.includes(required), `${required} is in the package`);
    }
  });

  it('ships the licences of the packages the CDN files carry inside', () => {
    const notices = readFileSync(join(root, 'dist/cdn/THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/context']) {
      assert.match(notices, new RegExp(`^${name.replace('/', '\\/')} \\d+\\.\\d+\\.\\d+ \\(BSD-3-Clause\\)$`, 'm'));
    }
    assert.match(notices, /Copyright \(c\) 2017 Google LLC/);
  });

  it('installs into a project that bundles and type-checks every exports entry', () => {
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    // Lit comes from the npm cache that `npm ci` filled; nothing else is fetched.
    run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], scratch);
    const entries = Object.keys(pkg.exports).filter((key) => !/\.(json|js)$|\*/.test(key));
    const source = entries.map((key, i) => `import * as entry${i} from '${pkg.name}${key.slice(1)}';\nconsole.log(entry${i});`).join('\n');
    writeFileSync(join(scratch, 'main.ts'), source + "\nconst card: HTMLElementTagNameMap['ccv-contact-card'] = document.createElement('ccv-contact-card');\ncard.phone = '06 12 056 691';\n");
    // The helpers alone register no element and start no upgrade.
    writeFileSync(join(scratch, 'helpers.ts'), `import { grantConsent, setConsentMapping } from '${pkg.name}/consent';\nimport { registerMessages } from '${pkg.name}/i18n';\nconsole.log(grantConsent, setConsentMapping, registerMessages);\n`);
    run(join(root, 'node_modules/.bin/esbuild'), ['helpers.ts', '--bundle', '--format=esm', '--outfile=helpers.js', '--log-level=error'], scratch);
    const helpers = readFileSync(join(scratch, 'helpers.js'), 'utf8');
    assert.ok(!/customElements\.define|ccv-contact-card|data-ccv/.test(helpers), 'no element, no upgrade');
    run(join(root, 'node_modules/.bin/esbuild'), ['main.ts', '--bundle', '--format=esm', '--outfile=out.js', '--log-level=error'], scratch);
    const bundle = readFileSync(join(scratch, 'out.js'), 'utf8');
    for (const tag of ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-contact-card', 'ccv-casus-form']) assert.ok(bundle.includes(tag), `${tag} is bundled`);
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false }, files: ['main.ts'] }),
    );
    run(join(root, 'node_modules/.bin/tsc'), ['-p', '.'], scratch);
    // Older projects resolve like Node 10, without `exports`: the subpaths' types are found all the same.
    run(join(root, 'node_modules/.bin/tsc'), ['-p', '.', '--moduleResolution', 'node10'], scratch);
    // The CDN files (each element's too, and the licence notices) resolve through the exports map.
    const resolved = run('node', ['--input-type=module', '-e', `for (const file of ['ccv-leerkring.js', 'ccv-contact-card.js', 'THIRD-PARTY-LICENSES.txt']) console.log(import.meta.resolve('${pkg.name}/cdn/' + file));`], scratch);
    assert.equal(String(resolved).match(/dist\/cdn\//g)?.length, 3);
    assert.ok(readFileSync(join(scratch, 'node_modules', pkg.name, 'dist/cdn/ccv-leerkring.js'), 'utf8').length > 10_000);
  });
});
