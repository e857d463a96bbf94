/**
 * The reference receiver, in Node, over real HTTP on loopback: validation,
 * idempotency, durability across a restart, and concurrent submissions.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Validator } from '@cfworker/json-schema';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { answerLanguage, createReceiver } from '../demo/receiver/receiver.js';
import { validCase } from './sample-case.js';

async function start(dir: string): Promise<{ server: Server; url: string }> {
  const receiver = await createReceiver({ dir });
  const server = createServer((req, res) => {
    receiver.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/casus` };
}

const stop = (server: Server) => new Promise((resolve) => server.close(resolve));

function post(url: string, body: unknown, key: string | null = randomUUID(), language?: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...(language ? { 'Accept-Language': language } : {}) },
    body: JSON.stringify(body),
  });
}

const stored = async (dir: string) => (await readdir(join(dir, 'cases'))).filter((name) => name.endsWith('.json'));

describe('reference receiver', () => {
  let dir: string;
  let server: Server;
  let url: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ccv-receiver-'));
    ({ server, url } = await start(dir));
  });
  after(async () => {
    await stop(server);
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a valid case and answers 201 with a reference', async () => {
    const response = await post(url, validCase);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const { reference } = await response.json();
    assert.match(reference, /^LK-\d{8}-[0-9A-F]{8}$/);
    assert.ok((await stored(dir)).includes(`${reference}.json`));
  });

  it('answers the same key with the same answer and stores nothing new', async () => {
    const key = randomUUID();
    const before = (await stored(dir)).length;
    const first = await (await post(url, validCase, key)).json();
    const again = await post(url, validCase, key);
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), first);
    assert.equal((await stored(dir)).length, before + 1);
  });

  it('refuses a key reused for another case, also when both arrive at once', async () => {
    const key = randomUUID();
    await post(url, validCase, key);
    const other = await post(url, { ...validCase, title: 'Iets anders' }, key);
    assert.equal(other.status, 409);
    // The same case with its keys in another order is the same case.
    const reordered = Object.fromEntries(Object.entries(validCase).reverse());
    assert.equal((await post(url, reordered, key)).status, 201);
    const together = randomUUID();
    const before = (await stored(dir)).length;
    const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => post(url, { ...validCase, title: `Casus ${i}` }, together).then((r) => r.status)));
    assert.deepEqual(statuses.toSorted(), [201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    assert.equal((await stored(dir)).length, before + 1);
  });

  it('uses 409 only for a key that holds another case, never for one still being handled (the form does not retry a 409)', async () => {
    const key = randomUUID();
    // The same case ten times at once under one key: each waits its turn and gets the first answer.
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(url, validCase, key).then(async (r) => ({ status: r.status, body: await r.json() }))));
    assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]));
    assert.equal(new Set(answers.map((a) => a.body.reference)).size, 1);
    const other = await post(url, { ...validCase, title: 'Iets anders' }, key);
    assert.equal(other.status, 409);
    assert.match(other.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal((await other.json()).status, 409);
    // The case the key holds is unchanged: asked again, the same answer.
    assert.equal((await (await post(url, validCase, key)).json()).reference, answers[0].body.reference);
  });

  it('answers in English when Accept-Language prefers English to Dutch, in Dutch otherwise', async () => {
    const table: [string | undefined, 'nl' | 'en'][] = [
      [undefined, 'nl'],
      ['en', 'en'],
      ['EN-gb', 'en'],
      ['en-GB,en;q=0.9,nl;q=0.8', 'en'],
      ['nl, en', 'nl'],
      ['en, nl', 'en'],
      ['nl;q=0.5, en;q=0.8', 'en'],
      ['nl-BE;q=0.9, en;q=0.7', 'nl'],
      ['en;q=0, nl;q=0.1', 'nl'],
      ['de, fr;q=0.9', 'nl'],
      ['de, en;q=0.5', 'en'],
      ['english', 'nl'],
      ['en;q=abc', 'nl'],
      // Space is allowed before the semicolon of a weight (RFC 9110: OWS ";" OWS "q=").
      ['nl;q=0.5, en ;q=0.8', 'en'],
      ['en ; q=0.9, nl;q=0.5', 'en'],
    ];
    for (const [header, lang] of table) assert.equal(answerLanguage(header), lang, String(header));
    // Over HTTP: a missing key, a reused one, the wrong type, the wrong method.
    const english = async (response: Response) => {
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      return ((await response.json()) as { title: string; detail: string }).detail;
    };
    assert.equal(await english(await post(url, validCase, null, 'en-GB,en;q=0.9,nl;q=0.8')), 'Send an Idempotency-Key of 8 to 100 letters, digits, - or _ (a UUID, for example).');
    assert.equal(await english(await post(url, validCase, null, 'nl,en;q=0.9')), 'Stuur een Idempotency-Key van 8 tot 100 letters, cijfers, - of _ (bijvoorbeeld een UUID).');
    assert.equal(await english(await post(url, validCase, null)), 'Stuur een Idempotency-Key van 8 tot 100 letters, cijfers, - of _ (bijvoorbeeld een UUID).');
    const key = randomUUID();
    await post(url, validCase, key);
    assert.equal(await english(await post(url, { ...validCase, title: 'Iets anders' }, key, 'en')), 'This Idempotency-Key belongs to another case.');
    assert.equal(await english(await post(url, { ...validCase, version: 2 }, randomUUID(), 'en')), 'Unknown version: expected version 1.');
    const wrongType = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Accept-Language': 'en' }, body: '{}' });
    assert.equal(wrongType.status, 415);
    assert.equal(await english(wrongType), 'Send application/json.');
    const put = await fetch(url, { method: 'PUT', headers: { 'Accept-Language': 'en' } });
    assert.equal(await english(put), 'Use POST.');
    // Field errors keep the payload's language, the one the form shows them in.
    const invalid = await post(url, { ...validCase, email: 'geen adres' }, randomUUID(), 'en');
    assert.equal(invalid.status, 422);
    assert.equal(((await invalid.json()) as { title: string }).title, 'Onverwerkbare inhoud');
    // …and without a known one, the request's.
    const noLocale = await post(url, { ...validCase, locale: 'de' }, randomUUID(), 'en');
    assert.deepEqual(((await noLocale.json()) as { errors: unknown[] }).errors, [{ field: 'locale', detail: 'Give nl or en as the locale.' }]);
    // A partner site's form may send it across origins.
    const preflight = await fetch(url, { method: 'OPTIONS' });
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Accept-Language/);
  });

  it('titles every problem with its status phrase, as RFC 9457 asks of type about:blank; the detail says what is wrong', async () => {
    const problemOf = async (response: Response) => {
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      const body = (await response.json()) as Record<string, unknown>;
      assert.equal(body.type, 'about:blank');
      assert.equal(body.status, response.status);
      assert.equal(typeof body.detail, 'string');
      return { status: response.status, title: body.title };
    };
    const as = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...headers }, body });
    const key = randomUUID();
    await post(url, validCase, key);
    for (const [language, titles] of [
      ['nl', { 400: 'Ongeldig verzoek', 405: 'Methode niet toegestaan', 409: 'Conflict', 413: 'Inhoud te groot', 415: 'Mediatype niet ondersteund' }],
      ['en', { 400: 'Bad Request', 405: 'Method Not Allowed', 409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type' }],
    ] as const) {
      const answers = [
        // Five different problems with one status: one problem type (about:blank), one title.
        await post(url, validCase, null, language),
        await as('{', { 'Accept-Language': language }),
        await as('[1]', { 'Accept-Language': language }),
        await post(url, { ...validCase, version: 2 }, randomUUID(), language),
        await post(url, { ...validCase, website: 'http://spam.example' }, randomUUID(), language),
        await fetch(url, { method: 'PUT', headers: { 'Accept-Language': language } }),
        await post(url, { ...validCase, title: 'Iets anders' }, key, language),
        await post(url, { ...validCase, description: 'x'.repeat(70_000) }, randomUUID(), language),
        await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': randomUUID(), 'Accept-Language': language }, body: '{}' }),
      ];
      for (const answer of answers) {
        const { status, title } = await problemOf(answer);
        assert.equal(title, titles[status as keyof typeof titles], `${language} ${status}`);
      }
    }
    // A 422's title follows the payload's locale, as its field errors do.
    assert.equal((await problemOf(await post(url, { ...validCase, email: 'geen adres' }))).title, 'Onverwerkbare inhoud');
    assert.equal((await problemOf(await post(url, { ...validCase, email: 'no address', locale: 'en' }))).title, 'Unprocessable Content');
  });

  it('says what an Idempotency-Key must be when one is sent that it cannot take, not that none was sent', async () => {
    for (const key of ['a'.repeat(101), `"${randomUUID()}"`, 'short']) {
      const response = await post(url, validCase, key, 'en');
      assert.equal(response.status, 400, key);
      const { title, detail } = (await response.json()) as { title: string; detail: string };
      assert.doesNotMatch(`${title} ${detail}`, /missing/i, key);
      assert.match(detail, /8 to 100/, key);
    }
  });

  it('stores the case as the schema has it: trimmed, no other fields, a known locale', async () => {
    const response = await post(url, { ...validCase, name: `  Sam de Vries${' '.repeat(500)}`, email: ' sam@gemeente.example ', website: '' });
    assert.equal(response.status, 201, 'an empty honeypot means nothing');
    const { reference } = await response.json();
    const { cases } = await (await fetch(url)).json();
    const payload = cases.find((c: { reference: string }) => c.reference === reference).payload;
    assert.equal(payload.name, 'Sam de Vries');
    assert.equal(payload.email, 'sam@gemeente.example');
    // Every documented key, in the documented order; a phone left out is stored empty.
    const keys = ['version', 'name', 'organisation', 'role', 'email', 'phone', 'title', 'description', 'theme', 'preferredFormat', 'privacyConsent', 'locale'];
    assert.deepEqual(Object.keys(payload), keys);
    assert.equal(payload.phone, '');
    // The schema's limits hold for the value as the form sends it (it says so): a receiver counts a name
    // without the spaces around it, takes 100 characters and refuses 101, as the form does; what it stores is valid.
    const schema = new Validator(JSON.parse(readFileSync('schema/casus.schema.json', 'utf8')), '2020-12', false);
    assert.ok(schema.validate(payload).valid, 'stored as the schema has it');
    assert.equal((await post(url, { ...validCase, name: ` ${'a'.repeat(100)}\n` })).status, 201);
    const tooLong = await post(url, { ...validCase, name: ` ${'a'.repeat(101)}\n` });
    assert.equal(tooLong.status, 422);
    assert.deepEqual((await tooLong.json()).errors.map((e: { field: string }) => e.field), ['name']);
    assert.ok(!schema.validate({ ...validCase, phone: '', name: 'a'.repeat(101) }).valid);
    for (const [body, field] of [
      [{ ...validCase, foo: 1 }, 'foo'],
      [{ ...validCase, locale: 'de' }, 'locale'],
      [{ ...validCase, locale: undefined }, 'locale'],
    ] as const) {
      const refused = await post(url, body);
      assert.equal(refused.status, 422, field);
      assert.deepEqual((await refused.json()).errors.map((e: { field: string }) => e.field), [field]);
    }
  });

  // (Windows has no such mode bits: its access lists come from the folder.)
  it('keeps the cases, personal data, from the other accounts on the machine', { skip: process.platform === 'win32' }, async () => {
    const { reference } = await (await post(url, validCase)).json();
    assert.equal((await stat(join(dir, 'cases', `${reference}.json`))).mode & 0o077, 0, 'the case file');
    assert.equal((await stat(join(dir, 'cases'))).mode & 0o077, 0, 'its folder');
  });

  it('answers a body nested too deep to write out again with 400, not 500 (which a form would retry)', async () => {
    const deep = `{"version":1,"description":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body: deep });
    assert.equal(response.status, 400);
  });

  it('answers invalid fields with 422 problem+json, in the case language', async () => {
    const response = await post(url, { ...validCase, email: 'geen-adres', description: '', privacyConsent: false });
    assert.equal(response.status, 422);
    assert.match(response.headers.get('content-type')!, /^application\/problem\+json/);
    const body = await response.json();
    assert.deepEqual(
      body.errors.map((e: { field: string }) => e.field),
      ['email', 'description', 'privacyConsent'],
    );
    assert.equal(body.errors[0].detail, 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl');
    const english = await (await post(url, { ...validCase, locale: 'en', name: '' })).json();
    assert.equal(english.errors[0].detail, 'Enter your name');
    // Not text where the schema says string: refused, not stored without it.
    for (const phone of [12345, null]) {
      const refused = await post(url, { ...validCase, phone });
      assert.equal(refused.status, 422, `phone: ${phone}`);
      assert.deepEqual((await refused.json()).errors.map((e: { field: string }) => e.field), ['phone']);
    }
  });

  it('answers 500 (so the form tries again) when a case cannot be written', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'ccv-receiver-broken-'));
    const { server: other, url: otherUrl } = await start(broken);
    try {
      // Where the cases go is now a file: every write fails.
      await rm(join(broken, 'cases'), { recursive: true, force: true });
      await writeFile(join(broken, 'cases'), 'not a folder');
      const response = await post(otherUrl, validCase);
      assert.equal(response.status, 500);
      assert.match(response.headers.get('content-type')!, /^application\/problem\+json/);
    } finally {
      await stop(other);
      await rm(broken, { recursive: true, force: true });
    }
  });

  it('stores a case once when its folder sync failed after the file was in place, and the retry syncs again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ccv-receiver-sync-'));
    // (Its cases folder there already: a receiver that makes one flushes the folder holding it first.)
    await mkdir(join(dir, 'cases'));
    let failures = 1;
    const syncs: string[] = [];
    const receiver = await createReceiver({
      dir,
      syncFolder: async (folder) => {
        syncs.push(folder);
        if (failures-- > 0) throw new Error('EIO');
      },
    });
    const server = createServer((req, res) => void receiver.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/casus`;
    try {
      const key = randomUUID();
      assert.equal((await post(url, validCase, key)).status, 500, 'not durable yet: the form tries again');
      const retry = await post(url, validCase, key);
      assert.equal(retry.status, 201);
      const { reference } = await retry.json();
      const files = (await readdir(join(dir, 'cases'))).filter((name) => name.endsWith('.json'));
      assert.deepEqual(files, [`${reference}.json`], 'one case, the one the retry answered with');
      assert.equal(syncs.length, 2, 'the retry synced the folder again');
      assert.equal((await post(url, validCase, key)).status, 201);
      assert.equal(syncs.length, 2, 'once synced, not again');
    } finally {
      await stop(server);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('syncs the folder again before it answers 201 for a case whose sync failed before a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ccv-receiver-restart-sync-'));
    await mkdir(join(dir, 'cases'));
    const serve = async (syncFolder: (folder: string) => Promise<void>) => {
      const receiver = await createReceiver({ dir, syncFolder });
      const server = createServer((req, res) => void receiver.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/casus` };
    };
    const key = randomUUID();
    const first = await serve(async () => {
      throw new Error('EIO');
    });
    try {
      assert.equal((await post(first.url, validCase, key)).status, 500, 'in place, but its folder not synced');
    } finally {
      await stop(first.server);
    }
    // Restarted (the dev server, or the process after a crash): the file is there, its rename perhaps not on disk.
    const syncs: string[] = [];
    const second = await serve(async (folder) => void syncs.push(folder));
    try {
      const retry = await post(second.url, validCase, key);
      assert.equal(retry.status, 201);
      assert.ok(syncs.length >= 1, 'the folder was synced before the case was answered as stored');
    } finally {
      await stop(second.server);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stores a case on Windows, which cannot flush a folder (EPERM), instead of answering 500 to every try', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ccv-receiver-windows-'));
    // Windows as Node meets it (nodejs/node#3879): a folder opens, but FlushFileBuffers on it is EPERM.
    const fsp = createRequire(import.meta.url)('node:fs/promises') as typeof import('node:fs/promises');
    const realOpen = fsp.open;
    fsp.open = (async (path: string, flags?: string, mode?: number) => {
      const handle = await realOpen(path, flags, mode);
      if ((await handle.stat()).isDirectory()) {
        handle.sync = async () => {
          throw Object.assign(new Error('EPERM: operation not permitted, fsync'), { code: 'EPERM', syscall: 'fsync' });
        };
      }
      return handle;
    }) as typeof realOpen;
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    syncBuiltinESMExports();
    try {
      const { server, url } = await start(dir);
      try {
        const key = randomUUID();
        const response = await post(url, validCase, key);
        assert.equal(response.status, 201);
        const { reference } = await response.json();
        assert.deepEqual(await stored(dir), [`${reference}.json`]);
        assert.equal((await post(url, validCase, key)).status, 201, 'and its retry');
      } finally {
        await stop(server);
      }
    } finally {
      fsp.open = realOpen;
      Object.defineProperty(process, 'platform', platform);
      syncBuiltinESMExports();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a case: no key, not JSON, wrong version, a filled honeypot, too large', async () => {
    assert.equal((await post(url, validCase, null)).status, 400);
    const notJson = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body: '{' });
    assert.equal(notJson.status, 400);
    assert.equal((await post(url, { ...validCase, version: 2 })).status, 400);
    assert.equal((await post(url, { ...validCase, website: 'http://spam.example' })).status, 400);
    const tooLarge = await post(url, { ...validCase, description: 'x'.repeat(70_000) });
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.headers.get('connection'), 'close', 'the unread rest is not taken for the next request');
    const wrongType = await fetch(url, { method: 'POST', headers: { 'Idempotency-Key': randomUUID() }, body: 'x' });
    assert.equal(wrongType.status, 415);
    const upperCase = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'Application/JSON', 'Idempotency-Key': randomUUID() }, body: JSON.stringify(validCase) });
    assert.equal(upperCase.status, 201, 'media types are case-insensitive');
  });

  it('refuses a body that is not UTF-8 rather than store its bytes as replacement characters', async () => {
    // "Zoë" in Latin-1: one byte 0xEB where UTF-8 has two.
    const latin1 = Buffer.from(JSON.stringify({ ...validCase, name: 'Zo\u00eb' }), 'latin1');
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body: latin1 });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type')!, /^application\/problem\+json/);
    // The same name in UTF-8 is a case.
    assert.equal((await post(url, { ...validCase, name: 'Zo\u00eb' })).status, 201);
  });

  it('lets a client hang up in the middle of its body without throwing from handle(), and stores nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ccv-receiver-hangup-'));
    const receiver = await createReceiver({ dir });
    let handled!: Promise<boolean>;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const server = createServer((req, res) => {
      handled = receiver.handle(req, res);
      arrive();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const req = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/casus`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'Content-Length': '1000' },
      });
      req.on('error', () => {});
      req.write('{"version":1,');
      await arrived;
      req.destroy();
      // (A rejection here was an unhandled one in a plain Node server, which ends the process.)
      assert.equal(await handled, true);
      assert.deepEqual(await stored(dir), []);
    } finally {
      await stop(server);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes application/json with parameters, and refuses a media type that only begins like it', async () => {
    const as = (type: string) => fetch(url, { method: 'POST', headers: { 'Content-Type': type, 'Idempotency-Key': randomUUID() }, body: JSON.stringify(validCase) });
    assert.equal((await as('application/json; charset=utf-8')).status, 201);
    assert.equal((await as('application/json;charset=UTF-8')).status, 201);
    for (const type of ['application/jsonx', 'application/json-seq', 'application/json-patch+json']) assert.equal((await as(type)).status, 415, type);
  });

  it('names the methods it allows when it refuses another (405 with Allow)', async () => {
    const response = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(response.status, 405);
    assert.deepEqual(response.headers.get('allow')?.split(/,\s*/).sort(), ['GET', 'HEAD', 'OPTIONS', 'POST']);
  });

  it('flushes the folders it makes for the cases, so the first case does not vanish with them in a crash', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ccv-receiver-new-'));
    try {
      const synced: string[] = [];
      const dir = join(root, 'new', 'receiver');
      await createReceiver({ dir, syncFolder: async (folder) => void synced.push(folder) });
      assert.deepEqual(synced, [dir, join(root, 'new'), root]);
      synced.length = 0;
      await createReceiver({ dir, syncFolder: async (folder) => void synced.push(folder) });
      assert.deepEqual(synced, [], 'nothing made, nothing to flush');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('answers HEAD as GET without the body, as HTTP asks of a resource that answers GET', async () => {
    const response = await fetch(url, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(await response.text(), '');
  });

  it('refuses a compressed body with 415 and says which encoding it takes, rather than read it as JSON', async () => {
    const gzipped = gzipSync(JSON.stringify(validCase));
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Idempotency-Key': randomUUID() }, body: gzipped });
    assert.equal(response.status, 415);
    assert.equal(response.headers.get('accept-encoding'), 'identity');
    assert.match(((await response.json()) as { detail: string }).detail, /Content-Encoding/);
    const plain = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'identity', 'Idempotency-Key': randomUUID() }, body: JSON.stringify(validCase) });
    assert.equal(plain.status, 201);
  });

  it('answers the CORS preflight of partner sites', async () => {
    const response = await fetch(url, { method: 'OPTIONS' });
    assert.equal(response.status, 204);
    assert.match(response.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
  });

  it('lets a partner site read Retry-After, which the form waits for (a header CORS hides unless exposed)', async () => {
    for (const response of [await post(url, validCase), await post(url, { ...validCase, email: 'geen-adres' }), await post(url, validCase, null)]) {
      assert.match(response.headers.get('access-control-expose-headers') ?? '', /\bRetry-After\b/i, String(response.status));
    }
  });

  it('stores 100 concurrent submissions exactly once each, and one case for 20 concurrent repeats of a key', async () => {
    const before = (await stored(dir)).length;
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(url, validCase).then((r) => r.json())));
    assert.equal(new Set(answers.map((a) => a.reference)).size, 100);
    const key = randomUUID();
    const repeats = await Promise.all(Array.from({ length: 20 }, () => post(url, validCase, key).then((r) => r.json())));
    assert.equal(new Set(repeats.map((a) => a.reference)).size, 1);
    assert.equal((await stored(dir)).length, before + 101);
  });

  it('never gives two cases arriving together the same reference, which would write the second over the first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ccv-receiver-same-reference-'));
    const { server, url } = await start(dir);
    // The reference's four random bytes come out the same for both cases (one in four billion a day,
    // but then the second file was renamed over the first, and a case answered 201 was gone).
    const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    const real = crypto.randomBytes;
    let calls = 0;
    // Each case asks for its reference, then for its temporary file's name: the same reference each time.
    crypto.randomBytes = ((size: number) => (calls++ % 2 === 0 ? Buffer.alloc(size, 0xab) : real(size))) as typeof real;
    syncBuiltinESMExports();
    try {
      const answers = await Promise.all([post(url, validCase), post(url, { ...validCase, title: 'Een tweede casus' })]);
      assert.deepEqual(answers.map((answer) => answer.status), [201, 201]);
      const references = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { reference: string }).reference));
      assert.notEqual(references[0], references[1]);
      assert.deepEqual((await stored(dir)).sort(), references.map((reference) => `${reference}.json`).sort(), 'both cases on disk');
    } finally {
      crypto.randomBytes = real;
      syncBuiltinESMExports();
      await stop(server);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps every case and every key across a restart, ignores a half-written file and sets a damaged one aside (also JSON that is no case)', async () => {
    const key = randomUUID();
    const { reference } = await (await post(url, validCase, key)).json();
    const count = (await stored(dir)).length;
    await stop(server);
    // What a crash in the middle of a write leaves behind.
    await writeFile(join(dir, 'cases', '.tmp-LK-crash.json-abcd'), '{"reference": "LK-half');
    // And a case file damaged outside the receiver: it must not keep the server from starting.
    await writeFile(join(dir, 'cases', 'LK-damaged.json'), '{"reference": "LK-dam');
    // JSON, but no case (edited by hand): in the index it broke the inbox's list.
    await writeFile(join(dir, 'cases', 'LK-shape.json'), '{"note": "no case"}');
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      ({ server, url } = await start(dir));
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 2);
    assert.ok((await readdir(join(dir, 'cases'))).includes('LK-damaged.json.unreadable'));
    assert.ok((await readdir(join(dir, 'cases'))).includes('LK-shape.json.unreadable'));
    assert.equal((await stored(dir)).length, count);
    assert.deepEqual(await (await post(url, validCase, key)).json(), { reference });
    assert.equal((await stored(dir)).length, count);
    const list = await (await fetch(url)).json();
    assert.equal(list.cases.length, count);
    assert.ok(!(await readdir(join(dir, 'cases'))).some((name) => name.startsWith('.tmp-')));
  });
});
