/**
 * Loads a list's sessions, as a reactive controller: from the `sessions` property, the inline
 * JSON (watched for changes), or the `src` document (fetched with a timeout, and again on a
 * retry). It owns the request, the timers and the observer, and stops them when the list leaves
 * the page; the element is told each state (loading, error, ready) and renders it.
 */
import type { ReactiveControllerHost } from 'lit';
import { own } from '../base/own.js';
import { readText } from '../base/read.js';
import { parseWebUrl } from '../base/url.js';
import { warnOnce } from '../base/warn.js';
import { INLINE_SCRIPT, inlineScriptOf, touchesInlineData } from './inline-data.js';
import { DocumentError, validateSessions, type ValidationResult } from './schema.js';

export type Load = { state: 'loading' } | { state: 'error' } | { state: 'ready'; result: ValidationResult };

type DataHost = ReactiveControllerHost & HTMLElement & { src?: string; sessions?: unknown };

const MAX_DOCUMENT_CHARS = 5_000_000;
/** Problems in the data reported one by one, per document; the count of skipped sessions shows them all. */
const MAX_REPORTED = 20;
/**
 * What the JSON parser found, for the warning: where an editor's document breaks (a comment, a
 * trailing comma, curly quotes from a word processor) is what they need to mend it.
 */
const parseProblem = (error: unknown) => String((error as Error).message).slice(0, 160);

