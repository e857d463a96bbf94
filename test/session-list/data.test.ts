import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { groupSessions, matcher, matches, facets, statusOf, yearOf } from '../../src/session-list/order.js';
import { DocumentError, validateSessions, type Session } from '../../src/session-list/schema.js';
import { parseSessionTime } from '../../src/session-list/time.js';

const doc = (sessions: unknown[]) => ({ version: 1, sessions });
const base = { id: 's1', title: 'Sessie', start: '2023-10-30T15:30:00+01:00' };

describe('session data', () => {
  describe('times', () => {
    // The browsers run on Amsterdam's clock (web-test-runner.config.mjs), where a time read on the device's
    // clock would pass every test here: these run on Bonaire's (UTC−4, no summer time).
    before(() => executeServerCommand('time-zone', 'America/Kralendijk'));
    after(() => executeServerCommand('time-zone'));
    it('reads offsets and Z', () => {
      expect(parseSessionTime('2023-10-30T15:30:00+01:00')!.toISOString()).to.equal('2023-10-30T14:30:00.000Z');
      expect(parseSessionTime('2023-10-30T14:30Z')!.toISOString()).to.equal('2023-10-30T14:30:00.000Z');
      expect(parseSessionTime('2023-10-30T15:30:00.000+0100')!.toISOString()).to.equal('2023-10-30T14:30:00.000Z');
      expect(parseSessionTime(' 2023-10-30t09:00:00.123456789-05:30 ')!.toISOString(), 'lower case, spaces, nine decimals').to.equal(
        '2023-10-30T14:30:00.000Z',
      );
      expect(parseSessionTime('2024-02-29T10:00z')!.toISOString(), 'a leap day').to.equal('2024-02-29T10:00:00.000Z');
      expect(parseSessionTime('2024-06-07T10:00+14:00')!.toISOString(), 'the farthest offset there is').to.equal('2024-06-06T20:00:00.000Z');
    });
    it('reads a time without offset as Amsterdam time, on both sides of a DST change', () => {
      // Summer time starts 26 March 2023 at 02:00: the day before is UTC+1, the day after UTC+2.
      expect(parseSessionTime('2023-03-25T15:30')!.toISOString()).to.equal('2023-03-25T14:30:00.000Z');
      expect(parseSessionTime('2023-03-27T15:30')!.toISOString()).to.equal('2023-03-27T13:30:00.000Z');
      // Winter time from 29 October 2023 at 03:00.
      expect(parseSessionTime('2023-10-28T12:00')!.toISOString()).to.equal('2023-10-28T10:00:00.000Z');
      expect(parseSessionTime('2023-10-30T12:00')!.toISOString()).to.equal('2023-10-30T11:00:00.000Z');
    });
    it('reads a time the clock shows twice (the night summer time ends) as the first, and one it skips as after the change', () => {
      // 29 October 2023: 02:00–03:00 summer time, then 02:00–03:00 winter time. RFC 5545 and Temporal take the first.
      expect(parseSessionTime('2023-10-29T02:30')!.toISOString()).to.equal('2023-10-29T00:30:00.000Z');
      expect(parseSessionTime('2023-10-29T02:00')!.toISOString()).to.equal('2023-10-29T00:00:00.000Z');
      expect(parseSessionTime('2023-10-29T03:00')!.toISOString(), 'after the change').to.equal('2023-10-29T02:00:00.000Z');
      expect(parseSessionTime('2023-10-29T01:59')!.toISOString(), 'before it').to.equal('2023-10-28T23:59:00.000Z');
      // 26 March 2023: 02:00–03:00 does not exist; 02:30 is read as 03:30 summer time, as Temporal does.
      expect(parseSessionTime('2023-03-26T02:30')!.toISOString()).to.equal('2023-03-26T01:30:00.000Z');
    });
    it("reads local times as the browser's time-zone database does, year after year and back again", () => {
      const clock = new Intl.DateTimeFormat('en-CA', {
        timeZone: 'Europe/Amsterdam',
        hourCycle: 'h23',
        ...{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
      } as const);
      const wall = (date: Date) => clock.format(date).replace(', ', 'T');
      const mismatches: string[] = [];
      // Around both changes and New Year, for years in turn and then out of order (the rule is kept per year).
      const years = Array.from({ length: 51 }, (_, index) => 1990 + index);
      for (const year of [...years, ...years.map((_, index) => (index % 2 ? 2040 - index : 1990 + index))]) {
        for (const time of ['03-24T12:00', '03-31T01:30', '03-31T03:30', '04-01T12:00', '10-24T12:00', '10-31T01:30', '10-31T03:30', '12-31T23:30']) {
          const text = `${year}-${time}`;
          const parsed = parseSessionTime(text);
          if (!parsed || wall(parsed) !== text) mismatches.push(`${text} → ${parsed?.toISOString()}`);
        }
      }
      expect(mismatches).to.deep.equal([]);
    });
    it('reads a time between spaces of any kind', () => {
      for (const space of [' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff']) {
        expect(parseSessionTime(`${space}2023-10-30T15:30${space}`)?.toISOString(), JSON.stringify(space)).to.equal('2023-10-30T14:30:00.000Z');
      }
    });
    it('refuses what is not a date-time', () => {
      const bad = [
        ...['2023-10-30', '30-10-2023 15:30', '2023-02-30T10:00', '2023-10-30T25:00', 'morgen', '', 42, null],
        ...['2023-10-30 10:00Z', '2023-10-30T1:00Z', '2023-1a-30T10:00Z', '2023-10-30T10:60Z', '2023-10-30T10:00:60Z'],
        // A fraction needs seconds and 1 to 9 digits; an offset needs hours and minutes; nothing may follow.
        ...['2023-10-30T10:00.5Z', '2023-10-30T10:00:00.Z', '2023-10-30T10:00:00.1234567890Z', '2023-10-30T10:00+01'],
        ...['2023-10-30T10:00+1:00', '2023-10-30T10:00+01:00x', '2023-10-30T10:00Zulu', '٢٠٢٣-10-30T10:00Z'],
        // No offset beyond ±14:00, and no minute past 59 in one.
        ...['2024-06-07T10:00+99:99', '2024-06-07T10:00+15:00', '2024-06-07T10:00+14:30', '2024-06-07T10:00-01:60', '2024-06-07T10:00+0175'],
        '0050-10-30T10:00Z', // a typo, which Date.UTC would read as 1950
        // A typo too, whose end 90 minutes later would be in year 10000: '+010000…' in a calendar file.
        '9999-12-31T23:59Z',
        '9999-06-01T10:00+02:00',
      ];
      // The last year that fits, end included.
      expect(parseSessionTime('9998-12-31T23:59Z')!.toISOString()).to.equal('9998-12-31T23:59:00.000Z');
      for (const value of bad) {
        expect(parseSessionTime(value), String(value)).to.be.undefined;
      }
    });
  });

  describe('validation', () => {
    it('accepts the documented format and a bare array', () => {
      expect(validateSessions(doc([base])).sessions).to.have.length(1);
      expect(validateSessions([base]).sessions).to.have.length(1);
      expect(validateSessions({ sessions: [base] }).sessions, 'version may be left out').to.have.length(1);
    });

    it('counts lengths in characters, as the JSON Schema does, and cleans what it shows', () => {
      // 300 characters, 303 UTF-16 units: within the schema's maxLength of 300.
      const title = `${'a'.repeat(297)}🚨📱🔥`;
      const { sessions } = validateSessions(
        doc([
          {
            ...base,
            title,
            summary: 'Voor\u0085na\ud800',
            chair: { name: 'Jan \u202ede Vries', organisation: 'Gemeente Utrecht' },
            topics: ['Barrie\u0300remodel'],
          },
        ]),
      );
      expect(sessions).to.have.length(1);
      expect(sessions[0].title).to.equal(title);
      // No control character; half an emoji as the replacement character; no override that turns the rest around.
      // (NEL separates lines, so it still separates the words.)
      expect(sessions[0].summary).to.equal('Voor na\ufffd');
      expect(sessions[0].chair!.name).to.equal('Jan de Vries');
      expect(sessions[0].topics).to.deep.equal(['Barri\u00e8remodel']);
    });

    it('refuses a document it cannot use as a whole', () => {
      for (const bad of [null, 'x', 42, {}, { version: 2, sessions: [] }, { sessions: {} }]) {
        expect(() => validateSessions(bad), JSON.stringify(bad)).to.throw(DocumentError);
      }
    });

    it('skips bad entries with a reason, and keeps the rest', () => {
      const result = validateSessions(
        doc([
          base,
          'text',
          { title: 'Geen id', start: base.start },
          { ...base, id: 's1' },
          { ...base, id: 'bad id with spaces' },
          { ...base, id: 's2', title: '' },
          { ...base, id: 's3', start: 'volgende week' },
          { ...base, id: 's4' },
        ]),
      );
      expect(result.sessions.map((s) => s.id)).to.deep.equal(['s1', 's4']);
      expect(result.skipped.map((s) => s.reason)).to.deep.equal([
        'not an object',
        'missing or invalid "id"',
        'duplicate "id"',
        'missing or invalid "id"',
        'missing or invalid "title"',
        'missing or invalid "start"',
      ]);
      expect(result.skipped[2]).to.deep.include({ index: 3, id: 's1' });
    });

    it('drops bad optional fields but keeps the session', () => {
      const result = validateSessions(
        doc([
          {
            ...base,
            end: '2023-10-30T14:00:00+01:00', // before the start
            format: 'mega',
            chair: { organisation: 'zonder naam' },
            panel: [{ name: 'Koen Hermans', organisation: 'OM' }, 'x'],
            topics: ['OSINT', 7, 'OSINT'],
            video: { url: 'javascript:alert(1)' },
            registrationUrl: 'javascript:alert(1)',
          },
        ]),
      );
      const [session] = result.sessions;
      expect(session.hasEnd).to.be.false;
      expect(session.end.getTime() - session.start.getTime()).to.equal(90 * 60 * 1000);
      expect(session.format).to.be.undefined;
      expect(session.chair).to.be.undefined;
      expect(session.panel).to.deep.equal([{ name: 'Koen Hermans', organisation: 'OM' }]);
      expect(session.topics).to.deep.equal(['OSINT']);
      expect(session.video).to.be.undefined;
      expect(session.registrationUrl).to.be.undefined;
      expect(result.dropped).to.have.length(7);
    });

    it("reports a person's organisation or role it leaves out, as the schema refuses them, and keeps the person", () => {
      const result = validateSessions(
        doc([
          {
            ...base,
            chair: { name: 'Anja Dekker', organisation: '', role: 'Voorzitter' },
            panel: [{ name: 'Koen Hermans', organisation: 'OM', role: ' \n ' }, { name: 'Sara de Vries', organisation: 7 }, { name: 'Ali Bakker' }],
          },
        ]),
      );
      const [session] = result.sessions;
      expect(session.chair).to.deep.equal({ name: 'Anja Dekker', role: 'Voorzitter' });
      expect(session.panel).to.deep.equal([{ name: 'Koen Hermans', organisation: 'OM' }, { name: 'Sara de Vries' }, { name: 'Ali Bakker' }]);
      expect(result.dropped).to.deep.equal([
        'session "s1": invalid "chair.organisation" ignored',
        'session "s1": invalid "panel[0].role" ignored',
        'session "s1": invalid "panel[1].organisation" ignored',
      ]);
    });

    it("reads a session's end only when it is first asked for, and reports a bad one then", () => {
      const dropped: string[] = [];
      const result = validateSessions(doc([{ ...base, end: 'morgen' }]), (message) => dropped.push(message));
      expect(dropped, 'not read yet: a list of 10,000 sessions to come needs none of their ends').to.deep.equal([]);
      const [session] = result.sessions;
      expect(session.end.getTime() - session.start.getTime()).to.equal(90 * 60 * 1000);
      expect(session.hasEnd).to.be.false;
      expect(dropped).to.deep.equal(['session "s1": invalid "end" ignored']);
      void session.end;
      expect(dropped, 'once').to.have.length(1);
    });

    it('keeps hostile strings as plain text for the element to show as text', () => {
      const [session] = validateSessions(doc([{ ...base, title: '<img src=x onerror=alert(1)>', summary: '<script>alert(1)</script>' }])).sessions;
      expect(session.title).to.equal('<img src=x onerror=alert(1)>');
      expect(session.summary).to.equal('<script>alert(1)</script>');
    });

    it('accepts http(s) registration links and known video URLs only', () => {
      const [session] = validateSessions(
        doc([{ ...base, registrationUrl: 'https://www.hetccv.nl/aanmelden', video: { url: 'https://youtu.be/M7lc1UVf-VE', title: 'Opname' } }]),
      ).sessions;
      expect(session.registrationUrl).to.equal('https://www.hetccv.nl/aanmelden');
      expect(session.video).to.deep.equal({ url: 'https://youtu.be/M7lc1UVf-VE', title: 'Opname' });
      // Absolute, as the schema says: a relative link would point at whichever page shows the list.
      for (const registrationUrl of ['/aanmelden', 'https://exa mple.org/', 'data:text/html,x']) {
        const result = validateSessions(doc([{ ...base, registrationUrl }]));
        expect(result.sessions[0].registrationUrl, registrationUrl).to.be.undefined;
        expect(result.dropped, registrationUrl).to.have.length(1);
      }
    });

    it("keeps a recording's poster only as an absolute http(s) URL, and the recording without a bad one", () => {
      const video = { url: 'https://vimeo.com/76979871', poster: 'https://www.hetccv.nl/beeld/opname.jpg' };
      expect(validateSessions(doc([{ ...base, video }])).sessions[0].video).to.deep.equal(video);
      for (const poster of ['/beeld/opname.jpg', 'javascript:alert(1)', 42]) {
        const result = validateSessions(doc([{ ...base, video: { ...video, poster } }]));
        expect(result.sessions[0].video, String(poster)).to.deep.equal({ url: video.url });
        expect(result.dropped, String(poster)).to.deep.equal([`session "${base.id}": invalid "video.poster" ignored`]);
      }
    });
  });

  describe('ordering around now', () => {
    const sessions = validateSessions(
      doc([
        { id: 'past-old', title: 'A', start: '2023-04-17T15:30:00+02:00' },
        { id: 'past-new', title: 'B', start: '2023-10-30T15:30:00+01:00' },
        { id: 'live', title: 'C', start: '2024-03-01T15:00:00+01:00', end: '2024-03-01T17:00:00+01:00' },
        { id: 'soon', title: 'D', start: '2024-03-05T15:30:00+01:00' },
        { id: 'later', title: 'E', start: '2024-06-01T15:30:00+02:00' },
      ]),
    ).sessions;
    const now = new Date('2024-03-01T15:30:00+01:00');

    it('puts live and upcoming sessions soonest first, past ones newest first', () => {
      const { upcoming, past } = groupSessions(sessions, now);
      expect(upcoming.map((s) => s.id)).to.deep.equal(['live', 'soon', 'later']);
      expect(past.map((s) => s.id)).to.deep.equal(['past-new', 'past-old']);
      expect(statusOf(upcoming[0], now)).to.equal('live');
    });

    it('treats the live window as [start, end)', () => {
      const live = sessions.find((s) => s.id === 'live')!;
      expect(statusOf(live, new Date('2024-03-01T13:59:59Z'))).to.equal('upcoming');
      expect(statusOf(live, new Date('2024-03-01T14:00:00Z'))).to.equal('live');
      expect(statusOf(live, new Date('2024-03-01T15:59:59Z'))).to.equal('live');
      expect(statusOf(live, new Date('2024-03-01T16:00:00Z'))).to.equal('past');
    });

    it('shows only one side when asked', () => {
      expect(groupSessions(sessions, now, 'upcoming').past).to.deep.equal([]);
      expect(groupSessions(sessions, now, 'past').upcoming).to.deep.equal([]);
    });

    it('judges the year in Amsterdam', () => {
      const year = (start: string) => yearOf(validateSessions(doc([{ id: 'y', title: 'Jaar', start }])).sessions[0]);
      expect(year('2023-12-31T23:30:00Z'), 'half past midnight in Amsterdam').to.equal(2024);
      expect(year('2023-12-31T23:00:00Z'), 'midnight in Amsterdam').to.equal(2024);
      expect(year('2023-12-31T22:59:00Z'), 'a minute before midnight in Amsterdam').to.equal(2023);
      expect(year('2024-01-01T00:30:00+01:00'), 'the first half hour of the year').to.equal(2024);
      expect(year('2023-07-01T23:30:00Z'), 'a summer night').to.equal(2023);
    });
  });

  describe('filtering', () => {
    const sessions: Session[] = validateSessions(
      doc([
        {
          ...base,
          id: 'a',
          title: 'Online monitoring',
          topics: ['OSINT'],
          chair: { name: 'Piet', role: 'Wethouder' },
          panel: [{ name: 'Maike Borst', organisation: 'Politie' }],
        },
        { ...base, id: 'b', title: 'APV en rellen', start: '2022-05-01T10:00', topics: ['APV'], summary: 'Burgemeester van Almelo' },
      ]),
    ).sessions;

    it('takes each word of a search once, and at most 32 of them (a link could hold 10,000)', () => {
      let reads = 0;
      const counted = { ...sessions[0], get haystack() { reads += 1; return sessions[0].haystack; } } as Session;
      const filter = matcher({ text: 'online '.repeat(10_000) });
      expect(filter(counted)).to.be.true;
      expect(reads, 'one word, looked for once').to.equal(1);
      const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
      const longer = { ...sessions[0], get haystack() { reads += 1; return `online ${many}`; } } as Session;
      reads = 0;
      matcher({ text: `online ${many}` })(longer);
      expect(reads, 'the first 32 words').to.equal(32);
    });

    it('matches topic, year and every word of the text, case-insensitively', () => {
      expect(sessions.filter((s) => matches(s, { topic: 'OSINT' })).map((s) => s.id)).to.deep.equal(['a']);
      expect(sessions.filter((s) => matches(s, { year: 2022 })).map((s) => s.id)).to.deep.equal(['b']);
      expect(sessions.filter((s) => matches(s, { text: 'politie borst' })).map((s) => s.id)).to.deep.equal(['a']);
      expect(sessions.filter((s) => matches(s, { text: 'ALMELO' })).map((s) => s.id)).to.deep.equal(['b']);
      expect(sessions.filter((s) => matches(s, { text: 'wethouder' })).map((s) => s.id), "the chair's role").to.deep.equal(['a']);
      expect(sessions.filter((s) => matches(s, { text: 'piet osint' })).map((s) => s.id), "the chair's name and a topic").to.deep.equal(['a']);
      expect(sessions.filter((s) => matches(s, { text: 'almelo osint' }))).to.deep.equal([]);
    });

    it('offers the topics and years present', () => {
      expect(facets(sessions)).to.deep.equal({ topics: ['APV', 'OSINT'], years: [2023, 2022] });
    });

    it('sorts topics as people read them: accents and case do not count', () => {
      const topics = ['Zwerfvuil', 'échelon', 'OSINT', 'apv', 'Barrièremodel', 'Avondklok', 'Ebola'];
      const many = topics.map((topic, i) => ({ ...sessions[0], id: `t${i}`, topics: [topic] }));
      expect(facets(many).topics).to.deep.equal(['apv', 'Avondklok', 'Barrièremodel', 'Ebola', 'échelon', 'OSINT', 'Zwerfvuil']);
    });

    it('finds words through soft hyphens, zero-width spaces and letters typed without their mark', () => {
      const [shy, zero, dotless] = validateSessions(
        doc([
          { ...base, id: 'shy', title: 'Het barri\u00e8re\u00admodel in de praktijk' },
          { ...base, id: 'zero', title: 'Sessie', summary: 'Over zero\u200bwidth tekens' },
          { ...base, id: 'dotless', title: 'Sessie', chair: { name: 'Gülşen Yılmaz' } },
        ]),
      ).sessions;
      expect(matches(shy, { text: 'barrieremodel' }), 'soft hyphen').to.be.true;
      expect(matches(zero, { text: 'zerowidth' }), 'zero-width space').to.be.true;
      expect(matches(dotless, { text: 'yilmaz gulsen' }), 'dotless i').to.be.true;
    });

    it('offers a topic once, however it is spelled, and finds every session of it', () => {
      const spelled = validateSessions(
        doc([
          { ...base, id: 'a', topics: ['Barri\u00e8remodel', 'OSINT'] },
          { ...base, id: 'b', topics: ['Barrie\u0300remodel', 'osint'] },
        ]),
      ).sessions;
      expect(facets(spelled).topics).to.deep.equal(['Barrièremodel', 'OSINT']);
      for (const topic of ['Barri\u00e8remodel', 'Barrie\u0300remodel', 'osint', 'OSINT']) {
        expect(spelled.filter((s) => matches(s, { topic })).map((s) => s.id), topic).to.deep.equal(['a', 'b']);
      }
      // Marks that are vowels make other words: violence and swan are two topics.
      const words = validateSessions(doc([{ ...base, id: 'v', topics: ['हिंसा'] }, { ...base, id: 's', topics: ['हंस'] }])).sessions;
      expect(facets(words).topics).to.have.length(2);
      expect(words.filter((s) => matches(s, { topic: 'हंस' })).map((s) => s.id)).to.deep.equal(['s']);
      // Full case folding: ß is ss in capitals, İ is I.
      const cased = validateSessions(doc([{ ...base, id: 'x', topics: ['Straße', 'İstanbul'] }, { ...base, id: 'y', topics: ['STRASSE', 'ISTANBUL'] }])).sessions;
      expect(facets(cased).topics).to.have.length(2);
      // A topic of nothing visible (from a link) finds nothing, rather than everything.
      expect(spelled.filter((s) => matches(s, { topic: '\u200b' }))).to.deep.equal([]);
    });
  });
});
