/**
 * The library's entry points, in one place for the npm build, the CDN
 * build, the bench and the package's `exports` map check, and the browsers they are built for.
 * `name` is the npm subpath and dist file; `tag` names the CDN file.
 */
export const ELEMENTS = [
  { name: 'config', tag: 'ccv-config', source: 'src/config/config.ts' },
  { name: 'consent-video', tag: 'ccv-consent-video', source: 'src/consent-video/consent-video.ts' },
  // The session list shows its recordings with <ccv-consent-video>, so its files register both.
  { name: 'session-list', tag: 'ccv-session-list', source: 'src/session-list/session-list.ts', uses: ['ccv-consent-video'] },
  { name: 'contact-card', tag: 'ccv-contact-card', source: 'src/contact-card/contact-card.ts' },
  { name: 'casus-form', tag: 'ccv-casus-form', source: 'src/casus-form/casus-form.ts' },
];

/** Everything at once: the npm root and the CDN bundle of DESIGN.md. */
export const ALL = { name: 'index', cdn: 'ccv-leerkring', source: 'src/index.ts' };

/** npm-only helpers without an element: `@ccv/leerkring-widgets/upgrade` for sites that import single elements. */
export const HELPERS = [
  { name: 'upgrade', source: 'src/upgrade/upgrade.ts' },
  // grantConsent, setConsentMapping, …: without them, a site importing one element had to import the root, which registers all.
  { name: 'consent', source: 'src/consent/index.ts' },
  { name: 'i18n', source: 'src/i18n/public.ts' },
];

/**
 * The syntax the built files may use: ES2022, less what Safari 16.0–16.3 cannot read. The compiler writes
 * a class's `static {}` block (for our static fields) the older way; a regular expression with a lookbehind
 * it cannot: use none (test-node/cdn-bundle.test.ts checks both). README, "Browser support".
 */
export const TARGET = ['es2022', 'safari16'];
