/**
 * The npm package as a site's developer gets it: `npm pack` holds only what
 * users need, and a scratch project that installs the tarball can bundle
 * every `exports` entry and type-check against its declarations.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** tsc in the scratch project; a failure shows its diagnostics, which tsc writes to stdout. */
const tsc = (args: string[], cwd: string) => {
  try {
    return run(join(root, 'node_modules/.bin/tsc'), args, cwd);
  } catch (error) {
    throw new Error(`tsc ${args.join(' ')}:\n${(error as { stdout?: string }).stdout}`);
  }
};

describe('npm package', () => {
  let scratch: string;
  let tarball: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ccv-consumer-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
    tarball = join(scratch, packed[0].filename);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds only the dist, types (with the opt-in React typings), manifest, data schemas, README, accessibility evidence, licence and package.json', () => {
    const files: string[] = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], root))[0].files.map((f: { path: string }) => f.path);
    const allowed = /^(dist\/.+\.(js|d\.ts)|dist\/cdn\/THIRD-PARTY-LICENSES\.txt|dist\/(vscode\.html-custom-data|web-types)\.json|schema\/\w+\.schema\.json|custom-elements\.json|README\.md|ACCESSIBILITY\.md|LICENSE|package\.json)$/;
    assert.deepEqual(files.filter((file) => !allowed.test(file)), []);
    for (const required of ['dist/cdn/ccv-leerkring.js', 'dist/cdn/THIRD-PARTY-LICENSES.txt', 'dist/index.js', 'dist/types/index.d.ts', 'dist/react.d.ts', 'schema/sessions.schema.json', 'schema/casus.schema.json', 'custom-elements.json', 'dist/vscode.html-custom-data.json', 'dist/web-types.json', 'README.md', 'ACCESSIBILITY.md', 'LICENSE']) {
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
    // (Every entry with code; `./react` holds only types, tried below.)
    const entries = Object.keys(pkg.exports).filter((key) => !/\.(json|js)$|\*/.test(key) && pkg.exports[key].default);
    const source = entries.map((key, i) => `import * as entry${i} from '${pkg.name}${key.slice(1)}';\nconsole.log(entry${i});`).join('\n');
    writeFileSync(join(scratch, 'main.ts'), source + "\nconst card: HTMLElementTagNameMap['ccv-contact-card'] = document.createElement('ccv-contact-card');\ncard.phone = '06 12 056 691';\n");
    // The helpers alone register no element and start no upgrade.
    writeFileSync(join(scratch, 'helpers.ts'), `import { grantConsent, setConsentMapping } from '${pkg.name}/consent';\nimport { registerMessages } from '${pkg.name}/i18n';\nconsole.log(grantConsent, setConsentMapping, registerMessages);\n`);
    run(join(root, 'node_modules/.bin/esbuild'), ['helpers.ts', '--bundle', '--format=esm', '--outfile=helpers.js', '--log-level=error'], scratch);
    const helpers = readFileSync(join(scratch, 'helpers.js'), 'utf8');
    assert.ok(!/customElements\.define|ccv-contact-card|data-ccv/.test(helpers), 'no element, no upgrade');
    // The README's wording snippet in a project whose elements come from our CDN file: it imports
    // only the helpers, so no element module declares its wording. It must type-check all the same,
    // by the short name and by the tag name, with a language as a lang attribute has it (en-GB), and
    // a misspelt message or a language we have no wording for must not.
    writeFileSync(
      join(scratch, 'wording.ts'),
      `import { registerMessages } from '${pkg.name}/i18n';
registerMessages('session-list', 'nl', { retry: 'Nog een keer' });
registerMessages('ccv-session-list', 'en', { showMore: (shown, total) => \`More (\${shown} of \${total})\` });
registerMessages('consent-video', 'nl', { accept: 'Toestaan' });
registerMessages('ccv-casus-form', 'nl', { labels: { name: 'Naam en achternaam' } });
registerMessages('contact-card', 'en', {});
registerMessages('session-list', 'en-GB', { retry: 'Try once more' });
// @ts-expect-error: no wording of ours in that language
registerMessages('session-list', 'de', { retry: 'Noch einmal' });
// @ts-expect-error: the list has no message of that name
registerMessages('session-list', 'nl', { retyr: 'Nog een keer' });
// @ts-expect-error: no element of ours has that wording
registerMessages('ccv-video', 'nl', {});
`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.wording.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false }, files: ['wording.ts'] }),
    );
    tsc(['-p', 'tsconfig.wording.json'], scratch);
    // The same site with the consent helpers: the README has it listen for ccv-consent-request (to
    // open its own dialog) and ccv-video-load, with their documented detail.
    writeFileSync(
      join(scratch, 'consent.ts'),
      `import { grantConsent, setConsentMapping, type ConsentRequestDetail } from '${pkg.name}/consent';
document.addEventListener('ccv-consent-request', (event) => {
  event.preventDefault();
  const detail: ConsentRequestDetail = event.detail;
  console.log(detail.category, detail.source, detail.provider, detail.videoId);
});
document.addEventListener('ccv-video-load', (event) => console.log(event.detail.provider, event.detail.videoId, event.detail.trigger));
// @ts-expect-error: the detail has no such key
document.addEventListener('ccv-consent-request', (event) => event.detail.url);
setConsentMapping('tcf', { social: [1, 3, 4] });
grantConsent('marketing');
`,
    );
    writeFileSync(join(scratch, 'tsconfig.consent.json'), readFileSync(join(scratch, 'tsconfig.wording.json'), 'utf8').replace('wording.ts', 'consent.ts'));
    tsc(['-p', 'tsconfig.consent.json'], scratch);
    // A project with exactOptionalPropertyTypes can unset every optional property, as the README's
    // "none" and React 19 (a prop that goes is set to undefined) do.
    writeFileSync(
      join(scratch, 'unset.ts'),
      `import '${pkg.name}';
const config = document.createElement('ccv-config');
config.consentSource = config.consentCategory = config.casusEndpoint = config.privacyUrl = undefined;
const video = document.createElement('ccv-consent-video');
video.videoId = video.url = video.provider = video.videoTitle = video.videoTitleLang = undefined;
video.start = video.poster = video.consentCategory = video.consentSource = video.messages = undefined;
const form = document.createElement('ccv-casus-form');
form.endpoint = form.privacyUrl = undefined;
const card = document.createElement('ccv-contact-card');
card.name = card.jobTitle = card.organisation = card.email = card.phone = card.photo = undefined;
const list = document.createElement('ccv-session-list');
list.src = list.sessions = list.now = undefined;
`,
    );
    writeFileSync(join(scratch, 'tsconfig.unset.json'), readFileSync(join(scratch, 'tsconfig.wording.json'), 'utf8').replace('wording.ts', 'unset.ts').replace('"strict":true', '"strict":true,"exactOptionalPropertyTypes":true'));
    assert.match(readFileSync(join(scratch, 'tsconfig.unset.json'), 'utf8'), /exactOptionalPropertyTypes/);
    tsc(['-p', 'tsconfig.unset.json'], scratch);
    run(join(root, 'node_modules/.bin/esbuild'), ['main.ts', '--bundle', '--format=esm', '--outfile=out.js', '--log-level=error'], scratch);
    const bundle = readFileSync(join(scratch, 'out.js'), 'utf8');
    for (const tag of ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-contact-card', 'ccv-casus-form']) assert.ok(bundle.includes(tag), `${tag} is bundled`);
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false }, files: ['main.ts'] }),
    );
    // No React here: the main entry and every subpath type-check without @types/react, so the
    // opt-in React typings (`./react`) do not leak into a project that does not ask for them.
    assert.ok(!existsSync(join(scratch, 'node_modules/@types/react')));
    tsc(['-p', '.'], scratch);
    assert.doesNotMatch(tsc(['-p', '.', '--listFilesOnly'], scratch), /react\.d\.ts/);
    // Older projects resolve like Node 10, without `exports`: the subpaths' types are found all the same.
    tsc(['-p', '.', '--moduleResolution', 'node10'], scratch);
    // The CDN files (each element's too, and the licence notices) resolve through the exports map.
    const resolved = run('node', ['--input-type=module', '-e', `for (const file of ['ccv-leerkring.js', 'ccv-contact-card.js', 'THIRD-PARTY-LICENSES.txt']) console.log(import.meta.resolve('${pkg.name}/cdn/' + file));`], scratch);
    assert.equal(String(resolved).match(/dist\/cdn\//g)?.length, 3);
    // Every other entry (the manifest, the editors' data, the schemas, package.json) resolves to a file the package holds.
    const files = Object.entries(pkg.exports)
      .filter(([, target]) => typeof target === 'string')
      .map(([key]) => `${pkg.name}${key.slice(1).replace('*', key.startsWith('./cdn/') ? 'ccv-contact-card.js' : 'casus.schema.json')}`);
    const paths = run('node', ['--input-type=module', '-e', `for (const file of ${JSON.stringify(files)}) console.log(new URL(import.meta.resolve(file)).pathname);`], scratch).trim().split('\n');
    assert.equal(paths.length, files.length);
    for (const [i, path] of paths.entries()) assert.ok(existsSync(path), `${files[i]} resolves to ${path}: not in the package`);
    assert.ok(readFileSync(join(scratch, 'node_modules', pkg.name, 'dist/cdn/ccv-leerkring.js'), 'utf8').length > 10_000);
  });

  it('types every element for React 19 JSX once a project opts in with the ./react subpath', () => {
    // The project's pinned @types/react, from the npm cache `npm ci` filled; React itself is not needed to type-check.
    run('npm', ['install', `@types/react@${pkg.devDependencies['@types/react']}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], scratch);
    const tsconfig = (file: string) => JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: false }, files: [file] });
    writeFileSync(join(scratch, 'tsconfig.react.json'), tsconfig('app.tsx'));
    writeFileSync(
      join(scratch, 'app.tsx'),
      `import type {} from '${pkg.name}/react';
import '${pkg.name}';
import { useRef } from 'react';

export function App() {
  const list = useRef<HTMLElementTagNameMap['ccv-session-list']>(null);
  return (
    <ccv-config lang="en" consent-source="klaro" consent-category="marketing" casus-endpoint="/api/casus" privacy-url="/privacy">
      <ccv-session-list ref={list} src="/sessions.json" show="upcoming" page-size="5" heading-level={3} filters structured-data={false} now="2026-01-01T00:00:00Z"
        className="sessions" onccv-session-select={(event) => console.log(event.detail.id, event.detail.trigger)} />
      <ccv-session-list sessions={[]} pageSize={10} headingLevel={2} structuredData messages={{ retry: 'Opnieuw' }} />
      <ccv-consent-video video-id="M7lc1UVf-VE" provider="youtube" video-title="Leerkring" video-title-lang="en" start="1m30s" poster="/poster.jpg" allow-once
        onccv-consent-request={(event) => event.preventDefault()} onccv-video-load={(event) => console.log(event.detail.trigger)} />
      <ccv-consent-video url="https://vimeo.com/76979871" consentSource="builtin" allowOnce={false} />
      <ccv-contact-card name="Sam de Vries" job-title="CCV-adviseur" organisation="CCV" email="sam@example.nl" phone="06 12 056 691" photo="/sam.jpg" heading-level="3" vcard />
      <ccv-casus-form endpoint="/api/casus" privacy-url="/privacy" heading-level={2} no-draft
        onccv-casus-submit={(event) => console.log(event.detail.payload)} onccv-casus-success={(event) => console.log(event.detail.reference)} onccv-casus-error={(event) => console.log(event.detail.kind)} />

      {/* @ts-expect-error: not one of the values of show */}
      <ccv-session-list show="later" />
      {/* @ts-expect-error: not one of the providers */}
      <ccv-consent-video provider="dailymotion" />
      {/* @ts-expect-error: a heading level is a number */}
      <ccv-contact-card heading-level="high" />
      {/* @ts-expect-error: an on/off attribute takes a boolean; the text "false" would switch it on */}
      <ccv-session-list structured-data="false" />
      {/* @ts-expect-error: sessions are objects, not text */}
      <ccv-session-list sessions="sessions.json" />
      {/* @ts-expect-error: no such property */}
      <ccv-session-list pageSise={5} />
      {/* @ts-expect-error: settings is read-only */}
      <ccv-config settings={{}} />
      {/* @ts-expect-error: the event's detail has no such key */}
      <ccv-session-list onccv-session-select={(event) => event.detail.url} />
    </ccv-config>
  );
}
`,
    );
    // tsc fails on any error, and on a @ts-expect-error that meets none.
    tsc(['-p', 'tsconfig.react.json'], scratch);
    tsc(['-p', 'tsconfig.react.json', '--moduleResolution', 'node10'], scratch);
    // Without the opt-in, React knows none of the elements, even with the package and @types/react installed.
    writeFileSync(join(scratch, 'tsconfig.plain.json'), tsconfig('plain.tsx'));
    writeFileSync(join(scratch, 'plain.tsx'), `import '${pkg.name}';\n// @ts-expect-error: not opted in\nexport const list = <ccv-session-list show="past" />;\n`);
    tsc(['-p', 'tsconfig.plain.json'], scratch);
  });
});
