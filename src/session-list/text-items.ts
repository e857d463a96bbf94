import { nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * `<ul ${textItems(strings)}>`: fills a list with one `<li>` of text per
 * string. A list renders hundreds of sessions, each with a few names and
 * topics; plain elements cost a fraction of a nested template per item.
 * The strings are text, never markup.
 */
class TextItems extends Directive {
  private items?: readonly string[];

  render(_items: readonly string[]) {
    return nothing;
  }

  override update(part: ElementPart, [items]: [readonly string[]]) {
    if (items !== this.items) {
      this.items = items;
      part.element.replaceChildren(
        ...items.map((text) => {
          const item = document.createElement('li');
          item.textContent = text;
          return item;
        }),
      );
    }
    return nothing;
  }
}

export const textItems = directive(TextItems);
