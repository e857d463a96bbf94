/**
 * schema.org JSON-LD for search engines. It must sit in light DOM — crawlers
 * do not read shadow roots — so a widget keeps one script child of its own.
 */
import { toJson } from './own.js';

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in the data. */
export function serializeJsonLd(data: object): string {
  return toJson(data).replace(/</g, '\\u003c');
}

type ScriptPolicy = { createScript(input: string): unknown };
let policy: ScriptPolicy | null | undefined;
/** The page refused our JSON-LD once (Trusted Types): do not try, and report, again on every update. */
let refused = false;

/**
 * Sites with `require-trusted-types-for 'script'` refuse a plain string as a
 * script's text. Our JSON-LD is data we serialise ourselves (and escape), so
 * a policy that passes it through is safe; without Trusted Types, a string.
 */
function scriptText(json: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
    try {
      policy = factory?.createPolicy('ccv-leerkring-json-ld', { createScript: (input: string) => input }) ?? null;
    } catch {
      // The site's CSP does not allow our policy name. A plain string is tried once: a policy can
      // list names without requiring Trusted Types; where it does require them, the string is
      // refused (a second report) and JSON-LD is skipped from then on.
      policy = null;
    }
  }
  return (policy ? policy.createScript(json) : json) as string;
}

/** Writes (or with `undefined`, removes) the host's own JSON-LD child. */
export function writeJsonLd(host: HTMLElement, data: object | undefined): void {
  const existing = host.querySelector<HTMLScriptElement>(':scope > script[data-ccv-structured-data]');
  if (!data) {
    existing?.remove();
    return;
  }
  const json = serializeJsonLd(data);
  if (refused || existing?.textContent === json) return;
  const script = existing ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.ccvStructuredData = '';
  try {
    script.text = scriptText(json);
  } catch {
    refused = true; // a Trusted Types policy refused it: search engines miss out, the widget does not break
    return;
  }
  if (!existing) host.append(script);
}
