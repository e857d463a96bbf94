/**
 * The widgets as the browser's own accessibility tree gives them to screen-reader and speech-input
 * users, in every state, two of each on one page. (axe runs in every state elsewhere; this reads
 * what axe does not: the names, roles, levels and states the browser computed.)
 *
 * Chromium: puppeteer's snapshot of each node (through the ax-nodes command, scripts/wtr-plugins.mjs),
 * and every control, heading, region and live region held to the rules below. Firefox gives no
 * snapshot over WebDriver BiDi (it needs CDP); there the same lists of roles and names are checked
 * through BiDi's accessibility locator, node by node, and levels and states from the DOM.
 *
 * Rules (Chromium's tree):
 * - every control has a role and a name; its name begins with the words it shows (2.5.3 Label in
 *   Name: a speech user says what they see);
 * - no two controls in one widget share a role and name for different things (two links to one
 *   address do one thing);
 * - headings start at heading-level and skip no level; regions, groups and articles are named;
 * - no live region inside another (said twice, or not at all);
 * - every aria-describedby id is found in its own root, and the description holds each part's words;
 * - a field of the case form is exposed as required unless its label says "(optioneel)" (the radio
 *   buttons aside: one is always checked), and as invalid exactly while its message shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { resetWarnings } from '../../src/base/warn.js';
import { stubWarn, waitUntil } from '../helpers.js';

const FIREFOX = navigator.userAgent.includes('Firefox');

type AxNode = { role: string; name: string; description?: string; level?: number; invalid?: string; required?: boolean; live?: string };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const CONTROL = 'a[href], button, input:not([type=hidden]), select, textarea, iframe, [tabindex="0"]';
const HEADING = 'h1, h2, h3, h4, h5, h6';
const REGION = 'section, article, fieldset, form, [role=group], [role=search], [role=region]';
const LIVE = '[role=status], [role=alert], [aria-live]';
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every element of a widget, its shadow roots (nested ones too) included, in reading order. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Out of the tree for everyone: aria-hidden, inert, not rendered. */
function hidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    if (node.getAttribute('aria-hidden') === 'true' || (node as HTMLElement).inert || node.hasAttribute('hidden')) return true;
  }
  return !element.getClientRects().length && getComputedStyle(element).display === 'none';
}

/** The words a control shows: its text without what only screen readers get, or its label's. */
function shownWords(element: Element): string {
  const labels = (element as HTMLInputElement).labels;
  const from = labels?.length ? [...labels] : [element];
  return squash(
    from
      .map((node) => {
        const clone = node.cloneNode(true) as Element;
        clone.querySelectorAll('.visually-hidden, [aria-hidden=true]').forEach((part) => part.remove());
        return clone.textContent;
      })
      .join(' '),
  );
}

/** What a widget's user meets, by kind; each line "role name", with [required] / [invalid] for fields. */
interface Met {
  controls: string[];
  headings: string[];
  regions: string[];
  live: string[];
}

const line = (node: AxNode) => squash(`${node.role} ${node.name}${node.required ? ' [required]' : ''}${node.invalid && node.invalid !== 'false' ? ' [invalid]' : ''}`);

/**
 * Asks the browser about `elements`. Chromium answers with each node; Firefox only says whether each
 * has the role and name `expected` gives it (same order; a role alone where the name is empty).
 */
async function ask(elements: Element[], expected: { role?: string; name?: string }[]): Promise<AxNode[]> {
  elements.forEach((element, i) => element.setAttribute('data-ax', String(i)));
  try {
    // (Chromium's "Iframe" is no ARIA role for Firefox's locator: the player is found by its name.)
    const asked = elements.map((_, i) => ({ role: expected[i]?.role === 'Iframe' ? undefined : (expected[i]?.role ?? 'none'), name: expected[i]?.name || undefined }));
    const nodes = (await executeServerCommand('ax-nodes', asked)) as AxNode[];
    return nodes.map((node, i) => (node.role === undefined ? { ...node, role: expected[i].role! } : node));
  } finally {
    elements.forEach((element) => element.removeAttribute('data-ax'));
  }
}

/** "role name [required] [invalid]" → its role and name. */
function parse(line: string): { role: string; name: string } {
  const [, role, name] = /^(\S+) ?(.*?)(?: \[required\])?(?: \[invalid\])?$/.exec(line)!;
  return { role, name };
}

