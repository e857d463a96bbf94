/**
 * Keeps a filtered list and the page address in step, as a reactive controller: the list's choice
 * goes into the address (without a history entry) and to the page's other lists, and the list
 * hears what changes the address from outside (Back, Forward, a router's pushState). It listens
 * only while the list is on the page.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Filter } from './order.js';

/**
 * One list changed the filters in the address: the page's other filtered lists follow, so the page
 * is what a link to it shows. Internal, so not in the public `ccv-` namespace of events.
 */
const FILTER_CHANGE = 'leerkring-session-filter-change';
/** The Navigation API, where the browser has it: it also hears pushState and replaceState. */
const navigation = () => (globalThis as { navigation?: EventTarget }).navigation;

/**
 * The address link of `host` (a controller of it). `follow` hears another list's choice, or (with
 * none) that the address changed.
 */
export function filterLink(host: ReactiveControllerHost, follow: (chosen?: Filter) => void) {
  // (The list whose choice it is: its `filter`.)
  const heard = ({ detail }: Partial<CustomEvent<{ filter: Filter }>>): void => {
    // Only the fragment changed while a search waited (a session's link followed): the new entry holds
    // the address as it was, without the search, which is no change from outside. It goes in now.
    if (!detail && owed && location.href.split('#')[0] === from) write();
    if ((detail as object | undefined) !== host) follow(detail?.filter);
  };
  // A search typed letter by letter goes into the address once typing pauses: analytics that count
  // each change of the address as a page view (GA4's enhanced measurement, a tag manager's history
  // trigger) would otherwise count one for every key.
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The address still to be written (after a pause, or when the list comes back to the page). */
  let owed: (() => URL) | undefined;
  /** The address, fragment aside, when the write became owed. */
  let from: string | undefined;
  const write = (): void => {
    clearTimeout(timer);
    const url = owed!();
    owed = undefined;
    // Linkable ("all sessions about OSINT") without adding history entries. A page whose address
    // cannot change (a CMS's preview in an about:srcdoc frame) refuses: the list filters all the same.
    try {
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    } catch {
      // (Not linkable there.)
    }
  };
  /**
   * Leaving the page (a link followed, a reload) while a search waits: written now. A page the
   * browser does not keep for Back is loaded anew from its address, which then holds the search.
   */
  const leave = (): void => void (owed && write());
  const controller = {
    /**
     * Puts the list's filters (the address `url` gives, when it is written) in the address, at once
     * or `pauseMs` after the last change, and tells the page's other lists at once.
     */
    publish(url: () => URL, pauseMs = 0): void {
      clearTimeout(timer);
      owed = url;
      from = location.href.split('#')[0];
      if (pauseMs) timer = setTimeout(write, pauseMs);
      else write();
      dispatchEvent(new CustomEvent(FILTER_CHANGE, { detail: host }));
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
      if (owed) timer = setTimeout(write);
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
