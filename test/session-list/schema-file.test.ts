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

/** Generated (seeded, so every run tries the same): times and texts in every shape, where the schema can say all the list says. */
describe('schema/sessions.schema.json and the list on generated times and texts', () => {
  let validator: Validator;
  before(async () => {
    validator = new Validator(await (await fetch('/schema/sessions.schema.json')).json(), '2020-12', false);
  });
  let seed = 20261201;
  // (The high bits: the low ones of this generator repeat with a short period.)
  const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
  const pick = <T>(list: readonly T[]) => list[next(list.length)];
  const two = () => String(next(100)).padStart(2, '0');
  const seen = { valid: 0, invalid: 0 };
  const agree = (session: Record<string, unknown>) => {
    const valid = validator.validate({ sessions: [session] }).valid;
    seen[valid ? 'valid' : 'invalid'] += 1;
    const result = readAll(validateSessions([session]));
    return valid === (result.skipped.length === 0 && result.dropped.length === 0);
  };

  it('agrees on 2,000 times (days after the 28th left out: a pattern cannot tell which months have them)', () => {
    const disagreements: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const day = String(next(29)).padStart(2, '0');
      let time = `${pick(['0999', '1000', '2026', '9998', '9999'])}-${two()}-${day}${pick(['T', 't'])}${two()}:${two()}`;
      if (next(2)) time += `:${two()}${pick(['', '.5', '.123456789'])}`;
      time += pick(['', 'Z', 'z', `${pick(['+', '-'])}${two()}${pick([':', ''])}${two()}`]);
      if (!agree({ id: 'a', title: 'T', start: time })) disagreements.push(time);
    }
    expect(disagreements).to.deep.equal([]);
  });

  // (Not a person's organisation or role: the list leaves out an empty one without a word, where the schema refuses it.)
  it('agrees on 2,000 titles, summaries, topics and names of spaces, controls, bidi marks and letters', () => {
    const pieces = [' ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u0001', '\u007f', '\u0085', '\u009f', '\u202e', '\u2067', '\u200b', '\u00ad', 'a', 'é', '😀', '\ud800'];
    const disagreements: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const text = Array.from({ length: 1 + next(4) }, () => pick(pieces)).join('');
      const session = { id: 'a', title: 'T', start: '2026-12-01T10:00', ...pick([{ title: text }, { summary: text }, { topics: [text] }, { chair: { name: text } }, { panel: [{ name: text }] }]) };
      if (!agree(session)) disagreements.push(JSON.stringify(session));
    }
    expect(disagreements).to.deep.equal([]);
  });

  it('tried both kinds', () => expect(Math.min(seen.valid, seen.invalid)).to.be.above(500));
});
