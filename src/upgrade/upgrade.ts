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
import { isOnOff, OFF_WORD } from '../base/on-off.js';
import { own } from '../base/own.js';
import { parseWebUrl } from '../base/url.js';
import { warnOnce } from '../base/warn.js';
import { resolveVideo, type VideoProblem } from '../consent-video/source.js';

/** Our widgets: one that is not defined yet may be loaded later (a dynamic import, a second script). */
const WIDGETS = ['ccv-consent-video', 'ccv-session-list', 'ccv-contact-card', 'ccv-casus-form'];
/** Widgets waited for: once defined, the page is looked at again (one wait per tag, holding no markup). */
const awaited = new Set<string>();
/** Data an element cannot do without, per tag. */
const REQUIRED: Record<string, string[]> = {
  'ccv-session-list': ['src'],
  'ccv-contact-card': ['name'],
};

const knownAttributes = new WeakMap<CustomElementConstructor, Set<string>>();

/** The attributes an element class observes (Lit works the list out anew on every read). */
function attributesOf(ctor: CustomElementConstructor): Set<string> {
  let attributes = knownAttributes.get(ctor);
  if (!attributes) knownAttributes.set(ctor, (attributes = new Set((ctor as { observedAttributes?: string[] }).observedAttributes)));
  return attributes;
}

/**
 * What a pasted value holds: without the zero-width spaces a word processor leaves in it. (Only
 * those: a zero-width joiner or non-joiner, a soft hyphen or a direction mark belongs to the text.)
 */
const cleaned = (value: string | null): string => (value ?? '').replace(/[\u200b\u2060\ufeff]/g, '').trim();
/**
 * An attribute's value as the editor meant it. A word processor or a CMS that "smartens" quotes
 * turns data-ccv="video" into data-ccv=“video”, which HTML reads as a value with the curly quotes in
 * it (the link's href too): an opening and a closing quote around a value without spaces (as HTML
 * counts them: a no-break space is part of the value) are the editor's, not the value's. (A value
 * with a space in curly quotes is split by HTML itself, see SPLIT; one in straight quotes that
 * starts and ends with curly ones meant them.)
 */
const attributeValue = (value: string | null): string => cleaned(value).replace(/^[\u201c\u2018\u201e\u201a\u00ab\u201d\u2019]([^ \t\n\f\r]*)[\u201d\u2019\u201c\u2018\u00bb\u00ab]$/u, '$1');
/** An attribute named like the end of a value in curly quotes: HTML split data-name=“Lienke Hutten” at the space. */
const SPLIT = /[\u201d\u2019\u201c\u2018\u00bb\u00ab]$/;

/** A link's words as read: a line break or an image (by its alt text) stands between words. */
function linkText(link: Element): string {
  let text = '';
  // (5: NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, by number as Lit writes its own: the minifier keeps every NodeFilter read.)
  const walker = document.createTreeWalker(link, 5);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) text += node.data;
    else if (node instanceof HTMLBRElement) text += ' ';
    else if (node instanceof HTMLImageElement) text += ` ${node.alt} `;
  }
  return cleaned(text).replace(/\s+/g, ' ');
}

/** Why a video's markup was left as it is, naming the attribute at fault. */
function videoProblem(problem: VideoProblem, attributes: Map<string, string>, fromLink: boolean): string {
  const value = (name: string) => attributes.get(name);
  switch (problem) {
    case 'noVideo':
      return 'data-ccv="video" needs the link to the video: the marked link, a block holding only that link, or data-url';
    case 'badUrl':
      return `${fromLink ? 'the link ' : 'data-url='}"${value('url')}" is not a YouTube or Vimeo video`;
    case 'badId':
      return `data-video-id="${value('video-id')}" is not a ${value('provider') ?? 'youtube'} video id`;
    case 'badProvider':
      return `data-provider="${value('provider')}" is not youtube or vimeo`;
    case 'badPoster':
      return `data-poster="${value('poster')}" is not an https image on your own site`;
  }
}

