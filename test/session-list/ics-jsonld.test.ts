import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { escapeText, foldLine } from '../../src/base/content-line.js';
import { sessionToIcs } from '../../src/session-list/ics.js';
import { serializeJsonLd } from '../../src/base/structured-data.js';
import { sessionsToJsonLd } from '../../src/session-list/jsonld.js';
import { validateSessions } from '../../src/session-list/schema.js';

const [session, past] = validateSessions([
  {
    id: '2026-12-14-xl',
    title: 'Leerkring XL: “rellen”, appgroepen; café-overleg in Zuid-Holland en Noord-Brabant 🚨 – een lange titel die gevouwen moet worden',
    start: '2026-12-14T15:30',
    end: '2026-12-14T17:00',
    summary: 'Regel één\nRegel twee, met komma; en puntkomma \\ en backslash.',
    registrationUrl: 'https://www.hetccv.nl/aanmelden?sessie=xl&jaar=2026',
  },
  {
    id: '2023-10-30-xl',
    title: 'Leerkring XL oktober </script><script>alert(1)</script>',
    start: '2023-10-30T15:30:00+01:00',
    video: { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', title: 'Opname' },
    panel: [{ name: 'Koen Hermans', organisation: 'OM' }],
    topics: ['OSINT', 'Barrièremodel'],
  },
]).sessions;
const now = new Date('2026-11-28T10:00:00Z');

// The browsers run on Amsterdam's clock (web-test-runner.config.mjs), where a time written on the device's
// clock would pass: these run on Bonaire's (UTC−4, no summer time).
before(() => executeServerCommand('time-zone', 'America/Kralendijk'));
after(() => executeServerCommand('time-zone'));

describe('calendar file (RFC 5545)', () => {
  const ics = sessionToIcs(session, { now, pageUrl: 'https://gemeente.example/leerkring' });

  it('uses CRLF line ends only', () => {
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const encoder = new TextEncoder();
    const lines = ics.split('\r\n').filter(Boolean);
    expect(lines.some((line) => line.startsWith(' ')), 'the long title is folded').to.be.true;
    for (const line of lines) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(line).not.to.contain('\uFFFD');
    }
    expect(foldLine('é'.repeat(60)).split('\r\n ').map((part) => encoder.encode(part).length)).to.deep.equal([74, 46]);
    // Three-octet (€) and four-octet (an emoji, two UTF-16 units) characters are never split either.
    expect(foldLine('€'.repeat(30)).split('\r\n ').map((part) => encoder.encode(part).length)).to.deep.equal([75, 15]);
    const emoji = foldLine(`a${'🎥'.repeat(30)}`).split('\r\n ');
    expect(emoji.map((part) => encoder.encode(part).length)).to.deep.equal([73, 48]);
    expect(emoji.join('')).to.equal(`a${'🎥'.repeat(30)}`);
  });

  it('escapes text', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('parses back with a real iCalendar parser to the same facts', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(event.getFirstPropertyValue('summary')).to.equal(session.title);
    expect(event.getFirstPropertyValue('description')).to.equal(`${session.summary}\n\n${session.registrationUrl}`);
    expect(event.getFirstPropertyValue('uid')).to.equal('2026-12-14-xl@gemeente.example');
    expect(event.getFirstPropertyValue('url')).to.equal(session.registrationUrl);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(start.zone?.tzid).to.equal('UTC');
    expect(start.toJSDate().toISOString()).to.equal('2026-12-14T14:30:00.000Z');
    expect(end.toJSDate().toISOString()).to.equal('2026-12-14T16:00:00.000Z');
    expect(stamp.zone?.tzid).to.equal('UTC');
    expect(stamp.toJSDate().toISOString()).to.equal(now.toISOString());
  });

  it("writes a title with a line break in the data on one line, as the page shows it", () => {
    const [broken] = validateSessions([{ id: 'b', title: 'Leerkring XL\r\n  oktober:\nappgroepen', start: '2026-12-15T15:30' }]).sessions;
    const text = sessionToIcs(broken, { now, pageUrl: 'https://gemeente.example/' });
    expect(/^SUMMARY:(.*)$/m.exec(text)![1]).to.equal('Leerkring XL oktober: appgroepen');
  });

  it("ends the description with the session's link, which Outlook and Google Calendar show (they show no URL)", () => {
    const description = (text: string) => new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description');
    // The registration link when there is one; escaped (its comma and semicolon) and folded as text.
    const [odd] = validateSessions([
      { id: 'r', title: 'R', start: '2026-12-15T15:30', summary: 'Kort.', registrationUrl: `https://www.hetccv.nl/aanmelden?sessies=a,b;c&naam=${'x'.repeat(80)}` },
    ]).sessions;
    const withLink = sessionToIcs(odd, { now, pageUrl: 'https://gemeente.example/leerkring#r' });
    expect(description(withLink)).to.equal(`Kort.\n\n${odd.registrationUrl}`);
    expect(withLink).to.contain('DESCRIPTION:Kort.\\n\\nhttps://www.hetccv.nl/aanmelden?sessies=a\\,b\\;c');
    expect(withLink.split('\r\n').filter((line) => line.startsWith(' ')).length, 'the long link folded').to.be.at.least(2);
    // Else the session on the page, after the description the list gives (its words when there is no summary).
    const [bare] = validateSessions([{ id: 'b', title: 'B', start: '2026-12-15T15:30' }]).sessions;
    const page = 'https://gemeente.example/leerkring?p=1#b';
    expect(description(sessionToIcs(bare, { now, pageUrl: page, description: 'Online leerkring van het CCV.' }))).to.equal(`Online leerkring van het CCV.\n\n${page}`);
    expect(description(sessionToIcs(bare, { now, pageUrl: page }))).to.equal(page);
  });

  it('keeps the UID stable across downloads', () => {
    const later = sessionToIcs(session, { now: new Date(), pageUrl: 'https://gemeente.example/leerkring' });
    const uid = (text: string) => /^UID:(.*)$/m.exec(text)![1];
    expect(uid(later)).to.equal(uid(ics));
  });

  it('gives the UID a domain on a page without a host (a file or an about:srcdoc frame, with inline data)', () => {
    const uid = (pageUrl: string) => /^UID:(.*)$/m.exec(sessionToIcs(session, { now, pageUrl }))![1];
    for (const page of ['file:///C:/leerkring.html#x', 'about:srcdoc#x']) expect(uid(page), page).to.equal(`${session.id}@ccv-leerkring`);
    expect(uid('https://gemeente.example/leerkring')).to.equal(`${session.id}@gemeente.example`);
  });
});

