/**
 * Adapters for the consent managers Dutch government sites use. Each reads
 * and writes through the manager's documented browser API; none stores
 * anything of its own. Only the minimal shape of each global is typed.
 */
import { warnOnce } from '../base/warn.js';
import { afterClick, categoryName, listen, type ConsentAdapter } from './adapter.js';

type Win = typeof globalThis & {
  Cookiebot?: {
    consent?: Record<string, boolean>;
    hasResponse?: boolean;
    submitCustomConsent?(preferences: boolean, statistics: boolean, marketing: boolean): void;
    renew?(): void;
    hide?(): void;
  };
  OneTrust?: { UpdateConsent?(kind: 'Category', value: string): void; ToggleInfoDisplay?(): void; IsAlertBoxClosed?(): boolean; IsAlertBoxClosedAndValid?(): boolean };
  OnetrustActiveGroups?: string;
  klaro?: { getManager?(): KlaroManager | undefined; show?(): void; addEventListener?(type: string, handler: () => void): void };
  CookieConsent?: {
    acceptedCategory?(name: string): boolean;
    acceptCategory?(categories: string[]): void;
    acceptService?(services: string | string[], category: string): void;
    acceptedService?(service: string, category: string): boolean;
    getUserPreferences?(): { acceptedCategories?: string[]; acceptedServices?: Record<string, string[]>; rejectedServices?: Record<string, string[]> };
    validConsent?(): boolean;
    getConfig?(field: 'categories'): Record<string, unknown> | undefined;
    showPreferences?(): void;
    hide?(): void;
    hidePreferences?(): void;
  };
  __tcfapi?: (command: string, version: number, callback: (data: TcData, success: boolean) => void, parameter?: unknown) => void;
};

interface KlaroService {
  name: string;
  purposes?: string[];
  required?: boolean;
  optOut?: boolean;
}

interface KlaroManager {
  config?: { services?: KlaroService[]; apps?: KlaroService[]; required?: boolean; optOut?: boolean };
  confirmed?: boolean;
  store?: { get?(): string | null };
  /** What the visitor saved; `consents` also holds switches flipped in an open dialog. */
  savedConsents?: Record<string, boolean>;
  getConsent(name: string): boolean;
  updateConsent(name: string, value: boolean): void;
  saveAndApplyConsents(): void;
  watch(watcher: { update(manager: unknown, event: string): void }): void;
  unwatch(watcher: unknown): void;
}

interface TcData {
  eventStatus?: string;
  gdprApplies?: boolean;
  listenerId?: number;
  purpose?: { consents?: Record<string, boolean>; legitimateInterests?: Record<string, boolean> };
  purposeOneTreatment?: boolean;
  vendor?: { consents?: Record<string, boolean> };
}

const win = globalThis as Win;

/**
 * How our category names map onto managers that number their categories.
 * A site with its own scheme overrides one entry with `setConsentMapping`,
 * or names the manager's id directly: `consent-category="C0005"`.
 */
type Mapping = { onetrust: Record<string, string>; tcf: Record<string, number[]>; 'tcf-vendors': Record<string, number> };
// One per page, kept on globalThis: a site may call setConsentMapping on a second copy of the
// library (its own bundle) while the CDN copy's elements do the reading.
// (Vendors are added below, not here: older copies of the library made the mapping without them.)
const shared = ((globalThis as Record<symbol, Partial<Mapping>>)[Symbol.for('ccv-leerkring.consent-mapping')] ??= {
  // OneTrust's default groups: C0002 performance, C0003 functional, C0004 targeting, C0005 social media.
  onetrust: { necessary: 'C0001', statistics: 'C0002', preferences: 'C0003', functional: 'C0003', marketing: 'C0004', social: 'C0005' },
  // TCF purposes: 1 store/access on a device; 3–4 personalised ads; 7–9 measurement.
  tcf: { marketing: [1, 3, 4], statistics: [1, 7, 8, 9], preferences: [1], necessary: [] },
});
// TCF vendors of our providers, whose own consent is asked besides the purposes: Google (YouTube).
shared['tcf-vendors'] ??= { youtube: 755 };
const mapping = shared as Mapping;

/** Dispatched on window when the mapping changes: every video asks again. Internal. */
export const MAPPING_CHANGED = 'leerkring-consent-mapping';

