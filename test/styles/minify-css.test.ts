import { expect } from '@open-wc/testing';
// The build's CSS minifier, tested in the browser: its output must still be the same CSS.
import { minifyCss } from '../../scripts/minify-css.mjs';
import * as library from '../../src/index.js';

describe('build CSS minifier', () => {
  it('keeps every rule the browser sees, only smaller', () => {
    const source = `
      /* a comment */
      :host :focus-visible,
      a:hover > b {
        outline: var(--x, 3px) solid;
        box-shadow: 0 0 0 calc(1px + 2px) red;
      }
      @media (forced-colors: active) { .a { border-color: CanvasText; } }
    `;
    const minified = minifyCss(source);
    expect(minified.length).to.be.lessThan(source.length * 0.7);
    const parse = (text: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      // Custom properties keep their raw white space when serialised; compare without it.
      return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1'));
    };
    expect(parse(minified)).to.deep.equal(parse(source));
  });

  it("leaves every element's real styles meaning the same", () => {
    const parse = (text: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      // Custom properties keep their raw white space when serialised; compare without it.
      return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1'));
    };
    let checked = 0;
    for (const value of Object.values(library)) {
      if (typeof value !== 'function' || !('styles' in value)) continue;
      for (const style of [(value as { styles: unknown }).styles].flat(Infinity) as { cssText?: string }[]) {
        if (!style?.cssText) continue;
        expect(parse(minifyCss(style.cssText))).to.deep.equal(parse(style.cssText));
        checked += 1;
      }
    }
    expect(checked).to.be.greaterThan(5);
  });
});
