import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element unless the tag is taken.
 *
 * Partner sites regularly end up with two copies of the library: the CDN
 * snippet an editor pasted plus a bundle another department built. The
 * native `customElements.define` throws on the second copy, which would
 * stop every script after it. The first definition wins; a different
 * version is worth a warning because its attributes may differ.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering or a non-browser test
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.version && existing.version !== VERSION) {
      warnOnce(`<${tag}> is already defined by version ${existing.version}; version ${VERSION} is not used.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // A race with another copy, or a constructor registered under a second
    // name: the page keeps working with whatever is registered.
    warnOnce(`<${tag}> could not be defined.`, error);
  }
}
