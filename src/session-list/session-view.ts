/**
 * One session as DOM: `<li><article>` with its heading, time, badges,
 * summary, people, topics, recording (or the box it will come in) and links.
 *
 * Built with plain DOM calls rather than a Lit template: a list renders
 * hundreds of sessions at once, and with a template per session (and a
 * nested one for every optional piece) 1,000 sessions took about three
 * times as long as the same markup written out by hand. Cloned from a
 * skeleton and filled in, it takes about 1.1 times as long as that
 * hand-written baseline (`npm run bench`; the rest is validation and date
 * formatting). Strings
 * only ever become text nodes; the URLs here were checked by the schema
 * (`registrationUrl`, the video) or are our own (`#id`, the calendar file).
 */
import type { SessionListMessages } from './messages.js';
import type { SessionStatus } from './order.js';
import type { Person, Session } from './schema.js';

type Child = Node | string;

function element(tag: string, attributes: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  // Own keys only: `for…in` also walks what a page added to Object.prototype (an inline handler!).
  if (attributes) for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const personText = (p: Person) => [p.name, p.role].filter(Boolean).join(', ') + (p.organisation ? ` (${p.organisation})` : '');

export interface SessionView {
  t: SessionListMessages;
  status: SessionStatus;
  /** The session heading's level, 3–6. */
  headingLevel: number;
  /** Date and time, formatted for the language. */
  when: string;
  /** The `data:` URL of the calendar file, for a session still to come. */
  calendarUrl?: string;
  /** The recording, or a 16:9 box for it while the session is far from view. */
  recording?: HTMLElement;
  /** The data's language, where it is not the list's: its texts are marked with it. */
  dataLang?: string;
}

/** The recording of a session that has one, as a privacy-first video. */
export function recordingOf(session: Session, lang?: string): HTMLElement {
  const recording = element('ccv-consent-video', { url: session.video!.url });
  nameRecording(recording, session, lang);
  return recording;
}

/** Names a recording, new or already playing, after its session: its title, in the data's language where that is not the list's. */
export function nameRecording(recording: Element, session: Session, lang?: string): void {
  recording.setAttribute('video-title', session.video?.title ?? session.title);
  if (lang) recording.setAttribute('video-title-lang', lang);
  else recording.removeAttribute('video-title-lang');
}

/**
 * A box of the recording's 16:9 size, to be swapped for it when the session comes near. It names
 * the recording meanwhile, so find-in-page and a screen reader reading ahead still meet it.
 */
export function recordingBox(session: Session, lang?: string): HTMLElement {
  const title = session.video?.title ?? session.title;
  return element('div', { class: 'video-slot' }, element('div', null, element('p', lang ? { lang } : null, title)));
}

/**
 * The markup every session shares, in the language of `t`, built once per
 * heading level and cloned for each session: a clone makes the ~30 nodes of
 * a session natively in one call, where a createElement per node made 1,000
 * sessions take half again as long. Texts are empty text nodes, filled in by
 * `sessionItem`; attributes are present, in the order the markup writes them.
 */
const skeletons = new WeakMap<SessionListMessages, HTMLElement[]>();
function skeleton(t: SessionListMessages, level: number): HTMLElement {
  let byLevel = skeletons.get(t);
  if (!byLevel) skeletons.set(t, (byLevel = []));
  return (byLevel[level] ??= element(
    'li',
    null,
    element(
      'article',
      { part: 'session', id: '', 'aria-labelledby': '', tabindex: '-1' },
      element(`h${level}`, { part: 'session-title', id: '' }, ''),
      element('p', { class: 'meta' }, element('time', { datetime: '' }, ''), element('span', { part: 'badge', class: 'badge' }, '')),
      element('p', null, ''),
      // role="list": Safari drops list semantics from lists styled without bullets.
      // Each label with its names in a <div> (as HTML allows), so each pair wraps on its own where narrow.
      element(
        'dl',
        null,
        element('div', null, element('dt', null, t.chair), element('dd', null, '')),
        element('div', null, element('dt', null, t.panel), element('dd', null, element('ul', { role: 'list' }))),
      ),
      element('ul', { class: 'topics', role: 'list', 'aria-label': t.topics }),
      element('p', { class: 'actions' }, element('a', { href: '' }, t.link, element('span', { class: 'visually-hidden' }, ''))),
    ),
  ));
}

const setText = (parent: Element, text: string) => ((parent.firstChild as Text).data = text);

/**
 * The session's `<li>`. Given the item it was built into before, it is
 * rebuilt in place around its recording: a video that is playing must not
 * leave the page (an iframe that moves starts again).
 */
export function sessionItem(session: Session, view: SessionView, item?: HTMLElement): HTMLElement {
  const { t } = view;
  const titleId = `title-${session.id}`;
  // The data's language, where it is not the list's: on the data's own words.
  const inData = view.dataLang ? { lang: view.dataLang } : null;
  // Link texts name their session for screen readers ("Aanmelden: <title>").
  const forTitle = () => element('span', { class: 'visually-hidden', ...inData }, `: ${session.title}`);

  const fresh = skeleton(t, view.headingLevel).cloneNode(true) as HTMLElement;
  const article = fresh.firstElementChild as HTMLElement;
  // (Walked sibling by sibling: destructuring a live HTMLCollection is several times slower.)
  const title = article.firstElementChild!;
  const meta = title.nextElementSibling!;
  const summary = meta.nextElementSibling!;
  const people = summary.nextElementSibling!;
  const topics = people.nextElementSibling!;
  const actions = topics.nextElementSibling!;
  article.id = `session-${session.id}`;
  article.setAttribute('aria-labelledby', titleId);
  title.id = titleId;
  setText(title, session.title);

  const time = meta.firstElementChild!;
  const badge = time.nextElementSibling!;
  time.setAttribute('datetime', session.start.toISOString());
  setText(time, view.when);
  if (session.format) setText(badge, t.formats[session.format]);
  else badge.remove();
  if (view.status === 'live') meta.append(element('span', { part: 'live-badge', class: 'badge badge--live' }, t.live));

  if (session.summary) setText(summary, session.summary);
  else summary.remove();
  const chairGroup = people.firstElementChild!;
  const panelGroup = chairGroup.nextElementSibling!;
  const chair = chairGroup.lastElementChild!;
  const panel = panelGroup.lastElementChild!;
  if (session.chair) setText(chair, personText(session.chair));
  else chairGroup.remove();
  // (One at a time: a list as long as a hostile document makes it, spread into one call, overflows the stack.)
  if (session.panel.length) for (const member of session.panel) panel.firstElementChild!.append(element('li', null, personText(member)));
  else panelGroup.remove();
  if (!people.firstChild) people.remove();
  // (On each topic, not the list: its name, "Topics", is the list's word, said in the list's voice.)
  if (session.topics.length) for (const topic of session.topics) topics.append(element('li', inData, topic));
  else topics.remove();

  const link = actions.firstChild as HTMLAnchorElement;
  link.setAttribute('href', `#${session.id}`);
  setText(link.lastChild as Element, `: ${session.title}`);
  // Dutch data on an English page is read in a Dutch voice; the words around it stay the page's.
  if (view.dataLang) for (const part of [title, summary, chair, panel, link.lastChild as Element]) (part as HTMLElement).lang = view.dataLang;
  if (view.calendarUrl) {
    link.before(element('a', { part: 'calendar-link', href: view.calendarUrl, download: `${session.id}.ics` }, t.addToCalendar, forTitle()));
  }
  if (view.status !== 'past' && session.registrationUrl) {
    link.before(element('a', { part: 'registration-link', class: 'button', href: session.registrationUrl }, t.register, forTitle()));
  }

  const old = item?.firstElementChild;
  if (!item || !old) {
    if (view.recording) actions.before(view.recording);
    return fresh;
  }
  for (const { name, value } of article.attributes) old.setAttribute(name, value);
  for (const child of [...old.childNodes]) if (child !== view.recording) child.remove();
  const before = [...article.children].slice(0, -1);
  if (view.recording && view.recording.parentNode === old) {
    view.recording.before(...before);
    view.recording.after(actions);
  } else old.append(...before, ...(view.recording ? [view.recording] : []), actions);
  return item;
}

/**
 * Makes `items` the children of `list`, in order. Items that go are removed
 * first, so a filter (which only removes and restores) moves nothing that
 * stays: a moved iframe starts its video again, and a moved control loses focus.
 */
export function placeItems(list: HTMLElement, items: HTMLElement[]): void {
  const keep = new Set<Element>(items);
  for (const child of [...list.children]) if (!keep.has(child)) child.remove();
  let next = list.firstElementChild;
  for (const item of items) {
    if (item === next) next = item.nextElementSibling;
    else list.insertBefore(item, next);
  }
}
