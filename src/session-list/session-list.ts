// These imports place the modules in the element's bundle (the recording element's among them), in
// the order that gave it the smallest gzip size (each line tried in each place: 239 B less than sheets
// first, then the rest by folder; gzip finds a repeat only within the last 32 KB). Worth searching
// again as the modules grow. (The element is defined last, whatever the order: define() below.)
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../styles/tokens.js';
import { sessionListStyles } from './styles.js';
import { buttonStyles } from '../styles/buttons.js';
import { sameTextKey } from '../base/text.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { focusInView, NO_SCROLL, TO_TOP } from '../base/focus.js';
import { heading, headingLevel } from '../base/heading.js';
import { filterOf, pageAddress, withFilter } from './address.js';
import { dataUrl } from '../base/content-line.js';
import { registered } from '../i18n/catalogue.js';
import '../consent-video/consent-video.js';
import { prepareSearch } from './search-text.js';
import { define } from '../base/define.js';
import { statusClock } from './status-clock.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';
import { announcer } from '../base/announcer.js';
import { dataSource, type Load } from './data-source.js';
import { deviceTime, formatDate, formatTime, formatTimeRange } from '../i18n/format.js';
import { CcvElement } from '../base/ccv-element.js';
import type { Language } from '../i18n/languages.js';
import { writeSessionsJsonLd } from './jsonld-writer.js';
import { filterLink } from './filter-link.js';
import { pageSizeOf, showOf, timeOf } from './attribute-values.js';
import { sessionToIcs } from './ics.js';
import { type SessionListMessages, sessionListMessages } from './messages.js';
import { answersLink, clickedList, noteLinkClick } from './session-link.js';
import { facets, groupSessions, matcher, statusOf, type Filter, type Show } from './order.js';
import type { Session, SessionInput } from './schema.js';
import { lazyRecordings } from './recordings.js';
import { placeItems, sessionItem } from './session-view.js';

export interface SessionSelectDetail {
  id: string;
  title: string;
  /** ISO 8601, UTC. */
  start: string;
  /** `click`: the session's link was followed; `link`: the page opened with its address. */
  trigger: 'click' | 'link';
}

/** Formatted dates, per session and language: re-renders (every filter keystroke) reuse them. */
const whenCache = new WeakMap<Session, Partial<Record<Language, string>>>();
function whenText(session: Session, lang: Language): string {
  let cached = whenCache.get(session);
  if (!cached) whenCache.set(session, (cached = {}));
  return (cached[lang] ??= `${formatDate(session.start, lang)}, ${
    session.hasEnd ? formatTimeRange(session.start, session.end, lang) : formatTime(session.start)
  }`);
}

const FETCH_TIMEOUT_MS = 10_000;
/** Typing has paused: the result count is said, and a search goes into the address. */
const PAUSE_MS = 700;
/** From how many sessions shown on a list a "skip the list" link comes before them. */
const SKIP_FROM = 6;
/**
 * A long list is drawn a part at a time: at most this many sessions are built in one render, and
 * the rest follow in later tasks, FILL_BUILDS at a time, each short enough to leave the page
 * responsive. A thousand sessions built and laid out at once held the page for about a second
 * here; the first screen now shows in a thirtieth of that. Sessions already built (a filter
 * keystroke, "show more") are placed at once, however many. (Each part is also painted: parts of
 * 40 took the whole page to 1.8 times as long as drawing it at once, parts of 80 to 1.4 times.)
 */
const FIRST_BUILDS = 20;
const FILL_BUILDS = 80;
/**
 * The leerkring sessions, upcoming and past, from a JSON document, inline
 * JSON or a property. Untrusted data is validated entry by entry: a bad
 * entry is skipped and counted, never breaking the rest of the list.
 *
 * Inline JSON is a `<script type="application/json">` child with the sessions document (also read
 * in a `<p>` or `<div>` a CMS wrapped it in). The list has no slot: other content in it is a
 * fallback, shown only until the element loads.
 *
 * @summary Past and upcoming leerkring sessions with panel, topics, recording and calendar file.
 * @tag ccv-session-list
 *
 * @event {CustomEvent<SessionSelectDetail>} ccv-session-select - A session was opened through its link, or the page opened at one. `detail: { id, title, start, trigger }`.
 *
 * @csspart filters - The search form.
 * @csspart session - One session's article.
 * @csspart session-title - A session's heading.
 * @csspart badge - The format badge.
 * @csspart live-badge - The "live" badge.
 * @csspart calendar-link - The "add to calendar" download.
 * @csspart registration-link - The registration link.
 * @csspart more-button - "Show more".
 * @csspart status - Loading, error and empty messages.
 * @cssstate loading - While the sessions load: a page can keep room for them, so nothing below moves when they arrive.
 * @cssproperty --ccv-surface-color - Background of quiet areas (the filters, notices, a session's actions), and of secondary buttons on hover.
 * @cssproperty --ccv-button-background-color - Primary buttons (--nl-button-primary-background-color, --utrecht-button-primary-action-background-color).
 * @cssproperty --ccv-button-color - Primary button text (--nl-button-primary-color, --utrecht-button-primary-action-color).
 * @cssproperty --ccv-button-hover-background-color - Primary buttons on hover (--nl-button-primary-hover-background-color, --utrecht-button-primary-action-hover-background-color).
 * @cssproperty --ccv-button-border-radius - Button corners (--nl-button-border-radius, --utrecht-button-border-radius).
 */
