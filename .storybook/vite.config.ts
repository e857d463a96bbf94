import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    // Story assets (the poster, the photo) stay files: the widgets refuse data: URLs for images.
    assetsInlineLimit: 0,
  },
});
