import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { configContext, type CcvSettings } from '../config/context.js';
import { messagesFor, type Messages, type Namespace, type Translations } from '../i18n/catalogue.js';
import type { Language } from '../i18n/languages.js';
import { emit, type EmitOptions, type EventDetail } from './emit.js';
import { LanguageController } from './language.js';
import { VERSION } from './version.js';

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
  global[CONTEXT_ROOT] = new ContextRoot();
  global[CONTEXT_ROOT].attach(document.documentElement);
}

/**
 * What every widget shares: its language, the settings of an enclosing
 * `<ccv-config>`, its message catalogue and typed events. Behaviour beyond
 * that lives in controllers and plain modules, not here.
 */
export abstract class CcvElement<N extends Namespace = Namespace> extends LitElement {
  /** Read by `define()` to spot two different versions on one page. */
  static readonly version = VERSION;

  /**
   * The widget's language (`nl` or `en`). Without it, the nearest ancestor's
   * `lang` counts, then `<html lang>`, then Dutch.
   */
  @property({ reflect: true }) override lang!: string;

  /** Replaces some of this widget's wording, e.g. `{ retry: 'Nog een keer' }`. */
  @property({ attribute: false }) messages?: Partial<Messages<N>>;

  readonly #language = new LanguageController(this);
  readonly #config = new ContextConsumer(this, { context: configContext, subscribe: true });

  constructor() {
    super();
    ensureContextRoot();
  }

  /** This element's message namespace and complete catalogues. */
  protected abstract readonly catalogue: { namespace: N; translations: Translations<N> };

  /** The resolved language; also put on the rendered root as `lang`. */
  protected get currentLanguage(): Language {
    return this.#language.value;
  }

  /** The wording to render in now. */
  protected get t(): Messages<N> {
    return messagesFor(this.catalogue.namespace, this.catalogue.translations, this.currentLanguage, this.messages);
  }

  /**
   * A setting that the widget's own attribute wins, else the enclosing
   * `<ccv-config>`'s, else `undefined` (the caller picks the default).
   */
  protected setting<K extends keyof CcvSettings>(key: K, own?: CcvSettings[K] | null): CcvSettings[K] | undefined {
    return own || this.#config.value?.[key] || undefined;
  }

  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: EventDetail<K>,
    options?: EmitOptions,
  ): boolean {
    return emit(this, type, detail, options);
  }
}
