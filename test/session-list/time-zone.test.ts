import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CcvSessionList } from '../../src/session-list/session-list.js';
import type { SessionInput } from '../../src/session-list/schema.js';
import { warmUpAxe } from '../helpers.js';

/**
 * A visitor whose device is not on Amsterdam's clock: Bonaire, Sint Eustatius and Saba (UTC−4, no
 * summer time) are part of the Netherlands, and civil servants travel. The browsers run on
 * Amsterdam's clock (web-test-runner.config.mjs); each test here puts its page in another zone.
 */
before(warmUpAxe);
afterEach(() => executeServerCommand('time-zone'));

const zone = (name: string) => executeServerCommand('time-zone', name);

const NOW = '2024-03-01T15:30:00+01:00';
const SESSIONS: SessionInput[] = [
  { id: 'oktober', title: 'Leerkring XL oktober', format: 'xl', start: '2023-10-30T15:30:00+01:00', end: '2023-10-30T17:00:00+01:00' },
  { id: 'april', title: 'Leerkring XL april', start: '2023-04-17T15:30' },
  { id: 'live', title: 'Nu bezig', start: '2024-03-01T15:00', end: '2024-03-01T16:30' },
  { id: 'next', title: 'Volgende leerkring', start: '2024-04-08T15:30', end: '2024-04-08T17:00' },
];

const q = <T extends Element = HTMLElement>(list: Element, selector: string) => list.shadowRoot!.querySelector<T>(selector);
/** Each session's time as shown, by id. */
const times = (list: CcvSessionList) =>
  Object.fromEntries([...list.shadowRoot!.querySelectorAll('article')].map((article) => [article.id.replace('session-', ''), article.querySelector('time')!.textContent]));

async function mount(lang = 'nl', sessions = SESSIONS) {
  const list = await fixture<CcvSessionList>(html`<ccv-session-list lang=${lang} now=${NOW} .sessions=${sessions}></ccv-session-list>`);
  await list.updateComplete;
  return list;
}

describe('session list: a visitor on another clock', () => {
  it("says the times are Amsterdam's and gives the start on a Bonaire visitor's clock; the instant, status and calendar file stay right", async () => {
    await zone('America/Kralendijk');
    const list = await mount();
    expect(times(list)).to.deep.equal({
      live: 'vrijdag 1 maart 2024, 15:00–16:30 (Nederlandse tijd, bij jou 10:00)',
      next: 'maandag 8 april 2024, 15:30–17:00 (Nederlandse tijd, bij jou 09:30)',
      oktober: 'maandag 30 oktober 2023, 15:30–17:00 (Nederlandse tijd, bij jou 10:30)',
      april: 'maandag 17 april 2023, 15:30 (Nederlandse tijd, bij jou 09:30)',
    });
    expect(q(list, '#session-oktober time')!.getAttribute('datetime')).to.equal('2023-10-30T14:30:00.000Z');
    // Live, upcoming and past are judged on the instant, not on a clock.
    expect(q(list, '#session-live [part=live-badge]')).to.exist;
    const link = q<HTMLAnchorElement>(list, '#session-next [part=calendar-link]')!;
    const ics = decodeURIComponent(link.href.split(',').slice(1).join(','));
    expect(ics).to.contain('\r\nDTSTART:20240408T133000Z\r\n').and.contain('\r\nDTEND:20240408T150000Z\r\n');
    await expect(list).to.be.accessible();

    list.lang = 'en';
    await list.updateComplete;
    expect(times(list).oktober).to.equal('Monday 30 October 2023, 15:30–17:00 (Amsterdam time, 10:30 your time)');
    list.messages = { otherClock: (time) => `(Amsterdam; ${time} in Kralendijk)` };
    await list.updateComplete;
    expect(times(list).oktober, 'worded as the page says').to.equal('Monday 30 October 2023, 15:30–17:00 (Amsterdam; 10:30 in Kralendijk)');
  });

  it("names the visitor's day where it is another there", async () => {
    const late = [{ id: 'laat', title: 'Laat', start: '2023-10-30T23:30:00+01:00', end: '2023-10-31T00:30:00+01:00' }];
    await zone('Asia/Tokyo');
    expect(times(await mount('nl', late)).laat).to.equal('maandag 30 oktober 2023, 23:30 – dinsdag 31 oktober 2023, 00:30 (Nederlandse tijd, bij jou dinsdag 07:30)');
    await zone('America/Kralendijk');
    const early = [{ id: 'vroeg', title: 'Vroeg', start: '2024-01-01T02:00:00+01:00' }];
    expect(times(await mount('en', early)).vroeg).to.equal('Monday 1 January 2024, 02:00 (Amsterdam time, Sunday 21:00 your time)');
  });

  it("compares the clocks at each session's moment, and adds nothing where they agree", async () => {
    // Lagos keeps UTC+1 all year: Amsterdam's clock in winter, an hour behind it in summer.
    await zone('Africa/Lagos');
    let list = await mount();
    expect(times(list).oktober).to.equal('maandag 30 oktober 2023, 15:30–17:00');
    expect(times(list).april).to.equal('maandag 17 april 2023, 15:30 (Nederlandse tijd, bij jou 14:30)');
    // A laptop still on UTC.
    await zone('UTC');
    list = await mount();
    expect(times(list).oktober).to.equal('maandag 30 oktober 2023, 15:30–17:00 (Nederlandse tijd, bij jou 14:30)');
    await zone('Europe/Amsterdam');
    list = await mount();
    expect(Object.values(times(list)).filter((text) => text!.includes('(')), 'nothing on Amsterdam time').to.deep.equal([]);
  });

  it("follows a laptop that changes zones with the page open, at the list's next render", async () => {
    const list = await mount();
    expect(times(list).oktober).to.equal('maandag 30 oktober 2023, 15:30–17:00');
    // Landed in Bonaire: no browser event says so; the next render (a filter, "show more") does.
    await zone('America/Kralendijk');
    list.requestUpdate();
    await list.updateComplete;
    expect(times(list).oktober).to.equal('maandag 30 oktober 2023, 15:30–17:00 (Nederlandse tijd, bij jou 10:30)');
    await zone('Europe/Amsterdam');
    list.requestUpdate();
    await list.updateComplete;
    expect(times(list).oktober, 'home again').to.equal('maandag 30 oktober 2023, 15:30–17:00');
  });
});