/** The widget for one marked element, a reason to leave it alone, or nothing yet (its element is not loaded). */
function widgetFor(source: HTMLElement): HTMLElement | string | undefined {
  const kind = attributeValue(source.getAttribute('data-ccv')).toLowerCase();
  // (The one short name, compared: a table would also find what a page's script put on Object.prototype.)
  const tag = `ccv-${kind === 'video' ? 'consent-video' : kind}`;
  const ctor = /^[a-z-]+$/.test(kind) ? customElements.get(tag) : undefined;
  if (!ctor && WIDGETS.includes(tag)) {
    // Its markup waits for it, and becomes the widget when it is defined.
    if (!awaited.has(tag)) {
      awaited.add(tag);
      void customElements.whenDefined(tag).then(() => upgrade(document));
    }
    warnOnce(`<${tag}> is not loaded (yet): data-ccv="${source.dataset.ccv}" waits for it.`, source);
    return undefined;
  }
  if (!ctor) return `data-ccv="${source.dataset.ccv}" is not a Leerkring widget`;
  // Settings around page content would mean moving that content (a <tr>, a <summary>, <body>…).
  // Each widget takes them as its own data-* instead, and its language from any lang around it.
  if (tag === 'ccv-config') return `data-ccv="config" is not for page content: give each widget its own data-* settings, or put <ccv-config> in the site's template`;
  const split = source.getAttributeNames().find((name) => SPLIT.test(name));
  if (split) return `a value in curly quotes with a space in it was split at the space (the attribute ${split}); write straight quotes ("…") around it`;
  const known = attributesOf(ctor);
  const attributes = new Map<string, string>();
  // (getAttributeNames: iterating `attributes` runs the slow DOM iterator.)
  for (const name of source.getAttributeNames()) {
    if (!name.startsWith('data-') || name === 'data-ccv') continue;
    const attribute = name.slice(5);
    if (!known.has(attribute)) continue;
    const value = attributeValue(source.getAttribute(name));
    if (!isOnOff(ctor, attribute)) {
      // Only spaces is no value: it would hide a setting from <ccv-config>.
      if (value) attributes.set(attribute, value);
    } else if (OFF_WORD.test(value)) {
      // An on/off attribute is on whatever its value: data-vcard="false" would switch it on.
      warnOnce(`${name}="${value}" is left out: leave the attribute out to switch it off, write ${name}="" to switch it on.`, source);
    } else attributes.set(attribute, '');
  }
  if (tag === 'ccv-consent-video') {
    // The marked link itself, or (a block marked like the other widgets) the link that is all it holds:
    // a block with more in it (a heading, a transcript link) would lose that, so it is no video.
    let link: Element | undefined = source instanceof HTMLAnchorElement ? source : undefined;
    if (!link) {
      const links = source.querySelectorAll('a[href]');
      const only = links.length === 1 && linkText(source) === linkText(links[0]) ? links[0] : undefined;
      // (Nothing without words beside it either: an image, a rule, a field. An empty paragraph or
      // span, which CKEditor and TinyMCE leave behind (<p>&nbsp;</p>), is nothing.)
      const empty = (el: Element) => el.localName === 'br' || (!el.matches('img,svg,video,audio,iframe,object,embed,canvas,hr,input,select,textarea,button') && !linkText(el));
      if (only && ![...source.querySelectorAll('*')].some((el) => !el.contains(only) && !only.contains(el) && !empty(el))) link = only;
    }
    const fromLink = !!link && !attributes.has('url') && !attributes.has('video-id');
    if (link && fromLink) attributes.set('url', attributeValue(link.getAttribute('href')));
    const title = link ? linkText(link) : '';
    if (!attributes.has('video-title') && title) attributes.set('video-title', title);
    const video = resolveVideo({ url: attributes.get('url'), videoId: attributes.get('video-id'), provider: attributes.get('provider'), poster: attributes.get('poster') });
    if (video.problem) return videoProblem(video.problem, attributes, fromLink);
  }
  // Markup may come from page content (a comment, an article): it may not send cases to another
  // site. A cross-origin endpoint belongs in the site's own <ccv-config> or template.
  const endpoint = attributes.get('endpoint');
  if (tag === 'ccv-casus-form' && endpoint?.trim()) {
    const url = parseWebUrl(endpoint);
    if (!url) return `data-endpoint="${endpoint}" is not an http(s) address`;
    if (url.origin !== location.origin) return `data-endpoint="${endpoint}" is not on this page's origin (${location.origin}); set it in <ccv-config casus-endpoint> instead`;
  }
  const missing = (REQUIRED[tag] ?? []).filter((attribute) => !attributes.get(attribute)?.trim());
  if (missing.length) return `data-ccv="${kind}" needs ${missing.map((a) => `data-${a}`).join(', ')}`;

  const widget = document.createElement(tag);
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  // The site's own hooks stay: id for anchors, class for its styling, lang for the language,
  // hidden for a block the editor has not published yet (until-found as plain hidden: a widget
  // cannot be found in the page, and hidden is the safer way to be wrong).
  for (const name of ['id', 'class', 'lang']) {
    const value = source.getAttribute(name);
    if (value) widget.setAttribute(name, value);
  }
  if (source.hasAttribute('hidden')) widget.hidden = true;
  // Its inline style as applied: under a strict CSP a blocked style attribute holds nothing, and
  // setting it again would be a second violation.
  if (source.style.length) widget.style.cssText = source.style.cssText;
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
    // (An SVG link cannot become a widget in its place.)
    if (!(source instanceof HTMLElement)) {
      warnOnce(`data-ccv on an <${(source as Element).localName}> element is not supported; the markup is left as it is.`, source);
      continue;
    }
    // Inside an editor (CKEditor inline, a block editor): the editor owns that markup. (Read from
    // the attribute: `isContentEditable` makes the browser recompute styles after every replacement.)
    if (editable(source)) continue;
    let widget: HTMLElement | string | undefined;
    try {
      widget = widgetFor(source);
    } catch (error) {
      // Whatever goes wrong with one block must not stop the others (or the observer below).
      widget = `data-ccv="${source.dataset.ccv}" could not be converted (${error})`;
    }
    if (!widget) continue; // waiting for its element
    if (typeof widget === 'string') {
      warnOnce(`${widget}; the markup is left as it is.`, source);
      // A page builder may mark an element first and give it its data a moment later: the page's
      // observer tries again at any change of this element's attributes.
      (globalThis as { [OBSERVER]?: MutationObserver })[OBSERVER]?.observe(source, own({ attributes: true }));
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
  // (No page: Node, or the DOM shim of Lit SSR, Astro and Next, whose document is an empty object.)
  if (global[OBSERVER] || !globalThis.document?.documentElement) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      // Marked after it was put on the page (a page builder sets attributes in steps).
      if (record.type === 'attributes') {
        if ((record.target as Element).hasAttribute('data-ccv')) upgrade(record.target as HTMLElement);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && (node.hasAttribute('data-ccv') || node.querySelector('[data-ccv]'))) upgrade(node);
      }
    }
  });
  global[OBSERVER] = observer;
  const begin = () => {
    observer.observe(document.documentElement, own({ childList: true, subtree: true, attributeFilter: ['data-ccv'] }));
    upgrade(document);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, own({ once: true }));
  else begin();
}
