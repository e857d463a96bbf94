// These imports place the modules in the element's bundle, in the order that gave it the smallest
// gzip size (each line tried in each place: 56 B less than sheets first, then the rest by folder;
// gzip finds a repeat only within the last 32 KB). Worth searching again as the modules grow.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from '../styles/tokens.js';
import { buttonStyles } from '../styles/buttons.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';
import { consentVideoStyles } from './styles.js';
import { type ConsentVideoMessages, consentVideoMessages } from './messages.js';
import { own } from '../base/own.js';
import { warnOnce } from '../base/warn.js';
import { withdrawConsent } from '../consent/builtin.js';
import { ConsentController } from '../consent/controller.js';
import { categoryName } from '../consent/adapter.js';
import { DEFAULT_CONSENT_SOURCE, parseConsentSource, type ConsentSource } from '../consent/sources.js';
import { LANGUAGE_TAG } from '../i18n/languages.js';
import { CcvElement } from '../base/ccv-element.js';
import { focusInView } from '../base/focus.js';
import { define } from '../base/define.js';
import { attributeText, cleanText } from '../base/text.js';
import { resolveVideo, type ResolvedVideo } from './source.js';
import { embedUrl, parseStart, providerName, watchUrl, type Provider } from './video-url.js';

export type VideoLoadTrigger = 'click' | 'once' | 'consent';

export interface ConsentRequestDetail {
  category: string;
  /** The source in use: what `auto` found, else the one set. */
  source: Exclude<ConsentSource, 'auto'>;
  provider: Provider;
  videoId?: string;
}

export interface VideoLoadDetail {
  provider: Provider;
  videoId?: string;
  trigger: VideoLoadTrigger;
}

const DEFAULT_CATEGORY = 'marketing';

/**
 * A YouTube or Vimeo video that sends nothing to the provider until the
 * visitor consents: no iframe, no thumbnail, no preconnect. Consent goes
 * through the site's own consent manager and is shared by every video on
 * the page (and in other tabs); withdrawing it removes the players again.
 *
 * @summary Privacy-first YouTube/Vimeo embed wired to the site's consent manager.
 * @tag ccv-consent-video
 *
 * @event {CustomEvent<ConsentRequestDetail>} ccv-consent-request - The visitor pressed accept. Cancelable: call `preventDefault()` to open your own consent dialog instead; the video loads when consent arrives. `detail: { category, source, provider, videoId }`.
 * @event {CustomEvent<VideoLoadDetail>} ccv-video-load - The player was inserted. `detail: { provider, videoId, trigger }` with `trigger` `click`, `once` or `consent`.
 *
 * @csspart base - The 16:9 box.
 * @csspart placeholder - The panel shown before consent.
 * @csspart poster - The preview image, from the site itself.
 * @csspart title - The video title in the placeholder.
 * @csspart notice - The privacy notice.
 * @csspart accept-button - Accepts the consent category and plays.
 * @csspart once-button - Loads only this video (with `allow-once`).
 * @csspart link - "Watch on YouTube/Vimeo".
 * @csspart settings-button - Opens the site's consent manager.
 * @csspart frame - The player iframe.
 * @csspart withdraw-button - Withdraws consent (built-in consent store only).
 * @csspart error - The error state for bad attributes.
 *
 * @cssproperty --ccv-video-background-color - Background of the box before the player loads.
 * @cssproperty --ccv-surface-color - Background of the box before the player loads, where --ccv-video-background-color is not set, and of secondary buttons on hover.
 * @cssproperty --ccv-button-background-color - Primary buttons (--nl-button-primary-background-color, --utrecht-button-primary-action-background-color).
 * @cssproperty --ccv-button-color - Primary button text (--nl-button-primary-color, --utrecht-button-primary-action-color).
 * @cssproperty --ccv-button-hover-background-color - Primary buttons on hover (--nl-button-primary-hover-background-color, --utrecht-button-primary-action-hover-background-color).
 * @cssproperty --ccv-button-border-radius - Button corners (--nl-button-border-radius, --utrecht-button-border-radius).
 */
export class CcvConsentVideo extends CcvElement<'consent-video'> {
  static override get properties() {
    return {
      videoId: { attribute: 'video-id' },
      url: {},
      provider: {},
      videoTitle: { attribute: 'video-title' },
      videoTitleLang: { attribute: 'video-title-lang' },
      start: {},
      poster: {},
      consentCategory: { attribute: 'consent-category' },
      consentSource: { attribute: 'consent-source' },
      allowOnce: { type: Boolean, attribute: 'allow-once' },
      loadedBy: { state: true },
      needsSiteSettings: { state: true },
    };
  }

