import { expect } from '@open-wc/testing';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import * as library from '../../src/index.js';

/** Every stylesheet of every element the library registers. */
function styleText(): string {
  const texts: string[] = [];
  const collect = (styles: CSSResultGroup | CSSResultOrNative | undefined): void => {
    if (!styles) return;
    if (Array.isArray(styles)) styles.forEach(collect);
    else if ('cssText' in styles) texts.push(styles.cssText);
  };
  for (const value of Object.values(library)) {
    if (typeof value === 'function' && 'styles' in value) collect((value as { styles?: CSSResultGroup }).styles);
  }
  return texts.join('\n');
}

describe('token hygiene', () => {
  const css = styleText();
  const declared = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((match) => match[1]));
  const used = new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((match) => match[1]));

  it('finds the stylesheets', () => {
    expect(declared.size).to.be.greaterThan(10);
  });

  it('declares no private token that nothing uses', () => {
    expect([...declared].filter((token) => !used.has(token))).to.deep.equal([]);
  });

  it('uses no private token that is not declared', () => {
    expect([...used].filter((token) => !declared.has(token))).to.deep.equal([]);
  });

  it('gives every public --ccv-* token a fallback', () => {
    const bare = [...css.matchAll(/var\(\s*(--ccv-[\w-]+)\s*\)/g)].map((match) => match[1]);
    expect(bare).to.deep.equal([]);
  });
});
