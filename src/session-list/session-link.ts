/**
 * Which list answers a link to a session, when every list on the page hears the same hash change:
 * the list whose session link was clicked, else the first list that shows the session. Plain
 * functions over two page-wide records, kept on globalThis for lists from two copies of the library.
 */

/**
 * The list whose session link was clicked, and the address it leads to: every list on the page
 * hears the hash change that follows, and only that one answers it as a click.
 */
const CLICKED = Symbol.for('ccv-leerkring.session-link-clicked');
type Clicked = { list: HTMLElement; hash: string };
const clicked = globalThis as { [CLICKED]?: Clicked };
/**
 * The list that answered the last link to a session (a hash change, or the address the page
 * opened at): lists whose `show` overlap both hold the session, and one of them answers.
 */
const ANSWERED = Symbol.for('ccv-leerkring.session-link-answered');
const answered = globalThis as { [ANSWERED]?: { list: HTMLElement; hash: string; event?: Event } };

/**
 * A click in `list`: when it follows one of its session links, the hash change that follows came
 * from a click. `answer` answers it at once where no hash change comes.
 */
export function noteLinkClick(list: HTMLElement, event: MouseEvent, answer: () => void): void {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('article a[href^="#"]');
  // (Its menu, which Firefox opens from the keyboard with button 0, is no click.)
  if (!link || event.type !== 'click') return;
  // Only a plain click stays on this page (another opens a tab or a window, with no hash change here).
  const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
  if (!plain || event.defaultPrevented) return;
  const hash = new URL(link.getAttribute('href')!, location.href).hash;
  clicked[CLICKED] = { list, hash };
  if (location.hash === hash) {
    // The address does not change, so no hashchange comes: the click is answered here.
    event.preventDefault();
    answer();
  } else if (document.baseURI.split('#')[0] !== location.href.split('#')[0]) {
    // A page with <base href> elsewhere (some CMSs add one) resolves "#id" against that base,
    // which leaves the page: a plain click stays here.
    event.preventDefault();
    location.hash = hash;
  }
}

/** The list whose session link led to the address as it is now, if a click did. */
export function clickedList(): HTMLElement | undefined {
  const click = clicked[CLICKED]?.hash === location.hash ? clicked[CLICKED] : undefined;
  // Forgotten once every list has heard this hash change.
  setTimeout(() => {
    if (clicked[CLICKED] === click) clicked[CLICKED] = undefined;
  });
  return click?.list;
}

/**
 * Whether `list`, which shows the linked session, answers the link (and is then the one that
 * did): a click in it, or a link that no other list on the page has answered yet.
 */
export function answersLink(list: HTMLElement, click: boolean, event?: Event): boolean {
  // A link (not a click in a list) is answered by the first list that shows its session.
  const last = answered[ANSWERED];
  if (!click && last && last.list !== list && last.list.isConnected && last.event === event && last.hash === location.hash) return false;
  answered[ANSWERED] = { list, hash: location.hash, event };
  return true;
}
