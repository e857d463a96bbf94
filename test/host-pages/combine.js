// Host page helper (a classic script, first in <head>): writes the <script type="module"> tags named in
// ?load=, if any (CDN file names without .js, or a path), as separate CMS blocks would each paste one, and keeps
// every console warning and error and every uncaught error for the test to read.
(() => {
  const log = (window.__log = []);
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = (...args) => {
      log.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
  addEventListener('error', (event) => log.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => log.push(`rejected: ${event.reason}`));
  const query = new URLSearchParams(location.search);
  // ?storage=blocked: localStorage throws, as in a browser set to block site data.
  if (query.get('storage') === 'blocked') {
    for (const method of ['getItem', 'setItem', 'removeItem']) {
      Storage.prototype[method] = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    }
  }
  for (const name of query.get('load')?.split(',') ?? []) {
    document.write(`<script type="module" src="${name.startsWith('/') ? name : `/dist/cdn/${name}.js`}"></scr` + 'ipt>');
  }
})();
