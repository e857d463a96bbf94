import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { readAll, validateSessions } from '../../src/session-list/schema.js';

/** The JSON Schema in the repo and the element's validator must tell the same story. */
describe('schema/sessions.schema.json', () => {
  let validator: Validator;
  before(async () => {
    const schema = await (await fetch('/schema/sessions.schema.json')).json();
    validator = new Validator(schema, '2020-12', false);
  });

  it('accepts the playground data, which the element shows in full', async () => {
    const demo = await (await fetch('/demo/data/sessions.json')).json();
    expect(validator.validate(demo).valid).to.be.true;
    const result = readAll(validateSessions(demo));
    expect(result.skipped).to.deep.equal([]);
    expect(result.dropped).to.deep.equal([]);
  });

  const session = { id: 'a', title: 'T', start: '2024-01-01T10:00' };
  const cases: [string, unknown, boolean][] = [
    ['a bare array', [session], true],
    ['a minimal session', { version: 1, sessions: [session] }, true],
    ['another version', { version: 2, sessions: [session] }, false],
    ['a session without id', { sessions: [{ title: 'T', start: session.start }] }, false],
    ['an id with spaces', { sessions: [{ ...session, id: 'a b' }] }, false],
    ['an empty title', { sessions: [{ ...session, title: '' }] }, false],
    ['a date without time', { sessions: [{ ...session, start: '2024-01-01' }] }, false],
    ['an offset of +14:00', { sessions: [{ ...session, start: '2024-01-01T10:00+14:00' }] }, true],
    ['an offset no place has', { sessions: [{ ...session, start: '2024-01-01T10:00+99:99' }] }, false],
    ['an offset just beyond +14:00', { sessions: [{ ...session, start: '2024-01-01T10:00+14:30' }] }, false],
    ['an unknown format', { sessions: [{ ...session, format: 'mega' }] }, false],
    ['a script registration URL', { sessions: [{ ...session, registrationUrl: 'javascript:alert(1)' }] }, false],
    ['a recording with a poster', { sessions: [{ ...session, video: { url: 'https://vimeo.com/76979871', poster: 'https://www.hetccv.nl/a.jpg' } }] }, true],
    ['a relative poster', { sessions: [{ ...session, video: { url: 'https://vimeo.com/76979871', poster: '/a.jpg' } }] }, false],
    ['the language of the data', { lang: 'nl', sessions: [session] }, true],
    ['a language that is no language tag', { lang: 'Nederlands!', sessions: [session] }, false],
  ];
  for (const [name, document, valid] of cases) {
    it(`${valid ? 'accepts' : 'refuses'} ${name}, as the element does`, () => {
      expect(validator.validate(document).valid).to.equal(valid);
      let clean: boolean;
      try {
        const result = readAll(validateSessions(document));
        clean = result.skipped.length === 0 && result.dropped.length === 0;
      } catch {
        clean = false;
      }
      expect(clean).to.equal(valid);
    });
  }
});
