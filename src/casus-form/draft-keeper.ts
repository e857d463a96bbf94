/**
 * Where and when a form keeps its draft: a controller that owns the form's draft key (one per
 * form on the page, moved aside when the same page in another tab saves over it), the debounced
 * save, the save when the page is left or the form removed, clearing it, and the drafts another
 * tab writes. What a draft holds (the values, the send record) is the form's, asked for at each
 * save; how it is stored is draft.ts's.
 */
import type { ReactiveControllerHost } from 'lit';
import { attributeText } from '../base/text.js';
import { warnOnce } from '../base/warn.js';
import { arrival, baseKey, clearDraft, draftKey, loadDraft, moveDraft, newestDraft, noteArrival, rememberKey, saveDraft, tabKey, type Draft, type Sent } from './draft.js';

/** A form that keeps a draft. */
export type DraftHost = ReactiveControllerHost & HTMLElement & { noDraft: boolean; endpoint?: string | undefined };

/** What the keeper asks of its form, and tells it. */
export interface DraftForm {
  /** What to keep now: the values and the send record; undefined when nothing is (the case arrived). */
  draft(): { values: Record<string, unknown>; sent: Sent | undefined } | undefined;
  /** Whether the browser kept the draft just saved (false: it refused). */
  stored(kept: boolean): void;
  /** Whether the fields hold typing no event told of (what a password manager filled), read now: leaving, or at a press. */
  unseen(): boolean;
  /** The send record of a draft the same page in another tab stored as its case went. */
  sentElsewhere(sent: Sent): void;
}

const SAVE_DELAY_MS = 400;

/** The drafts of the forms on the page now, to spot two that would keep one draft. */
const keepers = new Set<DraftKeeper>();

export type DraftKeeper = ReturnType<typeof draftKeeper>;

