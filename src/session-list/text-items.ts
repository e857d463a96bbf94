import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Plain elements for the repeated text inside each session. A list renders
 * hundreds of sessions, each with a few names and topics; elements built
 * directly cost a fraction of a nested template per item. The strings are
 * always text (`textContent`), never markup.
 */
function element(tag: string, text?: string, children: Node[] = []): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

/**
 * Replaces the element's children with the nodes `build` makes, on every
 * render of its template (the session list's `guard` already skips
 * sessions that did not change).
 */
class Children extends Directive {
  render(_build: () => Node[]) {
    return nothing;
  }

  override update(part: ElementPart, [build]: [() => Node[]]) {
    part.element.replaceChildren(...build());
    return nothing;
  }
}

const children = directive(Children);

/** `<ul ${textItems(strings)}>`: one `<li>` per string. */
export const textItems = (items: readonly string[]) => children(() => items.map((text) => element('li', text)));

/** `<dl ${definitions([[term, description], …])}>`; a description that is a list becomes a `<ul>`. */
export const definitions = (entries: [string, string | string[]][]) =>
  children(() =>
    entries.flatMap(([term, description]) => [
      element('dt', term),
      typeof description === 'string'
        ? element('dd', description)
        : element('dd', undefined, [element('ul', undefined, description.map((text) => element('li', text)))]),
    ]),
  );