/** What each manager's mapping may hold: a page script calls this without types to check it. */
const VALID: Record<keyof Mapping, (value: unknown) => boolean> = {
  onetrust: (value) => typeof value === 'string' && value !== '',
  tcf: (value) => Array.isArray(value) && value.every(Number.isInteger),
  // (An arrow as the others: a bare `Number.isInteger` is a read that bundles keep where setConsentMapping is left out.)
  'tcf-vendors': (value) => Number.isInteger(value),
};

export function setConsentMapping(source: 'onetrust', map: Record<string, string | null>): void;
export function setConsentMapping(source: 'tcf', map: Record<string, number[] | null>): void;
export function setConsentMapping(source: 'tcf-vendors', map: Record<string, number | null>): void;
export function setConsentMapping(source: keyof Mapping, map: Record<string, string | number | number[] | null>): void {
  // A wrong name or value is left out with a warning: it must not throw here, nor later in a video.
  const valid = Object.hasOwn(VALID, source) && VALID[source];
  const entries = valid && (mapping[source] as Record<string, unknown>);
  if (!entries) return warnOnce(`setConsentMapping: unknown "${source}" ignored.`);
  for (const [name, value] of Object.entries(map ?? {})) {
    // Keys as consent-category is read: our names in any case, as our providers (always read in
    // lower case); another name (a manager's own id) as written, as the attribute passes it on.
    const category = source === 'tcf-vendors' ? name.toLowerCase() : categoryName(name);
    if (value == null) delete entries[category];
    else if (valid(value)) entries[category] = value;
    else warnOnce(`setConsentMapping("${source}"): invalid "${name}" ignored.`);
  }
  dispatchEvent(new Event(MAPPING_CHANGED));
}

/** Cookiebot's categories a visitor can choose; `necessary` is always on. */
const COOKIEBOT_CATEGORIES = ['preferences', 'statistics', 'marketing'];

const cookiebot: ConsentAdapter = {
  source: 'cookiebot',
  // Its object, not the <script id="Cookiebot"> of its snippet, which the window names until uc.js runs (for good where it is blocked).
  present: () => 'consent' in Object(win.Cookiebot),
  granted(category) {
    const consent = win.Cookiebot?.consent;
    return consent ? consent[category] === true : undefined;
  },
  grant(category) {
    const bot = win.Cookiebot;
    // A category Cookiebot does not have cannot be recorded there: the visitor uses the site's settings.
    if (!bot?.submitCustomConsent || !COOKIEBOT_CATEGORIES.includes(category)) return false;
    // Cookiebot sets all three categories at once: keep the other two as they are.
    const has = (name: string) => name === category || bot.consent?.[name] === true;
    bot.submitCustomConsent(has('preferences'), has('statistics'), has('marketing'));
    // Cookiebot records it but leaves its banner up: closed as its own buttons do, or the banner's
    // next button ("necessary only") would take back what was just given.
    bot.hide?.();
    return true;
  },
  chosen: () => win.Cookiebot?.hasResponse,
  watch: (onChange) =>
    listen(['CookiebotOnConsentReady', 'CookiebotOnAccept', 'CookiebotOnDecline', 'CookiebotOnLoad'], onChange),
  openSettings: () => win.Cookiebot?.renew?.(),
};

// (Own keys only: a category named `constructor` is not Object's.)
const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);
const oneTrustGroup = (category: string) => own(mapping.onetrust, category) ?? category;

const onetrust: ConsentAdapter = {
  source: 'onetrust',
  // Before its SDK is ready, window.OneTrust can be a bare settings object.
  present: () => typeof win.OneTrust?.UpdateConsent === 'function' || typeof win.OnetrustActiveGroups === 'string',
  granted(category) {
    const groups = win.OnetrustActiveGroups;
    if (typeof groups !== 'string') return undefined;
    return groups.split(',').includes(oneTrustGroup(category));
  },
  grant(category) {
    if (!win.OneTrust?.UpdateConsent) return false;
    win.OneTrust.UpdateConsent('Category', `${oneTrustGroup(category)}:1`);
    return true;
  },
  // (Closed but no longer valid: the choice expired, or the site asks anew, and the banner is back.)
  chosen: () => win.OneTrust?.IsAlertBoxClosedAndValid?.() ?? win.OneTrust?.IsAlertBoxClosed?.(),
  watch: (onChange) => listen(['OneTrustGroupsUpdated'], onChange),
  openSettings: () => win.OneTrust?.ToggleInfoDisplay?.(),
};

