import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import { CcvSessionList } from '../../src/session-list/session-list.js';
import type { SessionInput } from '../../src/session-list/schema.js';
import { stubWarn, waitUntil } from '../helpers.js';

/** What a list goes through on a live page after its first render: changed data sources, moves, other lists. */

const NOW = '2024-03-01T15:30:00+01:00';
const SESSIONS: SessionInput[] = [
  { id: 'a', title: 'A', start: '2023-10-30T15:30', topics: ['OSINT'] },
  { id: 'b', title: 'B', start: '2023-04-17T15:30', topics: ['APV'] },
  { id: 'c', title: 'C', start: '2024-03-01T15:00', end: '2024-03-01T16:30' },
  { id: 'd', title: 'D', start: '2024-04-08T15:30', topics: ['OSINT'] },
];
const titles = (list: Element) => [...list.shadowRoot!.querySelectorAll('[part=session-title]')].map((h) => h.textContent!.trim());
let demoSessions = 0;
before(async () => {
  demoSessions = ((await (await fetch('/demo/data/sessions.json')).json()) as { sessions: unknown[] }).sessions.length;
});

describe('<ccv-session-list> on a live page', () => {
  beforeEach(() => {
    resetWarnings();
    history.replaceState(null, '', location.pathname);
  });

  it('takes sessions set to null as no sessions (a framework binding with no data yet): src and inline JSON load, no error', async () => {
    const warn = stubWarn();
    try {
      // (Angular's async pipe gives null until its data comes; a script hands back to src with null.)
      const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} src="/demo/data/sessions.json" .sessions=${null}></ccv-session-list>`);
      expect(list.shadowRoot!.textContent, 'no error while src loads').not.to.contain('konden niet');
      await waitUntil(() => titles(list).length === Math.min(10, demoSessions), 'src loads');
      expect(warn.said(), 'null is not a document, and does not win over src').to.equal('');
      list.sessions = SESSIONS;
      await list.updateComplete;
      expect(titles(list)).to.have.length(4);
      list.sessions = null;
      await waitUntil(() => titles(list).length === Math.min(10, demoSessions), 'back to src');
      const inline = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} .sessions=${null}><script type="application/json">${JSON.stringify(SESSIONS.slice(0, 1))}</script></ccv-session-list>`);
      await inline.updateComplete;
      expect(titles(inline)).to.deep.equal(['A']);
      // (The one warning: the sessions given in between won over src, as they should.)
      expect(warn.said()).not.to.contain('bad sessions document');
    } finally {
      warn.restore();
    }
  });

  it('never lets a late answer for an earlier src win: not over the sessions property, nor over a src that failed', async () => {
    const warn = stubWarn();
    try {
      const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} src="/__test/slow/400?late=1"></ccv-session-list>`);
      list.sessions = SESSIONS;
      await list.updateComplete;
      const failed = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} src="/__test/slow/400?late=2"></ccv-session-list>`);
      failed.src = '/__test/status/404';
      await aTimeout(1000); // the earlier answers have come and gone
      expect(titles(list)).to.deep.equal(['C', 'D', 'A', 'B']);
      expect(titles(failed)).to.deep.equal([]);
      expect(failed.shadowRoot!.textContent).to.contain('konden niet');
    } finally {
      warn.restore();
    }
  });

  it('taken off the page mid-fetch, neither warns nor throws later, and works when put back (one event per link)', async () => {
    const warn = stubWarn();
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} src="/__test/slow/300?away=1"></ccv-session-list>`);
      const parent = list.parentElement!;
      list.remove();
      await aTimeout(700);
      expect(warn.said()).to.equal('');
      parent.append(list);
      await waitUntil(() => titles(list).length === Math.min(10, demoSessions), 'loads again');
      list.sessions = SESSIONS;
      await list.updateComplete;
      const selected: string[] = [];
      list.addEventListener('ccv-session-select', (event) => selected.push(event.detail.id));
      location.hash = '#b';
      await waitUntil(() => selected.length, 'the link answered');
      await aTimeout(100);
      expect(selected).to.deep.equal(['b']);
      expect(errors).to.deep.equal([]);
      expect(warn.said()).not.to.contain('could not be loaded');
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
      warn.restore();
    }
  });

  it('takes a URL object for src, as <img>.src does, and a Date for now with a warning, instead of throwing', async () => {
    // (A framework sets properties: React 19 passes <ccv-session-list src={new URL('./sessions.json', import.meta.url)}>
    // on as the object. Both threw in the list's update — "trim is not a function" — and it stayed empty.)
    const warn = stubWarn();
    try {
      const list = document.createElement('ccv-session-list') as CcvSessionList;
      list.now = NOW;
      list.src = new URL('/demo/data/sessions.json', location.href) as unknown as string;
      document.body.append(list);
      await waitUntil(() => titles(list).length === Math.min(10, demoSessions), 'src loads');
      list.remove();
      const dated = await fixture<CcvSessionList>(html`<ccv-session-list .sessions=${SESSIONS} .now=${new Date('2024-03-01T14:30:00Z') as unknown as string}></ccv-session-list>`);
      expect(titles(dated), 'all past by the real time, newest first').to.deep.equal(['D', 'C', 'A', 'B']);
      expect(warn.said()).to.match(/<ccv-session-list now="[^"]*2024[^"]*"> is not an ISO 8601 time; using the real time/);
    } finally {
      warn.restore();
    }
  });

  it('takes its JSON-LD out of the page when structured-data is switched off, and writes it again when on', async () => {
    const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} structured-data .sessions=${SESSIONS}></ccv-session-list>`);
    await list.updateComplete;
    const jsonLd = () => list.querySelectorAll('script[type="application/ld+json"]').length;
    expect(jsonLd()).to.equal(1);
    list.removeAttribute('structured-data');
    await list.updateComplete;
    expect(jsonLd()).to.equal(0);
    list.toggleAttribute('structured-data', true);
    await list.updateComplete;
    expect(jsonLd()).to.equal(1);
  });

  it('filters, and announces the count, on a page whose address cannot change (a CMS preview in an about:srcdoc frame)', async () => {
    // Such a page refuses replaceState with a SecurityError, as this frame shows.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="preview" srcdoc="<p>preview</p>"></iframe>`);
    await waitUntil(() => frame.contentWindow?.location.href === 'about:srcdoc' && frame.contentDocument?.readyState === 'complete', 'the frame loads');
    expect(() => frame.contentWindow!.history.replaceState(null, '', '?ccv-topic=APV')).to.throw();
    const original = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('The address cannot change.', 'SecurityError');
    };
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.message);
      event.preventDefault();
    };
    addEventListener('error', onError);
    try {
      const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} filters .sessions=${SESSIONS}></ccv-session-list>`);
      await list.updateComplete;
      const topic = list.shadowRoot!.querySelector<HTMLSelectElement>('#topic')!;
      topic.value = 'APV';
      topic.dispatchEvent(new Event('change'));
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['B']);
      await waitUntil(() => list.shadowRoot!.querySelector('[aria-live=polite]')!.textContent === '1 sessie gevonden', 'the count is announced');
      expect(errors).to.deep.equal([]);
    } finally {
      history.replaceState = original;
      removeEventListener('error', onError);
    }
  });

  it('keeps two filtered lists in step on a page whose address cannot change: a choice in one is not undone by the other', async () => {
    const original = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('The address cannot change.', 'SecurityError');
    };
    try {
      const [first, second] = [...(await fixture<HTMLElement>(html`<div>
        <ccv-session-list now=${NOW} filters .sessions=${SESSIONS}></ccv-session-list>
        <ccv-session-list now=${NOW} filters .sessions=${SESSIONS}></ccv-session-list>
      </div>`)).children] as CcvSessionList[];
      await Promise.all([first.updateComplete, second.updateComplete]);
      const choose = async (list: CcvSessionList, selector: string, value: string) => {
        const control = list.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
        control.value = value;
        control.dispatchEvent(new Event('change'));
        await Promise.all([first.updateComplete, second.updateComplete]);
      };
      await choose(first, '#topic', 'OSINT');
      expect(titles(first)).to.have.length(2);
      expect(titles(second), 'the other list follows').to.deep.equal(titles(first));
      await choose(second, '#year', '2023');
      expect(titles(first), 'the topic chosen in the first list stays, and the year comes').to.deep.equal(['A']);
      expect(titles(second)).to.deep.equal(['A']);
    } finally {
      history.replaceState = original;
    }
  });
});
