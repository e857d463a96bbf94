/**
 * Which language a widget speaks. The order follows how HTML itself decides
 * an element's language, extended across shadow roots because our widgets
 * sit inside other widgets and inside partner sites' own components:
 *
 *   own `lang` → nearest ancestor with `lang` (a `<ccv-config lang>` is one)
 *   → `<html lang>` → Dutch.
 */
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { MESSAGES_CHANGED } from '../i18n/catalogue.js';
import { DEFAULT_LANGUAGE, LANGUAGES, matchLanguage, type Language } from '../i18n/languages.js';
import { own } from './own.js';
import { warnOnce } from './warn.js';

/**
 * The slot it is shown in, or the parent, or the shadow host when leaving a
 * shadow root: the tree as rendered, the one `<ccv-config>` provides its
 * settings along (a config wrapping a slot in a component's shadow root
 * speaks for the widgets placed in that slot). Node types, not `instanceof`:
 * a widget moved into an iframe's document has ancestors from that window,
 * whose ShadowRoot and Element are other classes. (By number, as Lit writes
 * them: a `Node.ELEMENT_NODE` read stays in the bundle as written, 30 B in every element.)
 */
function composedParent(node: Node): Node | null {
  const parent = (node as Element).assignedSlot ?? node.parentNode;
  return parent?.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */ ? ((parent as ShadowRoot).host ?? null) : parent;
}

/** The element and its ancestors, through slots and across shadow roots, ending at `<html>`. */
export function* composedAncestors(element: Element): Generator<Element> {
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node.nodeType === 1 /* ELEMENT_NODE */) yield node as Element;
  }
}

/** The nearest non-empty `lang` attribute, or its document's `<html lang>` for a detached element. */
export function nearestLanguageTag(element: Element): string | undefined {
  for (const ancestor of composedAncestors(element)) {
    // The property, not the attribute: a widget's own `lang` set as a
    // property is reflected only after it renders. `lang=""` means
    // "unknown" in HTML; we keep looking rather than give up.
    const tag = ('lang' in ancestor ? (ancestor as HTMLElement).lang : ancestor.getAttribute('lang'))?.trim();
    if (tag) return tag;
  }
  return element.ownerDocument.documentElement?.getAttribute('lang')?.trim() || undefined;
}

/**
 * Reports a language we have no catalogue for. One wording for every place that meets it (a
 * `<ccv-config lang>` and each widget inside it), so one mistake is one warning.
 */
export function warnUnsupportedLanguage(tag: string): void {
  warnOnce(`lang="${tag.trim()}" is not supported; using "${DEFAULT_LANGUAGE}". Supported: ${LANGUAGES.join(', ')}.`);
}

export function resolveLanguage(element: Element): Language {
  const tag = nearestLanguageTag(element);
  if (!tag) return DEFAULT_LANGUAGE;
  const lang = matchLanguage(tag);
  if (lang) return lang;
  warnUnsupportedLanguage(tag);
  return DEFAULT_LANGUAGE;
}

/**
 * `lang` on our elements keeps the browser's own accessor — a string, `''`
 * when unset, as on every element — instead of Lit's, which reads
 * `undefined` until set (site code calling `el.lang.toLowerCase()` threw).
 * So elements declare `lang: { noAccessor: true }`. Lit still lists the
 * attribute, but must not write it back through that accessor (a removed
 * `lang` would come back as `lang="null"`): our `attributeChangedCallback`
 * hands `lang` here instead, and calls Lit's own only when this returns false.
 */
export function langChanged(host: ReactiveElement, name: string, old: string | null): boolean {
  if (name !== 'lang') return false;
  host.requestUpdate('lang', old ?? '');
  return true;
}

/** The widgets on the page now: each is asked again when a `lang` changes or new wording comes. */
const listening = new Set<LanguageController>();
/** Counts the wording registered so far (MESSAGES_CHANGED): a widget off the page then hears of it when put back. */
let wording = 0;
/** Documents and shadow roots watched for `lang` changes, each once. */
const watched = new WeakSet<Node>();
const recheck = () => {
  for (const controller of listening) controller.recheck();
};
let observer: MutationObserver | undefined;

/**
 * Keeps a widget's language current: re-renders when `lang` changes on the
 * widget or on any ancestor (across shadow roots), and when a page registers
 * new wording. One observer for every widget, watching only `lang` attributes,
 * in each document and shadow root a widget's ancestors stand in (a page
 * rarely changes a `lang`; a page with many widgets connects each at the cost
 * of a walk up its ancestors, not of an observer of its own).
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #last?: Language;
  /** The wording count its last render saw. */
  #wording = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The language to render in now. */
  get value(): Language {
    this.#wording = wording;
    return (this.#last = resolveLanguage(this.#host));
  }

  /** A `lang` somewhere changed, or the wording did: renders again if this widget's language is another now. */
  recheck(force?: boolean): void {
    if (force || resolveLanguage(this.#host) !== this.#last) this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (!observer) {
      observer = new MutationObserver(recheck);
      document.addEventListener(MESSAGES_CHANGED, () => {
        wording += 1;
        for (const controller of listening) controller.recheck(true);
      });
    }
    // Ancestors change by moving the widget, which reconnects it. (A new slot for it, with no move,
    // is followed at its next render: the language is looked up along the path of that moment.)
    for (const ancestor of composedAncestors(this.#host)) {
      // The top of a tree: the document or a shadow root (a connected element's parent is one of
      // those or an element).
      const root = ancestor.parentNode;
      if (root && root.nodeType !== 1 /* ELEMENT_NODE */ && !watched.has(root)) {
        watched.add(root);
        // (An attribute filter watches attributes: `attributes: true` is implied, as the DOM says.)
        observer.observe(root, own({ attributeFilter: ['lang'], subtree: true }));
      }
    }
    listening.add(this);
    // Moved to another part of the page, perhaps one in another language; or back on it after
    // the page registered new wording (an app's tab switched away meanwhile).
    if (this.#last) this.recheck(this.#wording !== wording);
  }

  hostDisconnected(): void {
    listening.delete(this);
  }
}
