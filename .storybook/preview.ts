import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run analyze` (run before `storybook` and `build-storybook`):
// the docs pages list attributes, events, parts and tokens from it.
import manifest from '../custom-elements.json';

type Member = { name: string; privacy?: string; static?: boolean };
type Declaration = { members?: Member[]; cssParts?: { name: string }[] };
// The docs tables show the public surface: the manifest also lists private (#…), protected and
// static members, for tools that want them. Parts are named as CSS writes them: the tables keep
// one row per name, and a part named like an attribute (`name`, `poster`) hid the attribute's row.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#')),
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
    })),
  })),
});

// Storybook's frame and its docs blocks say lang="en"; the widgets are Dutch by default, as on a
// municipal site, and follow the nearest lang. Stories that show English set lang themselves.
document.documentElement.lang = 'nl';

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [(story) => html`<div lang="nl">${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    // State stories (errors, sending, filtered…) reach their state in a play function: on the
    // docs page too.
    docs: { story: { autoplay: true } },
  },
};

export default preview;
