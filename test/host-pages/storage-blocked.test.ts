/**
 * The CDN file in a browser whose site data is switched off, as Firefox has it (`localStorage` and
 * `sessionStorage` null; Chromium's blocked storage throws, as a sandboxed frame's does: sandbox.test.ts).
 * web-test-runner.config.mjs runs this file in a Firefox started with `dom.storage.enabled` false; in the
 * other browsers the page switches them off itself before the library loads (sandbox-probe.js).
 */
import { expect } from '@open-wc/testing';
import { consoleLog, fillInCase, formText, inFrame, openFramed, until } from './framed.js';
import { typedCase } from '../casus-form/sample-payload.js';

describe('host page: storage switched off in the browser', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is a page without storage', async () => {
    const frame = await openFramed(undefined, '?storage=off');
    expect(await inFrame(frame, () => [localStorage, sessionStorage])).to.deep.equal([null, null]);
  });

  it('says before anything is typed that the draft is not kept, keeps the typing in the fields, and sends', async () => {
    const frame = await openFramed(undefined, '?storage=off');
    const text = await inFrame(frame, formText);
    expect(text).to.contain('Je browser bewaart niet wat je hier typt.');
    expect(text).not.to.contain('bewaart deze browser');
    await fillInCase(frame);
    // Leaving saves at once what a save due would have (the browser has nowhere to keep it).
    expect(
      await inFrame(frame, (page) => {
        dispatchEvent(new Event('pagehide'));
        return page.querySelector('ccv-casus-form')!.shadowRoot!.querySelector<HTMLTextAreaElement>('[name=description]')!.value;
      }),
    ).to.equal(typedCase.description);
    await inFrame(frame, (page) => page.querySelector('ccv-casus-form')!.shadowRoot!.querySelector<HTMLElement>('[part=submit-button]')!.click());
    await until(frame, (page) => /referentienummer is LK-/.test(page.querySelector('ccv-casus-form')!.shadowRoot!.textContent!), 'the confirmation with its reference');
    expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
  });

  it('loads every video of the category on this page once consent is given', async () => {
    const frame = await openFramed(undefined, '?storage=off');
    await inFrame(frame, (page) => page.querySelector('#first')!.shadowRoot!.querySelector<HTMLElement>('[part=accept-button]')!.click());
    await until(frame, (page) => ['#first', '#second'].every((id) => page.querySelector(id)!.shadowRoot!.querySelector('iframe')), 'both players');
    expect(await inFrame(frame, consoleLog)).to.deep.equal([]);
  });
});
