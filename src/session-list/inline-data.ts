/**
 * Where a list finds its inline JSON, as plain functions of the DOM: the list's own
 * `<script type="application/json">`, or the one a CMS's editor wrapped in a paragraph or a div.
 * Apart from the loading so the rule of which script is the list's is read in one place.
 */

/** Inline data: a JSON script child (one of JSON-LD's type is the list's own structured data). */
export const INLINE_SCRIPT = 'script[type="application/json"]';
const INLINE_DATA = `:scope > ${INLINE_SCRIPT}`;

/** Whether a change in the list's content reached its inline JSON. */
export const touchesInlineData = (record: MutationRecord) =>
  [record.target, record.target.parentNode, ...record.addedNodes, ...record.removedNodes].some(
    // (An added or removed node may be a CMS's paragraph with the script in it.)
    (node, i) => node instanceof Element && (node.matches(INLINE_SCRIPT) || (i > 1 && !!node.querySelector(INLINE_SCRIPT))),
  );

/**
 * The inline JSON: the list's own child or, as a CMS's editor wraps it in a paragraph or a div, the
 * one such script in the list when it sits in a child of the list. Deeper, or one of several, it
 * is not the list's: that stays an error with a warning.
 */
export const inlineScriptOf = (list: Element) => {
  const own = list.querySelector(INLINE_DATA);
  if (own) return own;
  const all = list.querySelectorAll(INLINE_SCRIPT);
  return all.length === 1 && all[0].parentElement?.parentElement === list ? all[0] : null;
};