/** What a widget's user meets, and (Chromium) what breaks the rules above. */
async function meet(widget: Widget, expected: Met): Promise<Met & { broken: string[] }> {
  const all = deepElements(widget.shadowRoot!).filter((element) => !hidden(element));
  const controls = all.filter((element) => element.matches(CONTROL));
  const headings = all.filter((element) => element.matches(HEADING));
  const regions = all.filter((element) => element.matches(REGION));
  const live = all.filter((element) => element.matches(LIVE));
  const asked = [
    ...expected.controls.map(parse),
    ...expected.headings.map((line) => ({ role: 'heading', name: line.replace(/^\d /, '') })),
    ...expected.regions.map(parse),
    ...expected.live.map((line) => ({ role: line.split(' ')[0] })),
  ];
  // (As many asked as found, so Firefox's answers line up; a count that differs fails below all the same.)
  const shape = [controls, headings, regions, live].map((kind, k) => [expected.controls, expected.headings, expected.regions, expected.live][k].length === kind.length);
  const nodes = await ask([...controls, ...headings, ...regions, ...live], shape.every(Boolean) ? asked : []);
  const cut = [0, controls.length, controls.length + headings.length, controls.length + headings.length + regions.length, nodes.length];
  const [controlNodes, headingNodes, regionNodes, liveNodes] = [0, 1, 2, 3].map((k) => nodes.slice(cut[k], cut[k + 1]));
  // Firefox: the states, levels and politeness from the DOM (the locator tells only role and name).
  const fromDom = (element: Element, node: AxNode): AxNode => ({
    ...node,
    required: element.getAttribute('aria-required') === 'true',
    invalid: element.getAttribute('aria-invalid') ?? undefined,
  });
  // Chromium's protocol reports `required` for text fields only (not for a select or a checkbox,
  // whose aria-required its tree holds all the same): there, and in Firefox, the DOM says it.
  const states = (element: Element, node: AxNode): AxNode => (FIREFOX ? fromDom(element, node) : { ...node, required: node.required ?? fromDom(element, node).required });
  const met: Met = {
    controls: controlNodes.map((node, i) => line(states(controls[i], node))),
    headings: headingNodes.map((node, i) => `${FIREFOX ? Number(headings[i].localName[1]) : node.level} ${node.name}`),
    regions: regionNodes.map((node) => squash(`${node.role} ${node.name ?? ''}`)),
    live: liveNodes.map((node, i) => `${node.role} ${FIREFOX ? (live[i].getAttribute('aria-live') ?? (node.role === 'alert' ? 'assertive' : 'polite')) : node.live}`),
  };
  const broken: string[] = [];
  if (FIREFOX) return { ...met, broken };
  const where = widget.localName;
  controls.forEach((element, i) => {
    const node = states(element, controlNodes[i]);
    const name = squash(node.name);
    if (!node.role || node.role === 'generic' || node.role === 'none') broken.push(`${where}: ${element.localName} has no role`);
    if (!name) broken.push(`${where}: ${node.role} "${shownWords(element)}" has no name`);
    // 2.5.3: the words shown begin the name.
    const shown = shownWords(element).toLowerCase();
    if (shown && element.localName !== 'iframe' && !name.toLowerCase().startsWith(shown)) broken.push(`${where}: ${node.role} shows "${shown}", is named "${name}"`);
    const described = element.getAttribute('aria-describedby');
    for (const id of described?.split(/\s+/).filter(Boolean) ?? []) {
      const part = (element.getRootNode() as ShadowRoot).getElementById(id);
      if (!part) broken.push(`${where}: ${node.role} "${name}" is described by #${id}, which is not there`);
      else if (squash(part.textContent) && !squash(node.description).includes(squash(part.textContent))) broken.push(`${where}: ${node.role} "${name}": the description "${node.description}" lacks "${squash(part.textContent)}"`);
    }
    // (A radio group always has a choice: "no preference" is checked from the start.)
    if (where === 'ccv-casus-form' && element.matches('input:not([type=radio]), select, textarea')) {
      if (!!node.required === /\((optioneel|optional)\)/.test(shownWords(element))) broken.push(`${where}: ${node.role} "${name}" ${node.required ? 'is' : 'is not'} exposed as required`);
      const message = (element.getRootNode() as ShadowRoot).getElementById(`${(element as HTMLInputElement).name}-error`);
      if ((node.invalid === 'true') !== !!message) broken.push(`${where}: ${node.role} "${name}" is ${node.invalid === 'true' ? '' : 'not '}invalid while its message is ${message ? '' : 'not '}shown`);
    }
  });
  broken.push(...sameNames(controls, controlNodes).map((twice) => `${where}: ${twice}`));
  const first = Number(widget.getAttribute('heading-level') ?? 2);
  headingNodes.forEach((node, i) => {
    if (i === 0 && node.level !== first) broken.push(`${where}: the first heading "${node.name}" is at ${node.level}, not ${first}`);
    if (i > 0 && node.level! > headingNodes[i - 1].level! + 1) broken.push(`${where}: heading "${node.name}" at ${node.level} after ${headingNodes[i - 1].level}`);
  });
  regionNodes.forEach((node, i) => {
    if (regions[i].localName !== 'form' && !squash(node.name)) broken.push(`${where}: ${node.role} without a name`);
  });
  for (const element of live) if (live.some((other) => other !== element && other.contains(element))) broken.push(`${where}: a live region inside another`);
  return { ...met, broken };
}

