import { expect } from '@open-wc/testing';
import { caseOf, serverWords } from '../../src/casus-form/case.js';
import { validPayload } from './sample-payload.js';

// (With the empty phone the form sends when none is given.)
const payload = { ...validPayload, phone: '' };

describe('the same case', () => {
  it('is blind to the language, the key order, an empty phone left out and decomposed accents', () => {
    const theCase = caseOf(JSON.stringify(payload));
    expect(caseOf(JSON.stringify({ ...payload, locale: 'en' }))).to.equal(theCase);
    const { phone: _phone, ...withoutPhone } = payload;
    expect(caseOf(JSON.stringify(withoutPhone))).to.equal(theCase);
    expect(caseOf(JSON.stringify(Object.fromEntries(Object.entries(payload).reverse())))).to.equal(theCase);
    expect(caseOf(JSON.stringify({ ...payload, title: 'Cafe\u0301' }))).to.equal(caseOf(JSON.stringify({ ...payload, title: 'Café' })));
  });

  it('differs when anything typed differs', () => {
    const theCase = caseOf(JSON.stringify(payload));
    expect(caseOf(JSON.stringify({ ...payload, title: 'Titel 2' }))).not.to.equal(theCase);
    expect(caseOf(JSON.stringify({ ...payload, phone: '0612345678' }))).not.to.equal(theCase);
  });
});

describe("the server's words for a refusal", () => {
  it('says its detail, then its errors for fields the form does not have, each once', () => {
    const errors = [
      { field: 'email', detail: 'Onbekend adres.' },
      { field: 'attachment', detail: 'Bijlage te groot.' },
      { field: 'website', detail: 'Spam.' },
      { field: 'extra', detail: 'Al gezegd.' },
    ];
    expect(serverWords(' Geweigerd. Al gezegd. ', errors)).to.equal('Geweigerd. Al gezegd. Bijlage te groot.');
    expect(serverWords(undefined, errors)).to.equal('Bijlage te groot. Al gezegd.');
    expect(serverWords(undefined, [{ field: 'email', detail: 'x' }])).to.equal('');
  });
});
