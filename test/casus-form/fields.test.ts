import { expect } from '@open-wc/testing';
import { errorText } from '../../src/casus-form/fields.js';
import { casusFormMessages } from '../../src/casus-form/messages.js';

const t = casusFormMessages.nl;

describe("a field's error message", () => {
  it("words our own check's problem in the current language", () => {
    expect(errorText(t, { email: 'email' }, 'email')).to.equal(t.problem('email', 'email'));
    expect(errorText(casusFormMessages.en, { email: 'email' }, 'email')).to.equal(casusFormMessages.en.problem('email', 'email'));
  });

  it("gives the server's words, or asks to check the field when the server gave none", () => {
    expect(errorText(t, { title: { server: 'Te kort.' } }, 'title')).to.equal('Te kort.');
    expect(errorText(t, { title: { server: '' } }, 'title')).to.equal(t.checkField('title'));
  });

  it('is undefined for a field without an error', () => {
    expect(errorText(t, { title: { server: 'Te kort.' } }, 'name')).to.be.undefined;
  });
});