/** Controls with the same role and name that do different things (two links to one address do one). */
function sameNames(controls: Element[], nodes: AxNode[]): string[] {
  const seen = new Map<string, Element>();
  const twice: string[] = [];
  controls.forEach((element, i) => {
    const key = `${nodes[i].role} "${squash(nodes[i].name)}"`;
    const other = seen.get(key);
    const href = (element as HTMLAnchorElement).href;
    if (other && !(href && (other as HTMLAnchorElement).href === href)) twice.push(`two controls are ${key}`);
    seen.set(key, element);
  });
  return twice;
}

/** Holds `widget` to `expected` (in both browsers) and to the rules (Chromium). */
async function expectTree(widget: Widget, expected: Partial<Met>, state: string): Promise<void> {
  const full: Met = { controls: [], headings: [], regions: [], live: [], ...expected };
  const { broken, ...met } = await meet(widget, full);
  expect(met, `${widget.localName}, ${state}`).to.deep.equal(full);
  expect(broken, `${widget.localName}, ${state}`).to.deep.equal([]);
}

/** Mounts `template` (usually two widgets, side by side) and returns its widgets once they have rendered. */
async function mount(template: TemplateResult, ready: (widget: Widget) => unknown = () => true): Promise<Widget[]> {
  const page = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const widgets = [...page.children].filter((child): child is Widget => child.localName.startsWith('ccv-'));
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  for (const widget of widgets) await waitUntil(() => ready(widget), `${widget.localName} ready`);
  return widgets;
}

/** Every control of the widgets on the page, in Chromium's tree: none named as another that does something else. */
async function expectNoNameTwice(widgets: Widget[]): Promise<void> {
  if (FIREFOX) return;
  const controls = widgets.flatMap((widget) => deepElements(widget.shadowRoot!).filter((element) => element.matches(CONTROL) && !hidden(element)));
  expect(sameNames(controls, await ask(controls, []))).to.deep.equal([]);
}

const q = <T extends HTMLElement = HTMLElement>(widget: Element, selector: string) => widget.shadowRoot!.querySelector<T>(selector)!;

let warn: ReturnType<typeof stubWarn>;
beforeEach(() => {
  resetWarnings();
  localStorage.clear();
  // (A filter typed in one test is kept in the page address, for the next list to pick up.)
  history.replaceState(null, '', location.pathname);
  warn = stubWarn();
});
afterEach(() => warn.restore());

