import { expect, fixture, html } from '@open-wc/testing';
import { inlineScriptOf, touchesInlineData } from '../../src/session-list/inline-data.js';

const JSON_SCRIPT = '<script type="application/json">{"version":1,"sessions":[]}</script>';
const listWith = (inner: string): Promise<HTMLElement> => {
  const list = document.createElement('div');
  list.innerHTML = inner;
  return fixture(html`${list}`);
};
/** A record as a MutationObserver reports it, for the parts touchesInlineData reads. */
const record = (target: Node, added: Node[] = [], removed: Node[] = []) =>
  ({ target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

describe('session list inline data', () => {
  describe('inlineScriptOf', () => {
    it("finds the list's own JSON script, before one a CMS wrapped", async () => {
      const list = await listWith(`<p>${JSON_SCRIPT}</p>${JSON_SCRIPT}`);
      expect(inlineScriptOf(list)).to.equal(list.children[1]);
    });
    it('finds the one JSON script in a child of the list (a paragraph or a div an editor added)', async () => {
      const list = await listWith(`<p>Sessies</p><div>${JSON_SCRIPT}</div>`);
      expect(inlineScriptOf(list)).to.equal(list.querySelector('div > script'));
    });
    it('takes no script nested deeper, nor one of several, nor one of another type', async () => {
      expect(inlineScriptOf(await listWith(`<div><p>${JSON_SCRIPT}</p></div>`)), 'deeper').to.be.null;
      expect(inlineScriptOf(await listWith(`<p>${JSON_SCRIPT}</p><p>${JSON_SCRIPT}</p>`)), 'one of two').to.be.null;
      expect(inlineScriptOf(await listWith('<script type="application/ld+json">{}</script>')), 'JSON-LD').to.be.null;
    });
  });

  describe('touchesInlineData', () => {
    it('sees a change in the script, its text, or a node added or removed with a script in it', async () => {
      const list = await listWith(`<p>tekst</p><div>${JSON_SCRIPT}</div>`);
      const script = list.querySelector('script')!;
      expect(touchesInlineData(record(script)), 'the script itself').to.be.true;
      expect(touchesInlineData(record(script.firstChild!)), 'its text').to.be.true;
      expect(touchesInlineData(record(list, [list.querySelector('div')!])), 'a paragraph with the script added').to.be.true;
      expect(touchesInlineData(record(list, [], [script])), 'the script removed').to.be.true;
    });
    it('ignores other changes in the list, also beside the script', async () => {
      const list = await listWith(`<p>tekst</p><div>${JSON_SCRIPT}</div>`);
      expect(touchesInlineData(record(list.querySelector('p')!.firstChild!)), 'a text beside it').to.be.false;
      // (The target's own parent is looked at, not what is in it: a list holds the script in a child.)
      expect(touchesInlineData(record(list, [document.createElement('p')])), 'a paragraph added').to.be.false;
    });
  });
});
