/**
 * Where and when a form keeps its draft: a controller that owns the form's draft key (one per
 * form on the page, moved aside when the same page in another tab saves over it), the debounced
 * save, the save when the page is left, and the drafts another tab writes. What a draft holds
 * (the values, the send record) is the form's; how it is stored is draft.ts's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../base/warn.js';
import { baseKey, clearDraft, draftKey, loadDraft, moveDraft, newestDraft, rememberKey, saveDraft, tabKey, type Draft, type Sent } from './draft.js';

/** A form that keeps a draft. */
export type DraftHost = ReactiveControllerHost & HTMLElement & { noDraft: boolean };

const SAVE_DELAY_MS = 400;

/** The keepers of the forms on the page now, to spot two that would keep one draft. */
const keepers = new Set<DraftKeeper>();

export class DraftKeeper implements ReactiveController {
  /**
   * Per page and per form on it, fixed when the form first appears: the endpoint may only
   * become known later (from <ccv-config>), and a single-page app changes the address
   * before it removes the form — the last save must land where the next visit looks.
   */
  key = '';
  /** When its draft was last saved by this form (or restored): a stored draft with another time is another tab's. */
  #savedAt = 0;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #host: DraftHost;
  /** Saves the form's draft now (the form knows what goes in it). */
  readonly #save: () => void;
  /** Called when the page is left or hidden: the form saves what was typed. */
  readonly #leave: () => void;
  /** Called with the send record of a draft the same page in another tab stored as its case went. */
  readonly #sentElsewhere: (sent: Sent) => void;

  constructor(host: DraftHost, save: () => void, leave: () => void, sentElsewhere: (sent: Sent) => void) {
    (this.#host = host).addController(this);
    this.#save = save;
    this.#leave = leave;
    this.#sentElsewhere = sentElsewhere;
  }

  hostConnected(): void {
    // A page that unloads calls no disconnectedCallback: the last half second of typing is saved here.
    addEventListener('pagehide', this.#leave);
    addEventListener('storage', this.#onStorage);
    document.addEventListener('visibilitychange', this.#leave);
    keepers.add(this);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.#leave);
    removeEventListener('storage', this.#onStorage);
    document.removeEventListener('visibilitychange', this.#leave);
    keepers.delete(this);
  }

  readonly #onStorage = ({ key, newValue }: StorageEvent): void => {
    const sent = key && baseKey(key) === baseKey(this.key) ? loadDraft(key, newValue)?.sent : undefined;
    if (sent) this.#sentElsewhere(sent);
  };

  /**
   * On the page: the form's key, and the draft found under it (or beside it) to restore. Moved in
   * the page, the form keeps its key (what was typed is still here); a form that keeps no draft needs none.
   */
  restore(): Draft | undefined {
    if (this.key || this.#host.noDraft) return undefined;
    this.key = this.#ownKey();
    // A form with an id kept its draft under the page's key before forms had keys of their own.
    const pageKey = draftKey(location.pathname);
    if (this.#host.id && !this.#keptBy(pageKey) && !this.#unnamedForms().length) moveDraft(pageKey, this.key);
    const found = newestDraft(this.key);
    if (!found) return undefined;
    // Its key, too: the case now goes on there (and is cleared there once it arrives).
    this.key = found.key;
    this.#savedAt = found.draft.savedAt.getTime();
    return found.draft;
  }

  /** `no-draft` changed on the page: switched on, the draft goes; switched off, the form takes its key. */
  noDraftChanged(): void {
    const host = this.#host;
    if (host.noDraft && this.key) clearDraft(this.key);
    // Drafts switched on while on the page.
    if (!host.noDraft && !this.key && host.isConnected) this.key = this.#ownKey();
  }

  /**
   * A page with two forms keeps two drafts: one form's typing must not overwrite, restore
   * into or clear the other's. A form is known by its `id`, or else by its place among the
   * forms beside it that keep drafts and have no id (in its document or shadow root); the
   * first of those keeps the page's own key. (A space cannot be in an id, so a place never
   * reads as one.)
   */
  #ownKey(): string {
    const page = location.pathname;
    const { id } = this.#host;
    if (id) {
      const key = draftKey(`${page}#${id}`);
      if (this.#keptBy(key)) warnOnce(`Two <ccv-casus-form> elements on this page keep the same draft (${key}): give each its own id.`);
      return key;
    }
    // A form added before one that is already here (its place taken) goes on to a free one.
    let place = this.#unnamedForms().indexOf(this.#host);
    let key: string;
    while (this.#keptBy((key = draftKey(place > 0 ? `${page} ${place}` : page)))) place += 1;
    return key;
  }

  /** The forms beside this one that keep drafts and have no id, in page order. */
  #unnamedForms(): DraftHost[] {
    const host = this.#host;
    return [...(host.getRootNode() as ParentNode).querySelectorAll<DraftHost>(host.localName)].filter(
      (form) => !form.id && !form.noDraft && !form.hasAttribute('no-draft'),
    );
  }

  /** Another form on the page keeps its draft under `key`. */
  #keptBy(key: string): boolean {
    return [...keepers].some((keeper) => keeper !== this && keeper.key === key);
  }

  /** A save is due (or was, and was called off since). */
  get pending(): boolean {
    return !!this.#timer;
  }

  /** Saves half a second after the last change. */
  schedule(): void {
    if (this.#host.noDraft) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#save, SAVE_DELAY_MS);
  }

  /** Calls off a save that is due. */
  cancel(): void {
    clearTimeout(this.#timer);
  }

  /** Stores `values` now; returns false when the browser refused. (Not with no-draft; the caller checks.) */
  store(values: Record<string, unknown>, sent?: Sent): boolean {
    // The same page in another tab saved over this form's draft since: each keeps its own.
    const stored = loadDraft(this.key);
    if (stored && !this.isOwn(stored)) this.key = tabKey(this.key);
    const saved = saveDraft(this.key, values, sent);
    // (A refused save leaves the stamp of the last one: the draft stored then is still this form's.)
    if (saved) {
      this.#savedAt = saved;
      rememberKey(this.key);
    }
    return !!saved;
  }

  /** Ends a save that is due, as a save now does. */
  saving(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** A stored draft this form saved or restored; one another tab saved since is that tab's. */
  isOwn(draft: Draft | undefined): boolean {
    return draft?.savedAt.getTime() === this.#savedAt;
  }

  /** Clears the draft this form saved or restored, not one another tab saved since. */
  clearOwn(): void {
    this.cancel();
    if (this.isOwn(loadDraft(this.key))) clearDraft(this.key);
  }
}
