import { Readable } from 'node:stream';

/**
 * Test-runner plugins that reach the browser from outside the page.
 *
 * networkRecorderPlugin: a test-runner plugin that records every request the browser makes for a
 * test page, including from iframes, so privacy tests can assert "zero
 * requests to any other origin" from the outside rather than trusting the
 * page to report on itself.
 *
 * In the browser: executeServerCommand('network-record', 'start'), then
 * executeServerCommand('network-record', 'stop') → the URLs requested.
 * { stop: url } stops only once the recorder has heard a request for `url`
 * (the page's last), within 5 s: the browser reports requests a moment
 * after they are made, and on a busy machine that moment passed 300 ms.
 * { from: url }, after 'start', waits the same way for a request for `url`
 * (the page's first) and forgets everything heard before it: a request an
 * earlier test made, reported late, is not this recording's.
 */
const recordings = new Map();

export function networkRecorderPlugin() {
  return {
    name: 'network-recorder',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network-record') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('network-record needs a puppeteer-driven browser');
      const page = session.browser.getPage(session.id);
      const previous = recordings.get(session.id);
      const fence = payload?.stop ?? payload?.from;
      if (fence && previous) {
        const heard = () => previous.urls.some((url) => url.endsWith(fence));
        for (const deadline = Date.now() + 5_000; !heard() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 20));
        if (!heard()) throw new Error(`network-record: the recorder never heard ${fence}`);
      }
      if (payload?.from && previous) {
        previous.urls.splice(0, previous.urls.findIndex((url) => url.endsWith(fence)) + 1);
        return true;
      }
      if (previous) page.off('request', previous.listener);
      if (payload === 'stop' || fence) {
        recordings.delete(session.id);
        return (previous?.urls ?? []).filter((url) => !fence || !url.endsWith(fence));
      }
      const urls = [];
      const listener = (request) => urls.push(request.url());
      page.on('request', listener);
      recordings.set(session.id, { urls, listener });
      return true;
    },
  };
}

/**
 * Emulates a CSS media feature the stock emulateMedia command cannot set
 * with puppeteer (`forced-colors`). Chromium only: Firefox's WebDriver BiDi
 * has no media emulation yet, and the command says so.
 *
 * In the browser: executeServerCommand('media-feature', { name: 'forced-colors', value: 'active' }).
 */
const cdpSessions = new WeakMap();

export function mediaFeaturePlugin() {
  return {
    name: 'media-feature',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-feature') return undefined;
      const page = session.browser.getPage(session.id);
      let client = cdpSessions.get(page);
      if (!client) {
        try {
          client = await page.createCDPSession();
        } catch {
          throw new Error('media-feature: CDP support is required');
        }
        // Kept open: emulation ends with the session that set it.
        cdpSessions.set(page, client);
      }
      // Puppeteer's emulateMediaFeatures refuses forced-colors; the protocol takes it.
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: payload.name, value: payload.value }] });
      return true;
    },
  };
}

/**
 * Puts the test page's clock in another time zone, as a visitor's device set to it would be:
 * executeServerCommand('time-zone', 'America/Kralendijk'); with no zone, the machine's again.
 * Both browsers (Chromium over CDP, Firefox over WebDriver BiDi), at once and in the page as it is.
 */
export function timeZonePlugin() {
  return {
    name: 'time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'time-zone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload || undefined);
      return true;
    },
  };
}

/**
 * Server answers that tests need and a static server cannot give: errors,
 * slow answers, a server that fails once and then works. Koa middleware.
 */
const flakyCalls = new Map();
const casusAttempts = new Map();
/** Bytes each endless answer handed to the connection, by its key. */
const endlessSent = new Map();
const ENDLESS_CHUNK = Buffer.alloc(64 * 1024, ' ');

