import { expect, fixture, html } from '@open-wc/testing';

// Imported in the tests, after the first has seen that the page loaded test/setup.ts by itself.
const setup = () => import('./setup.js');

describe('test pages: a failure that compared DOM nodes is reported', () => {
  it('listens to the failures on every test page, before the reporter does', () => {
    const runner = (window as unknown as { __WTR_MOCHA_RUNNER__: Mocha.Runner }).__WTR_MOCHA_RUNNER__;
    expect(runner.listeners('fail')[0].name).to.equal('makeReportable');
  });

  it('describes nodes, functions and windows, and leaves what a page can send as it is', async () => {
    const { reportable } = await setup();
    const el = await fixture<HTMLElement>(html`<div id="card" class="a b"><iframe></iframe>Tekst</div>`);
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    expect(reportable(el)).to.equal('<div id="card" class="a b">');
    expect(reportable(el.firstChild)).to.equal('<iframe>');
    expect(reportable(el.lastChild)).to.equal('#text "Tekst"');
    expect(reportable(shadow)).to.equal('#shadow-root of <div>');
    expect(reportable(document)).to.equal('#document');
    expect(reportable([el, 1])).to.deep.equal(['<div id="card" class="a b">', 1]);
    expect(reportable({ node: el.firstChild, count: 1 })).to.deep.equal({ node: '<iframe>', count: 1 });
    expect(reportable(function named() {})).to.equal('[Function named]');
    expect(reportable(window)).to.equal('[object Window]');
    const plain = { list: [1, 'x'], none: null };
    expect(reportable(plain)).to.equal(plain);
  });

  it('turns a failed assertion on a node into one the page can send to the runner', async () => {
    const { makeReportable } = await setup();
    const el = await fixture(html`<div><iframe id="video"></iframe></div>`);
    let error: { actual?: unknown; expected?: unknown } = {};
    try {
      expect(el.querySelector('iframe')).to.be.null;
    } catch (caught) {
      error = caught as typeof error;
    }
    expect(() => structuredClone({ actual: error.actual })).to.throw();
    makeReportable(undefined, error);
    expect(structuredClone({ actual: error.actual, expected: error.expected })).to.deep.equal({ actual: '<iframe id="video">', expected: undefined });
  });
});
