import { expect } from '@open-wc/testing';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import * as library from '../../src/index.js';

/** Each element's stylesheets, as one text per element class the library exports. */
function elementStyles(): Map<string, string> {
  const elements = new Map<string, string>();
  for (const [name, value] of Object.entries(library)) {
    if (typeof value !== 'function' || !('styles' in value)) continue;
    const texts: string[] = [];
    const collect = (styles: CSSResultGroup | CSSResultOrNative | undefined): void => {
      if (!styles) return;
      if (Array.isArray(styles)) styles.forEach(collect);
      else if ('cssText' in styles) texts.push(styles.cssText);
    };
    collect((value as { styles?: CSSResultGroup }).styles);
    elements.set(name, texts.join('\n'));
  }
  return elements;
}

const declaredIn = (css: string) => new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((match) => match[1]));
const usedIn = (css: string) => new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((match) => match[1]));

describe('token hygiene', () => {
  const sheets = elementStyles();
  const css = [...sheets.values()].join('\n');
  const declared = declaredIn(css);
  const used = usedIn(css);

  it('finds the stylesheets', () => {
    expect(declared.size).to.be.greaterThan(10);
  });

  it('declares no private token that nothing uses', () => {
    expect([...declared].filter((token) => !used.has(token))).to.deep.equal([]);
  });

  it('uses no private token that is not declared', () => {
    expect([...used].filter((token) => !declared.has(token))).to.deep.equal([]);
  });

  it("uses no private token that is not declared in the element's own sheets", () => {
    // The button tokens come with buttonStyles: an element without them has none.
    expect(sheets.size).to.be.at.least(5);
    for (const [name, sheet] of sheets) {
      const own = declaredIn(sheet);
      expect([...usedIn(sheet)].filter((token) => !own.has(token)), name).to.deep.equal([]);
    }
  });

  it('gives every public --ccv-* token a fallback', () => {
    const bare = [...css.matchAll(/var\(\s*(--ccv-[\w-]+)\s*\)/g)].map((match) => match[1]);
    expect(bare).to.deep.equal([]);
  });
});