export function testRoutes({ sessions, receiver }) {
  return async (context, next) => {
    const [, prefix, route, key] = context.path.split('/');
    if (prefix !== '__test') return next();
    // The playground's receiver answers; the casus routes below record each attempt's key first.
    const toReceiver = async () => {
      context.respond = false;
      context.req.url = '/api/casus';
      await (await receiver).handle(context.req, context.res);
    };
    /**
     * The receiver handles the request now, and stores the case; its answer leaves `ms` later
     * (?slow=, else 600), after the form has given up on it (or never, the connection gone by
     * then): the case arrived, the answer did not. (Held back before the receiver, the request's body could no longer be read
     * once the form had let go of it, and nothing was stored.)
     */
    const toReceiverAnsweringLate = async (ms = Number(context.query.slow) || 600) => {
      const res = context.res;
      const { writeHead, end } = res;
      let head = [];
      res.writeHead = (...args) => ((head = args), res);
      res.end = (...args) => {
        setTimeout(() => {
          if (res.destroyed || res.socket?.destroyed) return;
          writeHead.apply(res, head);
          end.apply(res, args);
        }, ms);
        return res;
      };
      await toReceiver();
    };
    const attemptsSoFar = () => {
      const attempts = casusAttempts.get(key) ?? [];
      attempts.push(context.get('idempotency-key'));
      casusAttempts.set(key, attempts);
      return attempts.length;
    };
    const json = (body, status = 200) => {
      context.status = status;
      context.type = 'application/json';
      context.body = JSON.stringify(body);
    };
    if (route === 'status') {
      context.status = Number(key) || 500;
      context.body = 'error';
    } else if (route === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(key) || 1000));
      json(sessions);
    } else if (route === 'flaky') {
      const calls = (flakyCalls.get(key) ?? 0) + 1;
      flakyCalls.set(key, calls);
      if (calls === 1) json({ error: 'try again' }, 503);
      else json(sessions);
    } else if (route === 'casus') {
      // The playground's receiver, for the form's tests.
      await toReceiver();
    } else if (route === 'casus-flaky') {
      // Fails the first attempts in each way a connection fails, then passes
      // the request on: network error, 503, an answer slower than the timeout
      // (the case is stored all the same, as on a slow real server: the retry
      // after it finds it under its key), success.
      const attempt = attemptsSoFar();
      if (attempt === 1) {
        context.req.socket.destroy();
        return;
      }
      if (attempt === 2) return json({ title: 'Unavailable' }, 503);
      if (attempt === 3) return toReceiverAnsweringLate();
      await toReceiver();
    } else if (route === 'casus-late') {
      // The first answer comes ?slow= ms late, after the form has given up, and the case is stored
      // all the same; every later one at once.
      if (attemptsSoFar() === 1) return toReceiverAnsweringLate();
      await toReceiver();
    } else if (route === 'casus-attempts') {
      json(casusAttempts.get(key) ?? []);
    } else if (route === 'casus-status') {
      // ?field=…&detail=…: a refusal naming fields (comma-separated, maybe ones the form does not
      // have), each with that detail; ?top=…: the problem's own detail.
      // ?detail= (empty): fields refused without a word of why.
      const { code, field, detail, top } = context.query;
      const errors = field ? field.split(',').map((name) => ({ field: name, detail: detail ? `${name}: ${detail}` : '' })) : undefined;
      json({ title: errors ? 'Refused' : 'Server error', ...(top && { detail: top }), ...(errors && { errors }) }, Number(code) || 500);
    } else if (route === 'redirect') {
      // A POST sent on elsewhere (?to=…, or the receiver): after 301/302/303 the browser follows
      // with a GET, after 307/308 with the POST.
      context.redirect(context.query.to || '/__test/casus');
      if (key) context.status = Number(key);
    } else if (route === 'answer') {
      // Whatever answer a test asks for: ?status=…&type=…&body=…&after=… (Retry-After)
      context.status = Number(context.query.status) || 200;
      if (context.query.after) context.set('Retry-After', context.query.after);
      context.type = context.query.type || 'application/json';
      context.body = context.query.body ?? '';
    } else if (route === 'endless') {
      // An answer (?status=…) that goes on and on: spaces, as long as the browser reads them
      // (at most 1 GiB); /__test/endless-sent/<key> tells how many bytes went out. (A browser under
      // load takes in tens of MB past what a page reads before the page's cancel closes the
      // connection: 58 MB once in Chromium on a busy CI machine. Its tests allow 200 MiB.)
      context.status = Number(context.query.status) || 200;
      context.type = 'application/json';
      endlessSent.set(key, 0);
      context.body = new Readable({
        read() {
          const sent = endlessSent.get(key);
          endlessSent.set(key, sent + ENDLESS_CHUNK.length);
          this.push(sent >= 2 ** 30 ? null : ENDLESS_CHUNK);
        },
      });
    } else if (route === 'endless-sent') {
      json(endlessSent.get(key) ?? -1);
    } else if (route === 'reference') {
      json({ reference: context.query.ref }, 201);
    } else if (route === 'created') {
      // A receiver that answers 201 with no body at all.
      context.status = 201;
      context.body = '';
    } else if (route === 'drop') {
      // A connection that breaks off before any answer: the browser's network error.
      context.req.socket.destroy();
    } else if (route === 'html') {
      context.type = 'text/html';
      context.body = '<!doctype html><p>Not JSON</p>';
    } else {
      return next();
    }
  };
}

