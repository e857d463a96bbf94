/**
 * The reference receiver for case submissions — the contract CCV's own back
 * end implements, served by the playground's dev server:
 *
 *   POST /api/casus    JSON payload v1 + Idempotency-Key → 201 {"reference"}
 *                      the same key again → the same answer, nothing stored
 *                      the same key, another case → 409 (one with that key still
 *                      being handled is waited for, never answered 409)
 *                      invalid → 422 application/problem+json with errors[]
 *                      (problems in English where Accept-Language prefers it to Dutch;
 *                      field errors in the payload's locale)
 *   OPTIONS /api/casus CORS preflight, for partner sites on other origins
 *   GET /api/casus     the stored cases (HEAD: their headers), for the playground's inbox only: same origin,
 *                      no CORS (a real back end puts this behind authentication)
 *
 * Every case is written durably: to a temporary file, flushed to disk, then
 * renamed into place, so a crash leaves either the whole case or nothing.
 * The idempotency index is rebuilt from the stored cases at start.
 * It validates with the same module the form uses (src/casus-form/payload.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { casusFormMessages } from '../../src/casus-form/messages.js';
import { checkPayload, FIELDS, PAYLOAD_VERSION, toPayload, type Field } from '../../src/casus-form/payload.js';

export interface StoredCase {
  reference: string;
  receivedAt: string;
  idempotencyKey: string;
  payloadHash: string;
  payload: Record<string, unknown>;
}

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

const MAX_BODY_BYTES = 64 * 1024;
const KEY = /^[\w-]{8,100}$/;
const CORS = {
  'Access-Control-Allow-Origin': '*',
  // (GET, the case list, is for the inbox on this origin only: no CORS for it.)
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  // (Accept-Language is safelisted for values like the form's "en"; named, so any value passes.)
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
  'Access-Control-Max-Age': '600',
  // The form waits as long as a busy receiver asks; across origins it can read the header only if it is exposed.
  'Access-Control-Expose-Headers': 'Retry-After',
};

/**
 * A problem (RFC 9457). Its type is about:blank, so its title is the status's own phrase (in the
 * answer's language), the same for every problem with that status; the detail says what is wrong.
 */
function problem(lang: Lang, status: number, detail: string, errors?: { field: string; detail: string }[]): Answer {
  return { status, body: { type: 'about:blank', title: WORDS[lang].status[status], status, detail, ...(errors ? { errors } : {}) } };
}