  static override styles = [baseStyles, visuallyHiddenStyles, buttonStyles, consentVideoStyles];

  protected readonly catalogue = { namespace: 'consent-video' as const, translations: consentVideoMessages };

  /** The video's id at the provider, e.g. `M7lc1UVf-VE` on YouTube. */
  videoId?: string | undefined;

  /** A YouTube or Vimeo URL in any common form; wins over `video-id`. */
  url?: string | undefined;

  /** `youtube` (default) or `vimeo`; with `video-id`. */
  provider?: 'youtube' | 'vimeo' | undefined;

  /** The video's name: shown in the placeholder, in the button's name and as the player's title. */
  videoTitle?: string | undefined;

  /**
   * The language of `video-title` where it is not the page's (`en` for an English recording on a
   * Dutch page): the title is marked with it, so a screen reader reads it in that language. Not
   * `lang`, which sets the language of the whole widget.
   */
  videoTitleLang?: string | undefined;

  /** Where to start, in seconds (`90`), as `1m30s` or as `1:30`. */
  start?: string | undefined;

  /** A preview image on this site (https; the page's host or one under it). Never fetched from the provider. */
  poster?: string | undefined;

  /** The consent category the video needs. Default `marketing`, or `<ccv-config>`'s. */
  consentCategory?: string | undefined;

  /** Where consent is read and written; default `auto`, or `<ccv-config>`'s. (Written out: editors offer these values.) */
  consentSource?: 'auto' | 'builtin' | 'cookiebot' | 'onetrust' | 'klaro' | 'cookieconsent' | 'tcf' | undefined;

  /** Also offer "load only this video", which records no consent. */
  allowOnce = false;

  /** How the player got here, or undefined while the placeholder shows. */
  private loadedBy?: VideoLoadTrigger;
  /**
   * The source could not record consent (TCF, or a manager not on the page): point to the site's
   * settings instead. Said for that category and source, in that state: a change ends it.
   */
  private needsSiteSettings = '';

