/**
 * Sending the form's case, exactly once: a controller that owns the submission's record (its
 * Idempotency-Key, the payload the key was made for, and whether an answer to it is still owed),
 * the cancelable `ccv-casus-submit` that hands the case to a host, the POST with its retries
 * (send.ts), the one send of its own once the browser is back online, and what an answer means
 * for the key. It emits the form's three events. The form shows each step and moves focus; how a
 * POST goes is send.ts's.
 */
import type { ReactiveControllerHost } from 'lit';
import { emit } from '../base/emit.js';
import { attributeText } from '../base/text.js';
import { checkedWebUrl } from '../base/url.js';
import { warnOnce } from '../base/warn.js';
import { caseOf } from './case.js';
import type { Sent } from './draft.js';
import type { CasusPayload } from './payload.js';
import { newIdempotencyKey, sendCase, type SendOptions, type SendResult } from './send.js';

/** A form that sends: its `endpoint` attribute, as the editor wrote it. */
export type SenderHost = ReactiveControllerHost & HTMLElement & { endpoint?: string | undefined };

/** Why a case did not go, or did not arrive: the receiver's answer, the host's `fail()`, or nowhere to send. */
export type Failure = Exclude<SendResult, { kind: 'success' }> | { kind: 'host'; message?: string | undefined } | { kind: 'configuration' };

/** What the sender needs of its form: the case, where and how it goes, and each step to show. */
export interface SendingForm {
  /** The case as it would go now: its payload's JSON. */
  body(): string;
  /** Where it goes, as given (the form's `endpoint`, else its `<ccv-config casus-endpoint>`). */
  endpoint(): string | undefined;
  /** How a POST goes: timeout, retries, language. */
  options(): SendOptions;
  /** Keeps the draft now, with the sender's record(). */
  save(): void;
  /**
   * `true`: the case is on its way (or with the host); `false`: no longer: the receiver answered (or
   * never did), the host's complete() or fail() came, or nothing went.
   */
  sending(now: boolean): void;
  /** The case arrived: `payload` is what went (not what the fields hold now), `sent` with its key. */
  received(reference: string | undefined, payload: CasusPayload, sent: Sent): void;
  /** The case `body` as it arrived from the same page in another tab, also one this tab did not hear of (see draft-keeper.ts). */
  arrival(body: string): Sent | undefined;
  /** It did not go or did not arrive; what was typed stays. */
  failed(failure: Failure): void;
  /** Back online after a send that got no answer: the form sends again (send(true)) if it still shows that failure. */
  online(): void;
}

