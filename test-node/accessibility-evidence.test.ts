/**
 * ACCESSIBILITY.md is evidence a municipality cites in its accessibility
 * statement: every test it names must exist. A reference is a test file and
 * one or more `› name` after it; `…` stands for words left out, and a
 * trailing note in brackets — (axe), (seven cases) — need not be part of it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const doc = readFileSync('ACCESSIBILITY.md', 'utf8');

/** [file, name] for every reference in the document. */
function references(): [string, string][] {
  const found: [string, string][] = [];
  // A file named in a table row holds for the rows after it, up to the next section.
  let file: string | undefined;
  for (const line of doc.split('\n')) {
    if (line.startsWith('#')) file = undefined;
    if (line.startsWith('| criterion')) continue; // a table's header row
    for (const match of line.matchAll(/`(test\/[\w/.-]+\.test\.ts)`|›\s*([^›|;`]+)/g)) {
      if (match[1]) file = match[1];
      else if (match[2]) found.push([file ?? '(no file named)', match[2].trim()]);
    }
  }
  return found;
}

/**
 * The ways a name may be written: as is, or without a trailing note in
 * brackets ("(axe)", "(Chromium: …)", "(all cases)"); each as the pieces
 * that must appear, in order, in one test title.
 */
function readings(name: string): string[][] {
  const split = (text: string) => text.split('…').map((piece) => piece.trim()).filter(Boolean);
  // A reference that is a note alone ("› (en)") names no test: with no pieces it would match any.
  return [split(name), split(name.replace(/\s*\([^()]*\)?\s*$/, ''))].filter((pieces) => pieces.length);
}

const titles = (source: string) =>
  [...source.matchAll(/\b(?:it|describe)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((match) => match[2].replace(/\\(.)/g, '$1'));

describe('ACCESSIBILITY.md', () => {
  const all = references();

  it('names tests', () => assert.ok(all.length >= 40, `only ${all.length} references found`));

  it('names only tests that exist', () => {
    const missing = all.filter(([file, name]) => {
      if (!existsSync(file)) return true;
      const names = titles(readFileSync(file, 'utf8'));
      const written = (parts: string[]) =>
        names.some((title) => {
          let at = 0;
          for (const part of parts) {
            const index = title.indexOf(part, at);
            if (index < 0) return false;
            at = index + part.length;
          }
          return true;
        });
      return !readings(name).some(written);
    });
    assert.deepEqual(missing, []);
  });
});