  get #player(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.player');
  }
  get #acceptButton(): HTMLButtonElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part=accept-button]');
  }

  #video: ResolvedVideo = { problem: 'noVideo' };
  #lastGranted?: boolean;
  #lastFor?: string;
  /** The consent hub, and the category and manager (#asked), the player was loaded under: another judges it anew. */
  #loadedFrom?: unknown;
  #loadedAs?: string;
  /** Whether that source has reported anything since the player was loaded. */
  #reportedSince?: () => boolean;
  /** True while our own grant is being written, so its change event is not taken for a new one. */
  #granting = false;
  /** The player had focus when another video replaced it (see willUpdate). */
  #refocus = false;

  readonly #consent = new ConsentController(this, () => this.#source, () => this.#consentChanged());

  get #source(): ConsentSource {
    return this.setting('consentSource', parseConsentSource(this.consentSource)) ?? DEFAULT_CONSENT_SOURCE;
  }

  get #category(): string {
    return categoryName(this.setting('consentCategory', this.consentCategory?.trim()) ?? DEFAULT_CATEGORY);
  }

  get #providerLabel(): string {
    return providerName(this.#video.ref?.provider);
  }

  get #displayTitle(): string {
    return cleanText(this.videoTitle ?? '').trim() || this.t.untitled(this.#providerLabel);
  }

  /** The language to mark the title with: only a title of its own (not our "untitled" words). */
  get #titleLang(): string | undefined {
    const tag = this.videoTitleLang?.trim();
    if (!tag || !cleanText(this.videoTitle ?? '').trim()) return undefined;
    if (LANGUAGE_TAG.test(tag)) return tag;
    warnOnce(`<ccv-consent-video video-title-lang="${tag.slice(0, 40)}"> is not a language tag (nl, en-GB); the title is left unmarked.`, this);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = (['videoId', 'url', 'provider', 'start', 'poster'] as const).some((key) => changed.has(key));
    // The global title only puts a tooltip on the whole widget; the placeholder says "untitled".
    const tooltip = !this.hasUpdated && !this.videoTitle && this.getAttribute('title')?.trim();
    if (tooltip) warnOnce(`<ccv-consent-video title="${tooltip.slice(0, 40)}"> does not name the video: use video-title.`, this);
    if (!this.hasUpdated || sourceChanged) {
      const before = this.#video;
      this.#video = resolveVideo(this);
      // The video plays from the beginning then; its page still works.
      const start = attributeText(this.start);
      if (start && parseStart(start) === undefined) {
        warnOnce(`<ccv-consent-video start="${start.slice(0, 40)}"> must be seconds (90) or a time (1m30s, 1:30); playing from the start.`);
      }
      // Another video replaces the player, loaded again only by consent that stands (no autoplay,
      // trigger 'consent'; "only this video" was for that one). A new poster alone, which a loaded
      // player covers, must not restart what is playing.
      if (JSON.stringify(before.ref) !== JSON.stringify(this.#video.ref)) {
        // Focus in the player stays in the widget: on the new player, else on the accept button.
        this.#refocus = !!this.#player?.contains(this.shadowRoot!.activeElement);
        this.#player?.replaceChildren();
        this.loadedBy = undefined;
      }
      const named = attributeText(this.provider)?.toLowerCase();
      const { ref, problem } = this.#video;
      if (ref && attributeText(this.url) && named && named !== ref.provider) {
        warnOnce(`<ccv-consent-video provider="${named.slice(0, 40)}"> does not match its url, a ${providerName(ref.provider)} address; the url decides.`, this);
      }
      if (problem) {
        // Named by the value at fault: each distinct mistake on a page is reported (once).
        // (From the properties: frameworks set those, not the attributes.)
        const [attribute, given] = {
          badUrl: ['url', this.url],
          badId: ['video-id', this.videoId],
          badProvider: ['provider', this.provider],
          badPoster: ['poster', this.poster],
          noVideo: ['', ''],
        }[problem];
        const value = attribute ? ` ${attribute}="${String(given ?? '').slice(0, 120)}"` : '';
        warnOnce(`<ccv-consent-video${value}>: ${consentVideoMessages.en[problem]}`, this);
      }
    }
    // The category can change through an attribute or <ccv-config>.
    this.#consentChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page with consent standing: a new player, without autoplay (see below).
    if (this.loadedBy) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page (a list filtered, a tab switched), the player goes: put back, an iframe loads
    // again at once, before we could know whether consent still stands, and with the autoplay
    // that was for the click that started it. updated() makes a new one if consent stands.
    this.#player?.replaceChildren();
    // It comes back only by consent that stands then (or "only this video", which was for it).
    if (this.loadedBy !== 'once') this.loadedBy = undefined;
  }

  /**
   * Moved with moveBefore(): the player stays, playing, while consent for the settings of its
   * new place stands (another <ccv-config> may ask another category). Lit's own callbacks are
   * the way its controllers hear of the new place; ours, which drop the player, are not.
   * (A lifecycle callback the browser calls, as connectedCallback: no API of the element.)
   * @internal
   */
  connectedMoveCallback(): void {
    super.disconnectedCallback();
    super.connectedCallback();
  }

  protected override updated(): void {
    // Consent from elsewhere (a returning visitor, another video, another tab):
    // the player appears without autoplay and without taking focus.
    // (Only on the page: an iframe made off it would load when put back, consent or not.)
    if (this.isConnected && this.loadedBy && !this.#player?.firstChild) {
      const frame = this.#insertPlayer(false);
      // Unless focus is on the placeholder, now inert under the player (a host's own consent
      // dialog, asked by our accept button, gave focus back to it): it was lost to the <body>.
      if (this.shadowRoot?.activeElement?.closest('.waiting')) focusInView(frame);
    }
    // A new title (or language, for an untitled video) renames a playing player without reloading it.
    const frame = this.#player?.querySelector('iframe');
    if (frame) this.#name(frame);
    // (Or on the message of a video it cannot show: a script gave it a bad url or poster.)
    if (this.#refocus) focusInView(frame ?? this.#acceptButton ?? this.renderRoot.querySelector<HTMLElement>('.error'));
    this.#refocus = false;
  }

  /** What a refused write was for: the category, and the source, there or not. */
  get #settingsFor(): string {
    return `${this.#asked} ${this.#consent.hub.active.present()}`;
  }

  /** What an answer is for: the category, and the source that gives it (one adapter per name). */
  get #asked(): string {
    return `${this.#category} ${this.#consent.hub.active.source}`;
  }

  #consentChanged(): void {
    if (this.#granting) return;
    const hub = this.#consent.hub;
    const granted = hub.granted(this.#category, this.#video.ref?.provider);
    // The answer before, if it was for the same category from the same source: a no from another
    // (a new category, another manager) withdraws nothing, and "only this video" stays then.
    const asked = this.#asked;
    const was = this.#lastFor === asked ? this.#lastGranted : undefined;
    // "No answer for now" (a consent dialog open again) forgets no answer that stood:
    // a withdrawal after it must still remove the player.
    if (granted !== undefined) [this.#lastGranted, this.#lastFor] = [granted, asked];
    if (granted === true) {
      this.needsSiteSettings = '';
      this.loadedBy ||= 'consent';
      // (Also a player that stays: it stands under this source now.)
      this.#loaded();
    } else if (
      this.loadedBy &&
      (granted === false
        ? was === true ||
          (this.loadedBy !== 'once' && (this.#loadedAs !== asked || this.#reportedSince?.()))
        : // Another consent-source named on the page (not a manager `auto` found): its consent, not yet given, is none.
          this.loadedBy !== 'once' && this.#loadedFrom !== hub)
    ) {
      // (Or the site's consent manager came after our own store gave consent, or the video's
      // category changed, say by a move to another <ccv-config>, and the answer is no. Or the
      // source, never having said yes, reports a no after the click that started the player: a
      // refusal saved, a withdrawal, also one in the same task as the click. Until it reports, a
      // no is only the state from before the click, which a manager may take a moment to record.)
      // Consent withdrawn: the provider gets nothing more from this page.
      // Focus lost with them (it was in the player, or on the withdraw button) goes to the accept
      // button; on the watch link, which stays, it stays.
      const hadFocus = !!this.shadowRoot?.activeElement;
      this.#player?.replaceChildren();
      this.loadedBy = undefined;
      if (hadFocus) this.updateComplete.then(() => this.shadowRoot!.activeElement || focusInView(this.#acceptButton));
    }
  }

  #loaded(): void {
    this.#loadedFrom = this.#consent.hub;
    this.#loadedAs = this.#asked;
    this.#reportedSince = this.#consent.hub.reportsSince();
  }

  #onAccept(): void {
    const { ref } = this.#video;
    if (!ref) return;
    const { provider, id } = ref;
    const category = this.#category;
    const hub = this.#consent.hub;
    const proceed = this.emit(
      'ccv-consent-request',
      { category, source: hub.active.source, provider, videoId: id },
      { cancelable: true },
    );
    if (!proceed) return; // the host asks in its own dialog; consentChanged loads the video after
    this.#granting = true;
    let written: boolean;
    try {
      written = hub.grant(category, provider);
    } finally {
      this.#granting = false;
    }
    if (!written) {
      this.needsSiteSettings = this.#settingsFor;
      return;
    }
    // No lastGranted = true here: only what the source reports counts, so a
    // manager that records the choice a moment later cannot look like a withdrawal;
    // a no it reports after this click removes the player (see #consentChanged).
    // (Not a video that a listener of the request, or of the manager's change, took off the page: a
    // player made off it started playing whenever it came back. Back, consent that stands loads one.)
    if (this.isConnected) this.#play('click');
  }

  /**
   * Inserts the player right here, in the click handler: mobile browsers
   * let a video start only within the tap that asked for it.
   */
  #play(trigger: 'click' | 'once'): void {
    this.loadedBy = trigger;
    this.#loaded();
    focusInView(this.#insertPlayer(true));
  }

  /** The player's name: the title, in its own language (the player's document has its own). */
  #name(frame: HTMLIFrameElement): void {
    frame.title = this.#displayTitle;
    // Without a language of its own, the widget's (lang="" would say "unknown").
    frame.lang = this.#titleLang ?? this.currentLanguage;
  }

  #insertPlayer(autoplay: boolean): HTMLIFrameElement | undefined {
    const { ref } = this.#video;
    if (!ref || !this.#player || !this.loadedBy) return undefined;
    const frame = document.createElement('iframe');
    frame.part.add('frame');
    this.#name(frame);
    // Loaded by consent given earlier, not by a click: a page (a list of sessions) may hold many,
    // and the browser fetches a player only as it comes near the screen.
    if (!autoplay) frame.loading = 'lazy';
    frame.src = embedUrl(ref, { autoplay, lang: this.currentLanguage });
    // Government sites often send no referrer at all, and YouTube then refuses to play.
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    // Fullscreen through allowfullscreen alone: listed in allow as well, Chromium warns that one overrides the other.
    frame.allow = 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share';
    frame.allowFullscreen = true;
    this.#player.replaceChildren(frame);
    this.emit('ccv-video-load', { provider: ref.provider, videoId: ref.id, trigger: this.loadedBy });
    return frame;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const video = this.#video;
    if (video.problem) {
      return html`<div part="base" class="video" lang=${this.currentLanguage}>
        <div part="error" class="error" role="status" tabindex="-1">
          <strong>${t.errorHeading}</strong>
          <p>${t[video.problem]}</p>
          ${this.videoTitle?.trim() ? html`<p lang=${ifDefined(this.#titleLang)}>${this.#displayTitle}</p>` : nothing}
        </div>
      </div>
      <div class="footer"></div>`;
    }
    const provider = this.#providerLabel;
    const title = this.#displayTitle;
    const titleLang = this.#titleLang;
    const hub = this.#consent.hub;
    // (Only a manager that is there: one named but blocked, or not loaded yet, opens nothing.)
    const settings = hub.active.present() && hub.active.openSettings;
    const useSettings = this.needsSiteSettings === this.#settingsFor;
    // A site's own category name (a OneTrust group id like C0004) is no words for a visitor. (Our
    // words by their own keys: a category named `constructor` is not Object's, see own.ts.)
    const categoryLabel = own(t.categories)[this.#category] ?? t.categories.other;
    // Once the player is in, the placeholder stays under it, invisible and inert: the box keeps
    // the placeholder's height at every width (at 320 px a long notice makes it taller than
    // 16:9), so nothing below moves when a video loads or goes (CLS 0).
    return html`<div part="base" class="video" lang=${this.currentLanguage}>
        <div class="player"></div>
        <div class="waiting" .inert=${!!this.loadedBy}>
          ${video.poster ? html`<img part="poster" class="poster" src=${video.poster} alt="" />` : nothing}
              <div part="placeholder" class="placeholder">
                <p part="title" class="title" lang=${ifDefined(titleLang)}>${title}</p>
                <p part="notice" class="notice" id="notice">${t.notice(provider, categoryLabel)}</p>
                <p role="status" class=${useSettings ? '' : 'visually-hidden'}>${useSettings ? t.useSettings : ''}</p>
                <div class="actions">
                  <button part="accept-button" class="button" type="button" aria-describedby="notice" @click=${this.on(this.#onAccept)}>
                    ${t.accept}<span class="visually-hidden" lang=${ifDefined(titleLang)}>: ${title}</span>
                  </button>
                  ${this.allowOnce
                    ? html`<button part="once-button" class="button button--secondary" type="button" aria-describedby="notice" @click=${this.on(() => this.#play('once'))}>
                        ${t.once}<span class="visually-hidden" lang=${ifDefined(titleLang)}>: ${title}</span>
                      </button>`
                    : nothing}
                </div>
                ${settings
                  ? html`<button part="settings-button" class="link-button" type="button" @click=${this.on(() => settings())}>${t.settings}</button>`
                  : nothing}
              </div>
        </div>
      </div>
      <div class="actions footer" lang=${this.currentLanguage}>
        <a part="link" href=${watchUrl(video.ref)}>${t.watchOn(provider)}<span class="visually-hidden" lang=${ifDefined(titleLang)}>: ${title}</span></a>
        ${this.#renderWithdraw()}
      </div>`;
  }

  /**
   * With the built-in store, a loaded video offers to withdraw consent. Before that, the
   * button's place is kept (invisible, and hidden from assistive technology), so a video
   * that loads — also by consent given elsewhere — moves nothing below it (CLS 0).
   */
  #renderWithdraw() {
    if (this.#consent.hub.active.source !== 'builtin') return nothing;
    if (!this.loadedBy || this.loadedBy === 'once') {
      return html`<span class="link-button reserved" aria-hidden="true">${this.t.withdraw}</span>`;
    }
    return html`<button part="withdraw-button" class="link-button" type="button" @click=${this.on(() => withdrawConsent(this.#category))}>
      ${this.t.withdraw}
    </button>`;
  }
}

define('ccv-consent-video', CcvConsentVideo);

declare global {
  /** This element's wording, for registerMessages() and the messages property. */
  interface CcvMessageCatalogue {
    'consent-video': ConsentVideoMessages;
  }
  interface HTMLElementTagNameMap {
    'ccv-consent-video': CcvConsentVideo;
  }
  interface GlobalEventHandlersEventMap {
    'ccv-consent-request': CustomEvent<ConsentRequestDetail>;
    'ccv-video-load': CustomEvent<VideoLoadDetail>;
  }
}
