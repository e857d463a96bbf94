/**
 * Sending one case: POST with a fixed Idempotency-Key, a timeout, and
 * automatic retries with backoff on the failures that are worth retrying
 * (no answer, timeouts, 408, 423, 425, 429 and 5xx). The receiver answers a repeated
 * key with the first answer, so a retry can never file a case twice; a 409 says the key
 * already holds another case, which no retry changes.
 */
import { own } from '../base/own.js';
import { readText } from '../base/read.js';

export interface ServerFieldError {
  field: string;
  detail: string;
}

export type SendResult =
  | { kind: 'success'; reference?: string }
  | { kind: 'invalid'; errors: ServerFieldError[]; detail?: string }
  /**
   * `refused`: the receiver answered, and not for a moment (404, 413, …): nothing was stored, and
   * waiting will not help. `conflict`: a 409, the key holds another case (an earlier version).
   */
  | { kind: 'failed'; reason: string; refused?: boolean; conflict?: boolean; detail?: string };

export interface SendOptions {
  timeoutMs: number;
  /** Waits before the 2nd, 3rd, … attempt; jittered by ±20 %. */
  retryDelaysMs: readonly number[];
  /** The form's language, as `Accept-Language`: the receiver's own words (a refusal's detail) come in it. */
  language?: string;
}

type Attempt = SendResult | { kind: 'retry'; reason: string; waitMs?: number };
/** The longest `Retry-After` we wait for before trying again; a longer one ends the automatic attempts. */
const MAX_RETRY_AFTER_MS = 30_000;
/**
 * A receiver's answer is a few hundred characters. A longer one is read no further, and counts as
 * an answer without a body: a server sending without end held the form until its timeout.
 */
const MAX_ANSWER_CHARS = 1_000_000;

/** `Retry-After` as a wait: seconds, or an HTTP date (RFC 9110), a date gone by as no wait. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A receiver's words as the person sees them: without control characters or the bidi marks,
 * embeddings, overrides and isolates that turn the text around them (a hostile or broken
 * server could make "niet" read "tein", or a message look like another), on one line, and at
 * most 300 characters (a message, not a page). Empty for anything that is not text.
 */
export const serverText = (value: unknown): string =>
  typeof value === 'string'
    ? [
        ...value
          .slice(0, 4000)
          .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
          .replace(/[\0-\x1f\x7f-\x9f\s]+/g, ' ')
          .trim(),
      ]
        .slice(0, 300)
        .join('')
        .trim()
    : '';

/** Any printable text up to 64 characters ("LK-2026-17", "2024/0001", "CCV 2024 17"): it is shown as text. */
const REFERENCE = /^[^\p{C}]{1,64}$/u;

async function attemptOnce(endpoint: string, body: string, key: string, { timeoutMs, language }: SendOptions): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // (Own options only: the browser reads them through the prototype too, see own.ts.)
    const response = await fetch(
      endpoint,
      own<RequestInit>({
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json, application/problem+json',
          'Idempotency-Key': key,
          ...(language && { 'Accept-Language': language }),
        },
        body,
        // Partner sites post across origins; cookies are not needed and not sent.
        credentials: 'omit',
        signal: controller.signal,
      }),
    );
    // A body cut off (the connection lost, or the timeout) is no answer, whatever the status said: tried again.
    const text = (await readText(response, MAX_ANSWER_CHARS)) ?? '';
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // not JSON, or nothing at all
    }
    // Its own fields only (see own.ts): a `reference`, `detail` or `errors` a page's script put on
    // Object.prototype is no answer of the receiver's.
    const record = own((data && typeof data === 'object' ? data : {}) as Record<string, unknown>);
    if (response.ok) {
      // Received means the receiver's answer to this POST: any 2xx (a 202 Accepted, a 200 with no
      // body or with plain text, a 204: a receiver that gives no reference), but not a page (an endpoint
      // that points at a CMS page answers 200 with HTML), and not a body said to be JSON that is
      // not (cut short, or a page). After a redirect, fetch does not tell whether the POST went on
      // (307/308) or became a GET elsewhere (301/302/303), whose answer says nothing of the case:
      // only a 201 Created, which no GET answers, counts then.
      const type = response.headers.get('Content-Type') ?? '';
      const hasBody = text.trim() !== '';
      const page = hasBody && /html/i.test(type);
      const broken = hasBody && /[/+]json\b/i.test(type) && data === undefined;
      if (broken || (response.status !== 201 && (response.redirected || page))) {
        return { kind: 'failed', reason: `HTTP ${response.status}${response.redirected ? ' after a redirect' : ''}, not an answer from a receiver` };
      }
      const reference = typeof record.reference === 'string' ? record.reference.trim() : '';
      return { kind: 'success', reference: REFERENCE.test(reference) ? reference : undefined };
    }
    if (response.status === 400 || response.status === 422) {
      const errors = Array.isArray(record.errors)
        ? record.errors
            .map(own)
            .filter((e): e is ServerFieldError => typeof e.field === 'string')
            // A form has a dozen fields: more errors than 20 say nothing more (and 100,000 took seconds to show).
            .slice(0, 20)
            // Without words of its own, the field gets ours (the form falls back on an empty detail).
            .map((e) => ({ field: e.field, detail: serverText(e.detail) }))
        : [];
      return { kind: 'invalid', errors, detail: serverText(record.detail) || undefined };
    }
    const reason = `HTTP ${response.status}`;
    // 423, 425: the key is busy (its first request still being processed), or come back later.
    // (Not 409: in the receiver's contract the key was used for another case, and stays so.)
    if (response.status >= 500 || [408, 423, 425, 429].includes(response.status)) {
      const after = retryAfterMs(response.headers.get('Retry-After'));
      return { kind: 'retry', reason, ...(after !== undefined && { waitMs: after }) };
    }
    const detail = serverText(record.detail);
    return { kind: 'failed', reason, refused: true, ...(response.status === 409 && { conflict: true }), ...(detail && { detail }) };
  } catch (error) {
    return { kind: 'retry', reason: controller.signal.aborted ? 'timeout' : `network error (${(error as Error).message})` };
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `body`, the case's JSON as it was written when the key was made. */
export async function sendCase(endpoint: string, body: string, key: string, options: SendOptions): Promise<SendResult> {
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await attemptOnce(endpoint, body, key, options);
    if (outcome.kind !== 'retry') return outcome;
    const delay = options.retryDelaysMs[attempt - 1];
    const asked = outcome.waitMs ?? 0;
    if (delay === undefined || asked > MAX_RETRY_AFTER_MS) return { kind: 'failed', reason: outcome.reason };
    await sleep(Math.max(delay * (0.8 + Math.random() * 0.4), asked));
  }
}

/** A fresh Idempotency-Key (a UUID); `crypto.randomUUID` needs a secure context. */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