/**
 * Klaro decides per service; a category covers the services named so or serving that purpose.
 * A video's provider's own service (named `youtube`, in any case) alone where the site has one, under
 * whatever purpose: consent to YouTube is not consent to every marketing service, nor the reverse.
 * A category no service serves as a purpose names one service, the site's pick, that decides.
 */
function klaroServices(manager: KlaroManager, category: string, provider?: string): string[] {
  const services = allKlaroServices(manager);
  const names = services.filter((s) => s.name === category || s.purposes?.includes(category)).map((s) => s.name);
  const picked = names.length && !services.some((s) => s.purposes?.includes(category));
  const own = (picked ? names : services.map((s) => s.name)).filter((name) => name.toLowerCase() === provider);
  return own.length ? own : names;
}

/** Klaro 0.7 reads the older `apps` as `services`. */
const allKlaroServices = (manager: KlaroManager): KlaroService[] => manager.config?.services ?? manager.config?.apps ?? [];

/**
 * Services the visitor has never chosen for or against, whose switches still hold the site's
 * defaults: all of them on a first visit, those added since their record was saved on a later
 * one. Required and opt-out services run without a choice, and are left as they are.
 */
function unchosenKlaroServices(manager: KlaroManager): KlaroService[] {
  if (manager.confirmed) return [];
  const chosen = klaroRecord(manager);
  const { required, optOut } = manager.config ?? {};
  return allKlaroServices(manager).filter((s) => !(s.required ?? required) && !(s.optOut ?? optOut) && !(s.name in chosen));
}

