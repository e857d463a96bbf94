/**
 * `npm start`'s dev server, as the playground's case section uses it: the receiver answers
 * POST /api/casus on the page's own origin, and the inbox lists what it stored. (The receiver
 * itself is tested in receiver.test.ts; this is the wiring in vite.config.ts.)
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createServer, type ViteDevServer } from 'vite';
import { validCase as payload } from './sample-case.js';

describe('the playground dev server (npm start)', () => {
  let dir: string;
  let server: ViteDevServer;
  let origin: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ccv-playground-'));
    // (Its own folder, not demo/.data, where a developer's playground keeps the cases it received.)
    process.env.CCV_RECEIVER_DIR = dir;
    server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, strictPort: false } });
    await server.listen();
    origin = server.resolvedUrls!.local[0].replace(/\/$/, '');
  });

  after(async () => {
    await server?.close();
    delete process.env.CCV_RECEIVER_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  it('serves no file of the cases the receiver keeps in demo/.data, as a page or as a module', async () => {
    const file = `probe-${randomUUID()}.json`;
    await mkdir('demo/.data/cases', { recursive: true });
    await writeFile(`demo/.data/cases/${file}`, JSON.stringify({ reference: 'LK-PROBE', payload: { email: 'naam@gemeente.nl' } }));
    try {
      for (const path of [`/.data/cases/${file}`, `/.data/cases/${file}?import`, `/@fs${join(process.cwd(), 'demo/.data/cases', file)}`]) {
        const response = await fetch(`${origin}${path}`);
        assert.doesNotMatch(await response.text(), /naam@gemeente\.nl/, path);
      }
    } finally {
      await rm(`demo/.data/cases/${file}`, { force: true });
    }
  });

  it('receives a case at /api/casus, stores it, and lists it for the inbox', async () => {
    const post = () =>
      fetch(`${origin}/api/casus`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify(payload),
      });
    const key = randomUUID();
    const first = await post();
    assert.equal(first.status, 201);
    const { reference } = (await first.json()) as { reference: string };
    assert.match(reference, /\S/);
    // The same key again (a retry): the same answer, nothing stored twice.
    assert.equal(((await (await post()).json()) as { reference: string }).reference, reference);
    const stored = (await readdir(join(dir, 'cases'))).filter((name) => name.endsWith('.json'));
    assert.equal(stored.length, 1);
    const listed = (await (await fetch(`${origin}/api/casus`)).json()) as { cases: { reference: string; payload: { title: string } }[] };
    assert.deepEqual(
      listed.cases.map((each) => [each.reference, each.payload.title]),
      [[reference, payload.title]],
    );
    // The inbox page that shows them, and the page whose form sends them.
    for (const page of ['/inbox.html', '/']) {
      const response = await fetch(`${origin}${page}`);
      assert.equal(response.status, 200, page);
      assert.match(await response.text(), page === '/' ? /<ccv-casus-form\b/ : /inbox/i);
    }
  });

  it('answers a case with a field wrong with problem+json, and stores nothing', async () => {
    const body = JSON.stringify({ ...payload, email: 'geen adres' });
    const response = await fetch(`${origin}/api/casus`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body });
    assert.equal(response.status, 422);
    assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal((await readdir(join(dir, 'cases'))).filter((name) => name.endsWith('.json')).length, 1, 'only the case of the test before');
  });
});
