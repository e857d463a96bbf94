/**
 * The playground: `npm start` serves demo/ — the leerkring page rebuilt
 * from the widgets — straight from the TypeScript sources, so every change
 * shows at once. The library build is scripts/build.mjs.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'demo',
  server: {
    port: 5173,
    // The demo imports ../src; let the dev server read the whole project.
    fs: { allow: [projectRoot] },
  },
  build: {
    outDir: '../playground-dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