function send(res: ServerResponse, answer: Answer, cors = true, headers: Record<string, string> = {}): void {
  const type = answer.status >= 400 ? 'application/problem+json' : 'application/json';
  // Partner sites may post; only the playground itself may read the stored cases.
  res.writeHead(answer.status, { ...(cors ? CORS : {}), ...headers, 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(answer.body));
}

/** JSON is UTF-8: other bytes are refused, not stored as replacement characters (a BOM stays, and is no JSON). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The payload's keys besides the fields: anything else is refused, as the schema says. */
const KNOWN = new Set<string>(['version', 'locale', ...FIELDS]);
/** What a problem says: its detail, and the phrase of its status as its title. */
const WORDS = {
  nl: {
    unknown: (field: string) => `Onbekend veld: ${field}.`,
    locale: 'Geef als taal (locale) nl of en.',
    tooLarge: 'De casus is groter dan 64 KB.',
    notJson: 'De inhoud is geen geldige JSON in UTF-8.',
    notObject: 'De inhoud is geen JSON-object.',
    tooDeep: 'De inhoud is te diep genest.',
    keyUsed: 'Deze Idempotency-Key hoort bij een andere casus.',
    version: `Onbekende versie: stuur version ${PAYLOAD_VERSION}.`,
    refused: 'Deze inzending is geweigerd.',
    method: 'Gebruik POST.',
    type: 'Stuur application/json.',
    encoding: 'Stuur de casus zonder Content-Encoding (niet gecomprimeerd).',
    noKey: 'Stuur een Idempotency-Key van 8 tot 100 letters, cijfers, - of _ (bijvoorbeeld een UUID).',
    notStored: 'De casus kon niet worden bewaard. Probeer het zo opnieuw.',
    status: {
      400: 'Ongeldig verzoek',
      405: 'Methode niet toegestaan',
      409: 'Conflict',
      413: 'Inhoud te groot',
      415: 'Mediatype niet ondersteund',
      422: 'Onverwerkbare inhoud',
      500: 'Interne serverfout',
    } as Record<number, string>,
  },
  en: {
    unknown: (field: string) => `Unknown field: ${field}.`,
    locale: 'Give nl or en as the locale.',
    tooLarge: 'The case is larger than 64 KB.',
    notJson: 'The content is not valid JSON in UTF-8.',
    notObject: 'Expected a JSON object.',
    tooDeep: 'The content is nested too deeply.',
    keyUsed: 'This Idempotency-Key belongs to another case.',
    version: `Unknown version: expected version ${PAYLOAD_VERSION}.`,
    refused: 'This submission was refused.',
    method: 'Use POST.',
    type: 'Send application/json.',
    encoding: 'Send the case without Content-Encoding (not compressed).',
    noKey: 'Send an Idempotency-Key of 8 to 100 letters, digits, - or _ (a UUID, for example).',
    notStored: 'The case could not be saved. Try again shortly.',
    status: {
      400: 'Bad Request',
      405: 'Method Not Allowed',
      409: 'Conflict',
      413: 'Content Too Large',
      415: 'Unsupported Media Type',
      422: 'Unprocessable Content',
      500: 'Internal Server Error',
    } as Record<number, string>,
  },
};
type Lang = keyof typeof WORDS;

/**
 * The language of the answers: English when `Accept-Language` prefers it to Dutch (a higher q,
 * or as high and named first; en-GB is English), Dutch otherwise, also without the header.
 */
export function answerLanguage(header: string | string[] | undefined): Lang {
  let best: { lang: Lang; q: number } | undefined;
  for (const range of String(header ?? '').split(',')) {
    const [tag, ...parameters] = range.trim().toLowerCase().split(';');
    const lang = /^(en|nl)(-|$)/.exec(tag.trim())?.[1] as Lang | undefined;
    const q = Number(parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='))?.slice(2) ?? 1);
    if (lang && q > 0 && q <= 1 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'nl';
}

/** The same case however its keys are ordered: the hash of its keys and values, sorted. */
const hashOf = (payload: Record<string, unknown>) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(payload).sort(([a], [b]) => (a < b ? -1 : 1))))
    .digest('hex');

function newReference(): string {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  return `LK-${day}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** Writes a file so that it is either wholly there or not at all (durable once its folder is synced). */
async function writeWhole(dir: string, name: string, content: string): Promise<void> {
  const temporary = join(dir, `.tmp-${name}-${randomBytes(4).toString('hex')}`);
  // Personal data: readable by the receiver's own user only, not by every account on the machine.
  const file = await open(temporary, 'wx', 0o600);
  try {
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, join(dir, name));
  } catch (error) {
    // A full disk: the half-written file goes now, not at the next start.
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Makes the renames in a folder durable. */
async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } catch (error) {
    // Windows cannot flush a folder (EPERM, nodejs/node#3879): there the rename is as durable as the
    // file system makes it. Refused, every case would be a 500, and so would every retry.
    if (process.platform !== 'win32' || (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  } finally {
    await folder.close();
  }
}

export async function createReceiver(options: {
  dir: string;
  /** How a folder is synced; tests put a failing one here. */
  syncFolder?: (dir: string) => Promise<void>;
}) {
  const sync = options.syncFolder ?? syncFolder;
  const casesDir = join(options.dir, 'cases');
  const created = await mkdir(casesDir, { recursive: true, mode: 0o700 });
  // A folder just made lasts a crash only once the folder holding it is flushed too (as a case
  // file does once its own folder is): each one up to the first that was there already.
  for (let folder = casesDir; created && folder !== dirname(created); ) await sync((folder = dirname(folder)));
  const byKey = new Map<string, StoredCase>();
  const references = new Set<string>();
  /** Cases in place on disk whose folder sync failed: a retry syncs again before it answers. */
  const unsynced = new Set<string>();
  /** Per key, the request being handled: the next one with that key waits for it. */
  const inFlight = new Map<string, Promise<unknown>>();

  // Rebuild the index; drop the leftovers of a write a crash interrupted.
  for (const name of await readdir(casesDir)) {
    if (name.startsWith('.tmp-')) {
      await rm(join(casesDir, name), { force: true });
      continue;
    }
    if (!name.endsWith('.json')) continue;
    try {
      const stored = JSON.parse(await readFile(join(casesDir, name), 'utf8')) as StoredCase;
      // JSON, but not a case as we write one: it would be indexed under no key and break the list.
      const text = (value: unknown) => typeof value === 'string' && value !== '';
      if (!text(stored?.reference) || !text(stored.idempotencyKey) || !text(stored.receivedAt) || !stored.payload || typeof stored.payload !== 'object') {
        throw new Error('not a stored case');
      }
      byKey.set(stored.idempotencyKey, stored);
      references.add(stored.reference);
      // Its folder sync may have failed before this start (a 500 the form retries): not durable
      // until synced, so the first answer with its key syncs again, as it would have.
      unsynced.add(stored.idempotencyKey);
    } catch (error) {
      // Damaged by hand or by the disk, not by us (see writeWhole): set aside, and keep serving.
      await rename(join(casesDir, name), join(casesDir, `${name}.unreadable`));
      console.warn(`receiver: ${name} could not be read (${(error as Error).message}); kept as ${name}.unreadable.`);
    }
  }

  async function accept(key: string, body: Buffer | undefined, asked: Lang): Promise<Answer> {
    const say = WORDS[asked];
    if (body === undefined) return problem(asked, 413, say.tooLarge);
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(UTF8.decode(body));
    } catch {
      return problem(asked, 400, say.notJson);
    }
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return problem(asked, 400, say.notObject);
    let payloadHash: string;
    try {
      payloadHash = hashOf(payload);
    } catch {
      // Arrays nested 20,000 deep fit in 64 KB and parse, but overflow the stack when written out again.
      return problem(asked, 400, say.tooDeep);
    }
    const previous = byKey.get(key);
    if (previous) {
      if (previous.payloadHash !== payloadHash) return problem(asked, 409, say.keyUsed);
      if (unsynced.has(key)) {
        await sync(casesDir);
        unsynced.delete(key);
      }
      return { status: 201, body: { reference: previous.reference } };
    }
    if (payload.version !== PAYLOAD_VERSION) return problem(asked, 400, say.version);
    // The form never sends its honeypot; a bot that fills it is refused (an empty one means nothing).
    const { website, ...fields } = payload;
    if (website !== undefined && website !== '') return problem(asked, 400, say.refused);
    // Field errors speak the payload's language, the one the form shows them in; without a known one, the request's.
    const lang = fields.locale === 'en' || fields.locale === 'nl' ? fields.locale : asked;
    const problems = checkPayload(fields);
    const messages = casusFormMessages[lang];
    const errors: { field: string; detail: string }[] = (Object.keys(problems) as Field[]).map((field) => ({ field, detail: messages.problem(field, problems[field]!) }));
    if (fields.locale !== 'nl' && fields.locale !== 'en') errors.push({ field: 'locale', detail: WORDS[lang].locale });
    for (const field of Object.keys(fields)) if (!KNOWN.has(field)) errors.push({ field, detail: WORDS[lang].unknown(field) });
    if (errors.length) return problem(lang, 422, errors.map((e) => e.detail).join('; '), errors);
    let reference = newReference();
    while (references.has(reference)) reference = newReference();
    // Taken now, not once written: a case arriving meanwhile must not get it too (its file would replace this one).
    references.add(reference);
    // Stored as the form would have built it: trimmed, in its own key order, nothing else.
    const stored: StoredCase = { reference, receivedAt: new Date().toISOString(), idempotencyKey: key, payloadHash, payload: { ...toPayload(fields, lang) } };
    await writeWhole(casesDir, `${stored.reference}.json`, JSON.stringify(stored, null, 2));
    // In place on disk, so known by its key from here on: should the folder sync fail (a 500,
    // which the form retries with the same key), the retry finds this case instead of storing
    // a second one, and syncs again before it answers.
    byKey.set(key, stored);
    unsynced.add(key);
    await sync(casesDir);
    unsynced.delete(key);
    return { status: 201, body: { reference: stored.reference } };
  }

  return {
    /** Handles the receiver's routes; returns false for any other request. */
    async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      const path = (req.url ?? '').split('?')[0];
      if (path !== '/api/casus') return false;
      const asked = answerLanguage(req.headers['accept-language']);
      const say = WORDS[asked];
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
      } else if (req.method === 'GET' || req.method === 'HEAD') {
        // (HEAD: the same answer's headers; Node sends no body for it.)
        // Personal data: no CORS here. A real back end puts its inbox behind authentication.
        send(res, { status: 200, body: { cases: await this.list() } }, false);
      } else if (req.method !== 'POST') {
        // (A 405 names what is allowed: RFC 9110.)
        send(res, problem(asked, 405, say.method), true, { Allow: 'GET, HEAD, POST, OPTIONS' });
      } else if (String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() !== 'application/json') {
        // (The media type itself, before any parameters: application/jsonx or application/json-seq is another.)
        send(res, problem(asked, 415, say.type));
      } else if (!/^(identity)?$/i.test(String(req.headers['content-encoding'] ?? '').trim())) {
        // A compressed body is not read as JSON: 415 names the encodings taken (RFC 9110, 15.5.16).
        send(res, problem(asked, 415, say.encoding), true, { 'Accept-Encoding': 'identity' });
      } else {
        const key = String(req.headers['idempotency-key'] ?? '');
        if (!KEY.test(key)) {
          send(res, problem(asked, 400, say.noKey));
        } else {
          const body = await readBody(req).catch(() => null);
          // The client hung up before its body was whole (a timeout, a closed tab): nothing to store, no one to answer.
          if (body === null) {
            res.destroy();
            return true;
          }
          // Too large, read only in part: the rest of it must not be taken for the next request.
          if (body === undefined) res.setHeader('Connection', 'close');
          // Requests with the same key take turns: the first stores its case, each later one
          // gets its answer again (the same case) or 409 (another case with that key).
          const answer = (inFlight.get(key) ?? Promise.resolve()).then(() => accept(key, body, asked));
          const settled = answer.catch(() => undefined);
          inFlight.set(key, settled);
          void settled.then(() => inFlight.get(key) === settled && inFlight.delete(key));
          // A case that could not be written (disk full, say) is a 500: the form tries again, same key.
          send(res, await answer.catch(() => problem(asked, 500, say.notStored)));
        }
      }
      return true;
    },

    async list(): Promise<StoredCase[]> {
      return [...byKey.values()].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof createReceiver>>;
