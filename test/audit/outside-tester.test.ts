/**
 * An outside tester's probes of the CDN file, written from DESIGN.md and the README alone: settings given
 * in an order a script or framework may give them, and values as editors paste them. (The rest of what
 * that tester probed is already proven by the other audits and the element tests.)
 */
import { expect } from '@open-wc/testing';
import { settle, stubWarn } from '../helpers.js';
import { host, paste, ready, sr } from './page.js';

const CDN = '/dist/cdn/ccv-leerkring.js';
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => sr(element).querySelector<T>(selector);

describe('outside tester: the CDN file against its contract', function () {
  this.timeout(20_000);
  before(async () => {
    await import(/* @vite-ignore */ CDN);
  });
  afterEach(() => {
    host?.remove();
    localStorage.clear();
  });

  it('a session list on the page given page-size, show and heading-level before its data shows them', async () => {
    const sessions = Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, title: `Sessie ${i}`, start: `${i % 2 ? 2023 : 2027}-0${i + 1}-10T15:30:00+01:00` }));
    const list = await ready('ccv-session-list', paste('<ccv-session-list now="2026-01-01"></ccv-session-list>'));
    list.setAttribute('page-size', '2');
    list.setAttribute('show', 'upcoming');
    list.setAttribute('heading-level', '5');
    list.sessions = sessions;
    await settle(list);
    const titles = [...sr(list).querySelectorAll('[part~=session-title]')].map((title) => title.textContent!.trim());
    expect(titles).to.deep.equal(['Sessie 0', 'Sessie 2']);
    expect($(list, 'h5')).to.exist;
    expect($(list, '[part~=more-button]')).to.exist;
  });

  it('a session list with a blob: src shows its error state, with one warning', async () => {
    const warn = stubWarn();
    const blob = URL.createObjectURL(new Blob(['[]'], { type: 'application/json' }));
    try {
      const list = await ready('ccv-session-list', paste(`<ccv-session-list src="${blob}"></ccv-session-list>`));
      await settle(list);
      expect($(list, '[part~=status][role=alert]')).to.exist;
      expect(warn.calls, warn.said()).to.have.length(1);
      expect(warn.said()).to.contain('blob:');
    } finally {
      warn.restore();
      URL.revokeObjectURL(blob);
    }
  });

  it('a video pointed at another provider (its id, then its provider) shows no error and warns nothing', async () => {
    const warn = stubWarn();
    try {
      const video = await ready('ccv-consent-video', paste('<ccv-consent-video video-title="V" video-id="M7lc1UVf-VE"></ccv-consent-video>'));
      video.setAttribute('video-id', '76979871');
      video.setAttribute('provider', 'vimeo');
      await settle(video);
      expect($(video, '[part~=error]')).to.be.null;
      expect($<HTMLAnchorElement>(video, '[part~=link]')!.href).to.contain('vimeo.com/76979871');
      Object.assign(video, { videoId: 'dQw4w9WgXcQ', provider: 'youtube' });
      await settle(video);
      expect($(video, '[part~=error]')).to.be.null;
      expect(warn.calls, warn.said()).to.have.length(0);
    } finally {
      warn.restore();
    }
  });

  it('reads a video URL written in capitals', async () => {
    const video = document.createElement('ccv-consent-video');
    video.setAttribute('url', 'HTTPS://WWW.YOUTUBE.COM/watch?v=M7lc1UVf-VE');
    video.setAttribute('video-title', 'V');
    paste('').append(video);
    await ready('ccv-consent-video');
    expect($(video, '[part~=error]')).to.be.null;
    $(video, '[part~=accept-button]')!.click();
    await settle(await ready('ccv-consent-video'));
    expect(new URL($<HTMLIFrameElement>(video, 'iframe')!.src).pathname).to.equal('/embed/M7lc1UVf-VE');
    $(video, '[part~=withdraw-button]')!.click();
  });

  for (const [phone, href] of [
    ['06.12.05.66.91', 'tel:+31612056691'],
    ['0031-(0)20-1234567', 'tel:+31201234567'],
    ['06 — 12 05 66 91', 'tel:+31612056691'],
    ['06\u00a012\u00a0056\u00a0691', 'tel:+31612056691'],
  ]) {
    it(`links the pasted phone ${JSON.stringify(phone)} as ${href}, shown as written`, async () => {
      const card = document.createElement('ccv-contact-card');
      card.setAttribute('name', 'N');
      card.setAttribute('phone', phone);
      paste('').append(card);
      await ready('ccv-contact-card');
      const link = $<HTMLAnchorElement>(card, '[part~=phone-link]')!;
      expect(link.getAttribute('href')).to.equal(href);
      expect(link.textContent!.trim()).to.equal(phone);
    });
  }

  it('no-draft set while a draft is about to be saved keeps nothing', async () => {
    const form = await ready('ccv-casus-form', paste('<ccv-casus-form endpoint="/p" privacy-url="/p"></ccv-casus-form>'));
    const title = $<HTMLInputElement>(form, '[name=title]')!;
    title.value = 'Getypt op een gedeelde computer';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.setAttribute('no-draft', '');
    // Past the half second within which a draft is saved.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(Object.values(localStorage).some((value) => value.includes('gedeelde computer'))).to.be.false;
  });
});
