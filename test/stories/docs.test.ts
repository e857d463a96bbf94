/**
 * Storybook's docs page of each element is generated from custom-elements.json (issue 7): every
 * attribute, event, CSS part, custom property and named slot the manifest documents is on the page.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

const TAGS = ['ccv-config', 'ccv-consent-video', 'ccv-session-list', 'ccv-casus-form', 'ccv-contact-card'];

describe("Storybook's docs pages", function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const tag of TAGS) {
    it(`list what custom-elements.json documents of <${tag}>`, async () => {
      const manifest = await (await fetch('/custom-elements.json')).json();
      const declaration: Declaration = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).find((d: Declaration) => d.tagName === tag);
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '1200px';
      frame.style.blockSize = '800px';
      frame.src = `/storybook-static/iframe.html?id=elements-${tag}--docs&viewMode=docs`;
      document.body.append(frame);
      const table = () => frame.contentDocument?.querySelector('.docblock-argstable');
      await waitUntil(() => table()?.querySelector('tbody tr'), `the docs table of ${tag}`, { timeout: 30_000 });
      // Every section of the table open, so each row is in the page.
      for (const toggle of table()!.querySelectorAll<HTMLElement>('tbody tr button[aria-expanded="false"]')) toggle.click();
      const names = () => new Set([...table()!.querySelectorAll('tbody tr td:first-child')].map((cell) => cell.firstChild?.textContent?.trim() ?? ''));
      const wanted = [
        ...(declaration.attributes ?? []).map((a) => a.name),
        ...(declaration.events ?? []).map((e) => e.name),
        ...(declaration.cssParts ?? []).map((p) => `::part(${p.name})`),
        ...(declaration.cssProperties ?? []).map((p) => p.name),
        ...(declaration.slots ?? []).map((s) => s.name).filter(Boolean),
      ];
      expect(wanted.length, 'something documented').to.be.greaterThan(0);
      // (Given a moment to draw every row; then the list below names any that is missing.)
      await waitUntil(() => wanted.every((name) => names().has(name)) || null, 'every row', { timeout: 5000 }).catch(() => undefined);
      expect(wanted.filter((name) => !names().has(name)), `missing from the docs page of ${tag}`).to.deep.equal([]);
    });
  }
});