/**
 * Loads a page with JavaScript switched off, in the same browser, and
 * reports what it shows: for "without JavaScript the link still works".
 * Chromium switches JavaScript off (DevTools protocol). Firefox's WebDriver
 * BiDi cannot yet (no `emulation.setScriptingEnabled` in ESR 153), so there
 * the page comes with `Content-Security-Policy: script-src 'none'` — every
 * script blocked, the other way visitors end up without JavaScript.
 * In the browser: executeServerCommand('no-js-page', { path }) →
 * { links: [{ href, text }], widgets: number, scriptsRan: boolean, how }.
 */
export const BLOCK_SCRIPTS_PARAM = 'ccv-block-scripts';

export function noJavaScriptPagePlugin() {
  return {
    name: 'no-js-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'no-js-page') return undefined;
      const current = session.browser.getPage(session.id);
      const page = await current.browser().newPage();
      try {
        const url = new URL(payload.path, current.url());
        let how = 'javascript off';
        try {
          await page.setJavaScriptEnabled(false);
        } catch {
          url.searchParams.set(BLOCK_SCRIPTS_PARAM, '');
          how = 'scripts blocked by the page policy';
        }
        await page.goto(url.href, { waitUntil: 'load' });
        const shown = await page.evaluate(() => ({
          links: [...document.querySelectorAll('a')].map((a) => ({ href: a.href, text: a.textContent.trim() })),
          widgets: document.querySelectorAll('ccv-consent-video, ccv-contact-card, ccv-session-list, ccv-casus-form').length,
          scriptsRan: Boolean(window.customElements?.get('ccv-consent-video')),
        }));
        return { ...shown, how };
      } finally {
        await page.close();
      }
    },
  };
}

/** Koa middleware: a page asked for with BLOCK_SCRIPTS_PARAM may run no script at all. */
export function blockScripts() {
  return async (context, next) => {
    await next();
    if (BLOCK_SCRIPTS_PARAM in context.query) context.set('Content-Security-Policy', "script-src 'none'");
  };
}

/**
 * The browser's own accessibility tree, node by node, for tests of what screen-reader and speech users
 * meet (test/audit/a11y-tree.test.ts). The page marks the elements it asks about with data-ax="<n>"
 * (in shadow roots too) and sends, for each, the role and name it expects.
 * In Chromium the answer is each node as the tree has it ({ role, name, description, level, invalid,
 * required, … }: puppeteer's snapshot of that node). Firefox gives no snapshot over WebDriver BiDi (it
 * needs CDP); there BiDi's accessibility locator (browsingContext.locateNodes, behind puppeteer's ARIA
 * query) says whether the node has the role and the whole name expected: { role, name } as expected
 * where it does, else { role: '?', name: '?' }.
 * In the browser: executeServerCommand('ax-nodes', [{ role: 'button', name: 'Meer tonen' }, …]) → one per mark.
 */
export function axNodesPlugin() {
  return {
    name: 'ax-nodes',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-nodes') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = page.browser().cdpSupported !== false;
      return Promise.all(
        payload.map(async (expected, i) => {
          const element = await page.$(`pierce/[data-ax="${i}"]`);
          if (!element) return { role: 'missing', name: '' };
          if (cdp) {
            const { children, ...node } = (await page.accessibility.snapshot({ root: element, interestingOnly: false })) ?? { role: 'none', name: '' };
            return node;
          }
          // (The method behind puppeteer's `::-p-aria(…)` selector, which cannot hold a name with both kinds of quotes.)
          for await (const found of element.queryAXTree(expected.name, expected.role)) {
            if (await found.evaluate((node, asked) => node === asked, element)) return expected;
          }
          return { role: '?', name: '?' };
        }),
      );
    },
  };
}

