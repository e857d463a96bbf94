import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { define } from '../base/define.js';
import { own } from '../base/own.js';
import { restyle } from '../base/document-styles.js';
import { VERSION } from '../base/version.js';
import { parseConsentSource, type ConsentSource } from '../consent/sources.js';
import { langChanged, warnUnsupportedLanguage } from '../base/language.js';
import { matchLanguage } from '../i18n/languages.js';
import { configContext, type CcvSettings } from './context.js';

/**
 * Shares settings with every Leerkring widget inside it, so a page sets its
 * consent manager, case endpoint and privacy statement once. Optional: each
 * widget works on its own, and a widget's own attribute wins over these.
 *
 * @summary Optional shared settings for all Leerkring widgets inside it.
 * @tag ccv-config
 * @slot - The widgets (and any other content) that share these settings.
 */
export class CcvConfig extends LitElement {
  static override get properties() {
    return {
      // The browser's own accessor: see langChanged.
      lang: { noAccessor: true },
      consentSource: { attribute: 'consent-source' },
      consentCategory: { attribute: 'consent-category' },
      casusEndpoint: { attribute: 'casus-endpoint' },
      privacyUrl: { attribute: 'privacy-url' },
    };
  }

  static readonly version = VERSION;

  /** Own fields only (see own.ts): an inherited `slotAssignment: 'manual'` would show none of the widgets in it. */
  static override shadowRootOptions: ShadowRootInit = own({ mode: 'open' });

  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /**
   * Language for everything inside (`nl` or `en`); the ordinary HTML
   * `lang` attribute, so the page's language markup stays correct too.
   */
  override lang!: string;

  /**
   * Where video consent is read and written: `auto` (detect the site's
   * consent manager), `builtin`, `cookiebot`, `onetrust`, `klaro`,
   * `cookieconsent` or `tcf`. (Written out, not `ConsentSource`: editors offer these values.)
   */
  consentSource?: 'auto' | 'builtin' | 'cookiebot' | 'onetrust' | 'klaro' | 'cookieconsent' | 'tcf' | undefined;

  /** The consent category videos need, e.g. `marketing`. */
  consentCategory?: string | undefined;

  /** Where `<ccv-casus-form>` posts cases. */
  casusEndpoint?: string | undefined;

  /** The site's privacy statement. */
  privacyUrl?: string | undefined;

  readonly #provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  /** An enclosing `<ccv-config>`: we pass on its settings where we set none ourselves. */
  readonly #parent = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: () => this.#provide(),
  });

  /** What the widgets inside see, after validation. */
  get settings(): CcvSettings {
    return this.#provider.value;
  }

  override connectedCallback(): void {
    // Taken out of an outer config, its settings no longer apply; the consumer would keep them.
    this.#parent.value = undefined;
    // Before the first render, so widgets inside that upgrade after us
    // see our settings from their very first render.
    this.#provide();
    super.connectedCallback();
  }

  /**
   * Moved into another document, as a widget (see restyle).
   * @internal
   */
  adoptedCallback(): void {
    restyle(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!langChanged(this, name, old)) super.attributeChangedCallback(name, old, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size) this.#provide();
  }

  #provide(): void {
    const own: CcvSettings = {};
    const lang = matchLanguage(this.lang);
    if (lang) own.lang = lang;
    else if (this.lang.trim()) warnUnsupportedLanguage(this.lang);
    const source: ConsentSource | undefined = parseConsentSource(this.consentSource);
    if (source) own.consentSource = source;
    for (const key of ['consentCategory', 'casusEndpoint', 'privacyUrl'] as const) {
      // (As text: a script may set a URL object, and widgets are handed a string.)
      const value = `${this[key] ?? ''}`.trim();
      if (value) own[key] = value;
    }
    this.#provider.setValue({ ...this.#parent?.value, ...own });
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

define('ccv-config', CcvConfig);

declare global {
  interface HTMLElementTagNameMap {
    'ccv-config': CcvConfig;
  }
}
