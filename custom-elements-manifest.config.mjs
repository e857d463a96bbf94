import { posix } from 'node:path';
import { ELEMENTS } from './scripts/entries.mjs';

/**
 * The manifest ships in the package, where src/ does not: each element's module is named by
 * the file the package has (dist/<name>.js), with the definition of its tag, so tools that write
 * imports or wrappers from the manifest find them. (Our own define() hides the definition from
 * the analyzer.)
 */
const packagePaths = {
  name: 'ccv-package-paths',
  packageLinkPhase({ customElementsManifest }) {
    const renamed = new Map();
    for (const module of customElementsManifest.modules) {
      const element = ELEMENTS.find((entry) => entry.source === module.path);
      const declaration = module.declarations?.find((candidate) => candidate.tagName === element?.tag);
      if (!element || !declaration) continue;
      // Typed for this element: the base's `MessageOverrides<N>` names a type parameter no wrapper
      // written from the manifest knows, and an optional `x?: T | undefined` reads `T | undefined | undefined`.
      // (A copy: the analyzer shares an inherited member's type between the elements.)
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        const text = item.type?.text.replace(/\bN\b/g, `'${element.tag.slice(4)}'`).replace(/( \| undefined)+$/, ' | undefined');
        if (text) item.type = { ...item.type, text };
      }
      renamed.set(module.path, `dist/${element.name}.js`);
      module.path = `dist/${element.name}.js`;
      module.exports = [
        ...(module.exports ?? []),
        { kind: 'custom-element-definition', name: element.tag, declaration: { name: declaration.name, module: module.path } },
      ];
    }
    // Every reference names a module of the manifest, by its path there: a renamed one (its own
    // exports, other modules' re-exports) follows it. The analyzer writes some as the import
    // said them, relative or rooted and with .js (`./builtin.js`, `/src/base/ccv-element.js`),
    // which name no module: src/index.ts re-exported each element from its source file.
    const paths = new Set(customElementsManifest.modules.map((module) => module.path));
    const follow = (value, from) => {
      if (Array.isArray(value)) value.forEach((inner) => follow(inner, from));
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key !== 'module' || typeof inner !== 'string') follow(inner, from);
          else {
            const path = (inner.startsWith('.') ? posix.join(posix.dirname(from), inner) : inner.replace(/^\//, '')).replace(/\.js$/, '.ts');
            value.module = renamed.get(path) ?? (paths.has(path) ? path : inner);
          }
        }
      }
    };
    for (const module of customElementsManifest.modules) follow(module, [...renamed].find(([, to]) => to === module.path)?.[0] ?? module.path);
  },
};

/**
 * Lit's `state: true` makes a property internal, with no attribute (Lit sets `attribute: false` for
 * it); the analyzer reads only `attribute: false`, and would list each state as an attribute.
 */
const stateProperties = {
  name: 'ccv-state-properties',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node)) return;
    const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name?.getText());
    const getter = node.members.find((member) => ts.isGetAccessor(member) && member.name.getText() === 'properties');
    const returned = getter?.body?.statements.find(ts.isReturnStatement)?.expression;
    if (!declaration || !returned || !ts.isObjectLiteralExpression(returned)) return;
    for (const property of returned.properties) {
      const options = ts.isPropertyAssignment(property) ? property.initializer : undefined;
      const state = options && ts.isObjectLiteralExpression(options) && options.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword);
      if (!state) continue;
      const name = property.name.getText();
      const member = declaration.members?.find((candidate) => candidate.name === name);
      if (member) delete member.attribute;
      if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => attribute.fieldName !== name);
    }
  },
};

/** Only our sources: without globs the analyzer also walks dist/ and storybook-static/. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [stateProperties, packagePaths],
};
