import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentSource } from './sources.js';
import { consentHub, type ConsentHub } from './store.js';

/**
 * Connects a widget to the page's consent for as long as it is on the
 * page, following its `consent-source` when that changes.
 */
export class ConsentController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #source: () => ConsentSource;
  readonly #onChange: () => void;
  #current?: ConsentHub;
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost, source: () => ConsentSource, onChange: () => void) {
    this.#host = host;
    this.#source = source;
    this.#onChange = onChange;
    host.addController(this);
  }

  get hub(): ConsentHub {
    return this.#current ?? consentHub(this.#source());
  }

  hostConnected(): void {
    this.#connect();
  }

  hostUpdate(): void {
    if (this.#current && this.#current.source !== this.#source()) this.#connect();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#current = undefined;
  }

  #connect(): void {
    this.#unsubscribe?.();
    this.#current = consentHub(this.#source());
    this.#unsubscribe = this.#current.subscribe(() => {
      this.#onChange();
      this.#host.requestUpdate();
    });
    this.#onChange();
  }
}
