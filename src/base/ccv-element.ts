import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import { configContext, type CcvSettings } from '../config/context.js';
import { messagesFor, type MessageOverrides, type Messages, type Namespace, type Translations } from '../i18n/catalogue.js';
import type { Language } from '../i18n/languages.js';
import { restyle } from './document-styles.js';
import { emit, type EmitOptions, type EventDetail } from './emit.js';
import { LanguageController, langChanged } from './language.js';
import { own } from './own.js';
import { isOnOff, OFF_WORD } from './on-off.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

const CONTEXT_ROOT = Symbol.for('ccv-leerkring.context-root');

/**
 * A widget can upgrade before its `<ccv-config>` (per-element CDN files in
 * another order, or a lazily loaded config). A ContextRoot on the document
 * replays such early requests once the provider arrives. One per page, even
 * with two copies of the library.
 */
function ensureContextRoot(): void {
  const global = globalThis as { [CONTEXT_ROOT]?: ContextRoot };
  if (global[CONTEXT_ROOT] || !globalThis.document) return;
  const root = new ContextRoot();
  // It keeps every early request until a provider comes: on a page without <ccv-config>, one for
  // every widget a single-page app ever made. Requests of widgets that are gone are let go, now and
  // then. (A widget that is only off the page keeps its request: it cannot ask again.)
  type Pending = { requests: { elementRef: WeakRef<Element> }[] };
  const internals = root as unknown as { onContextRequest: (event: Event) => void; pendingContextRequests: Map<unknown, Pending> };
  const request = internals.onContextRequest;
  let limit = 64;
  internals.onContextRequest = (event) => {
    request(event);
    for (const pending of internals.pendingContextRequests.values()) {
      if (pending.requests.length > limit) limit = 64 + 2 * (pending.requests = pending.requests.filter((entry) => entry.elementRef.deref())).length;
    }
  };
  global[CONTEXT_ROOT] = root;
  root.attach(document.documentElement);
}

/**
 * What every widget shares: its language, the settings of an enclosing
 * `<ccv-config>`, its message catalogue and typed events. Behaviour beyond
 * that lives in controllers and plain modules, not here.
 *
 * @cssproperty --ccv-font-family - Text font (falls back to --utrecht-document-font-family).
 * @cssproperty --ccv-font-size - Base text size (--utrecht-document-font-size, then 1rem or the surrounding text if larger).
 * @cssproperty --ccv-line-height - Line height (--utrecht-document-line-height).
 * @cssproperty --ccv-color - Text colour (--utrecht-document-color).
 * @cssproperty --ccv-background-color - Background of panels and fields (--utrecht-document-background-color).
 * @cssproperty --ccv-color-scheme - How the browser draws its own controls (radios, checkboxes, scrollbars): `light` by default, to match the white background; `dark` with dark colour tokens.
 * @cssproperty --ccv-border-color - Borders of boxes and fields (--utrecht-form-control-border-color).
 * @cssproperty --ccv-border-radius - Corner radius (form fields fall back to --utrecht-form-control-border-radius).
 * @cssproperty --ccv-space - The base spacing unit.
 * @cssproperty --ccv-link-color - Links (--nl-link-color, --utrecht-link-color).
 * @cssproperty --ccv-link-hover-color - Links on hover (--nl-link-hover-color, --utrecht-link-hover-color).
 * @cssproperty --ccv-focus-outline-color - Focus ring colour (--utrecht-focus-outline-color).
 * @cssproperty --ccv-focus-outline-width - Focus ring width (--utrecht-focus-outline-width).
 * @cssproperty --ccv-focus-outline-style - Focus ring style (--utrecht-focus-outline-style).
 * @cssproperty --ccv-focus-outline-offset - Focus ring offset (--utrecht-focus-outline-offset).
 * @cssproperty --ccv-focus-halo-color - The light halo around the focus ring (--utrecht-focus-inverse-outline-color).
 * @cssproperty --ccv-error-color - Error text and borders (--utrecht-form-field-error-message-color).
 * @cssproperty --ccv-target-size - Minimum size of buttons and links (44px; --utrecht-pointer-target-min-size).
 */
export abstract class CcvElement<N extends Namespace = Namespace> extends LitElement {
  /**
   * Reactive properties are declared here and in each element's own block, not with
   * decorators: the decorator calls cost 0.66 KB of the CDN bundle. Each property keeps its
   * documentation on its field below. Internal state says only `state: true`, which gives it no
   * attribute (Lit sets `attribute: false` for it; custom-elements-manifest.config.mjs tells the
   * manifest analyzer so).
   */
  static override get properties(): PropertyDeclarations {
    return {
      // The browser's own accessor: see langChanged.
      lang: { noAccessor: true },
      messages: { attribute: false },
    };
  }

  /** Read by `define()` to spot two different versions on one page. */
  static readonly version = VERSION;

  /** Own fields only (see own.ts): an inherited `slotAssignment` or `delegatesFocus` would count. */
  static override shadowRootOptions: ShadowRootInit = own({ mode: 'open' });

