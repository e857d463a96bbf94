/**
 * custom-elements.json is where IDEs, Storybook's docs and partner teams
 * learn the API. Every attribute, property, event, CSS part and custom
 * property an element really has must be in it (the manifest is generated
 * by `npm test`'s pretest build).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResultGroup, ReactiveElement } from 'lit';
import { grantConsent, withdrawConsent } from '../src/index.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
  members?: { name: string; kind: string; privacy?: string; static?: boolean; type?: { text: string } }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; description?: string }[];
  slots?: { name: string }[];
}

let manifest: Declaration[];
const entry = (tag: string) => manifest.find((d) => d.tagName === tag)!;
const names = (list?: { name: string }[]) => new Set((list ?? []).map((item) => item.name));

/** Every part name in the shadow roots of these elements, in whatever state they are. */
function partsOf(elements: Element[]): Set<string> {
  const parts = new Set<string>();
  for (const element of elements) {
    for (const node of element.shadowRoot!.querySelectorAll('[part]')) node.part.forEach((p) => parts.add(p));
  }
  return parts;
}

function flatten(styles: unknown): { cssText?: string }[] {
  return Array.isArray(styles) ? styles.flatMap(flatten) : styles ? [styles as { cssText?: string }] : [];
}

const EVENTS: Record<string, string[]> = {
  'ccv-consent-video': ['ccv-consent-request', 'ccv-video-load'],
  'ccv-session-list': ['ccv-session-select'],
  'ccv-casus-form': ['ccv-casus-submit', 'ccv-casus-success', 'ccv-casus-error'],
  'ccv-contact-card': [],
  'ccv-config': [],
};

