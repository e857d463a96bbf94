/**
 * Pages built as the README tells editors: only the CDN file (dist/cdn,
 * built by `npm test`'s pretest step), upgrade markup beside the
 * custom-element form. Each upgraded widget must render like its twin.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, waitUntil } from '../helpers.js';

const open = (path: string) =>
  openHostPage(path, (page) => page.querySelectorAll('#upgrade > *').length === 4 && !page.querySelector('[data-ccv]'), 'upgraded');

const TAGS = ['ccv-consent-video', 'ccv-contact-card', 'ccv-session-list', 'ccv-casus-form'];

async function twins(page: Document, tag: string): Promise<[Element, Element]> {
  const upgraded = page.querySelector(`#upgrade > ${tag}`)!;
  const written = page.querySelector(`#elements > ${tag}`)!;
  expect(upgraded, `${tag} upgraded`).to.exist;
  // Wait for both to render, including data they fetch.
  await waitUntil(() => upgraded.shadowRoot?.innerHTML && upgraded.shadowRoot.innerHTML === written.shadowRoot?.innerHTML, `${tag} renders like its twin`, { timeout: 5000 });
  return [upgraded, written];
}

describe('the CDN file on a page with upgrade markup', () => {
  for (const path of ['/test/upgrade/cdn-page.html', '/test/upgrade/two-copies.html']) {
    it(`renders every upgraded widget like the custom-element form (${path.split('/').pop()})`, async () => {
      const errors: string[] = [];
      const page = await open(path);
      page.defaultView!.addEventListener('error', (event) => errors.push(event.message));
      for (const tag of TAGS) {
        const [upgraded] = await twins(page, tag);
        expect(page.querySelectorAll(tag), `one ${tag} per form`).to.have.length(2);
        expect(upgraded.shadowRoot!.innerHTML.length).to.be.greaterThan(100);
      }
      expect(errors).to.deep.equal([]);
      if (path.endsWith('two-copies.html')) {
        // The second copy ran to the end without throwing (a failed module rejects its import).
        const npmCopy = await (page.defaultView as unknown as { eval(code: string): Promise<{ VERSION: string }> }).eval("import('/dist/index.js')");
        expect(npmCopy.VERSION).to.match(/^\d+\.\d+\.\d+$/);
        const cdn = page.querySelector('script[src="/dist/cdn/ccv-leerkring.js"]');
        expect(cdn, 'and the CDN copy is there too').to.exist;
        // A consent mapping set through the copy that did not define the elements still rules them.
        const view = page.defaultView as unknown as Window & { OnetrustActiveGroups?: string; OneTrust?: object };
        view.OnetrustActiveGroups = ',C0001,C0004,';
        view.OneTrust = { UpdateConsent() {} };
        const { setConsentMapping } = await (view as unknown as { eval(code: string): Promise<typeof import('../../src/index.js')> }).eval("import('/dist/index.js')");
        setConsentMapping('onetrust', { marketing: 'C0005' });
        const video = page.createElement('ccv-consent-video');
        video.setAttribute('video-id', 'M7lc1UVf-VE');
        video.setAttribute('consent-source', 'onetrust');
        page.body.append(video);
        await (video as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(!!video.shadowRoot!.querySelector('iframe'), 'C0004 is no longer marketing here').to.be.false;
        view.OnetrustActiveGroups = ',C0001,C0005,';
        view.dispatchEvent(new Event('OneTrustGroupsUpdated'));
        await waitUntil(() => video.shadowRoot!.querySelector('iframe'), 'C0005 loads it');
        setConsentMapping('onetrust', { marketing: 'C0004' });
        video.remove();
      }
    });
  }
});

describe('data-ccv markup whose element loads later', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('waits for the element, then becomes it', async () => {
    const page = await openHostPage('/test/upgrade/late-element.html', (doc) => (doc.defaultView as unknown as { loadCard?: unknown }).loadCard, 'the page script ran');
    const view = page.defaultView as unknown as Window & { loadCard(): Promise<unknown> };
    await waitUntil(() => page.readyState === 'complete', 'loaded');
    expect(page.querySelector('#card')!.localName, 'markup while the element is not there').to.equal('div');
    await view.loadCard();
    await waitUntil(() => page.querySelector('#card')?.localName === 'ccv-contact-card', 'became the widget');
    const card = page.querySelector('#card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('a[href="tel:+31612056691"]'), 'rendered');
  });

  it('waits once per element, however often the page is looked at, and holds no markup', async () => {
    const page = await openHostPage('/test/upgrade/late-element.html', (doc) => (doc.defaultView as unknown as { loadCard?: unknown }).loadCard, 'the page script ran');
    const view = page.defaultView as unknown as Window & { loadCard(): Promise<unknown> };
    const registry = view.customElements;
    const original = registry.whenDefined.bind(registry);
    let waits = 0;
    registry.whenDefined = (name: string) => {
      waits += 1;
      return original(name);
    };
    try {
      const { upgrade } = await (view as unknown as { eval(code: string): Promise<{ upgrade(root?: ParentNode): number }> }).eval("import('/dist/upgrade.js')");
      for (let i = 0; i < 100; i += 1) upgrade(page);
      expect(waits, 'the first look (at load) already waits').to.be.at.most(1);
      await view.loadCard();
      await waitUntil(() => page.querySelector('#card')?.localName === 'ccv-contact-card', 'became the widget');
    } finally {
      registry.whenDefined = original;
    }
  });
});
