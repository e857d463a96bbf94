/**
 * Runs inside the bench page (headless Chromium, production CDN bundle).
 * Measures <ccv-session-list> against a hand-written DOM baseline that
 * builds the same markup as the element's first render (recordings below
 * the fold are a same-sized box until they come near) in a shadow root with
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

export async function renderList(sessions, pageSize) {
  const list = document.createElement('ccv-session-list');
  list.now = NOW;
  list.pageSize = pageSize;
  list.sessions = sessions;
  const t0 = performance.now();
  document.body.append(list);
  await settle(list);
  const ms = performance.now() - t0;
  return { list, ms };
}

/** The same markup, written out by hand: no framework, no validation, no sorting. */
export async function renderBaseline(sessions, styleSheets) {
  const t0 = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styleSheets;
  const el = (tag, text, parent) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    parent?.append(node);
    return node;
  };
  const section = el('section', undefined, el('div', undefined, root));
  el('h2', 'Komende sessies', section);
  const ol = el('ol', undefined, section);
  ol.className = 'sessions';
  const dateFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  for (const s of sessions) {
    const li = el('li', undefined, ol);
    const article = el('article', undefined, li);
    article.id = `session-${s.id}`;
    el('h3', s.title, article);
    const meta = el('p', undefined, article);
    const time = el('time', dateFormat.format(new Date(s.start)), meta);
    time.setAttribute('datetime', s.start);
    el('span', 'Leerkring', meta);
    el('p', s.summary, article);
    const dl = el('dl', undefined, article);
    el('dt', 'Voorzitter', dl);
    el('dd', s.chair.name, dl);
    el('dt', 'Panel', dl);
    const ul = el('ul', undefined, el('dd', undefined, dl));
    for (const p of s.panel) el('li', `${p.name} (${p.organisation})`, ul);
    const topics = el('ul', undefined, article);
    topics.className = 'topics';
    for (const t of s.topics) el('li', t, topics);
    el('div', undefined, article).className = 'video-slot';
    const actions = el('p', undefined, article);
    actions.className = 'actions';
    el('a', 'Link naar deze sessie', actions).href = `#${s.id}`;
  }
  document.body.append(host);
  document.body.offsetHeight;
  const ms = performance.now() - t0;
  host.remove();
  return ms;
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
