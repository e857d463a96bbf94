import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Gives a widget's shadow root its class's style sheets made anew for the document it is in now; for
 * an element's `adoptedCallback`. Lit adopts the sheets it made for the page that defined the class,
 * which a browser refuses in another document (a widget a framework puts into an iframe, or one
 * moved into an iframe or a picture-in-picture window): the widget threw there and never showed, or,
 * moved once it had shown, lost its styles for good, also once back. So the root is made here, before
 * Lit would make it on connecting. (A document without a window shows nothing, and gets none. Back
 * on the page, a widget gets sheets of its own too, not Lit's shared ones: the same rules, for a move
 * that is rare, and 20 B less in every element than telling the two apart.)
 */
export function restyle(element: ReactiveElement): void {
  const view = element.ownerDocument.defaultView;
  const widget = element.constructor as typeof ReactiveElement;
  // (A browser without constructed sheets (Safari before 16.4) has Lit's <style> elements, which work
  // anywhere; a class without styles has nothing to adopt.)
  if (!(widget.elementStyles[0] as CSSResult | undefined)?.styleSheet) return;
  const root = ((element as unknown as { renderRoot?: ShadowRoot }).renderRoot ??= element.attachShadow(widget.shadowRootOptions));
  root.adoptedStyleSheets = view
    ? widget.elementStyles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync((style as CSSResult).cssText);
        return sheet;
      })
    : [];
}
