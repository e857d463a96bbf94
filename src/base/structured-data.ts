/**
 * schema.org JSON-LD for search engines. It must sit in light DOM — crawlers
 * do not read shadow roots — so a widget keeps one script child of its own.
 */

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in the data. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Writes (or with `undefined`, removes) the host's own JSON-LD child. */
export function writeJsonLd(host: HTMLElement, data: object | undefined): void {
  const existing = host.querySelector<HTMLScriptElement>(':scope > script[data-ccv-structured-data]');
  if (!data) {
    existing?.remove();
    return;
  }
  const json = serializeJsonLd(data);
  if (existing?.textContent === json) return;
  const script = existing ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.ccvStructuredData = '';
  script.textContent = json;
  if (!existing) host.append(script);
}
