import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze` (run before `storybook` and `build-storybook`):
// the docs pages list attributes, events, parts and tokens from it.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

// Storybook's frame says lang="en"; the widgets are Dutch by default, as on a municipal site.
// Stories that show English set lang themselves.
document.documentElement.lang = 'nl';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