/** The sender of `host`, a reactive controller; `form` shows what it does. */
export function sender(host: SenderHost, form: SendingForm) {
  let key: string | undefined;
  /** The payload the key was made for: a changed case is a new submission. */
  let payload: string | undefined;
  /** That payload went out and no answer came (or the page was reloaded meanwhile): it may have arrived. */
  let unsettled = false;
  /**
   * The case handed to a host (a cancelled `ccv-casus-submit`) that its complete()/fail() has not
   * answered yet: its own record, as the key's may be discarded while the host sends it.
   */
  let handedOver: Sent | undefined;
  /** The last send got no answer at all (the connection gone): back online, it goes again, once. */
  let offline = false;
  /**
   * Cases the same page in another tab sent, by case (seen in its draft as it went): sent from
   * here too, one goes under that tab's key, so the receiver files it once and confirms it here.
   */
  const elsewhere = new Map<string, Sent>();
  /**
   * The last key the receiver refused: not taken again from another tab or a note of an arrival (a 409 there:
   * it holds that case as an older version wrote it), or the case would be refused under it at every press.
   */
  let refused: string | undefined;

  /** Whether a case (see caseOf) is another than the one the current key was made for (or there is none). */
  const otherCase = (theCase: string): boolean => !payload || theCase !== caseOf(payload);

  const onOnline = (): void => {
    if (!offline) return;
    offline = false;
    form.online();
  };

  /** The case handed over, taken off hand, if a host's answer is for it (a key given must be its key). */
  const answered = (given?: string): Sent | undefined => {
    const sent = handedOver;
    if (sent && given !== undefined && given !== sent.key) {
      warnOnce(`<ccv-casus-form>: an answer for ${given} came while ${sent.key} is being sent: ignored.`);
      return undefined;
    }
    handedOver = undefined;
    return sent;
  };

  const succeed = (reference: string | undefined, sent: Sent): void => {
    const detail = { reference, payload: JSON.parse(sent.payload) as CasusPayload };
    // The key is spent: edits kept in the draft are a new case.
    key = payload = undefined;
    unsettled = false;
    form.received(reference, detail.payload, sent);
    emit(host, 'ccv-casus-success', detail);
  };

  /** Sends the case as it is now; `again`: the browser is back online, and this is the case's one send of its own: only as it went, unchanged. */
  const send = async (again = false): Promise<void> => {
    const body = form.body();
    // Retries of one submission share a key, also after a change of language (the page's, or a
    // reload in another): the case is the same, and goes again as it first went. A changed case
    // is a new submission — once the last one is settled. A key still held means an answer never
    // came (a timeout, a reload while sending): that case may have arrived, so it goes again under
    // its key first, and a receiver that has it stores nothing new. The changes wait, still in
    // the form, and the confirmation says so.
    const bodyCase = caseOf(body);
    const sentThere = !payload && (elsewhere.get(bodyCase) ?? form.arrival(body));
    if (sentThere && sentThere.key !== refused) ({ key, payload } = sentThere);
    const changed = otherCase(bodyCase);
    if (again && changed) return;
    const settling = unsettled && !!payload && changed;
    if (!key || !payload || (changed && !settling)) {
      key = newIdempotencyKey();
      payload = body;
    }
    const sent = { key, payload };
    // It goes now: until an answer comes it may arrive, and a reload meanwhile sends it again under its key.
    const wasUnsettled = unsettled;
    unsettled = true;
    form.save();
    // Busy from here on; a host that answers at once (complete()/fail() in its handler) overrides it.
    form.sending(true);
    // (Set before the event: a host may answer inside its handler.)
    handedOver = sent;
    // Each its own copy: a listener that changes the event's payload changes neither what is sent nor the record.
    if (!emit(host, 'ccv-casus-submit', { payload: JSON.parse(sent.payload) as CasusPayload, idempotencyKey: sent.key }, { cancelable: true })) {
      return; // the host sends it; busy until it calls complete() or fail()
    }
    handedOver = undefined;
    // Named as the editor wrote it: the form's own `endpoint`, else its <ccv-config>'s `casus-endpoint`.
    const given = form.endpoint();
    const endpoint = checkedWebUrl(given, attributeText(host.endpoint) ? 'endpoint' : 'casus-endpoint');
    if (!endpoint) {
      const reason = 'no endpoint, and nobody handled ccv-casus-submit';
      // (A value that is no URL has had its own warning, just now: one mistake, one warning.)
      if (!given?.trim()) warnOnce(`<ccv-casus-form>: ${reason}: the case cannot be sent.`);
      // (Nothing went.)
      unsettled = wasUnsettled;
      form.sending(false);
      form.failed({ kind: 'configuration' });
      emit(host, 'ccv-casus-error', { kind: 'configuration', reason, errors: [] });
      return;
    }
    const result = await sendCase(endpoint, sent.payload, sent.key, form.options());
    form.sending(false);
    // Settled once: if that goes unanswered too, the next send is the case as it is now (or a
    // receiver that fails on the earlier version would never get the corrected one).
    unsettled = result.kind === 'failed' && !result.refused && !settling;
    // No answer at all, not even an error page (no connection, or none in time): once back online, it goes again.
    // (Not the earlier version of a changed case: the next to go is the case as it is now, as a new one.)
    offline = !again && !settling && result.kind === 'failed' && !result.reason.startsWith('HTTP');
    // (So after a reload too.)
    if (settling && result.kind === 'failed' && !result.refused) form.save();
    if (result.kind === 'success') return succeed(result.reference, sent);
    // Refused for certain: nothing was stored under the key, and a changed case may take a new one.
    if (result.kind === 'invalid' || result.refused) {
      refused = key;
      key = payload = undefined;
      form.save();
      // What was refused was the earlier version, not what the fields hold: that goes now.
      if (settling) return send();
    }
    form.failed(result);
    emit(host, 'ccv-casus-error', result.kind === 'invalid' ? { kind: 'invalid', errors: result.errors, reason: result.detail } : { kind: 'failed', reason: result.reason, errors: [] });
  };

  const self = {
    hostConnected(): void {
      addEventListener('online', onOnline);
    },
    hostDisconnected(): void {
      removeEventListener('online', onOnline);
    },

    send,

    /** The record for the draft: the key and the payload it was made for, `settled` once known not to have arrived. */
    record: (): Sent | undefined => (key && payload ? { key, payload, ...(!unsettled && { settled: true as const }) } : undefined),

    /** Takes up `sent`, a record from a draft (sent before a reload, and perhaps received: it goes again under its key), or none: a new case. */
    restore(sent: Sent | undefined): void {
      key = sent?.key;
      payload = sent?.payload;
      unsettled = !!sent && !sent.settled;
    },

    /** The same page in another tab sent this case as it went (a record from its draft). */
    sentElsewhere(sent: Sent): void {
      elsewhere.set(caseOf(sent.payload), sent);
    },

    /** The last send got no answer at all, and it is to go again once online. */
    get offline() {
      return offline;
    },

    /** Pressed: the person's attempt is what counts now; nothing goes by itself once online. */
    pressed(): void {
      offline = false;
    },

    /** Changed, the case is the person's to send, not the connection's (unless it is changed back). */
    edited(): void {
      if (offline && otherCase(caseOf(form.body()))) offline = false;
    },

    /** The host's answer: the case handed over arrived (see the element's complete()). */
    complete(reference?: string, given?: string): void {
      // Only the answer to a case handed over, once: a stray or second call confirms nothing (and clears no draft).
      const sent = answered(given);
      if (!sent) return;
      // No longer busy, as after the receiver's answer (the status line said so under the confirmation).
      form.sending(false);
      // What was handed over, not what the fields hold now: edits made meanwhile (or a discard) were not sent.
      // (The reference as the receiver's is taken: without the spaces and line end around it, as the text of
      // a back end's answer has them; an empty one is none.)
      succeed(typeof reference === 'string' ? reference.trim() || undefined : reference, sent);
    },

    /** The host's answer: sending failed (see the element's fail()). */
    fail(message?: string, given?: string): void {
      if (!answered(given)) return;
      // The host knows what became of it: the same case keeps its key, a changed one is new (after a reload too).
      unsettled = false;
      if (key) form.save();
      emit(host, 'ccv-casus-error', { kind: 'failed', reason: message, errors: [] });
      form.sending(false);
      form.failed({ kind: 'host', message });
    },
  };
  host.addController(self);
  return self;
}
