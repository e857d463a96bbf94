/**
 * Every element in another document than the page that defined it: put into an iframe's document
 * as a framework does (Vue's teleport, lit-html's render: made by the page, first connected there),
 * or moved there once shown (into a preview frame, a picture-in-picture window) and back.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CcvElement } from '../../src/base/ccv-element.js';

const WIDGETS: [tag: string, attributes: Record<string, string>][] = [
  ['ccv-consent-video', { 'video-id': 'M7lc1UVf-VE' }],
  ['ccv-session-list', { now: '2024-01-01T00:00:00Z' }],
  ['ccv-casus-form', { endpoint: '/api/casus', 'privacy-url': '/privacy' }],
  ['ccv-contact-card', { name: 'Anna de Vries' }],
  ['ccv-config', {}],
];

/** The host's display, as its document's window computes it: our styles say block (contents for the config); none leave it inline. */
const display = (element: Element) => element.ownerDocument.defaultView!.getComputedStyle(element).display;

describe('elements in another document', () => {
  let frame: HTMLIFrameElement;
  let errors: string[];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(async () => {
    frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    errors = [];
    addEventListener('error', onError);
  });
  afterEach(() => removeEventListener('error', onError));

  for (const [tag, attributes] of WIDGETS) {
    const make = () => {
      const element = document.createElement(tag) as CcvElement;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      return element;
    };
    const shown = tag === 'ccv-config' ? 'contents' : 'block';

    it(`<${tag}> made by the page and first connected in an iframe renders there, styled`, async () => {
      const element = make();
      frame.contentDocument!.body.append(element);
      await aTimeout(0);
      await element.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(element.shadowRoot!.childNodes.length, 'rendered').to.be.above(0);
      expect(display(element)).to.equal(shown);
    });

    it(`<${tag}> moved into an iframe once shown, and back, keeps its styles`, async () => {
      const element = make();
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(display(element), 'on the page').to.equal(shown);
        frame.contentDocument!.body.append(element);
        await element.updateComplete;
        expect(display(element), 'in the iframe').to.equal(shown);
        // A document without a window (a framework's scratch document) on the way.
        document.implementation.createHTMLDocument('').body.append(element);
        document.body.append(element);
        await element.updateComplete;
        expect(display(element), 'back on the page').to.equal(shown);
        expect(errors).to.deep.equal([]);
      } finally {
        element.remove();
      }
    });
  }

  it('a list first connected in an iframe shows its recordings there, styled', async () => {
    const list = document.createElement('ccv-session-list') as CcvElement & { sessions: unknown };
    list.sessions = [{ id: 'a', title: 'Opname', start: '2023-10-30T15:30:00+01:00', video: { url: 'https://youtu.be/M7lc1UVf-VE' } }];
    frame.contentDocument!.body.append(list);
    await aTimeout(0);
    await list.updateComplete;
    const video = list.shadowRoot!.querySelector('ccv-consent-video') as CcvElement;
    await video.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(display(video)).to.equal('block');
  });

  it('a <ccv-config> first connected in an iframe passes its settings on', async () => {
    const config = document.createElement('ccv-config');
    config.setAttribute('lang', 'en');
    config.innerHTML = '<ccv-contact-card></ccv-contact-card>';
    frame.contentDocument!.body.append(config);
    const card = config.querySelector('ccv-contact-card') as CcvElement;
    await aTimeout(0);
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('name');
  });
});
