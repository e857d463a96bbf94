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
    // Found by generated documents: times the pattern let through and the list skips, and the lower-case t and z it reads.
    ['a start at 24:00', { sessions: [{ ...session, start: '2023-10-30T24:00' }] }, false],
    ['a start in month 13', { sessions: [{ ...session, start: '2024-13-01T10:00' }] }, false],
    ['a start on day 0', { sessions: [{ ...session, start: '2024-12-00T10:00' }] }, false],
    ['a start on day 32', { sessions: [{ ...session, start: '2024-01-32T10:00' }] }, false],
    ['a start at minute 60', { sessions: [{ ...session, start: '2024-01-01T15:60' }] }, false],
    ['a start at second 60', { sessions: [{ ...session, start: '2024-01-01T15:00:60Z' }] }, false],
    ['a start in the year 999', { sessions: [{ ...session, start: '0999-12-26T23:00' }] }, false],
    ['a start in the year 9999', { sessions: [{ ...session, start: '9999-01-01T10:00Z' }] }, false],
    ['an end at 24:00', { sessions: [{ ...session, end: '2024-01-01T24:00' }] }, false],
    ['a start in the year 9998', { sessions: [{ ...session, start: '9998-12-31T10:00Z' }] }, true],
    ['a time with a lower-case t and z', { sessions: [{ ...session, start: '2024-01-01t10:00z' }] }, true],
    // Texts with nothing to read, which the list skips or ignores.
    ['a title of spaces', { sessions: [{ ...session, title: ' \t ' }] }, false],
    ['a title of line breaks', { sessions: [{ ...session, title: '\r\n' }] }, false],
    ['a title of a control character', { sessions: [{ ...session, title: '\u0001' }] }, false],
    ['a title of a bidi override', { sessions: [{ ...session, title: '\u202e' }] }, false],
    ['a summary of spaces', { sessions: [{ ...session, summary: '  ' }] }, false],
    ['a topic of a space', { sessions: [{ ...session, topics: ['OSINT', ' '] }] }, false],
    ["a chair's name of spaces", { sessions: [{ ...session, chair: { name: '  ' } }] }, false],
    ['a panel member named by a line break', { sessions: [{ ...session, panel: [{ name: 'P' }, { name: '\n' }] }] }, false],
    ['a title with a control character in it', { sessions: [{ ...session, title: 'T\u0001' }] }, true],
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
