import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // builder-vite takes only build.target from .storybook/vite.config.ts: the rest is set here.
  viteFinal: (vite) => ({
    ...vite,
    // Story assets (the poster, the photo) stay files: the widgets refuse data: URLs for images.
    build: { ...vite.build, assetsInlineLimit: 0 },
    // Storybook's renderer imports lit/directive-helpers.js itself: pre-bundled with the rest of
    // Lit, or the dev server loads a second lit-html ("Multiple versions of Lit loaded").
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
  core: {
    disableTelemetry: true,
    // No calls home from `storybook dev` either.
    disableWhatsNewNotifications: true,
    // The project's vite.config.ts serves the playground from demo/; Storybook gets its own.
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
};

export default config;
