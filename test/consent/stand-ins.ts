/**
 * Stand-ins for consent managers whose scripts cannot run here (they load
 * from their vendors' servers). Each follows the manager's documented
 * browser API and events: globals, method signatures, event names on window.
 */

/** Cookiebot: window.Cookiebot, consent booleans, submitCustomConsent, window events. */
export function installCookiebot(initial: { marketing?: boolean; statistics?: boolean; preferences?: boolean } = {}) {
  const consent = { necessary: true, preferences: false, statistics: false, marketing: false, ...initial };
  const calls: unknown[][] = [];
  const bot = {
    consent,
    hasResponse: true,
    submitCustomConsent(preferences: boolean, statistics: boolean, marketing: boolean) {
      calls.push([preferences, statistics, marketing]);
      Object.assign(consent, { preferences, statistics, marketing });
      bot.hasResponse = true;
      dispatchEvent(new Event(marketing || statistics || preferences ? 'CookiebotOnAccept' : 'CookiebotOnDecline'));
    },
    renewed: 0,
    renew() {
      bot.renewed += 1;
    },
    /**
     * Its banner on screen. submitCustomConsent records the choice but leaves the banner up (as the
     * real Cookiebot does: public integrations that write through it call Cookiebot.hide() after it);
     * hide() closes it (Cookiebot developer docs: "Forces the cookie consent dialog to hide").
     */
    dialogShown: false,
    show() {
      bot.dialogShown = true;
    },
    hide() {
      bot.dialogShown = false;
    },
  };
  Object.assign(window, { Cookiebot: bot });
  return { bot, calls };
}

/**
 * OneTrust: OnetrustActiveGroups, OneTrust.UpdateConsent, the OneTrustGroupsUpdated event, and
 * whether the visitor has answered its banner (IsAlertBoxClosed), and still validly
 * (IsAlertBoxClosedAndValid: false again once the choice has expired or the site asks anew).
 * `siteGroups`: the groups the site configured, where not all; UpdateConsent passes over others.
 */
export function installOneTrust(groups: string[] = ['C0001'], banner = { closed: true, valid: true }, siteGroups?: string[]) {
  let active = [...groups];
  const publish = () => {
    Object.assign(window, { OnetrustActiveGroups: `,${active.join(',')},` });
    dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: [...active] }));
  };
  const api = {
    calls: [] as string[],
    toggled: 0,
    UpdateConsent(kind: string, value: string) {
      if (kind !== 'Category') throw new Error(`unexpected kind ${kind}`);
      api.calls.push(value);
      for (const pair of value.split(',')) {
        const [group, on] = pair.split(':');
        if (siteGroups && !siteGroups.includes(group)) continue;
        active = active.filter((g) => g !== group);
        if (on === '1') active.push(group);
      }
      publish();
    },
    ToggleInfoDisplay() {
      api.toggled += 1;
    },
    IsAlertBoxClosed: () => banner.closed,
    IsAlertBoxClosedAndValid: () => banner.closed && banner.valid,
  };
  Object.assign(window, { OneTrust: api, OnetrustActiveGroups: `,${active.join(',')},` });
  return {
    api,
    /** The visitor changes their choice in OneTrust's own banner. */
    choose(next: string[]) {
      active = [...next];
      publish();
    },
  };
}

/** IAB TCF v2.2: __tcfapi('addEventListener' | 'removeEventListener', 2, …) with TC data. */
export function installTcf({ stub = false } = {}) {
  type Listener = (data: object, success: boolean) => void;
  const listeners = new Map<number, Listener>();
  let nextId = 1;
  let data: Record<string, unknown> = { eventStatus: 'cmpuishown', gdprApplies: true, purpose: { consents: {} } };
  // A CMP's stub (IAB CMP API v2.2, "How does the CMP stub API work?") queues calls until the CMP has loaded.
  let queue: Parameters<typeof tcfapi>[] | undefined = stub ? [] : undefined;
  const tcfapi = (command: string, version: number, callback: Listener, parameter?: number): void => {
    if (queue) return void queue.push([command, version, callback, parameter]);
    if (version !== 2) return callback({}, false);
    if (command === 'addEventListener') {
      const id = nextId++;
      listeners.set(id, callback);
      callback({ ...data, listenerId: id }, true);
    } else if (command === 'removeEventListener') {
      callback({}, listeners.delete(parameter!));
    }
  };
  Object.assign(window, { __tcfapi: tcfapi });
  return {
    listeners,
    /** The CMP behind a stub has loaded: the queued calls are answered. */
    load() {
      const queued = queue ?? [];
      queue = undefined;
      for (const call of queued) tcfapi(...call);
    },
    /** The visitor opens the CMP's dialog again (eventStatus cmpuishown, the choice so far unchanged). */
    showUi() {
      data = { ...data, eventStatus: 'cmpuishown' };
      for (const [id, listener] of listeners) listener({ ...data, listenerId: id }, true);
    },
    /**
     * The CMP records a choice (eventStatus useractioncomplete): purposes, and vendors (755 is Google's).
     * `legitimate`: purposes on legitimate interest the visitor did not object to (purpose.legitimateInterests);
     * `extra`: other TC data fields, e.g. purposeOneTreatment.
     */
    choose(purposes: number[], gdprApplies = true, vendors = [755], legitimate: number[] = [], extra: object = {}) {
      const flags = (ids: number[]) => Object.fromEntries(ids.map((id) => [id, true]));
      const consents = (ids: number[]) => ({ consents: flags(ids) });
      data = gdprApplies
        ? { eventStatus: 'useractioncomplete', gdprApplies, purpose: { ...consents(purposes), legitimateInterests: flags(legitimate) }, vendor: consents(vendors), ...extra }
        : // Outside the GDPR, TC data holds only these (IAB CMP API v2.2, "TCData"): no eventStatus, no purposes.
          { gdprApplies: false, tcfPolicyVersion: 5, cmpId: 10, cmpVersion: 1 };
      for (const [id, listener] of listeners) listener({ ...data, listenerId: id }, true);
    },
  };
}
