/**
 * The CDN file on a page whose snippet went through a CMS and a word processor (cms-paste.html):
 * harmless mangling is read as the editor meant it.
 */
import { expect } from '@open-wc/testing';
import { openHostPage, waitUntil } from '../helpers.js';

const shadow = (page: Document, selector: string, part: string) => page.querySelector(selector)!.shadowRoot!.querySelector<HTMLElement>(part);
const open = () =>
  openHostPage(
    '/test/host-pages/cms-paste.html',
    (page) => page.querySelector('ccv-casus-form')?.shadowRoot?.querySelector('form') && shadow(page, 'ccv-contact-card', '[part~=copy-button]') && shadow(page, '#linked', '[part=once-button]'),
    'every widget rendered',
  );

describe('host page: the snippet as a CMS and a word processor leave it', () => {
  afterEach(() => {
    document.querySelector('iframe')?.contentWindow?.localStorage.removeItem('ccv-consent');
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('reads values with zero-width and non-breaking spaces around them as the editor meant them', async () => {
    const page = await open();
    for (const video of ['#word', '#mail']) {
      expect(shadow(page, video, '[part=error]'), video).to.be.null;
      expect(shadow(page, video, '[part=accept-button]'), video).to.exist;
    }
    expect(new URL(shadow(page, 'ccv-casus-form', 'a[href*="privacy"]')!.getAttribute('href')!, page.baseURI).pathname).to.equal('/privacy');
  });

  it('reads our consent category in capitals as that category', async () => {
    const page = await open();
    // "Marketing" is the marketing category: its notice names it, and consent given there plays another marketing video.
    expect(shadow(page, '#caps', '[part=notice]')!.textContent).to.contain('marketingcookies');
    shadow(page, '#caps', '[part=accept-button]')!.click();
    await waitUntil(() => shadow(page, '#linked', 'iframe'), 'consent given as "Marketing" plays a marketing video');
  });

  it('follows no surrounding link when a button of ours is pressed', async () => {
    const page = await open();
    shadow(page, 'ccv-contact-card', '[part~=copy-button]')!.click();
    shadow(page, '#linked', '[part=once-button]')!.click();
    expect(shadow(page, '#linked', 'iframe'), 'the button still does its work').to.exist;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.defaultView!.location.hash).to.equal('');
  });

  it('follows no surrounding link when a visitor clicks into a search box or a choice list', async () => {
    // They have no click action of their own: the click followed the link, and the page went away
    // before anything could be typed or chosen.
    const page = await open();
    await waitUntil(() => shadow(page, '#linked-list', 'select'), 'the linked list rendered');
    for (const control of ['input', 'select']) {
      shadow(page, '#linked-list', control)!.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(page.defaultView!.location.hash, control).to.equal('');
    }
  });
});