export class CcvSessionList extends CcvElement<'session-list'> {
  static override get properties() {
    return {
      src: {},
      sessions: { attribute: false },
      show: {},
      pageSize: { type: Number, attribute: 'page-size' },
      filters: { type: Boolean },
      headingLevel: { type: Number, attribute: 'heading-level' },
      structuredData: { type: Boolean, attribute: 'structured-data' },
      now: {},
      load: { state: true },
      filter: { state: true },
      limit: { state: true },
    };
  }

  static override styles = [baseStyles, visuallyHiddenStyles, buttonStyles, sessionListStyles];
  /** How long to wait for `src` before showing the error state. */
  static fetchTimeoutMs = FETCH_TIMEOUT_MS;
  /** How long a list with no data at all waits for some (a script setting `sessions`) before saying so. */
  static dataWaitMs = 3000;

  protected readonly catalogue = { namespace: 'session-list' as const, translations: sessionListMessages };

  /** URL of a sessions JSON document. */
  src?: string | undefined;

  /** The sessions as objects (wins over `src` and inline JSON): a sessions document, with its `lang` if it names one, or a bare array. `null`, as `undefined`, is none. */
  sessions?: SessionInput[] | { version?: number; lang?: string; sessions: SessionInput[] } | null | undefined;

  // (The values written out, not as Show: the manifest and the editors' completion list them.)
  /** `all` (default), `upcoming` or `past`. */
  show: 'all' | 'upcoming' | 'past' = 'all';

  /** How many sessions to show before "show more". */
  pageSize = 10;

  /** Offer topic, year and text filters. */
  filters = false;

  /** The level of the group headings (2–6), to fit the page's outline; sessions one below. */
  headingLevel = 2;

  /** Add schema.org `Event` JSON-LD to the page for search engines. */
  structuredData = false;

  /** The current time as ISO 8601, for demos and tests; default the real time. */
  now?: string | undefined;

  private load: Load = { state: 'loading' };
  // (Safari before 16.4 has no attachInternals: the list shows all the same, without :state(loading).)
  readonly #internals = this.attachInternals?.();
  private filter: Filter = {};
  /** How many sessions are shown (0 until the first render sets it to the page size). */
  private limit = 0;
  /**
   * How many sessions the last render of sessions showed (none before the data arrives), or more that
   * "show more" or a link asked for since: what a new page size keeps (see willUpdate).
   */
  #onShow = 0;

  readonly #data = dataSource(this, (load) => {
    // Busy (or failed): the live region says so, and the count of the data it replaces is not said again after it.
    if (load.state !== 'ready') this.#say.unsay();
    // Sessions that left the data take their items and boxes with them. (None on a first load.)
    else {
      const ids = new Set(this.#items.size ? load.result.sessions.map((session) => session.id) : []);
      for (const id of [...this.#items.keys()]) {
        if (ids.has(id)) continue;
        this.#items.delete(id);
        this.#recordings.forget(id);
      }
    }
    this.load = load;
  });
  /** The count the live region says after a filter change, once typing pauses for 0.7 s. */
  readonly #say = announcer(this, PAUSE_MS);
  /** Renders again when a session starts or ends: not while the list follows a fixed `now` (one that is no time is none). */
  readonly #clock = statusClock(this, () => (!timeOf(this.now) && this.load.state === 'ready' ? this.load.result.sessions : undefined));
  /** The first item added by "show more", to receive focus after rendering. */
  #focusIndex?: number;
  /** Each session's item as last built, rebuilt in place when its session changes. */
  readonly #items = new Map<string, HTMLElement>();
  /** What each item was built from: an item whose inputs are the same is kept as it is. */
  readonly #builtFrom = new WeakMap<HTMLElement, unknown[]>();
  /** The list of each group, kept across renders; its items are placed by placeItems(). */
  readonly #lists: Partial<Record<'upcoming' | 'past', HTMLOListElement>> = {};
  readonly #recordings = lazyRecordings(this, () => this.#dataLang);
  #facetsOf?: { sessions: Session[]; of: string; topics: string[]; years: number[] };
  #openedAtHash = false;
  /** The id of the control whose focus the list's wrapper holds (a filter, while `src` reloads). */
  #focusWas = '';
  /** "Try again" was chosen: its answer takes focus. */
  #retrying = false;
  /** Sessions this render may build (see FIRST_BUILDS); set for a render that fills the list in. */
  #builds = FIRST_BUILDS;
  /** This render left sessions of a long list for later. */
  #filling = false;
  /** The next part of a long list, waiting for its task. */
  #fillTimer?: ReturnType<typeof setTimeout>;