describe('structured data (schema.org)', () => {
  const data = sessionsToJsonLd([session, past], now, 'https://gemeente.example/leerkring#x') as {
    '@graph': Record<string, any>[];
  };

  it('describes each session as an online Event with a VirtualLocation', () => {
    const [event] = data['@graph'];
    expect(event['@type']).to.equal('Event');
    expect(event.name).to.equal(session.title);
    expect(event.startDate).to.equal('2026-12-14T15:30:00+01:00');
    expect(event.endDate).to.equal('2026-12-14T17:00:00+01:00');
    expect(event.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(event.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(event.location).to.deep.equal({ '@type': 'VirtualLocation', url: session.registrationUrl });
    expect(event['@id']).to.equal('https://gemeente.example/leerkring#2026-12-14-xl');
    expect(event.recordedIn).to.be.undefined;
  });

  it('writes times as a Dutch clock shows them, with their offset, in winter and summer', () => {
    // Google shows an event's time as written: in UTC, a 15:30 session read 14:30 (13:30 in summer).
    const [summer] = validateSessions([{ id: 's', title: 'Zomer', start: '2026-06-01T09:05', end: '2026-06-01T23:30' }]).sessions;
    const [event] = (sessionsToJsonLd([summer], now, 'https://gemeente.example/') as { '@graph': Record<string, any>[] })['@graph'];
    expect(event.startDate).to.equal('2026-06-01T09:05:00+02:00');
    expect(event.endDate).to.equal('2026-06-01T23:30:00+02:00');
    expect(new Date(event.endDate).getTime()).to.equal(summer.end.getTime());
    expect(data['@graph'][1], 'the data gives no end: none is made up').not.to.have.property('endDate');
  });

  it("dates a recording by the session's end where the data gives one, else by its day: no made-up time", () => {
    // (Past midnight in Amsterdam, still the day before in UTC and on Bonaire's clock.)
    const [late, ended] = validateSessions([
      { id: 'n', title: 'Nacht', start: '2023-10-31T00:30', video: { url: 'https://youtu.be/M7lc1UVf-VE' } },
      { id: 'e', title: 'Met einde', start: '2023-10-30T15:30', end: '2023-10-30T17:15', video: { url: 'https://youtu.be/M7lc1UVf-VE' } },
    ]).sessions;
    const graph = (sessionsToJsonLd([past, late, ended], now, 'https://gemeente.example/') as { '@graph': Record<string, any>[] })['@graph'];
    // Without an end, 90 minutes after the start (17:00) would be the calendars' guess, published as a fact.
    expect(graph[0].recordedIn.uploadDate).to.equal('2023-10-30');
    expect(graph[1].recordedIn.uploadDate).to.equal('2023-10-31');
    expect(graph[2].recordedIn.uploadDate).to.equal('2023-10-30T17:15:00+01:00');
    expect(graph[2].recordedIn.uploadDate).to.equal(graph[2].endDate);
  });

  it('adds the recording of a past session as a VideoObject', () => {
    const event = data['@graph'][1];
    expect(event.recordedIn['@type']).to.equal('VideoObject');
    expect(event.recordedIn.name).to.equal('Opname');
    expect(event.recordedIn.url).to.equal('https://www.youtube.com/watch?v=M7lc1UVf-VE');
    expect(event.performer[0]).to.deep.include({ '@type': 'Person', name: 'Koen Hermans' });
    expect(event.keywords).to.equal('OSINT, Barrièremodel');
    expect(event.recordedIn.embedUrl).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE');
    expect(event, 'the data does not say which language a session is held in').not.to.have.property('inLanguage');
  });

  it('gives a VideoObject the thumbnail search engines require wherever one is knowable, and every recording a VideoObject', () => {
    const poster = 'https://www.hetccv.nl/beeld/leerkring.jpg';
    const sessions = validateSessions([
      { id: 'v', title: 'Vimeo', start: '2023-01-10T15:30', video: { url: 'https://vimeo.com/76979871', poster } },
      { id: 'p', title: 'Playlist', start: '2023-01-11T15:30', video: { url: 'https://www.youtube.com/playlist?list=PL590L5WQmH8fJ54F369BLDSqIwcs-TCfs', poster } },
      { id: 'y', title: 'YouTube', start: '2023-01-12T15:30', video: { url: 'https://youtu.be/M7lc1UVf-VE' } },
      { id: 'f', title: 'Eigen beeld', start: '2023-01-13T15:30', video: { url: 'https://youtu.be/M7lc1UVf-VE', poster } },
      { id: 'vn', title: 'Vimeo zonder beeld', start: '2023-01-14T15:30', video: { url: 'https://vimeo.com/76979871' } },
      { id: 'pn', title: 'Playlist zonder beeld', start: '2023-01-15T15:30', video: { url: 'https://www.youtube.com/playlist?list=PL590L5WQmH8fJ54F369BLDSqIwcs-TCfs' } },
      { id: 'pv', title: 'Playlist met video', start: '2023-01-16T15:30', video: { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE&list=PL590L5WQmH8fJ54F369BLDSqIwcs-TCfs' } },
    ]).sessions;
    // As a search engine reads it: the JSON text the page holds, parsed.
    const graph = JSON.parse(serializeJsonLd(sessionsToJsonLd(sessions, now, 'https://gemeente.example/')))['@graph'] as Record<string, any>[];
    const video = (id: string) => graph.find((event) => event['@id'].endsWith(`#${id}`))!.recordedIn;
    const ytimg = 'https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg';
    expect(video('v')).to.deep.include({ '@type': 'VideoObject', thumbnailUrl: poster, embedUrl: 'https://player.vimeo.com/video/76979871' });
    expect(video('p')).to.deep.include({ thumbnailUrl: poster, url: 'https://www.youtube.com/playlist?list=PL590L5WQmH8fJ54F369BLDSqIwcs-TCfs' });
    expect(video('p'), 'a playlist has no player address of its own').not.to.have.property('embedUrl');
    expect(video('y')).to.deep.include({ thumbnailUrl: ytimg, embedUrl: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE' });
    expect(video('f').thumbnailUrl, "the data's poster wins").to.equal(poster);
    expect(video('pv').thumbnailUrl, "a playlist's first video").to.equal(ytimg);
    for (const id of ['vn', 'pn']) {
      expect(video(id), `${id}: still described`).to.include.keys('@type', 'name', 'url', 'uploadDate');
      expect(video(id), `${id}: no thumbnail is knowable`).not.to.have.property('thumbnailUrl');
    }
    for (const event of graph) expect(event.recordedIn, event.name).to.include.keys('name', 'uploadDate');
  });

  it('serialises so that data cannot close the script element', () => {
    const json = serializeJsonLd(data);
    expect(json).not.to.contain('</script>');
    expect(JSON.parse(json)['@graph'][1].name).to.equal(past.title);
  });
});