/** The draft keeper of `host`, a reactive controller; `form` says what goes in the draft. */
export function draftKeeper(host: DraftHost, form: DraftForm) {
  /**
   * Per page and per form on it, fixed when the form first appears: the endpoint may only
   * become known later (from <ccv-config>), and a single-page app changes the address
   * before it removes the form — the last save must land where the next visit looks.
   */
  let key = '';
  /** When its draft was last saved by this form (or restored): a stored draft with another time is another tab's. */
  let savedAt = 0;
  /** A form without an id: its `endpoint`, kept with its draft. */
  let at: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Typing that `no-draft` kept out of the draft (or took out of it): saved once drafts are kept again. */
  let typed = false;

  const onStorage = ({ key: stored, newValue }: StorageEvent): void => {
    const sent = stored && baseKey(stored) === baseKey(key) ? loadDraft(stored, newValue)?.sent : undefined;
    if (sent) form.sentElsewhere(sent);
  };

  /** Another form on the page keeps its draft under `candidate` (one with `endpoint`, where given). */
  const keptBy = (candidate: string, endpoint?: string): boolean =>
    [...keepers].some((keeper) => keeper !== self && keeper.key === candidate && (endpoint === undefined || keeper.at === endpoint));

  // (A form the browser has not upgraded yet, later in a page's HTML than this one, has only the attribute.)
  const endpointOf = (form: DraftHost) => attributeText(form.endpoint ?? form.getAttribute('endpoint')) ?? '';

  /** The forms beside this one that keep drafts and have no id, in page order. */
  const unnamedForms = (): DraftHost[] =>
    [...(host.getRootNode() as ParentNode).querySelectorAll<DraftHost>(host.localName)].filter((form) => !form.id && !form.noDraft && !form.hasAttribute('no-draft'));

  /**
   * A page with two forms keeps two drafts: one form's typing must not overwrite, restore
   * into or clear the other's. A form is known by its `id`, or else by its place among the
   * forms beside it that keep drafts and have no id (in its document or shadow root); the
   * first of those keeps the page's own key. (A space cannot be in an id, so a place never
   * reads as one.)
   */
  const ownKey = (): string => {
    const page = location.pathname;
    let candidate: string;
    if (host.id) {
      candidate = draftKey(`${page}#${host.id}`);
      if (keptBy(candidate)) warnOnce(`Two <ccv-casus-form> elements on this page keep the same draft (${candidate}): give each its own id.`);
      return candidate;
    }
    at = endpointOf(host);
    // A form added before one that is already here (its place taken) goes on to a free one.
    let place = unnamedForms().indexOf(host);
    while (keptBy((candidate = draftKey(place > 0 ? `${page} ${place}` : page)))) place += 1;
    return candidate;
  };

  /** A stored draft this form saved or restored; one another tab saved since is that tab's. */
  const isOwn = (draft: Draft): boolean => draft.savedAt.getTime() === savedAt;
  /** Calls off a save that is due: none is due after it (a leave then saves only what was typed since). */
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  /** Saves the form's draft now, unless it keeps none. (A save that was due is done with it.) */
  const save = (): void => {
    cancel();
    const draft = host.noDraft ? undefined : form.draft();
    if (!draft) return;
    // The same page in another tab saved over this form's draft since: each keeps its own.
    const stored = loadDraft(key);
    if (stored && !isOwn(stored)) key = tabKey(key);
    const saved = saveDraft(key, draft.values, draft.sent, at);
    // (A refused save leaves the stamp of the last one: the draft stored then is still this form's.)
    if (saved) {
      savedAt = saved;
      rememberKey(key);
    }
    form.stored(!!saved);
  };

  /**
   * Whether there is typing to keep: a save is due, or the fields hold typing no event told of
   * (what a password manager filled). (Not an untouched form.)
   */
  const unsaved = (): boolean => form.unseen() || !!timer;

  /** Leaving (a reload, another page, the tab hidden, the form removed): keep what was typed now, not after the pause. */
  const leave = (): void => {
    if (unsaved()) save();
  };

  const self = {
    get key() {
      return key;
    },
    get at() {
      return at;
    },

    hostConnected(): void {
      // A page that unloads disconnects nothing (no hostDisconnected below): the last half second of typing is saved here.
      addEventListener('pagehide', leave);
      addEventListener('storage', onStorage);
      document.addEventListener('visibilitychange', leave);
      keepers.add(self);
    },

    hostDisconnected(): void {
      removeEventListener('pagehide', leave);
      removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', leave);
      keepers.delete(self);
      leave();
    },

    /**
     * On the page: the form's key, and the draft found under it (or beside it) to restore. Moved in
     * the page, the form keeps its key (what was typed is still here); a form that keeps no draft needs none.
     */
    restore(): Draft | undefined {
      if (key || host.noDraft) return undefined;
      key = ownKey();
      // A form with an id kept its draft under the page's key before forms had keys of their own.
      const pageKey = draftKey(location.pathname);
      if (host.id && !keptBy(pageKey) && !unnamedForms().length) moveDraft(pageKey, key);
      // Known by its place, a form finds another's draft there once the page changes (a block moved or
      // removed), and its own at another place. So a draft names the endpoint of the form without an id
      // that kept it (an older one names none). A form takes the draft at its place that names its
      // endpoint; else the newest of the page's that does, wherever it is (also at the place a form with
      // another endpoint took: that one saves beside it, see save), unless a form beside it
      // has that endpoint too (those are told apart by place); else the draft at its place, unless a
      // form beside it has the endpoint that draft names.
      const others = host.id ? [] : unnamedForms().filter((form) => form !== host).map(endpointOf);
      const here = (each: string) => each === key || each.startsWith(`${key} tab `);
      const found =
        newestDraft(key, (each, draft) => here(each) && draft.at === at) ??
        (host.id || others.includes(at!) ? undefined : newestDraft(key, (each, draft) => draft.at === at && `${each} `.startsWith(`${pageKey} `) && !keptBy(each, at))) ??
        newestDraft(key, (each, draft) => here(each) && !others.includes(draft.at!));
      if (!found) return undefined;
      // Its key, too: the case now goes on there (and is cleared there once it arrives).
      key = found.key;
      savedAt = found.draft.savedAt.getTime();
      return found.draft;
    },

    /** `no-draft` changed on the page: switched on, the draft goes; switched off, the form takes its key. */
    noDraftChanged(): void {
      if (!host.noDraft) {
        // Drafts switched on while on the page: what was typed meanwhile, or before, is kept from now.
        // (Off the page a form that never kept one has no key yet, and saves nothing: an empty key no visit reads.)
        if (!key && host.isConnected) key = ownKey();
        if (typed && key) self.schedule();
      } else if (key) {
        // What the draft held (or a save that was due would have) is still in the fields: kept again once drafts are.
        typed ||= !!timer || !!loadDraft(key);
        clearDraft(key);
      }
    },

    unsaved,

    /**
     * `sent` arrived: noted for the same page in every tab, which may hold the case and have missed
     * the send (in the back/forward cache, or frozen: a `storage` event it did not get is not given
     * again), so that sent there it goes under its key.
     */
    arrived(sent: Sent): void {
      if (key && !host.noDraft) noteArrival(key, sent);
    },

    /** The case `payload` as it arrived from this form in any tab (see arrived), if it did. */
    arrival: (payload: string) => (key ? arrival(key, payload) : undefined),

    /** Saves a moment (SAVE_DELAY_MS) after the last change. */
    schedule(): void {
      typed = host.noDraft;
      if (typed) return;
      cancel();
      timer = setTimeout(save, SAVE_DELAY_MS);
    },

    save,

    /**
     * Calls off a save that is due, and clears the stored draft if `which(draft, own)` says so; by
     * default, if it is this form's own (saved or restored here), not one another tab saved since.
     */
    clear(which = (_draft: Draft, own: boolean) => own): void {
      cancel();
      typed = false;
      const stored = loadDraft(key);
      if (stored && which(stored, isOwn(stored))) clearDraft(key);
    },
  };
  host.addController(self);
  return self;
}