  /** The address's query when the list left the page (see connectedCallback). */
  #searchWas?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // The address's filters: on arrival, and where the address changed while the list was away. Not
    // after a move in one go: on a page whose address cannot hold them (a CMS preview), that undid the visitor's choice.
    if (location.search !== this.#searchWas) this.filter = filterOf(location.search);
    addEventListener('hashchange', this.#onHashChange);
    if (this.hasUpdated) {
      // Moved in the page: its data and clock stopped on the way out (the controllers restart their own watches).
      if (!this.#data.resume(this.load.state)) this.#clock.schedule();
      // (Its search text stopped being built if it was off the page when its turn came. Moved in one
      // go, it had not: the two rounds find the same texts, which cost nothing once built.)
      this.#prepareSearch();
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    this.#searchWas = location.search;
    // (It fills in the rest when it comes back; nobody waits for that meanwhile.)
    clearTimeout(this.#fillTimer);
    // Written again when it comes back (moved in the page).
    writeSessionsJsonLd(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new page size never takes away sessions the visitor was shown (after "show more", say), nor
    // ones about to be (set with the press, or where a page hears of a link); one set before any was
    // shown (a script that sets it while the data loads) is the size to show.
    if (changed.has('pageSize') || !this.hasUpdated) this.limit = Math.max(this.#onShow, this.#pageSizeValue);
    if (changed.has('sessions') || changed.has('src') || !this.hasUpdated) this.#data.load();
    // The page opened at a session's address: once, when there are sessions to look in, and in
    // the render that shows them (from updated(), it cost a second render). New data later (a
    // refresh) must not take focus, scroll or clear filters again. Not from a render off the page
    // (data read just before the list left): answered there, it went unseen; it is answered on return.
    if (this.load.state === 'ready' && !this.#openedAtHash && this.isConnected) {
      this.#openedAtHash = true;
      this.#onHashChange();
      this.#keepFragmentInView();
    }
    // Filters switched on later: the page address may already hold a choice.
    if (changed.has('filters') && this.hasUpdated && this.filters) this.filter = filterOf(location.search);
    // Without `now` again, the list follows the clock again.
    if (changed.has('now') && this.hasUpdated) this.#clock.schedule();
  }

  protected override update(changed: PropertyValues<this>): void {
    // A session whose status or wording changed is built anew: keep a keyboard user on the
    // same control (its part, or the session link), else on the session.
    const root = this.renderRoot as ShadowRoot;
    const active = root.activeElement;
    const article = active?.closest('article');
    const control = active?.getAttribute('part') ?? active?.getAttribute('href');
    super.update(changed);
    if (article && !root.activeElement) {
      const again = root.querySelector<HTMLElement>(`[id="${article.id}"]`);
      const same = control && again?.querySelector<HTMLElement>(`[part="${control}"], [href="${control}"]`);
      (same || again)?.focus(NO_SCROLL);
    }
    // What had focus went with a change of state (the filters during a reload, "show more" with
    // fewer sessions): the list itself keeps it, rather than the page's <body>. A control with an
    // id (a filter, the search, "show more") gets it back when the reloaded sessions bring it back.
    const wrapper = root.querySelector<HTMLElement>('.root')!;
    if (active && !root.activeElement) {
      this.#focusWas = active.id;
      wrapper.focus(NO_SCROLL);
    }
    // (Until focus leaves the wrapper: then it is no longer waiting.)
    if (root.activeElement === wrapper) root.getElementById(this.#focusWas)?.focus();
    else this.#focusWas = '';
  }

  /**
   * `updateComplete` settles when a long list has filled in, not after its first part: code that
   * waits for it finds every session it shows.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // (The next part's task was set before this one: its render is done when this one runs.)
    while (this.#filling && this.isConnected) done = await new Promise((next) => setTimeout(next)).then(() => this.#rendered());
    return done;
  }

  /** The next render done, not the rest of a long page: what must follow a render at once (focus, scrolling) waits for this. */
  #rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A render asked for just before the list left the page comes after it: the rest of a long list
    // would go on being built off the page, and its JSON-LD, taken away, be written again. Both follow
    // when it comes back (connectedCallback renders it again).
    if (this.isConnected) {
      this.#fillIn();
      this.#writeStructuredData();
    }
    if (this.#retrying && this.load.state !== 'loading') this.#focusAfterRetry();
    try {
      if (this.load.state === 'loading') this.#internals?.states?.add('loading');
      else this.#internals?.states?.delete('loading');
    } catch {
      // A browser from before :state(loading) (it wanted --loading): the page just keeps no room.
    }
    if (this.#focusIndex !== undefined) {
      focusInView(this.renderRoot.querySelectorAll<HTMLElement>('article')[this.#focusIndex]);
      this.#focusIndex = undefined;
    }
    if (changed.has('load' as keyof CcvSessionList) || changed.has('filters')) this.#prepareSearch();
    if (changed.has('load' as keyof CcvSessionList) && this.load.state === 'ready') this.#clock.schedule();
  }

  /** The search text of the sessions, built ahead of the first keystroke (see prepareSearch). */
  #prepareSearch(): void {
    if (this.load.state !== 'ready' || !this.filters) return;
    const { sessions } = this.load.result;
    // Data replaced meanwhile: the new data has its own round. Taken off the page: no more work
    // (connectedCallback starts again).
    prepareSearch(sessions, () => this.isConnected && this.load.state === 'ready' && this.load.result.sessions === sessions);
  }

  /** `page-size`, checked (see pageSizeOf). */
  get #pageSizeValue(): number {
    return pageSizeOf(this.pageSize, this.getAttribute('page-size'));
  }

  get #currentTime(): Date {
    return timeOf(this.now) ?? new Date();
  }

  /** `typing`: a search being typed, which goes into the address once typing pauses (see filterLink). */
  #setFilter(change: Partial<Filter>, typing?: boolean): void {
    this.filter = { ...this.filter, ...change };
    this.limit = this.#pageSizeValue;
    this.#filterLink.publish(typing ? PAUSE_MS : 0);
    // Announce the count after typing pauses, not on every keystroke; none, in the words the page shows then.
    this.#say.later(() => {
      const count = this.#visibleSessions().length;
      return count ? this.t.results(count) : this.#emptyText();
    });
  }

  /**
   * A list chose filters (this one, or another), or Back/Forward (or any in-page link: both fire
   * popstate), or a router's pushState; and the address that holds this list's filters.
   */
  readonly #filterLink = filterLink(
    this,
    (chosen) => {
      if (!this.filters) return;
      // That list's choice, not the address: a page whose address cannot change (see #setFilter) does not hold it.
      const filter = chosen ?? filterOf(location.search);
      // Unchanged filters keep what "show more" revealed.
      if ((['topic', 'year', 'text'] as const).every((key) => (filter[key] || undefined) === (this.filter[key] || undefined))) return;
      this.filter = filter;
      this.limit = this.#pageSizeValue;
    },
    () => {
      const url = withFilter(location.href, this.filter);
      // A link to a session these filters hide would undo them when the address is opened again:
      // the address keeps the filters ("all sessions about OSINT") and drops the session.
      // (Hidden by the filters themselves, not by this list's `show`: another list may show it.)
      const linked = this.#linkedSession(url.hash);
      if (linked && !matcher(this.filter)(linked)) url.hash = '';
      return url;
    },
  );

  #clearFilters(): void {
    this.#setFilter({ topic: undefined, year: undefined, text: undefined });
    // The button goes away with the filters; keep focus in the form.
    void this.#rendered().then(() => focusInView(this.renderRoot.querySelector<HTMLElement>('#topic')));
  }

  /** `show`, checked (see showOf). */
  get #showValue(): Show {
    return showOf(this.show);
  }

