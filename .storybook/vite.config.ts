import { defineConfig } from 'vite';

export default defineConfig({
  // Only build.target is read from here (see viteFinal in main.ts for the rest).
  build: { target: 'es2022' },
});
