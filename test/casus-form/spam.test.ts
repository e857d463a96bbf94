import { expect } from '@open-wc/testing';
import { looksAutomated, MINIMUM_FILL_MS } from '../../src/casus-form/spam.js';

describe('anti-spam', () => {
  it('holds back a filled trap, whatever the time', () => {
    expect(looksAutomated('https://spam.example', 0, 60_000)).to.be.true;
    expect(looksAutomated('x', undefined)).to.be.true;
    expect(looksAutomated('', 0, 60_000)).to.be.false;
  });

  it('holds back a case filled faster than a person can, timed from `since`', () => {
    expect(looksAutomated(undefined, 1000, 1000 + MINIMUM_FILL_MS - 1)).to.be.true;
    expect(looksAutomated(undefined, 1000, 1000 + MINIMUM_FILL_MS)).to.be.false;
    expect(MINIMUM_FILL_MS).to.equal(3000);
  });

  it('times nobody who needs no timing (a restored draft, a second press)', () => {
    expect(looksAutomated(undefined, undefined, 0)).to.be.false;
  });
});