  /**
   * For the names of the search, the buttons and the skip link, which list this is: an upcoming and a past list
   * on one page had two searches and two "show more" buttons of the same name (hidden: the visible words stay).
   */
  get #which(): string {
    const show = this.#showValue;
    return show === 'all' ? '' : `: ${this.t[show]}`;
  }

  /** Filters from the page address apply only where the visitor can see and change them. */
  get #filtering(): boolean {
    return this.filters && !!(this.filter.topic || this.filter.year || this.filter.text);
  }

  /** The sessions `show` asks for, upcoming and past, in order, before any filter. */
  #groups(now = this.#currentTime): { upcoming: Session[]; past: Session[] } {
    return this.load.state === 'ready' ? groupSessions(this.load.result.sessions, now, this.#showValue) : { upcoming: [], past: [] };
  }

  /** The sessions `show` asks for, in order, before any filter: also what the structured data describes. */
  #sessionsShown(): Session[] {
    const { upcoming, past } = this.#groups();
    return upcoming.concat(past);
  }

  #visibleSessions(sessions = this.#sessionsShown()): Session[] {
    return this.#filtering ? sessions.filter(matcher(this.filter)) : sessions;
  }

  /** Why nothing shows: the filters, the side `show` asks for, or no sessions at all. */
  #emptyText(): string {
    const t = this.t;
    if (this.#filtering) return t.emptyFiltered;
    // (Said only while the list is ready: the data source's callback drops a text due in any other state.)
    if (!(this.load as Extract<Load, { state: 'ready' }>).result.sessions.length) return t.empty;
    return this.#showValue === 'upcoming' ? t.emptyUpcoming : t.emptyPast;
  }

  /** The session of this list's data that an address's fragment names, by id. */
  #linkedSession(hash: string): Session | undefined {
    let id = '';
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return undefined; // a fragment like #50%-korting is not one of ours
    }
    return id && this.load.state === 'ready' ? this.load.result.sessions.find((session) => session.id === id) : undefined;
  }

  /**
   * The page opened at a part of it below the list (`#casus`): the browser scrolled there before
   * the sessions came, and they push it down, out of sight (Chromium and Firefox keep no anchor
   * for it). Where it was in view, it stays there; a visitor who scrolled on is left alone.
   */
  #keepFragmentInView(): void {
    // (A part above the list does not move: it is kept where it is, as it stays anyway.)
    const target = document.querySelector(':target');
    const top = target?.getBoundingClientRect().top ?? -9;
    if (top < -2 || top > innerHeight / 2) return;
    // (Once a long list has filled in: its later parts push too.)
    void this.updateComplete.then(() => scrollBy(0, target!.getBoundingClientRect().top - top));
  }

  readonly #onHashChange = (event?: Event): void => {
    // Answered in willUpdate (the address the page opened at), the event waits for that render.
    const inUpdate = this.isUpdatePending;
    const click = clickedList();
    // Another list's link: that list answers it.
    if (click && click !== this) return;
    if (this.load.state !== 'ready') return;
    const linked = this.#linkedSession(location.hash);
    // Only a session this list shows: with `show`, another list on the page may hold it.
    const session = linked && this.#sessionsShown().find((s) => s === linked);
    if (!session) return;
    if (!answersLink(this, !!click, event)) return;
    let visible = this.#visibleSessions();
    let index = visible.indexOf(session);
    if (index < 0) {
      // Filtered away: clear the filters — here, in the address and in the lists that follow
      // it — so the linked session can show.
      this.#setFilter({ topic: undefined, year: undefined, text: undefined });
      visible = this.#visibleSessions();
      index = visible.indexOf(session);
    }
    this.#onShow = this.limit = Math.max(this.limit, index + 1);
    this.#focusIndex = index;
    // The recordings around it come in before it is scrolled to, not after: a box is not as tall
    // as a video on a phone, and the session would move away from the top of the screen.
    for (const near of visible.slice(Math.max(0, index - 3), index + 4)) if (near.video) this.#recordings.show(near);
    this.requestUpdate();
    void this.#rendered().then(() => this.renderRoot.querySelectorAll('article')[index]?.scrollIntoView(TO_TOP));
    const select = () => this.emit('ccv-session-select', { id: session.id, title: session.title, start: session.start.toISOString(), trigger: click ? 'click' : 'link' });
    // (From willUpdate: told once the session is on the page, not to a listener mid-update.)
    if (inUpdate) void this.#rendered().then(select);
    else select();
  };

  /** In a shadow root a fragment link goes nowhere (and would change the page's address): focus is moved here. */
  #skipList(event: Event): void {
    event.preventDefault();
    focusInView(this.renderRoot.querySelector<HTMLElement>('#list-end'));
  }

  #showMore(): void {
    this.#focusIndex = this.limit;
    this.#onShow = this.limit += this.#pageSizeValue;
  }

  /** The data's language, where it is not the list's: the data's texts are marked with it. */
  get #dataLang(): string | undefined {
    const lang = this.load.state === 'ready' ? this.load.result.lang : undefined;
    return lang && lang.split('-')[0].toLowerCase() !== this.currentLanguage ? lang : undefined;
  }

  /** The JSON-LD of the sessions `show` asks for, where `structured-data` asks for it (see writeSessionsJsonLd). */
  #writeStructuredData(): void {
    if (!this.structuredData || this.load.state !== 'ready') return writeSessionsJsonLd(this);
    const now = this.#currentTime;
    writeSessionsJsonLd(this, now, this.#groups(now));
  }

  /** One wrapper in every state, so focus has a place to stay when a state's content goes. */
  protected override render() {
    this.#filling = false;
    // One live region in every state, outside the busy region: a region put in with its words (the
    // loading status after a retry or a new src) is mostly not said. Seen while loading; else the count.
    const loading = this.load.state === 'loading';
    return html`<div class="root" lang=${this.currentLanguage} tabindex="-1" @focusin=${this.on(this.#recordings.focusIn)}>
      <p part=${ifDefined(loading ? 'status' : undefined)} class=${loading ? 'status' : 'visually-hidden'} role="status" aria-live="polite">${loading ? this.t.loading : this.#say.text}</p>
      ${this.#renderState()}
    </div>`;
  }

  /** Clicks heard on the shadow root, not on an element: see CcvElement's createRenderRoot. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of ['click', 'contextmenu']) root.addEventListener(type, (event) => this.#onClick(event as MouseEvent));
    return root;
  }

  /** A session's own link followed: the hash change that follows came from a click. */
  #onClick(event: MouseEvent): void {
    // The calendar file is made again as it is taken: a router's pushState since the session was
    // drawn changed the page's address, which the file carries.
    const ics = (event.target as Element).closest?.<HTMLAnchorElement>('[part=calendar-link]');
    if (ics) ics.href = this.#calendarUrl(this.#builtFrom.get(ics.closest('li')!)![0] as Session, this.#currentTime);
    noteLinkClick(this, event, () => this.#onHashChange());
  }

  protected override languageChanged(): void {
    this.#say.unsay();
  }

  #retry(): void {
    // The retry button goes with the error state; update() keeps focus in the widget, and
    // updated() takes it on to what the retry brought.
    this.#retrying = true;
    this.#data.load(true);
  }

  /**
   * After a retry, focus goes where the answer is: the first session (or the message that there
   * are none), or the next retry button. Not when the visitor has gone elsewhere meanwhile.
   */
  #focusAfterRetry(): void {
    this.#retrying = false;
    const root = this.renderRoot as ShadowRoot;
    // (update() left it on the list's wrapper when the retry button went.)
    if (root.activeElement !== root.querySelector('.root')) return;
    const target = this.load.state === 'error' ? root.querySelector('[part=status] button') : (root.querySelector('article') ?? root.querySelector('.empty'));
    focusInView(target as HTMLElement | null);
  }

  #renderState() {
    const t = this.t;
    if (this.load.state === 'loading') {
      // (The status is render()'s, outside the busy region: screen readers hold back what is in it.)
      return html`<div class="sessions-region" aria-busy="true"></div>`;
    }
    if (this.load.state === 'error') {
      return html`<div part="status" class="status notice notice--error" role="alert">
        <p>${t.loadError}</p>
        <button class="button button--secondary" type="button" @click=${this.on(this.#retry)}>${t.retry}<span class="visually-hidden">${this.#which}</span></button>
      </div>`;
    }
    const { result } = this.load;
    const now = this.#currentTime;
    // (Grouped once per render: the filters' topics and years are of the same sessions.)
    const inShow = this.#sessionsShown();
    const visible = this.#visibleSessions(inShow);
    // Why nothing shows. Once the live region has said it (a filter change), its words are there too: a
    // screen reader would read them twice, so this copy is hidden from it then. (Focus comes here only
    // after a retry, when the live region is silent: see #focusAfterRetry.)
    const empty = visible.length ? '' : this.#emptyText();
    const level = headingLevel(this);
    const shown = visible.slice(0, this.limit);
    this.#onShow = shown.length;
    const placed = this.#placeable(shown, level, now);
    const filling = (this.#filling = placed.length < shown.length);
    const upcoming = placed.filter((session) => statusOf(session, now) !== 'past');
    const past = placed.slice(upcoming.length);
    // A keyboard user can pass a long list in one step, to its end (and "show more" after it).
    const skip = shown.length >= SKIP_FROM;
    // (Counted down over both groups: the recordings, not the sessions, are what a screen holds few of.)
    this.#recordings.reset();
    // No search where there is nothing to search (no sessions on this list's side): a screen reader
    // met a search landmark of two menus with one choice and a field that finds nothing. A filter from
    // a link keeps it, so that it can be cleared (then the list keeps the focus, see update()).
    return html`
      ${(inShow.length ? this.filters : this.#filtering) ? this.#renderFilters(result.sessions, inShow) : nothing}
      ${result.skipped.length ? html`<p part="status" class="status notice">${t.skipped(result.skipped.length)}</p>` : nothing}
      ${empty
        ? html`<p part="status" class="status notice empty" tabindex="-1" aria-hidden=${ifDefined(this.#say.text === empty ? 'true' : undefined)}>${empty}</p>`
        : nothing}
      ${skip ? html`<a class="skip" href="#list-end" @click=${this.on(this.#skipList)}>${t.skipList}<span class="visually-hidden">${this.#which}</span></a>` : nothing}
      ${this.#renderGroup('upcoming', upcoming, level, now, 0)}
      ${this.#renderGroup('past', past, level, now, upcoming.length)}
      ${skip ? html`<p class="skip" id="list-end" tabindex="-1">${t.listEnd}</p>` : nothing}
      ${visible.length > shown.length && !filling
        ? html`<button id="more" part="more-button" class="button button--secondary more" type="button" @click=${this.on(this.#showMore)}>
            ${t.showMore(shown.length, visible.length)}<span class="visually-hidden">${this.#which}</span>
          </button>`
        : nothing}
    `;
  }

  /**
   * The first of `shown` that this render can place: all that are built or on the page (rebuilt in
   * place, as they always were: taken off, a playing recording would stop and focus would be
   * lost), and up to #builds more — always as far as a session that is to take focus.
   */
  #placeable(shown: Session[], level: number, now: Date): Session[] {
    const sessionLevel = Math.min(level + 1, 6);
    let builds = 0;
    for (let i = 0; i < shown.length; i += 1) {
      const item = this.#items.get(shown[i].id);
      if (item?.parentNode || this.#isBuilt(item, this.#inputsOf(shown[i], sessionLevel, now))) continue;
      if (builds >= this.#builds && i > (this.#focusIndex ?? -1)) return shown.slice(0, i);
      builds += 1;
    }
    return shown;
  }

  /** After a render: the next part of a long list, in a task of its own. */
  #fillIn(): void {
    clearTimeout(this.#fillTimer);
    this.#builds = FIRST_BUILDS;
    if (this.#filling) {
      this.#fillTimer = setTimeout(() => {
        this.#builds = FILL_BUILDS;
        this.requestUpdate();
      });
    }
  }

  /** A group of sessions under a heading at `level`; the sessions' own headings one below. */
  #renderGroup(group: 'upcoming' | 'past', sessions: Session[], level: number, now: Date, offset: number) {
    if (!sessions.length) return nothing;
    const id = `group-${offset}`;
    const sessionLevel = Math.min(level + 1, 6);
    // The items are built with DOM calls and placed in a list of our own, not by a Lit
    // directive: a list of a thousand sessions then costs no markers or parts per item.
    let list = this.#lists[group];
    if (!list) {
      list = this.#lists[group] = document.createElement('ol');
      list.className = 'sessions';
      // Safari drops list semantics from lists styled without markers.
      list.setAttribute('role', 'list');
    }
    placeItems(list, sessions.map((session) => this.#renderSession(session, sessionLevel, now, this.#recordings.eager(session))));
    // (Not aria-busy while it fills in: Chromium then leaves the sessions already there, and the
    // one a link just focused, out of the accessibility tree.)
    return html`<section class="group" aria-labelledby=${id}>${heading(level, this.t[group], { id })}${list}</section>`;
  }

  #renderSession(session: Session, headingLevel: number, now: Date, eager: boolean): HTMLElement {
    const t = this.t;
    const status = statusOf(session, now);
    const item = this.#items.get(session.id);
    // A filter keystroke re-renders the list; a session whose inputs did not change is kept as it is.
    const inputs = this.#inputsOf(session, headingLevel, now);
    if (item && this.#isBuilt(item, inputs)) {
      // Kept as it is, but now among the first (a filter moved it up): its recording comes in now.
      if (eager && this.#recordings.waiting(session.id)) this.#recordings.show(session);
      return item;
    }
    const calendarUrl = status === 'past' ? undefined : this.#calendarUrl(session, now);
    // Built anew: the box it waited in (if any) goes. It gets a new one, its recording, or none.
    this.#recordings.forget(session.id);
    const recording = session.video ? this.#recordings.recordingFor(session, item, eager) : undefined;
    const lang = this.currentLanguage;
    // The visitor's own clock after Amsterdam's, where their device is on another (not in whenText's
    // cache: it is worded by the messages, which a page may replace).
    const own = deviceTime(session.start, lang);
    const when = whenText(session, lang) + (own ? ` ${t.otherClock(own)}` : '');
    const built = sessionItem(session, { t, status, headingLevel, when, calendarUrl, recording, dataLang: this.#dataLang }, item);
    this.#items.set(session.id, built);
    this.#builtFrom.set(built, inputs);
    return built;
  }

  /** A session's calendar file, with the page's address as it is now (see #onClick). */
  #calendarUrl(session: Session, now: Date): string {
    return dataUrl('text/calendar', sessionToIcs(session, { now, pageUrl: `${pageAddress(location.href)}#${session.id}`, uidDomain: this.#data.publisher, description: session.summary ?? this.t.calendarDescription }));
  }

  /** What a session's item is built from. */
  #inputsOf(session: Session, headingLevel: number, now: Date): unknown[] {
    // (The device's offset then: a laptop that landed in another zone gets its own clock at the next render.)
    return [session, statusOf(session, now), headingLevel, this.currentLanguage, this.messages, registered('session-list', this.currentLanguage), session.start.getTimezoneOffset()];
  }

  /** Whether a session's item as last built is still right for these inputs. */
  #isBuilt(item: HTMLElement | undefined, inputs: unknown[]): boolean {
    const before = item && this.#builtFrom.get(item);
    return !!before?.every((value, i) => value === inputs[i]);
  }

  /** `sessions`: all of the data; `shown`: those `show` includes. */
  #renderFilters(sessions: Session[], shown: Session[]): TemplateResult {
    const t = this.t;
    // Topics and years of the sessions `show` includes (no menu entry that can only find nothing);
    // they change with the data and `show`, not with every keystroke in the search field.
    // (All of them in the data's order when `show` is all: the first spelling of a topic names it.)
    const of = `${this.#showValue} ${shown.length}`;
    if (this.#facetsOf?.sessions !== sessions || this.#facetsOf.of !== of) this.#facetsOf = { sessions, of, ...facets(this.#showValue === 'all' ? sessions : shown) };
    const f = this.filter;
    // A filter from a link that the data does not hold stays visible, so an empty result explains itself.
    // The topic from a link may be spelled otherwise ("osint"): the option it means is chosen.
    const chosen = f.topic && sameTextKey(f.topic);
    const offered = chosen ? this.#facetsOf.topics.find((topic) => sameTextKey(topic) === chosen) : undefined;
    const topics = f.topic && !offered ? [...this.#facetsOf.topics, f.topic] : this.#facetsOf.topics;
    const years = f.year && !this.#facetsOf.years.includes(f.year) ? [...this.#facetsOf.years, f.year] : this.#facetsOf.years;
    return html`<form part="filters" class="filters" role="search" aria-label=${t.filterHeading + this.#which} @submit=${this.on((e: Event) => e.preventDefault())}>
      <div class="field">
        <label for="topic">${t.topicLabel}</label>
        <select id="topic" @change=${this.on((e: Event) => this.#setFilter({ topic: (e.target as HTMLSelectElement).value || undefined }))}>
          <option value="">${t.anyTopic}</option>
          ${topics.map((topic) => html`<option .selected=${topic === (offered ?? f.topic)} value=${topic} lang=${ifDefined(this.#dataLang)}>${topic}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="year">${t.yearLabel}</label>
        <select id="year" @change=${this.on((e: Event) => this.#setFilter({ year: Number((e.target as HTMLSelectElement).value) || undefined }))}>
          <option value="">${t.anyYear}</option>
          ${years.map((year) => html`<option .selected=${year === f.year} value=${year}>${year}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="text">${t.textLabel}</label>
        <input id="text" type="search" autocomplete="off" .value=${f.text ?? ''} @input=${this.on((e: Event) => this.#setFilter({ text: (e.target as HTMLInputElement).value || undefined }, true))} />
      </div>
      ${f.topic || f.year || f.text
        ? html`<button id="clear" class="button button--secondary" type="button" @click=${this.on(this.#clearFilters)}>
            ${t.clearFilters}
          </button>`
        : nothing}
    </form>`;
  }
}

define('ccv-session-list', CcvSessionList);

declare global {
  /** This element's wording, for registerMessages() and the messages property. */
  interface CcvMessageCatalogue {
    'session-list': SessionListMessages;
  }
  interface HTMLElementTagNameMap {
    'ccv-session-list': CcvSessionList;
  }
  interface GlobalEventHandlersEventMap {
    'ccv-session-select': CustomEvent<SessionSelectDetail>;
  }
}
