/**
 * The page the outside audits paste their markup into, as a CMS's HTML block does, and what they
 * read back: only the DOM and the elements' public API, never our sources.
 */
export type Lit = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

/** The block last pasted (the tests take it off the page after each). */
export let host: HTMLElement;

export function paste(markup: string): HTMLElement {
  host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

/** The element `selector` finds, once it is defined and has rendered. */
export async function ready<T extends Lit = Lit>(selector: string, root: ParentNode = host): Promise<T> {
  const element = root.querySelector<T>(selector)!;
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  return element;
}

export const sr = (element: Element) => element.shadowRoot!;
/** The text a widget shows, its white space as one space. */
export const text = (element: Element) => (sr(element).textContent ?? '').replace(/\s+/g, ' ');
