/**
 * The README is what a site's developer themes from: every CSS part and custom
 * property an element offers (as the manifest lists them) is named there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const manifest: { modules: { declarations?: Declaration[] }[] } = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const readme = readFileSync('README.md', 'utf8');

/** The README's section on an element: from its heading to the next heading. */
function section(tag: string): string {
  const start = readme.indexOf(`### \`<${tag}>\``);
  assert.ok(start >= 0, `the README has a section on <${tag}>`);
  const end = readme.indexOf('\n#', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README', () => {
  for (const element of elements.filter((d) => d.cssParts?.length)) {
    it(`names every CSS part of <${element.tagName}> in its section`, () => {
      const text = section(element.tagName!);
      const missing = element.cssParts!.map((part) => part.name).filter((name) => !text.includes(`\`${name}\``));
      assert.deepEqual(missing, []);
    });
  }

  it('names every custom property the elements offer', () => {
    // A range in the theming table (`--ccv-focus-outline-color`, `-width`, …) names the rest by their ending.
    const named = (name: string) => readme.includes(`\`${name}\``) || readme.includes(`\`-${name.split('-').pop()}\``);
    const properties = new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));
    assert.deepEqual([...properties].filter((name) => !named(name)), []);
  });
});
