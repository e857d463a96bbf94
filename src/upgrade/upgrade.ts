/**
 * Editor-proof embedding. WYSIWYG editors in CMSs (CKEditor, TinyMCE,
 * Gutenberg) strip unknown tags and scripts but keep ordinary elements with
 * `data-*` attributes, and plain links. This turns such markup into widgets:
 *
 *   <div data-ccv="contact-card" data-name="…" data-phone="…">fallback</div>
 *   <a href="https://youtu.be/…" data-ccv="video">Title</a>
 *
 * Every `data-*` becomes the widget's attribute of the same name. Without
 * JavaScript the markup stays as it is: a link still leads to the video.
 * Bad markup is left untouched, with one console warning.
 */
import { parseWebUrl } from '../base/url.js';
import { warnOnce } from '../base/warn.js';
import { parseVideoUrl } from '../consent-video/video-url.js';

const ALIASES: Record<string, string> = { video: 'consent-video' };
/** Data an element cannot do without, per tag. */
const REQUIRED: Record<string, string[]> = {
  'ccv-session-list': ['src'],
  'ccv-contact-card': ['name'],
};

const knownAttributes = new WeakMap<CustomElementConstructor, Set<string>>();

/** The attributes an element class observes (Lit works the list out anew on every read). */
function attributesOf(ctor: CustomElementConstructor): Set<string> {
  let known = knownAttributes.get(ctor);
  if (!known) {
    known = new Set((ctor as unknown as { observedAttributes?: string[] }).observedAttributes ?? []);
    knownAttributes.set(ctor, known);
  }
  return known;
}

/** The widget for one marked element, or a reason to leave it alone. */
function widgetFor(source: HTMLElement): HTMLElement | string {
  const kind = source.dataset.ccv?.trim().toLowerCase() ?? '';
  const tag = `ccv-${ALIASES[kind] ?? kind}`;
  const ctor = /^[a-z-]+$/.test(kind) ? customElements.get(tag) : undefined;
  if (!ctor) return `data-ccv="${source.dataset.ccv}" is not a Leerkring widget (or it is not loaded)`;
  // Settings around page content would mean moving that content (a <tr>, a <summary>, <body>…).
  // Each widget takes them as its own data-* instead, and its language from any lang around it.
  if (tag === 'ccv-config') return `data-ccv="config" is not for page content: give each widget its own data-* settings, or put <ccv-config> in the site's template`;
  const known = attributesOf(ctor);
  const attributes = new Map<string, string>();
  // (getAttributeNames: iterating `attributes` runs the slow DOM iterator.)
  for (const name of source.getAttributeNames()) {
    if (!name.startsWith('data-') || name === 'data-ccv') continue;
    const attribute = name.slice(5);
    if (known.has(attribute)) attributes.set(attribute, source.getAttribute(name)!);
  }
  if (tag === 'ccv-consent-video' && source instanceof HTMLAnchorElement) {
    if (!attributes.has('url') && !attributes.has('video-id')) attributes.set('url', source.getAttribute('href') ?? '');
    const title = source.textContent?.replace(/\s+/g, ' ').trim();
    if (!attributes.has('video-title') && title) attributes.set('video-title', title);
    if (attributes.has('url') && !parseVideoUrl(attributes.get('url'))) {
      return `the link "${source.getAttribute('href')}" is not a YouTube or Vimeo video`;
    }
  }
  // Markup may come from page content (a comment, an article): it may not send cases to another
  // site. A cross-origin endpoint belongs in the site's own <ccv-config> or template.
  const endpoint = attributes.get('endpoint');
  if (tag === 'ccv-casus-form' && endpoint?.trim()) {
    const url = parseWebUrl(endpoint);
    if (!url) return `data-endpoint="${endpoint}" is not an http(s) address`;
    if (url.origin !== location.origin) return `data-endpoint="${endpoint}" is on another site; set it in <ccv-config casus-endpoint> instead`;
  }
  const missing = (REQUIRED[tag] ?? []).filter((attribute) => !attributes.get(attribute)?.trim());
  if (missing.length) return `data-ccv="${kind}" needs ${missing.map((a) => `data-${a}`).join(', ')}`;

  const widget = document.createElement(tag);
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  // The site's own hooks stay: id for anchors, class for its styling, lang for the language.
  for (const name of ['id', 'class', 'lang']) {
    const value = source.getAttribute(name);
    if (value) widget.setAttribute(name, value);
  }
  return widget;
}

/**
 * Whether the element sits anywhere inside an area a person is editing —
 * also in an editor's own read-only island (`contenteditable="false"`,
 * such as a CKEditor widget preview), which the editor still owns.
 */
function editable(element: HTMLElement): boolean {
  return document.designMode === 'on' || !!element.closest('[contenteditable]:not([contenteditable="false" i])');
}

/** Upgrades every marked element in `root` (and `root` itself). Safe to run any number of times. */
export function upgrade(root: ParentNode = document): number {
  const targets = [
    ...(root instanceof HTMLElement && root.matches('[data-ccv]') ? [root] : []),
    ...root.querySelectorAll<HTMLElement>('[data-ccv]'),
  ];
  let count = 0;
  for (const source of targets) {
    if (!source.isConnected && root === document) continue;
    // Inside an editor (CKEditor inline, a block editor): the editor owns that markup. (Read from
    // the attribute: `isContentEditable` makes the browser recompute styles after every replacement.)
    if (editable(source)) continue;
    let widget: HTMLElement | string;
    try {
      widget = widgetFor(source);
    } catch (error) {
      // Whatever goes wrong with one block must not stop the others (or the observer below).
      widget = `data-ccv="${source.dataset.ccv}" could not be converted (${error})`;
    }
    if (typeof widget === 'string') {
      warnOnce(`${widget}; the markup is left as it is.`, source);
      continue;
    }
    // The fallback content goes with the original: the widget replaces it whole.
    source.replaceWith(widget);
    count += 1;
  }
  return count;
}

const OBSERVER = Symbol.for('ccv-leerkring.upgrade-observer');

/**
 * Upgrades what is on the page now and whatever arrives later (CMS previews,
 * tabs, "load more", single-page navigation), with one MutationObserver per
 * page — also when two copies of the library are loaded.
 */
export function startUpgrading(): void {
  const global = globalThis as { [OBSERVER]?: MutationObserver };
  if (global[OBSERVER] || typeof document === 'undefined') return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && (node.hasAttribute('data-ccv') || node.querySelector('[data-ccv]'))) upgrade(node);
      }
    }
  });
  global[OBSERVER] = observer;
  const begin = () => {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    upgrade(document);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
}