/** The visitor's record as Klaro stored it (gone after a reset; unreadable counts as no choice). */
function klaroRecord(manager: KlaroManager): Record<string, unknown> {
  try {
    const saved: unknown = JSON.parse(decodeURIComponent(manager.store?.get?.() ?? '{}'));
    return saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function klaroManager(): KlaroManager | undefined {
  try {
    return win.klaro?.getManager?.();
  } catch {
    return undefined; // Klaro throws when asked before its config is loaded.
  }
}

/** The looks of every Klaro watch for a new manager; the Klaro object that calls them at its render. */
const klaroLooks = new Set<() => void>();
let klaroHeard: unknown;

const klaro: ConsentAdapter = {
  source: 'klaro',
  // Only once its config is loaded: before that, there is nothing to read or watch.
  present: () => !!klaroManager(),
  granted(category, provider) {
    const manager = klaroManager();
    if (!manager) return undefined;
    // Only what the visitor saved: a switch flipped in Klaro's open dialog is no consent yet,
    // and getConsent answers with the service default until the visitor confirms.
    const saved = (name: string) => (manager.savedConsents ? manager.savedConsents[name] === true : manager.getConsent(name));
    const names = klaroServices(manager, category, provider);
    return !!manager.confirmed && names.length > 0 && names.every(saved);
  },
  grant(category, provider) {
    const manager = klaroManager();
    const names = manager ? klaroServices(manager, category, provider) : [];
    // No Klaro service for this category: nothing to record, so say so.
    if (!manager || !names.length) return false;
    // Saving writes every switch: one flipped but not saved in Klaro's dialog is put back first,
    // so our button records our category and nothing else.
    for (const [name, value] of Object.entries(manager.savedConsents ?? {})) {
      if (manager.getConsent(name) !== value) manager.updateConsent(name, value);
    }
    // A switch the visitor never chose holds the site's default (`default: true`): saved as it
    // is, a click for a video would consent to analytics too.
    for (const service of unchosenKlaroServices(manager)) manager.updateConsent(service.name, false);
    for (const name of names) manager.updateConsent(name, true);
    manager.saveAndApplyConsents();
    return true;
  },
  // Klaro asks again, confirmed false, when the site added a service since the visitor's record was
  // saved; that record still holds their choices. A refusal there of this category's services stands;
  // a yes, or no word, is no choice an accept would undo: recorded as our button does with Klaro
  // there (their other choices kept, the new services declined), the player stays.
  chosen(category, provider) {
    const manager = klaroManager();
    if (!manager) return undefined;
    if (manager.confirmed) return true;
    const record = klaroRecord(manager);
    return klaroServices(manager, category, provider).some((name) => record[name] === false);
  },
  watch(onChange) {
    const watcher = { update: onChange };
    let manager = klaroManager();
    manager?.watch(watcher);
    // Klaro makes a new manager when the site sets it up again with another config: followed,
    // its record a change, at Klaro's render (its setup, its show), after a click (its banner, heard
    // on the way down) and when the page is seen again.
    const follow = () => {
      const now = klaroManager();
      if (now === manager || !klaroLooks.has(follow)) return;
      manager?.unwatch(watcher);
      (manager = now)?.watch(watcher);
      onChange();
    };
    klaroLooks.add(follow);
    const klaro = win.klaro;
    // (Klaro's own events cannot be unsubscribed: one handler for every watch.)
    if (klaro && klaro !== klaroHeard) {
      klaroHeard = klaro;
      klaro.addEventListener?.('render', () => void klaroLooks.forEach((run) => setTimeout(run)));
    }
    const stop = afterClick(follow, ['click', 'visibilitychange']);
    return () => {
      klaroLooks.delete(follow);
      stop();
      manager?.unwatch(watcher);
    };
  },
  openSettings: () => win.klaro?.show?.(),
};

/** Whether CookieConsent has run on this page; what it said last (run, valid choice): see its watch. */
let ccRan = false;
let ccState: string | undefined;
const ccNow = (cc = win.CookieConsent) => `${!!cc?.getConfig?.('categories')} ${cc?.validConsent?.()}`;

/** The services the site lists in one of its CookieConsent categories. */
const ccServices = (categories: Record<string, unknown> | undefined, category: string) =>
  (categories?.[category] as { services?: object } | undefined)?.services ?? {};

/** The provider's own services (named `youtube`, in any case) in whatever category the site lists them, as [category, service]. */
const ccOwn = (categories: Record<string, unknown> | undefined, provider?: string) =>
  Object.keys(categories ?? {}).flatMap((name) => Object.keys(ccServices(categories, name)).filter((service) => service.toLowerCase() === provider).map((service) => [name, service]));

const cookieconsent: ConsentAdapter = {
  source: 'cookieconsent',
  present: () => typeof win.CookieConsent?.acceptedCategory === 'function',
  granted(category, provider) {
    const cc = win.CookieConsent;
    ccState = ccNow(cc);
    // Loaded but not run yet: it has not read the site's categories or the visitor's record.
    // Run before and no longer: reset(), and no consent until it runs again.
    if (!cc?.acceptedCategory || (cc.getConfig && !cc.getConfig('categories'))) return ccRan ? false : undefined;
    ccRan = true;
    // Before run() and before a first choice, acceptedCategory means nothing. A category is accepted
    // with any of its services: where the site lists the provider's own (named `youtube`, in any case),
    // in this category or another, that service decides; the category only where there is none.
    const own = ccOwn(cc.getConfig?.('categories'), provider);
    const on = ([name, service]: string[]) => cc.acceptedCategory?.(name) && (!service || cc.acceptedService?.(service, name) !== false);
    return cc.validConsent?.() === true && (own.length ? own : [[category]]).every(on);
  },
  grant(category, provider) {
    const cc = win.CookieConsent;
    const categories = cc?.getConfig?.('categories');
    // The provider's own services in other categories are recorded there, alone; our category (with all
    // its services) only where one is in it, or there is none.
    const all = ccOwn(categories, provider);
    const own = all.filter(([name]) => name !== category);
    const whole = own.length < all.length || !all.length;
    // A category the site did not configure would be made up in its record, with no switch to undo it.
    if (!cc?.acceptCategory || (cc.getConfig && !categories) || (whole && categories && !Object.hasOwn(categories, category))) return false;
    const { acceptedCategories: accepted = [], acceptedServices = {}, rejectedServices = {} } = cc.getUserPreferences?.() ?? {};
    // Categories where the visitor switched some services off: acceptCategory with a list turns every
    // service of an accepted category on again. acceptService keeps a category's services as chosen
    // (and saves with no list), so those go first, then through it the provider's services (beside those
    // kept in their category) and ours, at once with all its services.
    const partial = accepted.filter((name) => name !== category && rejectedServices[name]?.length);
    if (partial.length || own.length) {
      // A category without services cannot be added that way; and saving with no list, CookieConsent
      // also accepts every category on by default (`enabled`) the visitor has not accepted: then the
      // visitor uses the site's settings.
      const reopened = Object.entries((categories ?? {}) as Record<string, { enabled?: boolean; readOnly?: boolean }>).some(([name, { enabled, readOnly }]) => enabled && !readOnly && !accepted.includes(name));
      if (!cc.acceptService || reopened || (whole && !Object.keys(ccServices(categories, category)).length)) return false;
      for (const name of partial) cc.acceptService(acceptedServices[name] ?? [], name);
      for (const [name, service] of own) cc.acceptService([...(acceptedServices[name] ?? []), service], name);
      if (whole) cc.acceptService('all', category);
    } else {
      // acceptCategory replaces the whole choice: pass what was accepted plus ours.
      cc.acceptCategory([...new Set([...accepted, category])]);
    }
    // Its own buttons close its banner after a choice: so does ours, or the banner's next button
    // (often "only necessary") would take back what was just given.
    cc.hide?.();
    cc.hidePreferences?.();
    return true;
  },
  chosen: () => win.CookieConsent?.validConsent?.(),
  watch(onChange) {
    // Its reset() fires no event. A site calls it from a button: after every click (heard on the
    // way down: a settings panel may keep its clicks to itself), a look whether it has run or its
    // choice has gone since the last answer.
    const stop = [listen(['cc:onConsent', 'cc:onChange'], onChange), afterClick(() => ccNow() !== ccState && onChange())];
    return () => stop.forEach((off) => off());
  },
  openSettings: () => win.CookieConsent?.showPreferences?.(),
};

/** The latest TC data the CMP pushed; the TCF API only answers through callbacks. */
let tcData: TcData | undefined;

/**
 * Measurement and the like (2, 7–11) may rest on legitimate interest the visitor did not object to;
 * storage (1) and personalisation (3–6) only on consent (TCF policy v2.2).
 */
const LEGITIMATE_INTEREST_PURPOSES = new Set([2, 7, 8, 9, 10, 11]);

const tcf: ConsentAdapter = {
  source: 'tcf',
  present: () => typeof win.__tcfapi === 'function',
  granted(category, provider) {
    // Outside the GDPR the CMP has no choice to ask for, and its data has no eventStatus at all.
    if (tcData?.gdprApplies === false) return true;
    if (!tcData || !['tcloaded', 'useractioncomplete'].includes(tcData.eventStatus ?? '')) return undefined;
    const purposes = own(mapping.tcf, category);
    if (!purposes?.length) {
      warnOnce(`consent-category "${category}" has no TCF purposes (setConsentMapping): not granted.`);
      return false;
    }
    // Purpose 1 not asked (publisher country rules): its "no" is no answer, and still not the consent
    // to store on the device that a player needs. Left to the site's mapping (and its lawyers).
    if (tcData.purposeOneTreatment && purposes.includes(1)) warnOnce('TCF purposeOneTreatment: purpose 1 is not asked, and videos need it (setConsentMapping).');
    // The provider as a TCF vendor too, where it is one: consent to purposes alone is not consent to it.
    const vendor = provider === undefined ? undefined : own(mapping['tcf-vendors'], provider);
    const { consents = {}, legitimateInterests: li = {} } = tcData.purpose ?? {};
    return (
      purposes.every((purpose) => consents[purpose] === true || (li[purpose] === true && LEGITIMATE_INTEREST_PURPOSES.has(purpose))) &&
      (vendor === undefined || tcData.vendor?.consents?.[vendor] === true)
    );
  },
  // TCF is read-only by design: only the CMP's own dialog records a choice.
  grant: () => false,
  watch(onChange) {
    let listenerId: number | undefined;
    let stopped = false;
    const remove = () => listenerId !== undefined && win.__tcfapi?.('removeEventListener', 2, () => {}, listenerId);
    win.__tcfapi?.('addEventListener', 2, (data, success) => {
      if (!success) return;
      listenerId = data.listenerId;
      // Stopped before a CMP behind its stub first answered: the id comes only now.
      if (stopped) return void remove();
      tcData = data;
      onChange();
    });
    return () => {
      stopped = true;
      remove();
    };
  },
};

/** Detection order for `auto`: the more specific globals first; TCF last, as many CMPs expose it beside their own API. */
export const MANAGERS: readonly ConsentAdapter[] = [cookiebot, onetrust, cookieconsent, klaro, tcf];
