/**
 * JSX typings for React 19, written from the manifest: `dist/react.d.ts`, the
 * package's `./react` subpath. It only holds types and says
 * `declare module 'react'`, so it is opt-in: a project without @types/react
 * never loads it.
 *
 * What React 19 does with a prop on a custom element decides the types:
 * - a name the element has as a property (`pageSize`, `sessions`, `show`)
 *   is set as that property, with any value, once the element is defined;
 * - any other name (`page-size`) is set as an attribute: a string or number
 *   is written as text, `true` as an empty attribute, `false` removes it;
 * - `on` + the exact event name (`onccv-session-select`) adds a listener for
 *   that event (react.dev, "Listening for events on custom elements").
 * So an attribute that is a number also takes its text ("3"), and an on/off
 * attribute takes only a boolean: the text "false" would switch it on.
 */

/** Each tagged element of the manifest, with the module the package has it in. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: module.path })));
}

/** A description as one JSDoc line, which a comment's end inside it cannot close early. */
const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\s+/g, ' ').trim().replaceAll('*/', '*\\/')} */\n` : '');

/** The TypeScript type of an attribute's value, from the manifest's type text. */
function attributeType(typeText) {
  const parts = (typeText ?? 'string').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  if (parts.every((part) => /^'[^']*'$/.test(part))) return parts.join(' | ');
  if (parts.length === 1 && parts[0] === 'boolean') return 'boolean';
  if (parts.length === 1 && parts[0] === 'number') return 'number | `${number}`';
  return 'string';
}

/** A key as TypeScript writes it: quoted when it is no identifier (`'page-size'`). */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The public fields a site may set, as React would: no statics, no read-only or private ones. */
const settableFields = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));

/** The `.d.ts` of each manifest module, from the package's `exports` map. */
function typesFile(pkg, module) {
  const entry = Object.values(pkg.exports).find((target) => typeof target === 'object' && target.default === `./${module}`);
  if (!entry?.types) throw new Error(`No types in package.json exports for ${module}`);
  return entry.types.replace(/^\.\/dist\//, './').replace(/\.d\.ts$/, '.js');
}

/** `dist/react.d.ts`: `React.JSX.IntrinsicElements` entries for every element. */
export function reactTypes(manifest, pkg) {
  const elements = elementsOf(manifest);
  const imports = elements.map((element) => `import type { ${element.name} } from '${typesFile(pkg, element.module)}';\n`).join('');
  const entries = elements.map((element) => {
    const fields = settableFields(element);
    const props = [];
    for (const attribute of element.attributes ?? []) {
      // A name that is also the property's goes in once, as the property React sets.
      if (attribute.name === attribute.fieldName) continue;
      props.push(`${doc(attribute.description, '        ')}        ${key(attribute.name)}?: ${attributeType(attribute.type?.text)} | undefined;\n`);
    }
    for (const field of fields) {
      props.push(`${doc(field.description, '        ')}        ${key(field.name)}?: ${element.name}['${field.name}'] | undefined;\n`);
    }
    for (const event of (element.events ?? []).filter((e) => e.name)) {
      props.push(`${doc(event.description, '        ')}        ${key(`on${event.name}`)}?: ((event: GlobalEventHandlersEventMap['${event.name}']) => void) | undefined;\n`);
    }
    return `${doc(element.summary || element.description, '      ')}      '${element.tagName}': CustomElementProps<${element.name}, {\n${props.join('')}      }>;\n`;
  });
  return `// Written by scripts/build.mjs from custom-elements.json; opt in with
// \`import type {} from '${pkg.name}/react'\` (README, "For developers: npm").
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports}
/** React's props for any element (key, ref, className, style, slot, …), with the element's own on top. */
type CustomElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('')}    }
  }
}
`;
}