const NOW = '2024-03-01T12:00:00+01:00';
const SESSIONS = [
  { id: 'okt', title: 'Leerkring XL oktober', format: 'xl', start: '2023-10-30T15:30:00+01:00', end: '2023-10-30T17:00:00+01:00', summary: 'Samenvatting.', chair: { name: 'Voorzitter Een', organisation: 'CCV' }, topics: ['OSINT'], video: { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', title: 'Opname oktober' } },
  { id: 'apr', title: 'Leerkring april', start: '2023-04-17T15:30:00+02:00', video: { url: 'https://youtu.be/M7lc1UVf-VE' } },
  { id: 'mei', title: 'Leerkring mei', format: 'small', start: '2024-05-13T15:30:00+02:00', end: '2024-05-13T17:00:00+02:00', registrationUrl: 'https://example.org/aanmelden' },
  { id: 'jun', title: 'Leerkring juni', start: '2024-06-10T15:30:00+02:00', topics: ['OSINT'] },
];
const SEARCH = ['combobox Onderwerp', 'combobox Jaar', 'searchbox Zoek op woord of naam'];
// "Aanmelden : Leerkring mei": the visually hidden ": <title>" after the shown words is a box of its
// own (position: absolute), and both browsers put a space before it in the name (Chromium for every
// display a hidden part can have). Left as it is: the words are right, and a screen reader says no
// space; the contact card, whose names are aria-labels, has none.

describe('the accessibility tree, as screen-reader and speech users meet it', () => {
  describe('<ccv-session-list>', () => {
    it('names every session\'s links and recordings after it, and each list\'s controls after the list, two lists on one page', async () => {
      const [upcoming, past] = await mount(
        html`<ccv-session-list show="upcoming" filters page-size="1" now=${NOW} .sessions=${SESSIONS}></ccv-session-list>
          <ccv-session-list show="past" heading-level="3" now=${NOW} .sessions=${SESSIONS}></ccv-session-list>`,
      );
      await expectTree(
        upcoming,
        {
          controls: [...SEARCH, 'link In je agenda zetten : Leerkring mei', 'link Aanmelden : Leerkring mei', 'link Link naar deze sessie : Leerkring mei', 'button Meer sessies tonen (1 van 2 getoond) : Komende sessies'],
          headings: ['2 Komende sessies', '3 Leerkring mei'],
          regions: ['search Sessies zoeken: Komende sessies', 'region Komende sessies', 'article Leerkring mei'],
          live: ['status polite'],
        },
        'loaded, filters, show more',
      );
      // A recording without a title of its own is named after its session.
      await expectTree(
        past,
        {
          controls: [
            'button Toestaan en afspelen : Opname oktober',
            'link Bekijken op YouTube : Opname oktober',
            'link Link naar deze sessie : Leerkring XL oktober',
            'button Toestaan en afspelen : Leerkring april',
            'link Bekijken op YouTube : Leerkring april',
            'link Link naar deze sessie : Leerkring april',
          ],
          headings: ['3 Eerdere sessies', '4 Leerkring XL oktober', '4 Leerkring april'],
          regions: ['region Eerdere sessies', 'article Leerkring XL oktober', 'article Leerkring april'],
          live: ['status polite', 'status polite', 'status polite'],
        },
        'past, heading-level 3',
      );
      await expectNoNameTwice([upcoming, past]);
      q<HTMLButtonElement>(upcoming, '[part=more-button]').click();
      await upcoming.updateComplete;
      const text = q<HTMLInputElement>(upcoming, '#text');
      text.value = 'juni';
      text.dispatchEvent(new Event('input'));
      await upcoming.updateComplete;
      await expectTree(
        upcoming,
        {
          controls: [...SEARCH, 'button Filters wissen', 'link In je agenda zetten : Leerkring juni', 'link Link naar deze sessie : Leerkring juni'],
          headings: ['2 Komende sessies', '3 Leerkring juni'],
          regions: ['search Sessies zoeken: Komende sessies', 'region Komende sessies', 'article Leerkring juni'],
          live: ['status polite'],
        },
        'filtered',
      );
      text.value = 'niets';
      text.dispatchEvent(new Event('input'));
      await upcoming.updateComplete;
      await expectTree(upcoming, { controls: [...SEARCH, 'button Filters wissen'], regions: ['search Sessies zoeken: Komende sessies'], live: ['status polite'] }, 'filtered to nothing');
    });

    it('reads why nothing shows once: not again after the live region said it, and still where nothing said it', async () => {
      const words = 'Geen sessies gevonden. Pas de filters aan of wis ze.';
      // A filter from a link: nothing was said, so the page's words are read.
      history.replaceState(null, '', '?ccv-q=niets');
      const [linked] = await mount(html`<ccv-session-list filters now=${NOW} .sessions=${SESSIONS}></ccv-session-list>`);
      const [silent, read] = [q(linked, '[role=status]'), q(linked, '.empty')];
      expect([silent.textContent, read.textContent]).to.deep.equal(['', words]);
      expect((await ask([read], [{ role: 'paragraph' }]))[0].role, 'the shown words, unsaid').to.equal('paragraph');
      history.replaceState(null, '', location.pathname);
      // Typed: the live region says them, and the words shown (still seen) are not read a second time.
      const [typed] = await mount(html`<ccv-session-list filters now=${NOW} .sessions=${SESSIONS}></ccv-session-list>`);
      const text = q<HTMLInputElement>(typed, '#text');
      text.value = 'niets';
      text.dispatchEvent(new Event('input'));
      const live = q(typed, '[role=status]');
      await waitUntil(() => live.textContent === words, 'said');
      await typed.updateComplete;
      const shown = q(typed, '.empty');
      expect(shown.textContent).to.equal(words);
      expect(shown.getClientRects().length, 'still seen').to.be.above(0);
      const [region, copy] = await ask([live, shown], [{ role: 'status' }, { role: 'paragraph' }]);
      expect(region.role).to.equal('status');
      expect(copy.role, 'the shown words, read again').not.to.equal('paragraph');
    });

    it('offers a long list\'s skip link and "show more" by their shown words', async () => {
      const many = Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, title: `Sessie ${i}`, start: `2023-0${i + 1}-08T15:30:00+01:00` }));
      const [list] = await mount(html`<ccv-session-list page-size="6" now=${NOW} .sessions=${many}></ccv-session-list>`);
      await expectTree(
        list,
        {
          controls: ['link Sla de lijst met sessies over', ...[6, 5, 4, 3, 2, 1].map((i) => `link Link naar deze sessie : Sessie ${i}`), 'button Meer sessies tonen (6 van 7 getoond)'],
          headings: ['2 Eerdere sessies', ...[6, 5, 4, 3, 2, 1].map((i) => `3 Sessie ${i}`)],
          regions: ['region Eerdere sessies', ...[6, 5, 4, 3, 2, 1].map((i) => `article Sessie ${i}`)],
          live: ['status polite'],
        },
        'long',
      );
    });

    it('keeps one live region while loading, and names the retry buttons of two failed lists after their lists', async () => {
      const [loading] = await mount(html`<ccv-session-list src="/__test/slow/3000" now=${NOW}></ccv-session-list>`);
      await expectTree(loading, { live: ['status polite'] }, 'loading');
      const failed = await mount(
        html`<ccv-session-list show="upcoming" src="/__test/status/500"></ccv-session-list><ccv-session-list show="past" src="/__test/status/500"></ccv-session-list>`,
        (list) => list.shadowRoot!.querySelector('[role=alert]'),
      );
      await expectTree(failed[0], { controls: ['button Opnieuw proberen : Komende sessies'], live: ['status polite', 'alert assertive'] }, 'error');
      await expectTree(failed[1], { controls: ['button Opnieuw proberen : Eerdere sessies'], live: ['status polite', 'alert assertive'] }, 'error');
      await expectNoNameTwice(failed);
      const [empty] = await mount(html`<ccv-session-list filters now=${NOW} .sessions=${[]}></ccv-session-list>`);
      // (No search landmark of controls that can find nothing.)
      await expectTree(empty, { live: ['status polite'] }, 'empty');
    });
  });

  describe('<ccv-consent-video>', () => {
    it('names its buttons and link after the video, by the words they show, in every state, two on one page', async () => {
      const [titled, untitled] = await mount(
        html`<ccv-consent-video video-id="M7lc1UVf-VE" video-title="Leerkring april" consent-source="builtin" allow-once></ccv-consent-video>
          <ccv-consent-video url="https://vimeo.com/76979871" consent-source="builtin"></ccv-consent-video>`,
      );
      await expectTree(
        titled,
        { controls: ['button Toestaan en afspelen : Leerkring april', 'button Alleen deze video afspelen : Leerkring april', 'link Bekijken op YouTube : Leerkring april'], live: ['status polite'] },
        'placeholder, allow-once',
      );
      await expectTree(untitled, { controls: ['button Toestaan en afspelen : Video op Vimeo', 'link Bekijken op Vimeo : Video op Vimeo'], live: ['status polite'] }, 'placeholder, untitled');
      await expectNoNameTwice([titled, untitled]);
      // The accept button's privacy notice is its description.
      if (!FIREFOX) {
        const [accept] = await ask([q(titled, '[part=accept-button]')], []);
        expect(accept.description).to.equal(squash(q(titled, '[part=notice]').textContent));
      }
      q<HTMLButtonElement>(titled, '[part=once-button]').click();
      await titled.updateComplete;
      await expectTree(titled, { controls: ['Iframe Leerkring april', 'link Bekijken op YouTube : Leerkring april'] }, 'loaded once');
      q<HTMLButtonElement>(untitled, '[part=accept-button]').click();
      await untitled.updateComplete;
      await expectTree(untitled, { controls: ['Iframe Video op Vimeo', 'link Bekijken op Vimeo : Video op Vimeo', 'button Toestemming voor video’s intrekken'] }, 'loaded');
      const [bad, worse] = await mount(html`<ccv-consent-video url="https://example.org/x" video-title="Fout"></ccv-consent-video><ccv-consent-video video-id="x"></ccv-consent-video>`);
      await expectTree(bad, { live: ['status polite'] }, 'error');
      await expectTree(worse, { live: ['status polite'] }, 'error');
    });
  });

  describe('<ccv-casus-form>', () => {
    const FIELDS = [
      'textbox Naam [required]',
      'textbox Organisatie (gemeente) [required]',
      'textbox Functie [required]',
      'textbox E-mailadres [required]',
      'textbox Telefoonnummer (optioneel)',
      'textbox Titel van de casus [required]',
      'textbox Beschrijving van de casus [required]',
      'combobox Thema [required]',
      'radio In een kleine leerkring',
      'radio In een leerkring XL',
      'radio Geen voorkeur',
      'checkbox Ik geef het CCV toestemming om mijn gegevens te gebruiken om deze casus te bespreken. [required]',
    ];
    const REGIONS = ['form', 'group Waar wil je de casus bespreken?'];

    it('exposes every field but the optional one as required, and as invalid while its message shows, two on one page', async () => {
      const forms = await mount(html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy" no-draft></ccv-casus-form><ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy" no-draft heading-level="4"></ccv-casus-form>`);
      for (const form of forms) {
        await expectTree(form, { controls: [...FIELDS, 'link Lees de privacyverklaring (opent in een nieuw tabblad)', 'button Casus versturen'], regions: REGIONS, live: ['paragraph polite', 'status polite'] }, 'empty');
        // The description field's description: its hint and its limit (what is left changes at every key, and is said after a pause).
        if (!FIREFOX) {
          const [description] = await ask([q(form, '#description')], []);
          expect(description.description).to.equal(
            'Beschrijf wat er gebeurde en welke vraag je hebt. Noem geen namen, adressen of accountnamen (bijvoorbeeld op sociale media) van de mensen over wie de casus gaat. Je kunt maximaal 2000 tekens gebruiken.',
          );
        }
        q<HTMLButtonElement>(form, '[part=submit-button]').click();
        await form.updateComplete;
        const invalid = (field: string) => (/Telefoon|radio/.test(field) ? field : `${field} [invalid]`);
        await expectTree(
          form,
          {
            controls: [
              ...['Vul je naam in', 'Vul de naam van je organisatie in', 'Vul je functie in', 'Vul je e-mailadres in', 'Geef je casus een titel', 'Beschrijf je casus', 'Kies een thema uit de lijst', 'Vink aan dat het CCV je gegevens mag gebruiken. Zonder die toestemming kunnen we je casus niet bespreken'].map((message) => `link ${message}`),
              ...FIELDS.map(invalid),
              'link Lees de privacyverklaring (opent in een nieuw tabblad)',
              'button Casus versturen',
            ],
            headings: [`${form.getAttribute('heading-level') ?? 2} Er is een probleem`],
            regions: ['region Er is een probleem', ...REGIONS],
            live: ['paragraph polite', 'status polite'],
          },
          'errors',
        );
      }
    });

    it('keeps its names and states through a restored draft, sending, failing and the confirmation', async () => {
      localStorage.setItem(`ccv-casus-draft:${location.pathname}`, JSON.stringify({ v: 1, savedAt: Date.now() - 60_000, values: { title: 'Een eerdere casus' } }));
      const [form] = (await mount(html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/privacy" heading-level="3"></ccv-casus-form>`)) as (Widget & { fail(reason: string): void; complete(reference: string): void })[];
      const sent = ['link Lees de privacyverklaring', 'button Casus versturen'];
      await expectTree(form, { controls: ['button Wissen en opnieuw beginnen', ...FIELDS, ...sent], regions: REGIONS, live: ['status polite', 'paragraph polite', 'status polite'] }, 'draft restored');
      for (const [name, value] of Object.entries({ name: 'Sam', organisation: 'Gemeente', role: 'Adviseur', email: 'sam@example.org', description: 'Wat er gebeurde.', theme: 'oproepen' })) {
        const control = q<HTMLInputElement>(form, `[name=${name}]`);
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      q<HTMLInputElement>(form, '[name=privacyConsent]').checked = true;
      q<HTMLInputElement>(form, '[name=privacyConsent]').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
      form.addEventListener('ccv-casus-submit', (event) => event.preventDefault());
      q<HTMLButtonElement>(form, '[part=submit-button]').click();
      await form.updateComplete;
      await expectTree(form, { controls: ['button Wissen en opnieuw beginnen', ...FIELDS, ...sent], regions: REGIONS, live: ['status polite', 'paragraph polite', 'status polite'] }, 'sending');
      form.fail('De server is even weg.');
      await form.updateComplete;
      await expectTree(
        form,
        { controls: ['button Wissen en opnieuw beginnen', ...FIELDS, sent[0], 'button Opnieuw versturen'], regions: [...REGIONS, 'group De server is even weg.'], live: ['status polite', 'paragraph polite', 'status polite'] },
        'failed',
      );
      q<HTMLButtonElement>(form, '[part=submit-button]').click();
      await form.updateComplete;
      form.complete('REF-1');
      await form.updateComplete;
      await expectTree(form, { controls: ['button Nog een casus versturen'], headings: ['3 Je casus is ontvangen'], regions: ['region Je casus is ontvangen'], live: ['status polite'] }, 'confirmed');
      // Focus is on it, and a screen reader says of it what the tree gives: its name and its description (Orca said nothing of a plain box).
      const confirmation = q(form, '[part=confirmation]');
      expect(form.shadowRoot!.activeElement, 'focus').to.equal(confirmation);
      const [node] = await ask([confirmation], [{ role: 'region', name: 'Je casus is ontvangen' }]);
      expect(`${node.role} ${node.name}`).to.equal('region Je casus is ontvangen');
      if (!FIREFOX) expect(node.description).to.equal('Dank je wel. Je referentienummer is REF-1. Een adviseur van het CCV neemt contact met je op.');
    });
  });

  describe('<ccv-contact-card>', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    afterEach(() => {
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    });

    it('names its copy buttons after the person, two cards on one page, with bad input and after a copy', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
      const [lienke, anne, bad, nameless] = await mount(
        html`<ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" email="lienke@example.org" phone="06 12 056 691" vcard></ccv-contact-card>
          <ccv-contact-card name="Anne Jansen" email="anne@example.org" phone="030 751 67 00" heading-level="3" vcard></ccv-contact-card>
          <ccv-contact-card name="Piet" email="geen adres" phone="bel me"></ccv-contact-card>
          <ccv-contact-card></ccv-contact-card>`,
      );
      const card = (name: string, email: string, phone: string) => [`link ${email}`, `button E-mailadres kopiëren: ${name}`, `link ${phone}`, `button Telefoonnummer kopiëren: ${name}`, `link Contact opslaan: ${name}`];
      await expectTree(lienke, { controls: card('Lienke Hutten', 'lienke@example.org', '06 12 056 691'), headings: ['2 Lienke Hutten'], live: ['status polite'] }, 'full');
      await expectTree(anne, { controls: card('Anne Jansen', 'anne@example.org', '030 751 67 00'), headings: ['3 Anne Jansen'], live: ['status polite'] }, 'full');
      await expectNoNameTwice([lienke, anne]);
      await expectTree(bad, { headings: ['2 Piet'], live: ['status polite'] }, 'bad e-mail and phone');
      await expectTree(nameless, {}, 'no name');
      q<HTMLButtonElement>(anne, '[part=copy-button]').click();
      await waitUntil(() => q(anne, '[part=status]').textContent);
      await expectTree(anne, { controls: card('Anne Jansen', 'anne@example.org', '030 751 67 00'), headings: ['3 Anne Jansen'], live: ['status polite'] }, 'copied');
    });
  });
  describe('every element', () => {
    it('hears clicks on its shadow root, not on an element around its content, so nothing that takes focus is called clickable', async () => {
      // Browsers give everything inside an element that has a click, mousedown or mouseup listener a
      // click action ("clickancestor" in Firefox), and Orca said "clickable" of the error summary, the
      // confirmation and a session as each took focus. Links, buttons and fields click of their own.
      const heard: Element[] = [];
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: [EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?]) {
        if (this instanceof Element && /^(click|mousedown|mouseup)$/.test(type)) heard.push(this);
        return add.call(this, type, ...rest);
      };
      try {
        const [list, , form] = await mount(
          html`<ccv-session-list page-size="1" now=${NOW} .sessions=${SESSIONS}></ccv-session-list>
            <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Opname"></ccv-consent-video>
            <ccv-casus-form endpoint="/__test/casus" no-draft></ccv-casus-form>
            <ccv-contact-card name="Lienke Hutten" email="lienke@example.org" phone="06 12 056 691" vcard></ccv-contact-card>`,
        );
        q<HTMLButtonElement>(list, '[part=more-button]').click();
        q<HTMLButtonElement>(form, '[part=submit-button]').click();
        await Promise.all([list.updateComplete, form.updateComplete]);
        expect(q(form, '[part=error-summary]'), 'summary').to.exist;
      } finally {
        EventTarget.prototype.addEventListener = add;
      }
      const ours = (element: Element) => /^ccv-/.test(element.localName) || /^ccv-/.test(((element.getRootNode() as ShadowRoot).host as Element | undefined)?.localName ?? '');
      const clickable = heard.filter((element) => ours(element) && !element.matches('a[href], button, input, select, textarea'));
      expect(clickable.map((element) => `${element.localName}.${element.className}`)).to.deep.equal([]);
    });
  });

  describe('in English', () => {
    it('names every control by the English words it shows, and marks the same fields required', async () => {
      const [video, list, card, form] = await mount(
        html`<ccv-consent-video lang="en" video-id="M7lc1UVf-VE" video-title="Learning circle April" consent-source="builtin" allow-once></ccv-consent-video>
          <ccv-session-list lang="en" show="upcoming" filters page-size="1" now=${NOW} .sessions=${SESSIONS}></ccv-session-list>
          <ccv-contact-card lang="en" name="Lienke Hutten" email="lienke@example.org" vcard></ccv-contact-card>
          <ccv-casus-form lang="en" endpoint="/__test/casus" privacy-url="/privacy" no-draft></ccv-casus-form>`,
      );
      await expectTree(video, { controls: ['button Allow and play : Learning circle April', 'button Play this video only : Learning circle April', 'link Watch on YouTube : Learning circle April'], live: ['status polite'] }, 'en');
      await expectTree(
        list,
        {
          controls: ['combobox Topic', 'combobox Year', 'searchbox Search by word or name', 'link Add to your calendar : Leerkring mei', 'link Register : Leerkring mei', 'link Link to this session : Leerkring mei', 'button Show more sessions (1 of 2 shown) : Upcoming sessions'],
          headings: ['2 Upcoming sessions', '3 Leerkring mei'],
          regions: ['search Find sessions: Upcoming sessions', 'region Upcoming sessions', 'article Leerkring mei'],
          live: ['status polite'],
        },
        'en',
      );
      await expectTree(card, { controls: ['link lienke@example.org', 'button Copy email address: Lienke Hutten', 'link Save contact: Lienke Hutten'], headings: ['2 Lienke Hutten'], live: ['status polite'] }, 'en');
      await expectTree(
        form,
        {
          controls: [
            ...['Name', 'Organisation (municipality)', 'Job title', 'Email address'].map((label) => `textbox ${label} [required]`),
            'textbox Phone number (optional)',
            ...['Title of the case', 'Description of the case'].map((label) => `textbox ${label} [required]`),
            'combobox Theme [required]',
            'radio In a small learning circle',
            'radio In a learning circle XL',
            'radio No preference',
            'checkbox I allow the CCV to use my details to discuss this case. [required]',
            'link Read the privacy statement (opens in a new tab)',
            'button Send case',
          ],
          regions: ['form', 'group Where would you like to discuss the case?'],
          live: ['paragraph polite', 'status polite'],
        },
        'en',
      );
    });
  });
});
