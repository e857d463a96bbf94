/**
 * The CDN file on a page whose site refuses it the clipboard, fullscreen and autoplay
 * (`Permissions-Policy: clipboard-write=(), fullscreen=(), autoplay=()`, permissions.html). Pressed
 * with the mouse, as a visitor does: the browser's own refusals, not those of a script's click.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { openHostPage, waitUntil } from '../helpers.js';

const shadow = (page: Document, host: string, selector: string) => page.querySelector(host)!.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** A real click on `element` in the framed page. */
async function press(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const frame = document.querySelector('iframe')!.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(frame.x + box.x + box.width / 2), Math.round(frame.y + box.y + box.height / 2)] });
}

async function open(query = '') {
  const page = await openHostPage(`/test/host-pages/permissions.html${query}`, (page) => page.querySelector('#second')?.shadowRoot?.querySelector('[part=accept-button]') && page.querySelector('ccv-contact-card')?.shadowRoot?.querySelector('[part~=copy-button]'), 'every widget rendered');
  const view = page.defaultView as Window & typeof globalThis;
  const log: string[] = [];
  for (const level of ['warn', 'error'] as const) {
    const original = view.console[level];
    view.console[level] = (...args: unknown[]) => {
      log.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(view.console, args);
    };
  }
  view.addEventListener('error', (event) => log.push(`uncaught: ${event.message}`));
  view.addEventListener('unhandledrejection', (event) => log.push(`rejected: ${event.reason}`));
  return { page, view, log };
}

describe('host page: clipboard, fullscreen and autoplay refused by the page', () => {
  afterEach(() => {
    document.querySelector('iframe')?.contentWindow?.localStorage.removeItem('ccv-consent');
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('copies by the old command where the clipboard is refused, and says only what happened', async () => {
    const { page, view, log } = await open();
    // Chromium keeps to the policy (the Clipboard API refuses); Firefox has no clipboard-write policy.
    const policy = (page as Document & { featurePolicy?: { allowsFeature(name: string): boolean } }).featurePolicy;
    const apiRefused = policy?.allowsFeature('clipboard-write') === false;
    const copied: string[] = [];
    page.addEventListener('copy', () => copied.push(String(view.getSelection())));
    await press(shadow(page, 'ccv-contact-card', '[part~=copy-button]'));
    const status = shadow(page, 'ccv-contact-card', '[part=status]');
    await waitUntil(() => status.textContent!.trim(), 'the copy announced');
    expect(status.textContent).to.equal('E-mailadres gekopieerd');
    // Copied by the old command where the API refused: the e-mail address it selected, and the selection given back.
    expect(copied).to.deep.equal(apiRefused ? ['lienke.hutten@hetccv.nl'] : []);
    expect(String(view.getSelection())).to.equal('');
    expect(log).to.deep.equal([]);
  });

  it('loads every player of the category after consent, focused, though autoplay and fullscreen are refused', async () => {
    const { page, log } = await open();
    await press(shadow(page, '#first', '[part=accept-button]'));
    await waitUntil(() => ['#first', '#second'].every((id) => shadow(page, id, 'iframe')), 'both players');
    // Asked for (the visitor just clicked); the browser may refuse it, and the player then waits for a press.
    expect(new URL(shadow(page, '#first', 'iframe').getAttribute('src')!).searchParams.get('autoplay')).to.equal('1');
    expect(page.querySelector('#first')!.shadowRoot!.activeElement).to.equal(shadow(page, '#first', 'iframe'));
    expect(log).to.deep.equal([]);
  });
});