  /**
   * The widget's language (`nl` or `en`). Without it, the nearest ancestor's
   * `lang` counts, then `<html lang>`, then Dutch.
   */
  override lang!: string;

  /** Replaces some of this widget's wording, e.g. `{ retry: 'Nog een keer' }`. */
  messages?: MessageOverrides<N> | undefined;

  readonly #language = new LanguageController(this);
  readonly #config = new ContextConsumer(this, { context: configContext, subscribe: true });

  constructor() {
    super();
    ensureContextRoot();
  }

  /**
   * In a link (a CMS that linked a whole block): a click on one of our buttons does what the
   * button says, and the page stays; the link followed on every copy, accept or "show more". So
   * did a click into a text field or a choice list (they have no click action of their own).
   * Heard on the shadow root, not the host: browsers call everything inside an element with a
   * click listener clickable, and Orca said "clickable" of the error summary, the confirmation
   * and a session as each took focus. (A shadow root is no node of the accessibility tree.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => {
      // (The first control or link in the path: each has a type; a list item's, '', counts as none.)
      const hit = event.composedPath().find((node) => node === this || 'type' in node) as HTMLButtonElement;
      if (/^(button|text|tel|email|search|select)/.test(hit.type) && this.closest('a')) event.preventDefault();
    });
    return root;
  }

  /**
   * A template's event listener, as `@click=${this.on(this.#retry)}`. Lit gives addEventListener the
   * listener itself as its options, and a function inherits what a page put on Object.prototype: a
   * `signal` that is no AbortSignal threw in every render, a `once` made each button work once, a
   * `passive` made preventDefault() do nothing (a case form sent the page away). Called on the widget.
   */
  protected on<E>(listener: (event: E) => void): EventListenerObject {
    return own({ handleEvent: (event: Event) => listener.call(this, event as unknown as E) });
  }

  override connectedCallback(): void {
    // A consumer keeps its last value when no provider answers: a widget taken out of its
    // <ccv-config> would keep that config's endpoint, privacy link and consent category.
    const before = this.#config.value;
    this.#config.value = undefined;
    super.connectedCallback();
    if (before && !this.#config.value) this.requestUpdate();
  }

  /**
   * Moved into another document (also first connected in one): its style sheets made for that one
   * (see restyle). (A lifecycle callback the browser calls, as connectedCallback: no API of the element.)
   * @internal
   */
  adoptedCallback(): void {
    restyle(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (langChanged(this, name, old)) return;
    super.attributeChangedCallback(name, old, value);
    // Kept on (the HTML rule), but said once a page per tag and attribute: vcard="false" meant off.
    if (OFF_WORD.test(value?.trim() ?? '') && isOnOff(this.constructor, name)) {
      warnOnce(`<${this.localName} ${name}="…"> is on: remove ${name} to switch it off.`, this);
    }
  }

  /** This element's message namespace and complete catalogues. */
  protected abstract readonly catalogue: { namespace: N; translations: Translations<N> };

  /**
   * Language and wording, worked out once per update: a list renders them
   * for every session, and each would otherwise walk the ancestors and merge
   * the catalogues again. Every change that can alter them requests an update.
   */
  #currentLanguage?: Language;
  #currentMessages?: Messages<N>;
  #renderedLanguage?: Language;

  protected override performUpdate(): void {
    this.#currentLanguage = this.#currentMessages = undefined;
    const language = this.currentLanguage;
    if (this.#renderedLanguage && language !== this.#renderedLanguage) this.languageChanged();
    this.#renderedLanguage = language;
    super.performUpdate();
  }

  /**
   * The widget is about to render in another language. What its live regions last said stays in
   * the old one (and would be read in the new language's voice): an element empties them here.
   */
  protected languageChanged(): void {}

  /** The resolved language; also put on the rendered root as `lang`. */
  protected get currentLanguage(): Language {
    return (this.#currentLanguage ??= this.#language.value);
  }

  /** The wording to render in now. */
  protected get t(): Messages<N> {
    return (this.#currentMessages ??= messagesFor(
      this.catalogue.namespace,
      this.catalogue.translations,
      this.currentLanguage,
      this.messages,
    ));
  }

  /**
   * A setting that the widget's own attribute wins, else the enclosing
   * `<ccv-config>`'s, else `undefined` (the caller picks the default).
   * An attribute of only spaces is no value, as an empty one is. A property a script set to a URL
   * object counts as its text (it threw: `trim` is no method of a URL).
   */
  protected setting<K extends keyof CcvSettings>(key: K, own?: CcvSettings[K] | null): CcvSettings[K] | undefined {
    const text = `${own ?? ''}`;
    return text.trim() ? (text as CcvSettings[K]) : this.#config.value?.[key] || undefined;
  }

  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: EventDetail<K>,
    options?: EmitOptions,
  ): boolean {
    return emit(this, type, detail, options);
  }
}