/**
 * A visitor who leaves the page and comes back with Back: the page is loaded in a new tab of the
 * same browser (a test page cannot navigate itself away: the test lives in it), used, left for
 * another page of the site, and then restored with Back, from the back/forward cache where the
 * browser keeps it there. Both browsers (Chromium over CDP, Firefox over WebDriver BiDi).
 * Each step is a JavaScript expression (a promise is awaited), evaluated in the page:
 *   { path, ready, setup, type: [{ selector, text }], before, away, whileAway, after }
 * `ready` must hold after the first load and again after Back; `setup` runs once it does; `type`
 * types with real keys into the element a pierce/ selector finds (shadow roots too); `before` runs
 * just before leaving; `whileAway` in the other page (`away`, same origin: its storage is the
 * page's); `after`'s value is returned.
 * → { restored: whether the page came back from the cache (`pageshow` with `persisted`, in the same
 *     document), shows: each `pageshow`'s `persisted` in that document, notRestoredReasons (Chromium:
 *     the navigation entry's, and `blocked`, the reasons DevTools names), value: `after`'s, or error: why it failed }
 */
export function backForwardPlugin() {
  return {
    name: 'back-forward',
    async executeCommand({ command, payload, session }) {
      if (command !== 'back-forward') return undefined;
      const current = session.browser.getPage(session.id);
      /** Both pages without the dev server's socket (see withoutDevSocket). */
      const url = (path) => {
        const address = new URL(path, current.url());
        address.searchParams.set(NO_DEV_SOCKET_PARAM, '');
        return address.href;
      };
      const page = await current.browser().newPage();
      try {
        const blocked = [];
        if (page.browser().cdpSupported !== false) {
          const client = await page.createCDPSession();
          await client.send('Page.enable');
          client.on('Page.backForwardCacheNotUsed', (event) =>
            blocked.push(...event.notRestoredExplanations.map(({ type, reason }) => `${type}: ${reason}`)),
          );
        }
        const home = url(payload.path);
        await page.goto(home, { waitUntil: 'load' });
        await page.waitForFunction(payload.ready ?? 'true', { timeout: 10_000 });
        await page.evaluate(`window.__ccvShows = []; addEventListener('pageshow', (event) => window.__ccvShows.push(event.persisted))`);
        if (payload.setup) await page.evaluate(payload.setup);
        for (const { selector, text } of payload.type ?? []) {
          const field = await page.$(`pierce/${selector}`);
          if (!field) throw new Error(`back-forward: nothing found for ${selector}`);
          await field.type(text);
        }
        if (payload.before) await page.evaluate(payload.before);
        await page.goto(url(payload.away ?? '/test/host-pages/away.html'), { waitUntil: 'load' });
        if (payload.whileAway) await page.evaluate(payload.whileAway);
        // Back as the page's own history.back(): puppeteer's goBack waits for a `load` that a page
        // restored from the cache never fires (in Firefox over BiDi it then waits forever).
        await page.evaluate('history.back()');
        // (Asked of the page: puppeteer's page.url() in Firefox does not follow a restore from the cache. The
        // path only: the page may have written its state into its address, as a list does its filters.)
        const where = () => page.evaluate('location.pathname').catch(() => undefined);
        for (const deadline = Date.now() + 10_000; (await where()) !== new URL(home).pathname; ) {
          if (Date.now() > deadline) throw new Error(`back-forward: Back did not return to ${home}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await page.waitForFunction(payload.ready ?? 'true', { timeout: 10_000 });
        const shows = await page.evaluate('window.__ccvShows ?? null');
        const notRestoredReasons = await page.evaluate(`JSON.parse(JSON.stringify(performance.getEntriesByType('navigation')[0]?.notRestoredReasons ?? null))`);
        const restored = !!shows?.includes(true);
        // (A page loaded anew, not restored, may fail the steps meant for the page kept: the test says why first.)
        const [value, error] = await page.evaluate(payload.after ?? 'undefined').then((value) => [value], (error) => [undefined, `${error}`]);
        return { restored, shows, notRestoredReasons, blocked, value, error };
      } finally {
        await page.close();
      }
    },
  };
}

/**
 * The dev server puts a script into every HTML page it serves that holds a WebSocket open to it
 * (for reloading). A real site's page has no such socket, and Firefox keeps no page with an open
 * socket in its back/forward cache: a page asked for with NO_DEV_SOCKET_PARAM comes without it.
 * Koa middleware.
 */
export const NO_DEV_SOCKET_PARAM = 'ccv-no-dev-socket';
const DEV_SOCKET_SCRIPT = /<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

export function withoutDevSocket() {
  return async (context, next) => {
    await next();
    if (NO_DEV_SOCKET_PARAM in context.query && typeof context.body === 'string') context.body = context.body.replace(DEV_SOCKET_SCRIPT, '');
  };
}
