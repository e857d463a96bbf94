/**
 * `npm run bench`: a benchmark script, not a test. Builds the library, then
 * prints what a visitor downloads:
 * - every CDN file (Lit inside): raw, gzip and brotli bytes;
 * - each element's own code with Lit excluded (minified, as a site's
 *   bundler would ship it next to its own Lit), the figure element budgets use.
 * - requests to third-party origins the playground makes before consent
 *   (must be 0), counted by a real Chromium from outside the page.
 * Later issues add their own figures (rendering time, Lighthouse) here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';
import { ALL, ELEMENTS } from './entries.mjs';
import { kb, ownCodeMeter, sizes } from './sizes.mjs';

const row = (name, s) => console.log(`${name.padEnd(34)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`);
// The browsers it starts run on Amsterdam's clock, as most visitors' do (and the tests' browsers):
// on another clock the list adds the visitor's own time to each session, which the hand-written
// baseline below does not write.
process.env.TZ = 'Europe/Amsterdam';

const header = (title) => console.log(`\n${title}\n${'file'.padEnd(34)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);

// Timings depend on the machine and on what else it runs: say which, so two runs can be compared.
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores; load average ${loadavg()[0].toFixed(2)} at the start`);
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

header('CDN files (dist/cdn, Lit included)');
const cdnFiles = readdirSync('dist/cdn').filter((file) => file.endsWith('.js'));
const bundle = `${ALL.cdn}.js`;
for (const file of [bundle, ...cdnFiles.filter((file) => file !== bundle).sort()]) {
  row(`dist/cdn/${file}`, sizes(readFileSync(join('dist/cdn', file))));
}

header('Own code per element (minified, Lit excluded)');
const meter = ownCodeMeter();
try {
  const everything = await meter.measure(ELEMENTS.map((e) => e.source));
  row('all elements', everything);
  const marginal = [];
  for (const element of ELEMENTS) {
    row(element.tag, await meter.measure([element.source]));
    const without = await meter.measure(ELEMENTS.filter((e) => e !== element).map((e) => e.source));
    marginal.push([element.tag, everything.gzip - without.gzip]);
  }
  console.log('\nWhat each element adds to a page that has the others (gzip, Lit and the shared layers excluded)');
  for (const [tag, bytes] of marginal) console.log(`${tag.padEnd(34)} ${kb(bytes).padStart(10)}`);
  const withUpgrade = await meter.measure([...ELEMENTS.map((e) => e.source), 'src/upgrade/upgrade.ts']);
  console.log(`${'data-ccv upgrade (src/upgrade)'.padEnd(34)} ${kb(withUpgrade.gzip - everything.gzip).padStart(10)}`);
} finally {
  meter.done();
}

// Rendering speed, with the production CDN bundle in headless Chromium.
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
{
  console.log(`\n<ccv-session-list> rendering (median of runs, headless Chromium; load average ${loadavg()[0].toFixed(2)})`);
  const browser = await puppeteer.launch({ executablePath: findBrowsers().chromium, headless: true, args: CHROMIUM_ARGS });
  // A real (loopback) origin, so localStorage works for the form's drafts.
  const { createServer } = await import('node:http');
  const blank = createServer((req, res) => res.end('<!doctype html><html lang="nl"><title>bench</title><body></body></html>'));
  await new Promise((resolve) => blank.listen(0, '127.0.0.1', resolve));
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${blank.address().port}/`);
    // Imported from a blob URL rather than added as a tag, so its exports (upgrade) are reachable.
    await page.evaluate(async (code) => {
      const module = await import(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      window.ccvUpgrade = module.upgrade;
    }, readFileSync('dist/cdn/ccv-leerkring.js', 'utf8'));
    await page.addScriptTag({ type: 'module', content: `${readFileSync('bench/session-list-page.js', 'utf8')}\nwindow.bench = { makeSessions, renderList, renderBaseline, typeInFilter, typeInDescription };` });
    await page.waitForFunction(() => window.bench && customElements.get('ccv-session-list'));
    const figures = await page.evaluate(async () => {
      const { makeSessions, renderList, renderBaseline, typeInFilter } = window.bench;
      const thousand = makeSessions(1000);
      const list = [];
      const all = [];
      const baseline = [];
      let styleSheets = [];
      for (let i = 0; i < 7; i += 1) {
        const { list: element, ms, allMs } = await renderList(thousand, 1000);
        list.push(ms);
        all.push(allMs);
        if (element.shadowRoot.querySelectorAll('article').length !== 1000) throw new Error('the list did not fill in all 1,000 sessions');
        styleSheets = element.shadowRoot.adoptedStyleSheets;
        // (The oldest session: last in the list, far below the fold, so still in its waiting box.)
        const same = element.shadowRoot.querySelector(`[id="session-${thousand[0].id}"]`).parentElement.outerHTML;
        // (And the session shown first, whose recording is there at once.)
        const sameFirst = element.shadowRoot.querySelector('li').outerHTML;
        element.remove();
        const hand = await renderBaseline(thousand, styleSheets);
        baseline.push(hand.ms);
        // The comparison is fair only while both write the same markup for a session.
        if (same !== hand.markup) throw new Error(`the baseline's markup differs from the list's:\n${hand.markup}\n${same}`);
        if (sameFirst !== hand.shownFirst) throw new Error(`the baseline's markup differs from the list's:\n${hand.shownFirst}\n${sameFirst}`);
      }
      const { list: filtered } = await renderList(thousand, 1000);
      filtered.filters = true;
      await filtered.updateComplete;
      const keystrokes = [];
      for (const word of ['leerkring', 'politie', 'gemeente 7', 'osint']) keystrokes.push(...(await typeInFilter(filtered, word)));
      filtered.remove();
      const tenThousand = makeSessions(10000);
      const paged = [];
      for (let i = 0; i < 7; i += 1) {
        const { list: element, ms } = await renderList(tenThousand, 10);
        paged.push(ms);
        element.remove();
      }
      const description = await window.bench.typeInDescription(5000);
      // The data-ccv scan on a page with 5,000 ordinary elements and 20 upgrade targets.
      const scans = [];
      for (let run = 0; run < 7; run += 1) {
        const host = document.createElement('div');
        for (let i = 0; i < 5000; i += 1) host.append(document.createElement(i % 3 ? 'p' : 'span'));
        for (let i = 0; i < 20; i += 1) {
          const link = document.createElement('a');
          link.href = 'https://youtu.be/M7lc1UVf-VE';
          link.dataset.ccv = 'video';
          link.textContent = `Video ${i}`;
          host.children[i * 250].append(link);
        }
        document.body.append(host);
        const t0 = performance.now();
        const upgraded = window.ccvUpgrade(host);
        scans.push(performance.now() - t0);
        if (upgraded !== 20) throw new Error(`upgraded ${upgraded} of 20`);
        host.remove();
      }
      return { list, all, baseline, keystrokes, paged, description, scans };
    });
    const m = Object.fromEntries(Object.entries(figures).map(([key, values]) => [key, median(values)]));
    // Each figure says whether it meets its target: a reader should not have to compare.
    const verdict = (value, target) => (value <= target ? 'met' : 'NOT MET');
    console.log(`first render, 1,000 sessions (first part drawn): ${m.list.toFixed(1)} ms (target <= 50 ms: ${verdict(m.list, 50)})`);
    console.log(`all 1,000 sessions in place, laid out: ${m.all.toFixed(1)} ms`);
    console.log(`hand-written DOM baseline, all 1,000 at once: ${m.baseline.toFixed(1)} ms; ratio of all in place ${(m.all / m.baseline).toFixed(2)}x (target <= 1.5x: ${verdict(m.all / m.baseline, 1.5)})`);
    console.log(`one filter keystroke, 1,000 sessions: median ${m.keystrokes.toFixed(1)} ms, slowest ${Math.max(...figures.keystrokes).toFixed(1)} ms (target <= 16 ms for the median: ${verdict(m.keystrokes, 16)})`);
    console.log(`first render, 10,000 sessions, page-size 10: ${m.paged.toFixed(1)} ms (target <= 30 ms: ${verdict(m.paged, 30)})`);
    const sorted = [...figures.description].sort((a, b) => a - b);
    console.log(`\ndata-ccv upgrade scan, 5,000 elements and 20 targets: ${m.scans.toFixed(2)} ms (target <= 5 ms: ${verdict(m.scans, 5)})`);
    console.log(`\n<ccv-casus-form> description keystroke, 5,000 characters, draft saving on: median ${m.description.toFixed(2)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(2)} ms (target <= 2 ms for the median: ${verdict(m.description, 2)})`);
  } finally {
    await browser.close();
    blank.close();
  }
}

// The reference receiver on loopback: throughput, and nothing lost or duplicated.
{
  console.log('\nReference receiver (loopback, durable writes)');
  const { buildSync } = await import('esbuild');
  const { createServer } = await import('node:http');
  const { randomUUID } = await import('node:crypto');
  buildSync({ entryPoints: ['demo/receiver/receiver.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '.node-tests/receiver.mjs', logLevel: 'warning' });
  const { createReceiver } = await import(new URL('../.node-tests/receiver.mjs', import.meta.url).href);
  const dir = mkdtempSync(join(tmpdir(), 'ccv-bench-receiver-'));
  const receiver = await createReceiver({ dir });
  const server = createServer((req, res) => receiver.handle(req, res).then((handled) => handled || res.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/api/casus`;
  const payload = JSON.stringify({
    version: 1, name: 'Bench', organisation: 'Gemeente', role: 'Adviseur', email: 'bench@gemeente.example',
    title: 'Bench', description: 'Een casus voor de meting.', theme: 'anders', preferredFormat: 'none', privacyConsent: true, locale: 'nl',
  });
  const post = () => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body: payload }).then((r) => r.json());
  try {
    let t0 = performance.now();
    const sequential = [];
    for (let i = 0; i < 1000; i += 1) sequential.push(await post());
    const sequentialMs = performance.now() - t0;
    t0 = performance.now();
    const concurrent = await Promise.all(Array.from({ length: 100 }, post));
    const concurrentMs = performance.now() - t0;
    const references = new Set([...sequential, ...concurrent].map((answer) => answer.reference));
    const files = readdirSync(join(dir, 'cases')).filter((name) => name.endsWith('.json')).length;
    console.log(`1,000 sequential: ${(sequentialMs / 1000).toFixed(2)} ms each, ${Math.round(1000 / (sequentialMs / 1000))} cases/s`);
    console.log(`100 concurrent: ${concurrentMs.toFixed(0)} ms in all, ${Math.round(100 / (concurrentMs / 1000))} cases/s`);
    console.log(`answers with a reference: ${references.size} of 1,100; cases on disk: ${files} (lost or duplicated: ${Math.abs(1100 - files) + (1100 - references.size)})`);
    if (files !== 1100 || references.size !== 1100) process.exitCode = 1;
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The playground as a visitor gets it: built, served, opened in Chromium.
console.log('\nPlayground, before any consent');
await build({ configFile: 'vite.config.ts', logLevel: 'silent' });
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'silent', preview: { port: 4173, strictPort: false } });
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath: findBrowsers().chromium,
  headless: true,
  // Nothing may leave this machine: any other host resolves to nothing.
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
try {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
  // The figures below mean something only for a page whose widgets run.
  const state = await page.evaluate(() => {
    const list = document.querySelector('ccv-session-list')?.shadowRoot;
    return {
      undefinedTags: ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card'].filter((tag) => !customElements.get(tag)),
      sessions: list?.querySelectorAll('article').length ?? 0,
      // A recording is a video, or the box it comes in once its session is near.
      recordings: list?.querySelectorAll('ccv-consent-video, .video-slot').length ?? 0,
    };
  });
  if (state.undefinedTags.length || !state.sessions) throw new Error(`the built playground does not run its widgets: ${JSON.stringify(state)}`);
  const thirdParty = requests.filter((url) => /^https?:/.test(url) && new URL(url).origin !== new URL(origin).origin);
  console.log(`requests in all: ${requests.length}; sessions shown: ${state.sessions}, with ${state.recordings} recordings`);
  console.log(`third-party requests before consent: ${thirdParty.length}${thirdParty.length ? ` (${thirdParty.join(', ')})` : ''}`);
  if (thirdParty.length) process.exitCode = 1;

  // Lighthouse against the same built playground, in the same Chromium.
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const { lhr } = await lighthouse(`${origin}/`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
  console.log(`\nLighthouse (playground, mobile emulation): performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; CLS ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)}`);
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs.map((ref) => lhr.audits[ref.id]).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual'),
  );
  for (const audit of failing.slice(0, 12)) console.log(`  below 100: ${audit.id} (${audit.displayValue ?? audit.score})`);
} finally {
  await browser.close();
  await server.close();
}
