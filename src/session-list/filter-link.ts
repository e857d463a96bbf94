/**
 * Keeps a filtered list and the page address in step, as a reactive controller: the list's choice
 * goes into the address (without a history entry) and to the page's other lists, and the list
 * hears what changes the address from outside (Back, Forward, a router's pushState). It listens
 * only while the list is on the page.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Filter } from './order.js';

/**
 * One list changed its filters: the page's filtered lists follow, so the page is what a link to it
 * shows, and each puts them in the address. Internal, so not in the public `ccv-` namespace of events.
 */
const FILTER_CHANGE = 'leerkring-session-filter-change';
/** The Navigation API, where the browser has it: it also hears pushState and replaceState. */
const navigation = () => (globalThis as { navigation?: EventTarget }).navigation;

/**
 * The address link of `host` (a controller of it). `follow` hears a list's choice (this list's
 * too), or (with none) that the address changed; `url` gives the address with the list's filters.
 */
export function filterLink(host: ReactiveControllerHost & { filters: boolean }, follow: (chosen?: Filter) => void, url: () => URL) {
  // (The list whose choice it is, with its `filter`, and how long its address waits.)
  const heard = ({ detail }: Partial<CustomEvent<[ReactiveControllerHost & { filter?: Filter }, number]>>): void => {
    // Only the fragment changed while a search waited (a session's link followed): the new entry holds
    // the address as it was, without the search, which is no change from outside. It goes in now.
    if (!detail && location.href.split('#')[0] === from) write();
    follow(detail?.[0].filter);
    // Every list that follows the choice puts it in the address, at once or after the pause, as if it
    // were alone: should the list it came from leave the page before its search is written, the
    // page still shows the search, and a link to the page must too. (The same address is written once.)
    if (detail && host.filters) {
      clearTimeout(timer);
      from = location.href.split('#')[0];
      if (detail[1]) timer = setTimeout(write, detail[1]);
      else write();
    }
  };
  // A search typed letter by letter goes into the address once typing pauses: analytics that count
  // each change of the address as a page view (GA4's enhanced measurement, a tag manager's history
  // trigger) would otherwise count one for every key.
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The address, fragment aside, when a write of it became owed; none while none is (it is written
   * after a pause, or when the list comes back to the page).
   */
  let from: string | undefined;
  const write = (): void => {
    clearTimeout(timer);
    from = undefined;
    const href = url();
    // Linkable ("all sessions about OSINT") without adding history entries. A page whose address
    // cannot change (a CMS's preview in an about:srcdoc frame) refuses: the list filters all the same.
    try {
      if (href.href !== location.href) history.replaceState(history.state, '', href);
    } catch {
      // (Not linkable there.)
    }
  };
  /**
   * Leaving the page (a link followed, a reload) while a search waits: written now. A page the
   * browser does not keep for Back is loaded anew from its address, which then holds the search.
   */
  const leave = (): void => void (from && write());
  const controller = {
    /**
     * Tells the page's lists (this one too) of the list's filters at once; they go in the address
     * at once, or `pauseMs` after the last change.
     */
    publish(pauseMs = 0): void {
      dispatchEvent(new CustomEvent(FILTER_CHANGE, { detail: [host, pauseMs] }));
    },
    hostConnected(): void {
      addEventListener(FILTER_CHANGE, heard);
      addEventListener('pagehide', leave);
      // Back and Forward bring back an address with other filters: follow it.
      addEventListener('popstate', heard);
      // A single-page app's router changes the address with pushState, which fires no popstate.
      navigation()?.addEventListener('currententrychange', heard);
      // Moved in the page while its search waited: written once the list has read the address
      // again (an address changed meanwhile wins: the list then follows it).
      if (from) timer = setTimeout(write);
    },
    hostDisconnected(): void {
      // (Not written while the list is away: a router may have moved on to another page.)
      clearTimeout(timer);
      removeEventListener(FILTER_CHANGE, heard);
      removeEventListener('pagehide', leave);
      removeEventListener('popstate', heard);
      navigation()?.removeEventListener('currententrychange', heard);
    },
  };
  host.addController(controller);
  return controller;
}
