import { expect } from '@open-wc/testing';
import { countText } from '../../src/casus-form/count.js';
import { casusFormMessages } from '../../src/casus-form/messages.js';
import { DESCRIPTION_LIMIT } from '../../src/casus-form/payload.js';

const t = casusFormMessages.en;

// (When the count is said: test/base/announcer.test.ts, and the form's own tests.)
describe('the description count', () => {
  it('counts down to the limit and then up, as the text is sent (without the spaces around it)', () => {
    expect(countText(t, undefined)).to.equal(t.remaining(DESCRIPTION_LIMIT));
    expect(countText(t, `  ${'a'.repeat(DESCRIPTION_LIMIT)}\n`)).to.equal(t.remaining(0));
    expect(countText(t, 'a'.repeat(DESCRIPTION_LIMIT + 3))).to.equal(t.tooMany(3));
  });
});
