/**
 * The editor support the build writes from the manifest (VS Code custom data,
 * JetBrains web-types): every element and every attribute a site developer
 * can write, each with its description, and the values of a choice.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  events?: { name: string }[];
  members?: { kind: string; name: string; static?: boolean; readonly?: boolean; privacy?: string }[];
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const manifest: { modules: { declarations?: Declaration[] }[] } = read('custom-elements.json');
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const pkg = read('package.json');

describe('editor support', () => {
  it('gives VS Code every element and attribute of the manifest, described, with on/off and choice values', () => {
    const data = read('dist/vscode.html-custom-data.json');
    assert.deepEqual(data.tags.map((tag: { name: string }) => tag.name).sort(), ['ccv-casus-form', 'ccv-config', 'ccv-consent-video', 'ccv-contact-card', 'ccv-session-list']);
    for (const element of elements) {
      const tag = data.tags.find((candidate: { name: string }) => candidate.name === element.tagName);
      assert.ok(tag.description, `${element.tagName} is described`);
      assert.deepEqual(
        tag.attributes.map((attribute: { name: string }) => attribute.name),
        element.attributes!.map((attribute) => attribute.name),
        `${element.tagName}'s attributes`,
      );
      for (const attribute of tag.attributes) assert.ok(attribute.description, `${element.tagName} ${attribute.name} is described`);
    }
    const attribute = (tagName: string, name: string) =>
      data.tags.find((tag: { name: string }) => tag.name === tagName).attributes.find((a: { name: string }) => a.name === name);
    // An on/off attribute takes no value; a choice offers its values.
    assert.equal(attribute('ccv-session-list', 'filters').valueSet, 'v');
    assert.equal(attribute('ccv-consent-video', 'allow-once').valueSet, 'v');
    assert.equal(attribute('ccv-consent-video', 'url').valueSet, undefined);
    assert.deepEqual(attribute('ccv-session-list', 'show').values, [{ name: 'all' }, { name: 'upcoming' }, { name: 'past' }]);
    // Every other choice the README's tables give values for.
    assert.deepEqual(attribute('ccv-consent-video', 'provider').values, [{ name: 'youtube' }, { name: 'vimeo' }]);
    const sources = ['auto', 'builtin', 'cookiebot', 'onetrust', 'klaro', 'cookieconsent', 'tcf'].map((name) => ({ name }));
    assert.deepEqual(attribute('ccv-consent-video', 'consent-source').values, sources);
    assert.deepEqual(attribute('ccv-config', 'consent-source').values, sources);
  });

  it("gives JetBrains the same through the package's web-types field, with events and the module to import", () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const data = read('dist/web-types.json');
    assert.equal(data.name, pkg.name);
    const html = data.contributions.html.elements;
    for (const element of elements) {
      const entry = html.find((candidate: { name: string }) => candidate.name === element.tagName);
      assert.deepEqual(
        entry.attributes.map((attribute: { name: string }) => attribute.name),
        element.attributes!.map((attribute) => attribute.name),
      );
      assert.deepEqual(
        entry.js.events.map((event: { name: string }) => event.name),
        (element.events ?? []).map((event) => event.name),
      );
      // The import the editor writes is an entry of the exports map.
      const subpath = `.${entry.source.module.slice(pkg.name.length)}`;
      assert.ok(pkg.exports[subpath], `${entry.source.module} is exported`);
    }
    const list = html.find((element: { name: string }) => element.name === 'ccv-session-list');
    assert.deepEqual(list.attributes.find((a: { name: string }) => a.name === 'filters').value, { type: 'boolean', required: false });
    assert.equal(list.attributes.find((a: { name: string }) => a.name === 'show').value.type, "'all' | 'upcoming' | 'past'");
    // Nothing an editor would fetch from elsewhere.
    assert.doesNotMatch(readFileSync('dist/web-types.json', 'utf8'), /https?:\/\//);
  });

  it('gives React 19 JSX every attribute, settable property and event of the manifest, in a types-only subpath', () => {
    assert.deepEqual(pkg.exports['./react'], { types: './dist/react.d.ts' });
    const typings = readFileSync('dist/react.d.ts', 'utf8');
    assert.match(typings, /^declare module 'react' \{$/m);
    // One block per element, from its tag to the next.
    const blocks = typings.split(/^ {6}'(?=ccv-)/m).slice(1);
    assert.deepEqual(blocks.map((block) => block.slice(0, block.indexOf("'"))).sort(), elements.map((element) => element.tagName).sort());
    for (const element of elements) {
      const block = blocks.find((candidate) => candidate.startsWith(`${element.tagName}'`))!;
      const keys = [...block.matchAll(/^ {8}'?([\w-]+)'?\?:/gm)].map((match) => match[1]);
      const fields = element.members!.filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));
      for (const attribute of element.attributes!) assert.ok(keys.includes(attribute.name), `${element.tagName} ${attribute.name}`);
      for (const field of fields) assert.ok(keys.includes(field.name), `${element.tagName} .${field.name}`);
      for (const event of element.events ?? []) assert.ok(keys.includes(`on${event.name}`), `${element.tagName} on${event.name}`);
    }
    // A choice keeps its values; a number attribute also takes its text; an on/off one only a boolean.
    assert.match(typings, /'consent-source'\?: 'auto' \| 'builtin' \| 'cookiebot' \| 'onetrust' \| 'klaro' \| 'cookieconsent' \| 'tcf' \| undefined;/);
    assert.match(typings, /'page-size'\?: number \| `\$\{number\}` \| undefined;/);
    assert.match(typings, /'structured-data'\?: boolean \| undefined;/);
    assert.doesNotMatch(typings, /\bsettings\?:/);
  });
});
