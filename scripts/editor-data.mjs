/**
 * Editor support, written from the manifest: VS Code's HTML custom data and
 * JetBrains' web-types. A site developer who types <ccv-… in a template gets
 * the elements, their attributes (with the values a choice allows) and their
 * descriptions completed, from the package they installed. No schema address
 * or documentation link in either: an editor would fetch it from elsewhere.
 */

/** Each tagged element of the manifest, with the module the package has it in. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: module.path })));
}

/** The values a union of string literals allows ('all' | 'upcoming' | 'past'), or none. */
export function valuesOf(typeText) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';
const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();

/** VS Code: `html.customData` in a site's settings names this file. */
export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: text(element.description || element.summary),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = valuesOf(attribute.type?.text);
        return {
          name: attribute.name,
          description: text(attribute.description),
          ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains (WebStorm, PhpStorm): found through the package's `web-types` field. */
export function webTypes(manifest, pkg) {
  return {
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    // (The value types are TypeScript's: 'all' | 'upcoming' | 'past'.)
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: text(element.description || element.summary),
          source: { module: `${pkg.name}/${element.module.replace(/^dist\/|\.js$/g, '')}`, symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = valuesOf(attribute.type?.text);
            return {
              name: attribute.name,
              description: text(attribute.description),
              value: isBoolean(attribute)
                ? { type: 'boolean', required: false }
                : { type: values.length ? values.map((v) => `'${v}'`).join(' | ') : attribute.type?.text?.replace(/\s*\|\s*undefined$/, '') || 'string', kind: 'plain' },
            };
          }),
          js: { events: (element.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, description: text(event.description) })) },
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: text(slot.description) })),
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: text(part.description) })),
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: text(property.description) })),
          },
        })),
      },
    },
  };
}
