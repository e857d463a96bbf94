/**
 * The CDN file in a CMS preview or HTML-embed block that frames the page in a sandbox (sandbox.html).
 * `allow-scripts` alone gives the page an opaque origin: storage and cookies throw, every request is
 * cross-origin with `Origin: null`, and the test cannot reach into it (see sandbox-probe.js). Without
 * `allow-forms` the browser submits no form and fires no `submit` event; without `allow-popups` it
 * opens no new tab; without `allow-downloads` it saves no file.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consoleLog, fillInCase, formText, inFrame, openFramed, pressIn, until } from './framed.js';
import { typedCase } from '../casus-form/sample-payload.js';

describe('host page: a CMS preview in a sandboxed frame', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    // A frame with allow-same-origin stores in this origin's storage, which the next files share.
    for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-')) localStorage.removeItem(key);
  });

  for (const sandbox of ['allow-scripts', 'allow-scripts allow-same-origin', 'allow-scripts allow-forms']) {
    describe(`sandbox="${sandbox}"`, () => {
      it('sends a case when the button is pressed, and shows the reference', async () => {
        const frame = await openFramed(sandbox);
        await fillInCase(frame);
        await inFrame(frame, (page) => page.querySelector('ccv-casus-form')!.shadowRoot!.querySelector<HTMLElement>('[part=submit-button]')!.click());
        await until(frame, (page) => /referentienummer is LK-/.test(page.querySelector('ccv-casus-form')!.shadowRoot!.textContent!), 'the confirmation with its reference');
        expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
      });

      it('sends a case when Enter is pressed in a field, and shows the reference', async () => {
        // (Enter in a field presses the form's button: its click is what sends, as for a press.)
        const frame = await openFramed(sandbox);
        await fillInCase(frame);
        await pressIn(frame, 'ccv-casus-form', '[name=email]');
        await sendKeys({ press: 'Enter' });
        await until(frame, (page) => /referentienummer is LK-/.test(page.querySelector('ccv-casus-form')!.shadowRoot!.textContent!), 'the confirmation with its reference');
        expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
      });

      it('shows the summary of what is missing when an empty form is pressed', async () => {
        const frame = await openFramed(sandbox);
        await inFrame(frame, (page) => page.querySelector('ccv-casus-form')!.shadowRoot!.querySelector<HTMLElement>('[part=submit-button]')!.click());
        await until(frame, (page) => page.querySelector('ccv-casus-form')!.shadowRoot!.activeElement?.matches('[part=error-summary]'), 'the error summary focused');
      });

      it('loads every video of the category on this page once consent is given, kept or not', async () => {
        const frame = await openFramed(sandbox);
        await inFrame(frame, (page) => page.querySelector('#first')!.shadowRoot!.querySelector<HTMLElement>('[part=accept-button]')!.click());
        await until(frame, (page) => ['#first', '#second'].every((id) => page.querySelector(id)!.shadowRoot!.querySelector('iframe')), 'both players');
        expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
      });

      it('says a copy was refused, and selects the text to copy by hand', async () => {
        // (A script's click gives the page no user activation: the clipboard refuses it, as a sandbox may.)
        const frame = await openFramed(sandbox);
        const shown = await inFrame(frame, async (page) => {
          const card = page.querySelector('ccv-contact-card')!.shadowRoot!;
          card.querySelector<HTMLElement>('[part~=copy-button]')!.click();
          const status = card.querySelector('[part=status]')!;
          for (const end = Date.now() + 5000; !status.textContent!.trim() && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 25));
          return { status: status.textContent, selected: String(getSelection()) };
        });
        expect(shown).to.deep.equal({ status: 'Kopiëren lukte niet. De tekst is geselecteerd, zodat je hem zelf kunt kopiëren.', selected: 'lienke.hutten@hetccv.nl' });
      });

      it('says a copy by a real press was made only when the address went to the clipboard', async () => {
        const frame = await openFramed(sandbox);
        // What reached the clipboard, by the Clipboard API or by the old command (its copy event).
        await inFrame(frame, () => {
          const copies: string[] = ((window as unknown as { __copies: string[] }).__copies = []);
          const clipboard = navigator.clipboard;
          const write = clipboard?.writeText.bind(clipboard);
          if (write) clipboard.writeText = (text) => write(text).then(() => void copies.push(text));
          document.addEventListener('copy', () => copies.push(String(getSelection())));
        });
        await pressIn(frame, 'ccv-contact-card', '[part~=copy-button]');
        await until(frame, (page) => page.querySelector('ccv-contact-card')!.shadowRoot!.querySelector('[part=status]')!.textContent!.trim(), 'the copy announced');
        const { status, copies } = await inFrame(frame, (page) => ({
          status: page.querySelector('ccv-contact-card')!.shadowRoot!.querySelector('[part=status]')!.textContent,
          copies: (window as unknown as { __copies: string[] }).__copies,
        }));
        expect(status).to.equal(copies.includes('lienke.hutten@hetccv.nl') ? 'E-mailadres gekopieerd' : 'Kopiëren lukte niet. De tekst is geselecteerd, zodat je hem zelf kunt kopiëren.');
        expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
      });
    });
  }

  describe('without allow-same-origin: nothing can be stored', () => {
    it('says so before anything is typed, and promises no kept draft', async () => {
      const frame = await openFramed('allow-scripts allow-forms');
      const text = await inFrame(frame, formText);
      expect(text).to.contain('Je browser bewaart niet wat je hier typt.');
      expect(text).not.to.contain('bewaart deze browser');
      expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
    });

    it('keeps what is typed in the fields when the draft cannot be saved', async () => {
      const frame = await openFramed('allow-scripts');
      await fillInCase(frame);
      // Leaving saves at once what a save due would have (the browser refuses it here).
      const after = await inFrame(frame, (page) => {
        dispatchEvent(new Event('pagehide'));
        const form = page.querySelector('ccv-casus-form')!.shadowRoot!;
        return { description: form.querySelector<HTMLTextAreaElement>('[name=description]')!.value, notice: form.querySelector('[part=draft-notice]')?.textContent };
      });
      expect(after).to.deep.equal({ description: typedCase.description, notice: 'Je browser bewaart niet wat je hier typt. Bewaar een lange tekst ook zelf, tot je casus is verstuurd.' });
      expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
    });
  });

  describe('with allow-same-origin: storage works', () => {
    it('keeps the draft, and says so', async () => {
      const frame = await openFramed('allow-scripts allow-same-origin');
      const before = await inFrame(frame, formText);
      expect(before).to.contain('bewaart deze browser wat je hier typt');
      expect(before).not.to.contain('Je browser bewaart niet');
      await fillInCase(frame);
      await until(frame, () => Object.keys(localStorage).some((key) => key.startsWith('ccv-casus-draft:')), 'the draft stored');
      await inFrame(frame, () => localStorage.clear());
    });
  });
});
