/**
 * DESIGN.md's CDN promise, read from the built files themselves (the browser tests see them only
 * as the test server rewrites them): one self-contained, minified ES module at a fixed path, and a
 * file per element beside it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';

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

/**
 * What a supported browser cannot read in a built file, which then registers nothing (README, "Browser
 * support"). The build's target writes newer syntax the older way, as a class's `static {}` block
 * (Safari 16.4), but not a regular expression's: a lookbehind (Safari 16.4) or the `v` flag (Safari 17,
 * Firefox 116), in a literal or as text given to RegExp() (which throws when it runs).
 */
function tooNew(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassStaticBlockDeclaration(node)) found.push('static {}');
    if ((ts.isRegularExpressionLiteral(node) || ts.isStringLiteral(node)) && /\(\?<[=!]/.test(node.text)) found.push(node.text);
    if (ts.isRegularExpressionLiteral(node) && /\/[a-z]*v[a-z]*$/.test(node.text)) found.push(node.text);
    const flags = ts.isCallOrNewExpression(node) && node.expression.getText() === 'RegExp' ? node.arguments?.[1] : undefined;
    if (flags && ts.isStringLiteral(flags) && flags.text.includes('v')) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS));
  return found;
}

it('no built file holds syntax a supported browser cannot read', () => {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
  assert.ok(files.includes('cdn/ccv-leerkring.js'), 'the build ran');
  assert.deepEqual(files.map((file) => [file, tooNew(`dist/${file}`)]).filter(([, found]) => found.length), []);
});
