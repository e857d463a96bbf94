/**
 * The playground: `npm start` serves demo/ — the leerkring page rebuilt
 * from the widgets — straight from the TypeScript sources, so every change
 * shows at once, together with the reference receiver for case submissions
 * (POST /api/casus, stored in demo/.data/) and its inbox (/inbox.html).
 * The library build is scripts/build.mjs.
 */
import type { Connect } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { createReceiver } from './demo/receiver/receiver.js';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

function receiverPlugin(): Plugin {
  const middleware = async (): Promise<Connect.NextHandleFunction> => {
    // (CCV_RECEIVER_DIR: another folder, as the tests of this wiring use, so they leave demo/.data alone.)
    const receiver = await createReceiver({ dir: process.env.CCV_RECEIVER_DIR || fileURLToPath(new URL('./demo/.data', import.meta.url)) });
    return (req, res, next) => {
      receiver.handle(req, res).then((handled) => handled || next(), next);
    };
  };
  return {
    name: 'ccv-casus-receiver',
    async configureServer(server) {
      server.middlewares.use(await middleware());
    },
    async configurePreviewServer(server) {
      server.middlewares.use(await middleware());
    },
  };
}

/**
 * The sessions document, which the page names only in an attribute of <ccv-session-list>
 * (so the build does not see it), goes into the built playground at the same address.
 */
function demoDataPlugin(): Plugin {
  return {
    name: 'ccv-demo-data',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/sessions.json', source: readFileSync(`${projectRoot}demo/data/sessions.json`) });
    },
  };
}

/**
 * The built pages carry their small stylesheet inline: a linked one is a round trip more before
 * the first paint (Lighthouse measured the first contentful paint at 1.5 s on its slow mobile network).
 */
function inlineCssPlugin(): Plugin {
  return {
    name: 'ccv-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return html.replace(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g, (link, file: string) => {
          const asset = bundle?.[file];
          return asset && asset.type === 'asset' ? `<style>${String(asset.source)}</style>` : link;
        });
      },
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [receiverPlugin(), demoDataPlugin(), inlineCssPlugin()],
  server: {
    port: 5173,
    // The receiver answers CORS for partner sites itself; Vite's own CORS would answer their
    // preflight first (for localhost only), and let local pages read the inbox.
    cors: false,
    // The demo imports ../src; let the dev server read the whole project, but not the cases the
    // receiver keeps in demo/.data (personal data: the inbox is their one way out), nor Vite's own
    // default deny list, which this replaces.
    fs: { allow: [projectRoot], deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**'] },
  },
  preview: { cors: false },
  build: {
    outDir: '../playground-dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the widgets support reads <link rel="modulepreload">: no polyfill, whose
    // MutationObserver would otherwise watch the whole page for the life of the visit.
    modulePreload: { polyfill: false },
    // Absolute: `root` is demo/, and the dev server's dependency scan reads these too.
    rolldownOptions: {
      input: Object.fromEntries(['index', 'inbox', 'privacy'].map((page) => [page === 'index' ? 'main' : page, `${projectRoot}demo/${page}.html`])),
    },
  },
});