/** The loader of `host`'s data (a controller of it); `set` is told each state the data is in. */
export function dataSource(host: DataHost, set: (load: Load) => void) {
  // (The element's static settings, which a page or a test may change.)
  const settings = host.constructor as unknown as { fetchTimeoutMs: number; dataWaitMs: number };
  let request: AbortController | undefined;
  /** The host of `src`, which publishes the data: the domain of calendar UIDs (else the page's). */
  let publisher = '';
  let dataTimer: ReturnType<typeof setTimeout> | undefined;
  /** The inline JSON last read, to see on return whether it changed while the list was away. */
  let inlineText: string | undefined;
  /** Data came while the list was off the page: it loads when it returns. */
  let loadOnReturn = false;
  let inlineObserver: MutationObserver | undefined;

  const fail = (reason: string): void => {
    warnOnce(`<ccv-session-list>: ${reason}.`);
    set({ state: 'error' });
  };

  const accept = (document: unknown): void => {
    try {
      // The first problems one by one, then one line: a hostile document of a million bad entries
      // made a million warnings, which froze the page for minutes with the console open.
      let reported = 0;
      const report = (message: string) => {
        if (++reported <= MAX_REPORTED + 1) warnOnce(`<ccv-session-list>: ${reported > MAX_REPORTED ? 'more problems, not reported' : message}.`);
      };
      // Bad optional fields are found when a session is first shown, and reported then.
      const result = validateSessions(document, report);
      for (const entry of result.skipped.slice(0, MAX_REPORTED + 1)) report(`skipped session #${entry.index + 1}${entry.id ? ` ("${entry.id}")` : ''}: ${entry.reason}`);
      set({ state: 'ready', result });
    } catch (error) {
      fail(error instanceof DocumentError ? `bad sessions document: ${error.message}` : String(error));
    }
  };

  const fetchDocument = async (url: URL, retry: boolean): Promise<void> => {
    const ours = (request = new AbortController());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ours.abort();
    }, settings.fetchTimeoutMs);
    set({ state: 'loading' });
    try {
      // (Own options only: the browser reads them through the prototype too, see own.ts.)
      const response = await fetch(
        url,
        own<RequestInit>({
          signal: ours.signal,
          headers: { Accept: 'application/json' },
          // A retry must reach the server, not a cached failure.
          cache: retry ? 'reload' : 'default',
        }),
      );
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await readText(response, MAX_DOCUMENT_CHARS);
      if (body === undefined) throw new Error(`document longer than ${MAX_DOCUMENT_CHARS} characters`);
      let document: unknown;
      try {
        document = JSON.parse(body);
      } catch (error) {
        throw new Error(`answer is not JSON: ${parseProblem(error)}`);
      }
      if (ours === request) accept(document);
    } catch (error) {
      // A newer request replaced this one, or the list left the page: its outcome no longer matters.
      if (ours === request && (timedOut || !ours.signal.aborted)) {
        fail(`${url.href} could not be loaded (${timedOut ? 'timeout' : (error as Error).message})`);
      }
    } finally {
      clearTimeout(timer);
    }
  };

  /** Where the data comes from: the property, inline JSON, then `src`. */
  const load = (retry = false): void => {
    request?.abort();
    clearTimeout(dataTimer);
    // Off the page (taken away before its first render, or given data while away): no request and
    // no timers that would keep it alive; it loads when it comes back.
    loadOnReturn = !host.isConnected;
    if (loadOnReturn) return;
    const inline = inlineScriptOf(host);
    publisher = '';
    if (host.src && (host.sessions != null || inline)) {
      warnOnce(`<ccv-session-list src="${host.src}">: ${host.sessions != null ? 'the sessions property' : 'inline JSON'} wins; src is not loaded.`);
    }
    if (host.sessions != null) return accept(host.sessions);
    inlineText = inline?.textContent ?? undefined;
    if (inline) {
      let document: unknown;
      try {
        // (Without a byte order mark, which a text pasted from a file may start with: fetch drops it too.
        // Pasted on the line after the script tag, it follows a line break and an indent; these stay,
        // so the parser's line and column still match the editor's.)
        document = JSON.parse((inline.textContent ?? '').replace(/^(\s*?)\uFEFF/, '$1'));
      } catch (error) {
        return fail(`the inline <script type="application/json"> is not valid JSON (${parseProblem(error)})`);
      }
      return accept(document);
    }
    if (!host.src) {
      // A script may be about to set `sessions` (or add inline JSON): busy for a moment, then the error.
      set({ state: 'loading' });
      dataTimer = setTimeout(
        // (A script nested deeper than a CMS's paragraph, or one of several, is not read.)
        () => fail(`no data: ${host.querySelector(INLINE_SCRIPT) ? 'the inline JSON is nested too deep, or not the only one' : 'set src, add an inline <script type="application/json">, or set sessions'}`),
        settings.dataWaitMs,
      );
      return;
    }
    const url = parseWebUrl(host.src);
    if (!url) return fail(`src="${host.src}" is not an http(s) URL`);
    publisher = url.hostname;
    void fetchDocument(url, retry);
  };

  const controller = {
    load,
    get publisher() {
      return publisher;
    },
    /**
     * Back on the page after the first render, in `state`: loads again what went stale while the
     * list was away. Whether it did.
     */
    resume(state: Load['state']): boolean {
      // (Inline JSON changed while it was away: the observer was off.)
      const inlineChanged = host.sessions == null && inlineScriptOf(host)?.textContent !== inlineText;
      // (A document still on its way, the list moved in the page meanwhile, is waited for.)
      const loading = state === 'loading' && request?.signal.aborted === false;
      if ((state !== 'ready' && !loading) || loadOnReturn || inlineChanged) {
        load();
        return true;
      }
      return false;
    },
    hostConnected(): void {
      // Inline JSON added or changed after the list started (a CMS preview, a framework).
      inlineObserver ??= new MutationObserver((records) => {
        if (host.sessions == null && records.some(touchesInlineData)) load();
      });
      inlineObserver.observe(host, own({ childList: true, subtree: true, characterData: true }));
    },
    hostDisconnected(): void {
      inlineObserver?.disconnect();
      // Moved in the page (taken off and put back in one go): its request goes on. Taken off: it stops.
      const ours = request;
      queueMicrotask(() => host.isConnected || ours?.abort());
      clearTimeout(dataTimer);
    },
  };
  host.addController(controller);
  return controller;
}
