/**
 * One session as DOM: `<li><article>` with its heading, time, badges,
 * summary, people, topics, recording (or the box it will come in) and links.
 *
 * Built with plain DOM calls rather than a Lit template: a list renders
 * hundreds of sessions at once, and with a template per session (and a
 * nested one for every optional piece) 1,000 sessions took about three
 * times as long as the same markup written out by hand; built like this,
 * about twice (`npm run bench`, the rest is validation and date formatting). Strings
 * only ever become text nodes; the URLs here were checked by the schema
 * (`registrationUrl`, the video) or are our own (`#id`, the calendar file).
 */
import type { SessionListMessages } from './messages.js';
import type { SessionStatus } from './order.js';
import type { Person, Session } from './schema.js';

type Child = Node | string;

function element(tag: string, attributes: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  if (attributes) for (const name in attributes) node.setAttribute(name, attributes[name]);
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
  /** The recording, or a same-sized box for it while the session is far from view. */
  recording?: HTMLElement;
}

/** The recording of a session, as a privacy-first video. */
export function recordingOf(session: Session): HTMLElement | undefined {
  if (!session.video) return undefined;
  return element('ccv-consent-video', { url: session.video.url, 'video-title': session.video.title ?? session.title });
}

/**
 * A box of the recording's size, to be swapped for it when the session comes near. It names
 * the recording meanwhile, so find-in-page and a screen reader reading ahead still meet it.
 */
export function recordingBox(session: Session): HTMLElement {
  const title = session.video?.title ?? session.title;
  return element('div', { class: 'video-slot' }, element('div', null, element('p', null, title)));
}

/**
 * The session's `<li>`. Given the item it was built into before, it is
 * rebuilt in place around its recording: a video that is playing must not
 * leave the page (an iframe that moves starts again).
 */
export function sessionItem(session: Session, view: SessionView, item?: HTMLElement): HTMLElement {
  const { t } = view;
  const titleId = `title-${session.id}`;
  // Link texts name their session for screen readers ("Aanmelden: <title>").
  const forTitle = () => element('span', { class: 'visually-hidden' }, `: ${session.title}`);

  const meta = element('p', { class: 'meta' }, element('time', { datetime: session.start.toISOString() }, view.when));
  if (session.format) meta.append(element('span', { part: 'badge', class: 'badge' }, t.formats[session.format]));
  if (view.status === 'live') meta.append(element('span', { part: 'live-badge', class: 'badge badge--live' }, t.live));

  const before: Child[] = [element(`h${view.headingLevel}`, { part: 'session-title', id: titleId }, session.title), meta];
  if (session.summary) before.push(element('p', null, session.summary));
  const people: Child[] = [];
  if (session.chair) people.push(element('dt', null, t.chair), element('dd', null, personText(session.chair)));
  if (session.panel.length) {
    const names = session.panel.map((member) => element('li', null, personText(member)));
    people.push(element('dt', null, t.panel), element('dd', null, element('ul', null, ...names)));
  }
  if (people.length) before.push(element('dl', null, ...people));
  if (session.topics.length) {
    before.push(element('ul', { class: 'topics', 'aria-label': t.topics }, ...session.topics.map((topic) => element('li', null, topic))));
  }

  const actions = element('p', { class: 'actions' });
  if (view.calendarUrl) {
    actions.append(element('a', { part: 'calendar-link', href: view.calendarUrl, download: `${session.id}.ics` }, t.addToCalendar, forTitle()));
  }
  if (view.status !== 'past' && session.registrationUrl) {
    actions.append(element('a', { part: 'registration-link', class: 'button', href: session.registrationUrl }, t.register, forTitle()));
  }
  actions.append(element('a', { href: `#${session.id}` }, t.link, forTitle()));

  const attributes = { part: 'session', id: `session-${session.id}`, 'aria-labelledby': titleId, tabindex: '-1' };
  const old = item?.firstElementChild;
  if (!item || !old) return element('li', null, element('article', attributes, ...before, ...(view.recording ? [view.recording] : []), actions));
  const article = old as HTMLElement;
  for (const [name, value] of Object.entries(attributes)) article.setAttribute(name, value);
  for (const child of [...article.childNodes]) if (child !== view.recording) child.remove();
  if (view.recording && view.recording.parentNode === article) {
    view.recording.before(...before);
    view.recording.after(actions);
  } else article.append(...before, ...(view.recording ? [view.recording] : []), actions);
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