describe('custom-elements.json', () => {
  before(async () => {
    const json = await (await fetch('/custom-elements.json')).json();
    manifest = json.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
  });

  for (const [tag, events] of Object.entries(EVENTS)) {
    it(`documents every attribute, property, event and custom property of <${tag}>`, () => {
      const ctor = customElements.get(tag) as unknown as typeof ReactiveElement;
      const documented = entry(tag);
      expect(documented, `${tag} is in the manifest`).to.exist;
      const attributes = names(documented.attributes);
      for (const attribute of ctor.observedAttributes) expect(attributes.has(attribute), `attribute ${attribute}`).to.be.true;
      const members = names(documented.members);
      for (const [property, options] of ctor.elementProperties) {
        if (!options.state) expect(members.has(String(property)), `property ${String(property)}`).to.be.true;
      }
      const documentedEvents = names(documented.events);
      for (const event of events) expect(documentedEvents.has(event), `event ${event}`).to.be.true;
      // With its detail type, for tools that write typed wrappers from the manifest.
      for (const event of documented.events ?? []) expect(event.type?.text, `type of ${event.name}`).to.match(/^CustomEvent<\w+Detail>$/);
      const styles = flatten((ctor as unknown as { styles?: CSSResultGroup }).styles);
      const used = new Set(styles.flatMap((s) => [...(s?.cssText ?? '').matchAll(/var\(\s*(--ccv-[\w-]+)/g)].map((m) => m[1])));
      const properties = names(documented.cssProperties);
      for (const property of used) expect(properties.has(property), `custom property ${property}`).to.be.true;
      // And none it does not read: a site that sets it on this element would see nothing change.
      for (const property of properties) expect(used.has(property), `custom property ${property} is read by <${tag}>`).to.be.true;
    });
  }

  it('names each element by the file the package ships, with its tag definition', async () => {
    const json = await (await fetch('/custom-elements.json')).json();
    for (const tag of Object.keys(EVENTS)) {
      const module = json.modules.find((m: { declarations?: Declaration[] }) => m.declarations?.some((d) => d.tagName === tag));
      expect(module.path, tag).to.match(/^dist\/[\w-]+\.js$/);
      expect((await fetch(`/${module.path}`)).ok, `${module.path} is built`).to.be.true;
      const definition = module.exports.find((e: { kind: string; name: string }) => e.kind === 'custom-element-definition' && e.name === tag);
      expect(definition?.declaration.module, tag).to.equal(module.path);
      // No reference anywhere still names the element's source file.
      const source = module.exports.find((e: { kind: string }) => e.kind === 'js').declaration.module;
      expect(source, tag).to.equal(module.path);
    }
    expect(JSON.stringify(json)).not.to.match(/"module":"\/?src\/(config\/config|consent-video\/consent-video|session-list\/session-list|contact-card\/contact-card|casus-form\/casus-form)\.[jt]s"/);
    // Every reference (an export, a re-export, a superclass) names a module of the manifest, as a
    // tool that follows it looks it up: not as the import wrote it (`./builtin.js`, `/src/….js`).
    const paths = new Set(json.modules.map((m: { path: string }) => m.path));
    const dangling = [...JSON.stringify(json).matchAll(/"module":"([^"]*)"/g)].map((m) => m[1]).filter((path) => !paths.has(path));
    expect([...new Set(dangling)]).to.deep.equal([]);
  });

  it('documents every CSS part the elements render, in every state', async () => {
    const wrapper = await fixture(html`<div>
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="A" poster="/demo/favicon.svg" allow-once></ccv-consent-video>
      <ccv-consent-video id="loaded" video-id="M7lc1UVf-VE" consent-category="parts-test"></ccv-consent-video>
      <ccv-consent-video></ccv-consent-video>
      <ccv-session-list now="2024-03-01T15:30:00+01:00" page-size="1" filters .sessions=${[
        { id: 'live', title: 'Live', start: '2024-03-01T15:00', end: '2024-03-01T17:00', format: 'xl', registrationUrl: 'https://www.hetccv.nl/' },
        { id: 'next', title: 'Next', start: '2024-04-01T15:00' },
        { id: 'bad' },
      ] as never}></ccv-session-list>
      <ccv-contact-card name="A" job-title="B" organisation="C" email="a@b.nl" phone="0612345678" photo="/demo/favicon.svg" vcard></ccv-contact-card>
      <ccv-contact-card></ccv-contact-card>
      <ccv-casus-form no-draft></ccv-casus-form>
    </div>`);
    const widgets = [...wrapper.children] as (Element & { updateComplete: Promise<unknown> })[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    // Bring out the states: a loaded player, the form's error summary.
    grantConsent('parts-test');
    const form = wrapper.querySelector('ccv-casus-form')!;
    (form as unknown as { startedAt: number }).startedAt = performance.now() - 10_000;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const tag of ['ccv-consent-video', 'ccv-session-list', 'ccv-contact-card', 'ccv-casus-form']) {
      const documented = names(entry(tag).cssParts);
      for (const part of partsOf([...wrapper.querySelectorAll(tag)])) expect(documented.has(part), `${tag}::part(${part})`).to.be.true;
    }
    withdrawConsent('parts-test');
  });

  it("types each element's properties as its users write them, not as the shared base declares them", () => {
    // Tools that write typed wrappers (JSX, Vue, Svelte) copy these texts: the base's type
    // parameter (`MessageOverrides<N>`) is unknown outside it.
    for (const tag of Object.keys(EVENTS)) {
      for (const { name, type } of [...(entry(tag).members ?? []), ...(entry(tag).attributes ?? [])]) {
        if (!type) continue;
        expect(type.text, `${tag} ${name}`).not.to.match(/<N>|\| undefined \| undefined/);
        if (name === 'messages') expect(type.text).to.equal(`MessageOverrides<'${tag.slice(4)}'> | undefined`);
      }
    }
  });

  it('documents the slots each element renders, and none it does not', async () => {
    // (A slot that is not rendered shows nothing a page puts in it: the list reads its inline JSON without one.)
    const wrapper = await fixture(html`<div>
      <ccv-config></ccv-config>
      <ccv-consent-video video-id="M7lc1UVf-VE"></ccv-consent-video>
      <ccv-session-list now="2024-03-01T15:30:00+01:00" .sessions=${[{ id: 'a', title: 'A', start: '2024-04-01T15:00' }]}></ccv-session-list>
      <ccv-contact-card name="A"></ccv-contact-card>
      <ccv-casus-form no-draft></ccv-casus-form>
    </div>`);
    const widgets = [...wrapper.children] as (Element & { updateComplete: Promise<unknown> })[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const widget of widgets) {
      const rendered = [...widget.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.name).sort();
      expect([...names(entry(widget.localName).slots)].sort(), widget.localName).to.deep.equal(rendered);
    }
    expect(names(entry('ccv-config').slots).has(''), 'the slot of <ccv-config>').to.be.true;
  });

  it('names the NL Design System tokens each custom property falls back to', () => {
    for (const tag of Object.keys(EVENTS)) {
      const ctor = customElements.get(tag) as unknown as { styles?: CSSResultGroup };
      const css = flatten(ctor.styles).map((s) => s?.cssText ?? '').join('\n');
      for (const { name, description } of entry(tag).cssProperties ?? []) {
        // The --nl-… and --utrecht-… tokens inside each var(name, …) of the element's styles.
        const tokens = new Set<string>();
        for (const use of css.matchAll(new RegExp(`var\\(\\s*${name}\\s*,`, 'g'))) {
          let end = use.index + use[0].length;
          for (let depth = 1; depth && end < css.length; end += 1) depth += css[end] === '(' ? 1 : css[end] === ')' ? -1 : 0;
          for (const [token] of css.slice(use.index, end).matchAll(/--(?:nl|utrecht)-[\w-]+/g)) tokens.add(token);
        }
        for (const token of tokens) expect(description, `${tag} ${name} falls back to ${token}`).to.contain(token);
      }
    }
  });
});
