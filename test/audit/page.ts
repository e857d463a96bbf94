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

/**
 * Fills in a case form as a person does: each field typed into and left (input, change), a
 * preferred format and the privacy box ticked, and past the minimum fill time. Also in a host page's iframe.
 */
export function fillInCase(form: Element, values: Record<string, string>, format = 'xl'): void {
  for (const [name, value] of Object.entries(values)) {
    const control = sr(form).querySelector<HTMLInputElement>(`[name=${name}]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  for (const selector of [`[name=preferredFormat][value=${format}]`, '[name=privacyConsent]']) {
    const control = sr(form).querySelector<HTMLInputElement>(selector)!;
    control.checked = true;
    control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  // (On the form's own page's clock: a page in an iframe counts performance.now() from its own start.)
  const since = form.ownerDocument.defaultView!.performance.now() - 10_000;
  Object.assign(form, { shownAt: since, startedAt: since });
}
