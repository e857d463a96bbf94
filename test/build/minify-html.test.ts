import { expect } from '@open-wc/testing';
// The build's template minifier: only the white space of html`…` text may change.
import { minifyHtmlTemplates } from '../../scripts/minify-html.mjs';

describe('build html minifier', () => {
  it('collapses line breaks in template text, and nothing inside expressions or other literals', () => {
    const source = [
      'const a = html`<div>',
      '    <p class=${x ? "a\\n  b" : `c`}>${t.accept}<span>: ${title}</span></p>',
      '    ${items.map((item) => html`<li>',
      '        ${item}',
      '      </li>`)}',
      '    <a href=${`#${id}`}>x</a>  <b>y</b>',
      '  </div>`;',
      'const ics = `BEGIN\\n${a}',
      'END`;',
      "const s = 'html`' + xhtml`a",
      'b`;',
      "const r = /[\"'`]/.test(x) ? html`<i>",
      '  </i>` : 1 / 2;',
    ].join('\n');
    expect(minifyHtmlTemplates(source)).to.equal(
      [
        'const a = html`<div> <p class=${x ? "a\\n  b" : `c`}>${t.accept}<span>: ${title}</span></p> ${items.map((item) => html`<li> ${item} </li>`)} <a href=${`#${id}`}>x</a>  <b>y</b> </div>`;',
        'const ics = `BEGIN\\n${a}',
        'END`;',
        "const s = 'html`' + xhtml`a",
        'b`;',
        "const r = /[\"'`]/.test(x) ? html`<i> </i>` : 1 / 2;",
      ].join('\n'),
    );
  });
});
