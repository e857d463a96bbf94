/**
 * The recordings of a long list, as a reactive controller: those on the first screen come at once,
 * the rest wait in a box of their size until they come near the viewport (an IntersectionObserver),
 * are reached by Tab, or are printed. It owns the boxes, the observer and the print listener, and
 * lets them go when the list leaves the page.
 */
import type { ReactiveElement } from 'lit';
import { own } from '../base/own.js';
import type { Session } from './schema.js';
import { nameRecording, recordingBox, recordingOf } from './session-view.js';

/**
 * The recordings on the first screen come at once: each session shows its recording as a
 * <ccv-consent-video>, and those on screen must be there before it is drawn, where a box would
 * grow (on a phone a video's notice wraps). A session with a recording is never shorter than about
 * 300 px (a title, a time, the 16:9 recording in a column of 18rem, its link), so a screen holds at
 * most its height in 300 px of them, and one more cut at the top, however many sessions without a
 * recording stand between. (A window that reports no height, a hidden frame, gets ten, as
 * before.) The rest wait in a box of the same size until they come near: each recording is a
 * widget of its own, about 1 ms to render and lay out here (ten at once, as before, were a third
 * of the first render of a page of ten), and a thousand at once would take seconds.
 */
const eagerRecordings = (): number => (innerHeight > 0 ? Math.min(10, Math.ceil(innerHeight / 300) + 1) : 10);

/** The recordings of `host`'s sessions (a controller of it); `lang` gives the data's language where it is not the list's. */
export function lazyRecordings(host: ReactiveElement, lang: () => string | undefined) {
  /**
   * Sessions near the viewport. A recording is a whole widget of its own;
   * in a long list, sessions far below the fold get theirs when they come
   * within a screen's height, and keep a 16:9 box until then. (On a narrow
   * screen the video's placeholder is taller than 16:9; it grows there, a
   * screen away from what the visitor sees, where nothing visible moves.)
   */
  const nearView = new Set<string>();
  /** The session each waiting box is for. */
  const boxes = new WeakMap<Element, Session>();
  /** Each session's waiting box, so a rebuilt session's old box stops being watched. */
  const boxOf = new Map<string, Element>();
  let nearObserver: IntersectionObserver | undefined;
  /** Boxes rendered but not yet handed to the observer (see watchBox). */
  let boxesToWatch: Element[] = [];
  /** How many more recordings this render gives at once (see eagerRecordings). */
  let eagerLeft = 0;

  const watchBoxes = (): void => {
    const watched = boxesToWatch;
    boxesToWatch = [];
    // Left the page meanwhile: hostConnected watches what is there when it returns.
    if (!host.isConnected) return;
    nearObserver ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const session = boxes.get(entry.target);
          // (A late report about a box its session has already replaced changes nothing.)
          if (!entry.isIntersecting || !session || boxOf.get(session.id) !== entry.target) continue;
          show(session);
        }
      },
      own({ rootMargin: '100% 0px' }),
    );
    for (const box of watched) {
      // Not a box whose session was built anew, or left the data, in the meantime.
      const session = boxes.get(box);
      if (session && boxOf.get(session.id) === box) nearObserver.observe(box);
    }
  };

  /**
   * Swaps a session's box for its recording once the session comes near the viewport. The
   * boxes are handed to the observer in the task after the render, all at once: registering a
   * thousand targets took about 20 ms, and the list can be on screen before that.
   */
  const watchBox = (box: Element): void => {
    boxesToWatch.push(box);
    if (boxesToWatch.length === 1) setTimeout(watchBoxes);
  };

  /** Stops watching a session's waiting box (its session was built anew, or left the data). */
  const forget = (id: string): void => {
    const box = boxOf.get(id);
    if (box) nearObserver?.unobserve(box);
    boxOf.delete(id);
  };

  /** A session's recording in place of its box, now and whenever it is built again. */
  const show = (session: Session): void => {
    nearView.add(session.id);
    const box = boxOf.get(session.id);
    if (!box) return;
    forget(session.id);
    box.replaceWith(recordingOf(session, lang()));
  };

  /**
   * On paper every session is near: the boxes on the page become recordings, which print as their
   * title and address (a box printed as an empty 16:9 frame, without the address).
   */
  const onBeforePrint = (): void => {
    for (const box of [...boxOf.values()]) {
      const session = boxes.get(box);
      if (session && box.isConnected) show(session);
    }
  };

  const controller = {
    show,
    forget,
    /** A render begins: it gives the first screen's recordings at once (counted down over both groups). */
    reset(): void {
      eagerLeft = eagerRecordings();
    },
    /** Whether this session's recording comes at once in this render. */
    eager: (session: Session): boolean => !!session.video && eagerLeft-- > 0,
    /** Whether this session's recording still waits in its box. */
    waiting: (id: string): boolean => boxOf.has(id),
    /**
     * The recording of a session that has one: the one already on the page (a video that plays
     * goes on playing), the video itself near the viewport, or — far below the fold, since a
     * recording is a whole widget — a 16:9 box until the session comes near.
     */
    recordingFor(session: Session, item: HTMLElement | undefined, eager: boolean): HTMLElement {
      const shown = item?.querySelector<HTMLElement>('ccv-consent-video');
      const dataLang = lang();
      if (shown?.getAttribute('url') === session.video!.url) {
        nameRecording(shown, session, dataLang);
        return shown;
      }
      if (eager || nearView.has(session.id) || typeof IntersectionObserver === 'undefined') return recordingOf(session, dataLang);
      const box = recordingBox(session, dataLang);
      boxes.set(box, session);
      boxOf.set(session.id, box);
      watchBox(box);
      return box;
    },
    /**
     * Tab can reach a session before the screen does (a tall session on a phone): the boxes of the
     * focused session and those beside it become recordings now, so the next Tab, either way,
     * meets a recording's controls and does not pass a box that turns into them behind it.
     */
    focusIn(event: FocusEvent): void {
      const items = [...host.renderRoot.querySelectorAll('ol > li')];
      const at = items.indexOf((event.target as Element).closest('ol > li')!);
      if (at < 0) return;
      for (const item of items.slice(Math.max(0, at - 1), at + 2)) {
        const session = boxes.get(item.querySelector('.video-slot')!);
        if (session) show(session);
      }
    },
    hostConnected(): void {
      addEventListener('beforeprint', onBeforePrint);
      // Moved in the page: the observer was stopped on the way out. Every box, also those of
      // sessions a filter or the page size holds back: they may come back.
      if (host.hasUpdated) for (const box of boxOf.values()) watchBox(box);
    },
    hostDisconnected(): void {
      removeEventListener('beforeprint', onBeforePrint);
      nearObserver?.disconnect();
      nearObserver = undefined;
    },
  };
  host.addController(controller);
  return controller;
}
