// Host page helper for pages a test frames in a sandbox (a classic script in <head>, after combine.js,
// which keeps the console's warnings and errors). A sandbox without allow-same-origin gives the page an
// opaque origin: the test cannot reach into it, so it posts a function (its source) here, which runs in
// the page and posts back what it returns.
(() => {
  // ?storage=off: site data switched off, as Firefox has it then (localStorage and sessionStorage null),
  // in a browser that does not already.
  if (new URLSearchParams(location.search).get('storage') === 'off') {
    for (const name of ['localStorage', 'sessionStorage']) if (window[name]) Object.defineProperty(window, name, { value: null });
  }
  addEventListener('message', async ({ data, source }) => {
    if (typeof data?.probe !== 'string') return;
    try {
      const result = await (0, eval)(`(${data.probe})`)(document, ...data.args);
      source.postMessage({ id: data.id, result }, '*');
    } catch (error) {
      source.postMessage({ id: data.id, error: String(error?.stack ?? error) }, '*');
    }
  });
})();
