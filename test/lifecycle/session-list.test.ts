/**
 * <ccv-session-list> as single-page apps and CMS previews treat it: src changed while a fetch is on
 * its way, attributes changed and removed after the sessions show, moves, many lists, two alike.
 * (Pins only: src/session-list/ is being restructured elsewhere.)
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/config/config.js';
import { CcvSessionList } from '../../src/session-list/session-list.js';
import { registerMessages, resetMessages } from '../../src/i18n/catalogue.js';
import { stubWarn, waitUntil } from '../helpers.js';
import { catchConsole, countUpdates, track } from './track.js';

const NOW = '2024-03-01T15:30:00+01:00';
const SESSIONS = [
  { id: 'a', title: 'Sessie A', start: '2023-10-30T15:30:00+01:00', topics: ['OSINT'] },
  { id: 'n', title: 'Sessie N', start: '2024-04-08T15:30', topics: ['APV'] },
];
const q = <T extends Element = HTMLElement>(list: Element, selector: string) => list.shadowRoot!.querySelector<T>(selector);
const qa = (list: Element, selector: string) => [...list.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (list: Element) => qa(list, '[part=session-title]').map((h) => h.textContent!.trim());

describe('<ccv-session-list> lifecycle', () => {
  beforeEach(() => resetWarnings());
  afterEach(() => resetMessages());

  it('shows the newer src when the older one answers later', async () => {
    const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} src="/__test/slow/1200"></ccv-session-list>`);
    await aTimeout(100);
    list.src = '/test/lifecycle/one-session.json';
    await waitUntil(() => titles(list).length, 'B');
    await aTimeout(1600);
    expect(titles(list)).to.deep.equal(['Alleen B']);
  });

  it('shows the sessions property set while a src was on its way, not the late answer', async () => {
    const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} src="/__test/slow/1200"></ccv-session-list>`);
    await aTimeout(100);
    const warnings = stubWarn();
    try {
      list.sessions = SESSIONS as never;
      await aTimeout(1600);
    } finally {
      warnings.restore();
    }
    expect(warnings.said()).to.contain('the sessions property wins');
    expect(titles(list).sort()).to.deep.equal(['Sessie A', 'Sessie N']);
  });

  it('shows the first src again when src goes back to it while another is on its way, and is not left loading', async () => {
    const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} src="/test/lifecycle/one-session.json"></ccv-session-list>`);
    await waitUntil(() => titles(list).length, 'B');
    list.src = '/__test/slow/1200';
    await aTimeout(100);
    list.src = '/test/lifecycle/one-session.json';
    await aTimeout(1600);
    expect(titles(list)).to.deep.equal(['Alleen B']);
    expect(list.matches(':state(loading)')).to.be.false;
  });

  it('shows every attribute changed after the sessions show, and its default when removed', async () => {
    const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} filters structured-data heading-level="3" page-size="1" show="past" .sessions=${SESSIONS}></ccv-session-list>`);
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Sessie A']);
    list.removeAttribute('show');
    await list.updateComplete;
    expect(titles(list).length).to.equal(1); // page-size 1
    list.removeAttribute('page-size');
    await list.updateComplete;
    expect(titles(list).length).to.equal(2);
    expect(q(list, 'h3'), 'heading-level 3').to.not.be.null;
    list.removeAttribute('heading-level');
    await list.updateComplete;
    expect(q(list, 'h3'), 'default 2 then sessions h3').to.not.be.null;
    expect(q(list, 'h2')).to.not.be.null;
    expect(q(list, '[part=filters]')).to.not.be.null;
    list.removeAttribute('filters');
    await list.updateComplete;
    expect(q(list, '[part=filters]')).to.be.null;
    expect(list.querySelector('script[type="application/ld+json"]')).to.not.be.null;
    list.removeAttribute('structured-data');
    await list.updateComplete;
    expect(list.querySelector('script[type="application/ld+json"]')).to.be.null;
    list.setAttribute('structured-data', '');
    await list.updateComplete;
    expect(list.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);
    list.lang = 'en';
    await list.updateComplete;
    expect(q(list, 'h2')!.textContent).to.match(/[Uu]pcoming|[Pp]ast/);
    list.lang = '';
    await list.updateComplete;
    expect(q(list, 'h2')!.textContent).to.match(/[Kk]omend|[Aa]fgelopen|[Ee]erder/);
  });

  it('shows wording the page registered while it was off the page, once it is back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ccv-session-list now=${NOW} .sessions=${SESSIONS}></ccv-session-list></div>`);
    const list = wrapper.querySelector<CcvSessionList>('ccv-session-list')!;
    await list.updateComplete;
    const before = q(list, 'h2')!.textContent;
    list.remove();
    registerMessages('session-list', 'nl', { upcoming: 'Straks', past: 'Toen' } as never);
    wrapper.append(list);
    await aTimeout(0);
    await list.updateComplete;
    expect(q(list, 'h2')!.textContent).to.not.equal(before);
  });

  it('moved and re-inserted many times, answers one address change with one ccv-session-select', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ccv-session-list now=${NOW} .sessions=${SESSIONS}></ccv-session-list></div>`);
    const list = wrapper.querySelector<CcvSessionList>('ccv-session-list')!;
    await list.updateComplete;
    for (let i = 0; i < 3; i += 1) {
      list.remove();
      document.body.append(list);
      await list.updateComplete;
      wrapper.append(list);
      list.replaceWith(list);
    }
    await list.updateComplete;
    let selects = 0;
    list.addEventListener('ccv-session-select', () => (selects += 1));
    location.hash = 'a';
    await aTimeout(200);
    expect(selects).to.equal(1);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('moved on a page whose address cannot change (a CMS preview), keeps the visitor’s filters; follows an address changed while it was away', async () => {
    const original = history.replaceState;
    const wrapper = await fixture<HTMLElement>(html`<div><ccv-session-list now=${NOW} filters .sessions=${SESSIONS}></ccv-session-list><section></section></div>`);
    const list = wrapper.querySelector<CcvSessionList>('ccv-session-list')!;
    await list.updateComplete;
    history.replaceState = () => {
      throw new DOMException('The address cannot change.', 'SecurityError');
    };
    try {
      const topic = q<HTMLSelectElement>(list, '#topic')!;
      topic.value = 'APV';
      topic.dispatchEvent(new Event('change'));
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['Sessie N']);
      // A layout that moves its blocks (or the preview reordering them).
      wrapper.querySelector('section')!.append(list);
      await list.updateComplete;
      expect(titles(list), 'moved').to.deep.equal(['Sessie N']);
      expect(q<HTMLSelectElement>(list, '#topic')!.value).to.equal('APV');
    } finally {
      history.replaceState = original;
    }
    // Away while an app's navigation put other filters in the address: those, once back.
    list.remove();
    history.replaceState(null, '', `${location.pathname}?ccv-topic=OSINT`);
    try {
      wrapper.append(list);
      await list.updateComplete;
      expect(titles(list), 'the address changed meanwhile').to.deep.equal(['Sessie A']);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('made, shown and removed 200 times, leaves no listener or timer behind', async () => {
    const t = track();
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const before = { ...t.listeners() };
      const timers = t.timers();
      for (let i = 0; i < 200; i += 1) {
        const list = document.createElement('ccv-session-list') as CcvSessionList;
        list.setAttribute('now', NOW);
        if (i % 2) list.setAttribute('filters', '');
        list.innerHTML = `<script type="application/json">${JSON.stringify(SESSIONS)}</script>`;
        host.append(list);
        await list.updateComplete;
        list.remove();
      }
      await aTimeout(50);
      expect(t.listeners()).to.deep.equal(before);
      expect(t.timers(), 'timers').to.be.at.most(timers + 2);
    } finally {
      t.stop();
    }
  });

  it('off the page, hears nothing: address, visibility and print events render nothing and say nothing', async () => {
    const heard = catchConsole();
    try {
      const list = await fixture<CcvSessionList>(html`<ccv-session-list filters .sessions=${SESSIONS}></ccv-session-list>`);
      await list.updateComplete;
      list.remove();
      const updates = countUpdates(list);
      history.pushState(null, '', '?ccv-topic=OSINT');
      dispatchEvent(new PopStateEvent('popstate'));
      location.hash = 'n';
      document.dispatchEvent(new Event('visibilitychange'));
      dispatchEvent(new Event('beforeprint'));
      await aTimeout(200);
      history.replaceState(null, '', location.pathname);
      expect(updates.count).to.equal(0);
      expect(heard.said).to.deep.equal([]);
    } finally {
      heard.restore();
    }
  });

  it('taken off with a render still to come, builds no more of a long list and writes no JSON-LD off the page; put back, does both', async () => {
    // (A framework that changes a property and takes the list away in one go: Lit renders it once more, off the page.)
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, title: `Sessie ${i}`, start: new Date(Date.UTC(2023, 0, 1 + i, 14)).toISOString() }));
    const list = await fixture<CcvSessionList>(html`<ccv-session-list now=${NOW} page-size="10" structured-data .sessions=${many}></ccv-session-list>`);
    const parent = list.parentElement!;
    const jsonLd = () => list.querySelector('script[type="application/ld+json"]');
    expect(jsonLd(), 'on the page').to.exist;
    list.pageSize = 300;
    list.remove();
    await list.updateComplete;
    const built = qa(list, 'article').length;
    const updates = countUpdates(list);
    // (The rest of a long list comes a task at a time, 80 sessions each: four tasks for these.)
    await aTimeout(200);
    expect(updates.count, 'renders asked for off the page').to.equal(0);
    expect(qa(list, 'article').length, 'sessions built off the page').to.equal(built);
    expect(jsonLd(), 'off the page').to.be.null;
    parent.append(list);
    await list.updateComplete;
    expect(qa(list, 'article')).to.have.length(300);
    expect(jsonLd(), 'back on the page').to.exist;
  });

  describe('a filter changed just before it leaves the page', () => {
    /** A list with filters whose topic was just chosen: its count is due 700 ms later. */
    async function filtered() {
      const list = await fixture<CcvSessionList>(html`<ccv-session-list filters .sessions=${SESSIONS}></ccv-session-list>`);
      const topic = list.shadowRoot!.querySelector<HTMLSelectElement>('#topic')!;
      topic.value = topic.options[1].value;
      topic.dispatchEvent(new Event('change'));
      await list.updateComplete;
      return list;
    }
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('taken off for good, renders no more for its count', async () => {
      const list = await filtered();
      list.remove();
      const updates = countUpdates(list);
      await aTimeout(1000);
      expect(updates.count).to.equal(0);
    });

    it('taken off and put back a moment later, before or after its count came due, says it then', async () => {
      for (const away of [0, 1000]) {
        const list = await filtered();
        const parent = list.parentElement!;
        list.remove();
        await aTimeout(away);
        expect(list.shadowRoot!.querySelector('[role=status]')!.textContent!.trim(), 'not while away').to.equal('');
        parent.append(list);
        await waitUntil(() => list.shadowRoot!.querySelector('[role=status]')!.textContent!.trim(), `the count is said (away ${away} ms)`);
        list.remove();
      }
    });

    it('moved in one go, still says its count', async () => {
      const list = await filtered();
      const parent = list.parentElement!;
      list.remove();
      parent.append(list);
      await waitUntil(() => list.shadowRoot!.querySelector('[role=status]')?.textContent?.trim(), 'the count is said');
    });
  });

  it('as two identical lists with one src, ties every ARIA reference within its own list', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <ccv-session-list now=${NOW} filters src="/test/lifecycle/one-session.json"></ccv-session-list>
      <ccv-session-list now=${NOW} filters src="/test/lifecycle/one-session.json"></ccv-session-list></div>`);
    const lists = [...wrapper.querySelectorAll<CcvSessionList>('ccv-session-list')];
    await waitUntil(() => lists.every((l) => titles(l).length));
    for (const list of lists) {
      for (const el of qa(list, '[aria-describedby],[aria-labelledby],[aria-controls],label[for]')) {
        for (const id of (el.getAttribute('aria-describedby') ?? el.getAttribute('aria-labelledby') ?? el.getAttribute('aria-controls') ?? el.getAttribute('for'))!.split(/\s+/)) {
          expect(list.shadowRoot!.getElementById(id), `${id} in its own root`).to.not.be.null;
        }
      }
    }
  });

  it('speaks the language a <ccv-config> around it takes after the sessions show', async () => {
    const config = await fixture<HTMLElement>(html`<ccv-config><ccv-session-list now=${NOW} .sessions=${SESSIONS}></ccv-session-list></ccv-config>`);
    const list = config.querySelector<CcvSessionList>('ccv-session-list')!;
    await list.updateComplete;
    config.setAttribute('lang', 'en');
    await aTimeout(0);
    await list.updateComplete;
    expect(q(list, 'h2')!.textContent).to.match(/[Uu]pcoming|[Pp]ast/);
  });
});
