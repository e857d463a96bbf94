/**
 * Runs inside the bench page (headless Chromium, production CDN bundle).
 * Measures <ccv-session-list> against a hand-written DOM baseline that
 * builds the same markup as the element's first render (the recordings of
 * the sessions a first screen can hold at once, those further down a
 * same-sized box until they come near) in a shadow root with
 * the same stylesheets, so both pay for the same style and layout work.
 */
const TOPICS = ['OSINT', 'APV', 'Barrièremodel', 'Online monitoring', 'Strafrecht', 'Interventies', 'Voetbal', 'Cyber'];
const NOW = '2026-06-01T12:00:00+02:00';

export function makeSessions(count) {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(Date.UTC(2020, 0, 1) + i * 36 * 3600 * 1000);
    return {
      id: `s-${i}`,
      title: `Leerkring ${i}: online aangejaagde ordeverstoringen in gemeente ${i % 50}`,
      format: i % 3 ? 'small' : 'xl',
      start: start.toISOString(),
      end: new Date(start.getTime() + 90 * 60000).toISOString(),
      summary: `Samenvatting van sessie ${i}, over signalen op sociale media en de aanpak door gemeente, politie en OM.`,
      chair: { name: `Voorzitter ${i % 7}` },
      panel: [
        { name: `Panellid A${i}`, organisation: 'OM' },
        { name: `Panellid B${i}`, organisation: 'Politie' },
        { name: `Panellid C${i}`, organisation: 'CCV' },
      ],
      topics: [TOPICS[i % 8], TOPICS[(i + 3) % 8]],
      video: { url: `https://www.youtube.com/watch?v=EXAMPLE${String(i % 10000).padStart(4, '0')}`, title: `Opname ${i}` },
    };
  });
}

const settle = async (list) => {
  await list.updateComplete;
  await Promise.all([...list.shadowRoot.querySelectorAll('ccv-consent-video')].map((v) => v.updateComplete));
  return document.body.offsetHeight; // include style and layout
};

/**
 * `ms`: until the first sessions are drawn (a long list fills in the rest in later tasks);
 * `allMs`: until every session it shows is in place, laid out.
 */
export async function renderList(sessions, pageSize) {
  const list = document.createElement('ccv-session-list');
  list.now = NOW;
  list.pageSize = pageSize;
  list.sessions = sessions;
  // The first render that holds sessions, heard from inside the element's update cycle.
  const drawn = new Promise((resolve) => {
    const controller = { hostUpdated: () => list.shadowRoot.querySelector('article') && resolve(list.removeController(controller)) };
    list.addController(controller);
  });
  const t0 = performance.now();
  document.body.append(list);
  await drawn;
  await Promise.all([...list.shadowRoot.querySelectorAll('ccv-consent-video')].map((v) => v.updateComplete));
  document.body.offsetHeight;
  const ms = performance.now() - t0;
  await settle(list);
  const allMs = performance.now() - t0;
  return { list, ms, allMs };
}

/**
 * The same markup, written out by hand: no framework, no validation, no
 * sorting — but every element, attribute and text the list writes for a
 * session (the bench compares one session's markup from both, and stops if
 * they differ), formatted with the same Intl calls a careful page would make.
 */
export async function renderBaseline(sessions, styleSheets) {
  const t0 = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styleSheets;
  const el = (tag, attributes, parent, ...children) => {
    const node = document.createElement(tag);
    for (const name in attributes) node.setAttribute(name, attributes[name]);
    node.append(...children);
    parent?.append(node);
    return node;
  };
  const section = el('section', { class: 'group', 'aria-labelledby': 'group-0' }, el('div', { class: 'root' }, root));
  el('h2', { id: 'group-0' }, section, 'Eerdere sessies');
  const ol = el('ol', { class: 'sessions', role: 'list' }, section);
  // The list shows upcoming sessions soonest first, then past ones newest first.
  const now = Date.parse(NOW);
  const upcoming = sessions.filter((s) => Date.parse(s.end) > now).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = sessions.filter((s) => Date.parse(s.end) <= now).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  // As many as the list gives theirs at once: a screen's height in 300 px, and one more.
  const first = new Set([...upcoming, ...past].slice(0, Math.min(10, Math.ceil(innerHeight / 300) + 1)));
  const zone = { timeZone: 'Europe/Amsterdam' };
  const dateFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...zone });
  const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', ...zone });
  for (const s of sessions) {
    const start = new Date(s.start);
    const article = el('article', { part: 'session', id: `session-${s.id}`, 'aria-labelledby': `title-${s.id}`, tabindex: '-1' }, el('li', null, ol));
    el('h3', { part: 'session-title', id: `title-${s.id}` }, article, s.title);
    const when = `${dateFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(new Date(s.end))}`;
    const meta = el('p', { class: 'meta' }, article, el('time', { datetime: start.toISOString() }, null, when));
    el('span', { part: 'badge', class: 'badge' }, meta, s.format === 'xl' ? 'Leerkring XL' : 'Leerkring');
    el('p', null, article, s.summary);
    const people = el('dl', null, article);
    const chair = el('div', null, people);
    el('dt', null, chair, 'Voorzitter');
    el('dd', null, chair, s.chair.name);
    const panelGroup = el('div', null, people);
    el('dt', null, panelGroup, 'Panel');
    const panel = el('ul', { role: 'list' }, el('dd', null, panelGroup));
    for (const p of s.panel) el('li', null, panel, `${p.name} (${p.organisation})`);
    const topics = el('ul', { class: 'topics', role: 'list', 'aria-label': 'Onderwerpen' }, article);
    for (const topic of s.topics) el('li', null, topics, topic);
    // The recordings of the sessions shown first at once, as the list does; the rest wait in a box.
    if (first.has(s)) el('ccv-consent-video', { url: s.video.url, 'video-title': s.video.title }, article);
    else el('div', { class: 'video-slot' }, article, el('div', null, null, el('p', null, null, s.video.title)));
    const actions = el('p', { class: 'actions' }, article);
    el('a', { href: `#${s.id}` }, actions, 'Link naar deze sessie', el('span', { class: 'visually-hidden' }, null, `: ${s.title}`));
  }
  document.body.append(host);
  document.body.offsetHeight;
  const ms = performance.now() - t0;
  const markup = root.querySelector('li').outerHTML;
  const shownFirst = root.querySelector(`[id="session-${[...first][0].id}"]`).parentElement.outerHTML;
  host.remove();
  return { ms, markup, shownFirst };
}

/** Types a word one character at a time, as a person does; the time of each keystroke. */
export async function typeInFilter(list, word) {
  const input = list.shadowRoot.querySelector('#text');
  const times = [];
  for (let i = 1; i <= word.length; i += 1) {
    input.value = word.slice(0, i);
    const t0 = performance.now();
    input.dispatchEvent(new Event('input'));
    await settle(list);
    times.push(performance.now() - t0);
  }
  input.value = '';
  input.dispatchEvent(new Event('input'));
  await settle(list);
  return times;
}

/** Types `count` characters into the case description with draft saving on; the time of each keystroke. */
export async function typeInDescription(count) {
  const form = document.createElement('ccv-casus-form');
  form.endpoint = '/bench-casus';
  document.body.append(form);
  await form.updateComplete;
  const textarea = form.shadowRoot.querySelector('[name=description]');
  const times = [];
  for (let i = 0; i < count; i += 1) {
    textarea.value += i % 7 === 6 ? ' ' : 'x';
    const t0 = performance.now();
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    times.push(performance.now() - t0);
  }
  form.remove();
  localStorage.clear();
  return times;
}
