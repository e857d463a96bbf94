import { expect, fixture, html } from '@open-wc/testing';
import type { CcvConsentVideo } from '../../src/consent-video/consent-video.js';
import { grantConsent, withdrawConsent } from '../../src/consent/builtin.js';
import { setConsentMapping } from '../../src/consent/managers.js';
import { frameOf, mountVideo, part, settled } from './helpers.js';
import { installTcf } from './stand-ins.js';
import { stubWarn, warmUpAxe } from '../helpers.js';

before(warmUpAxe);

describe('consent source: IAB TCF v2.2 (stand-in)', () => {
  it('waits while the CMP shows its UI, loads on the purposes, unloads when they go', async () => {
    const tcf = installTcf();
    const video = await mountVideo('tcf');
    expect(frameOf(video)).to.be.null;
    tcf.choose([1]);
    await settled(video);
    expect(frameOf(video), 'purpose 1 alone is not enough for marketing').to.be.null;
    tcf.choose([1, 3, 4]);
    await settled(video);
    expect(frameOf(video)).to.exist;
    tcf.choose([]);
    await settled(video);
    expect(frameOf(video)).to.be.null;
  });

  it("plays for a returning visitor on the choice the CMP read from its stored record (tcloaded), without autoplay", async () => {
    const tcf = installTcf({ stub: true });
    const video = await mountVideo('tcf');
    // The CMP behind its stub loads and reads the visitor's TC string: its first answer says tcloaded, not useractioncomplete.
    tcf.choose([1, 3, 4], true, [755], [], { eventStatus: 'tcloaded' });
    tcf.load();
    await settled(video);
    const frame = frameOf(video);
    expect(!!frame, 'the player, on the stored choice').to.be.true;
    expect(new URL(frame!.src).searchParams.has('autoplay'), 'nobody clicked: no autoplay').to.be.false;
  });

  it('still removes the player on a withdrawal made after the dialog opened again', async () => {
    const tcf = installTcf();
    const video = await mountVideo('tcf');
    tcf.choose([1, 3, 4]);
    await settled(video);
    expect(!!frameOf(video)).to.be.true;
    // The visitor reopens the CMP's dialog: TCF says 'cmpuishown', which is no answer…
    tcf.showUi();
    await settled(video);
    expect(!!frameOf(video), 'an open dialog changes nothing yet').to.be.true;
    // …and then takes consent back.
    tcf.choose([]);
    await settled(video);
    expect(!!frameOf(video)).to.be.false;
  });

  it('counts a category without TCF purposes as not granted, with a warning', async () => {
    const warn = stubWarn();
    try {
      const tcf = installTcf();
      const video = await mountVideo('tcf', 'social');
      tcf.choose([]);
      await settled(video);
      expect(!!frameOf(video)).to.be.false;
      expect(warn.calls.join('\n')).to.contain('"social" has no TCF purposes');
      tcf.choose([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      await settled(video);
      expect(!!frameOf(video), 'not even with every purpose: nobody said which it needs').to.be.false;
    } finally {
      warn.restore();
    }
  });

  it("asks for the provider's vendor consent besides the purposes, and follows a new mapping at once", async () => {
    const tcf = installTcf();
    const video = await mountVideo('tcf');
    tcf.choose([1, 3, 4], true, []);
    await settled(video);
    expect(!!frameOf(video), 'every purpose, but Google (vendor 755) refused').to.be.false;
    tcf.choose([1, 3, 4], true, [755]);
    await settled(video);
    expect(!!frameOf(video)).to.be.true;
    // Vimeo is no vendor we know of: the purposes decide, until the site names its vendor id.
    const vimeo = await fixture<CcvConsentVideo>(html`<ccv-consent-video url="https://vimeo.com/76979871" video-title="Opname" consent-source="tcf"></ccv-consent-video>`);
    await settled(vimeo);
    expect(!!frameOf(vimeo)).to.be.true;
    // (A provider's name in any case: providers are read in lower case.)
    setConsentMapping('tcf-vendors', { Vimeo: 9999 });
    await settled(vimeo);
    expect(!!frameOf(vimeo), 'the new mapping reaches a video already on the page').to.be.false;
    // A mapping that takes purposes away reaches it too, and an empty list is no consent.
    const warn = stubWarn();
    try {
      setConsentMapping('tcf', { marketing: [] });
      await settled(video);
      expect(!!frameOf(video)).to.be.false;
      expect(warn.calls.join('\n')).to.contain('"marketing" has no TCF purposes');
    } finally {
      warn.restore();
      setConsentMapping('tcf', { marketing: [1, 3, 4] });
    }
    setConsentMapping('tcf-vendors', { VIMEO: null });
    await settled(vimeo);
    expect(!!frameOf(vimeo), 'the vendor taken away again').to.be.true;
  });

  it('leaves out a wrong manager name or mapping value with a warning, and keeps the mapping that was', async () => {
    const warn = stubWarn();
    try {
      const tcf = installTcf();
      const video = await mountVideo('tcf');
      // A page script has no types to catch these (the name is written as the manager writes it).
      expect(() => setConsentMapping('TCF' as 'tcf', { marketing: [1] })).not.to.throw();
      // (Named wrong with nothing in it, or no map at all: still said.)
      setConsentMapping('OneTrust' as 'onetrust', {});
      setConsentMapping('tcf', { marketing: 'ads' as unknown as number[], statistics: [1, 7] });
      tcf.choose([1, 3, 4], true, [755]);
      await settled(video);
      expect(!!frameOf(video), 'marketing still asks for purposes 1, 3 and 4, which were given').to.be.true;
      expect(warn.calls.join('\n')).to.contain('unknown "TCF"').and.to.contain('invalid "marketing"').and.to.contain('unknown "OneTrust"');
      expect(warn.calls.join('\n'), 'the good entry beside it is taken').not.to.contain('"statistics"');
    } finally {
      warn.restore();
      setConsentMapping('tcf', { statistics: [1, 7, 8, 9] });
    }
  });

  it('cannot be written from our button, so it says where to give consent (for TCF only)', async () => {
    installTcf();
    const video = await mountVideo('tcf');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await video.updateComplete;
    expect(frameOf(video)).to.be.null;
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('cookie-instellingen');
    await expect(video).to.be.accessible();
    video.lang = 'en';
    await video.updateComplete;
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Give consent in this website’s cookie settings.');
    await expect(video).to.be.accessible();
    // Put under our own store, which the button can write: the pointer was for TCF.
    video.setAttribute('consent-source', 'builtin');
    await video.updateComplete;
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent, 'no pointer for the store').to.equal('');
  });

  it('removes its listener when the last video leaves', async () => {
    const tcf = installTcf();
    const video = await mountVideo('tcf');
    expect(tcf.listeners.size).to.equal(1);
    video.remove();
    expect(tcf.listeners.size).to.equal(0);
  });

  it('removes its listener when the last video left before the CMP behind its stub answered', async () => {
    const tcf = installTcf({ stub: true });
    const video = await mountVideo('tcf');
    video.remove();
    tcf.load();
    expect(tcf.listeners.size).to.equal(0);
  });

  it('judges a playing video anew when its consent-source changes: the new source has not granted it', async () => {
    const tcf = installTcf();
    const video = await mountVideo('builtin');
    try {
      part<HTMLButtonElement>(video, 'accept-button')!.click();
      expect(video.shadowRoot!.activeElement?.localName, 'focus in the player').to.equal('iframe');
      // The site switches to its CMP, whose dialog is still open: no answer there yet.
      video.setAttribute('consent-source', 'tcf');
      await settled(video);
      expect(!!frameOf(video), 'consent given to our own store is none for the CMP').to.be.false;
      expect(video.shadowRoot!.activeElement, 'focus on the accept button, not lost').to.equal(part(video, 'accept-button'));
      tcf.choose([1, 3, 4]);
      await settled(video);
      expect(!!frameOf(video), 'granted in the CMP').to.be.true;
      // Back to our own store, which still holds the grant: the player stays, and a dialog
      // opened again in the CMP no longer concerns it.
      video.setAttribute('consent-source', 'builtin');
      await settled(video);
      tcf.showUi();
      await settled(video);
      expect(!!frameOf(video), 'still granted in our store').to.be.true;
    } finally {
      withdrawConsent('marketing');
    }
  });

  it('keeps a player that a CMP granted while its dialog is opened again, also after a switch of consent-source', async () => {
    const tcf = installTcf();
    grantConsent('marketing');
    const video = await mountVideo('builtin');
    try {
      expect(!!frameOf(video)).to.be.true;
      tcf.choose([1, 3, 4]);
      video.setAttribute('consent-source', 'tcf');
      await settled(video);
      expect(!!frameOf(video), 'granted there too').to.be.true;
      tcf.showUi();
      await settled(video);
      expect(!!frameOf(video), 'an open dialog changes nothing yet').to.be.true;
    } finally {
      withdrawConsent('marketing');
    }
  });

  it('counts legitimate interest for measurement purposes (7–9), never for storage or personalised ads', async () => {
    const tcf = installTcf();
    const stats = await mountVideo('tcf', 'statistics');
    const ads = await mountVideo('tcf');
    // Purpose 1 by consent; 7–9 on legitimate interest the visitor did not object to (as many CMPs set them).
    tcf.choose([1], true, [755], [7, 8, 9]);
    await settled(stats);
    expect(!!frameOf(stats), 'statistics: 1 by consent, 7–9 by legitimate interest').to.be.true;
    // Legitimate interest for 1, 3 and 4 is no consent: TCF allows none there.
    tcf.choose([], true, [755], [1, 3, 4, 7, 8, 9]);
    await settled(stats);
    expect(!!frameOf(stats), 'no consent for purpose 1').to.be.false;
    expect(!!frameOf(ads), 'marketing on legitimate interest').to.be.false;
    // The visitor objects to the legitimate interest: gone.
    tcf.choose([1], true, [755], [7, 8]);
    await settled(stats);
    expect(!!frameOf(stats), 'purpose 9 objected to').to.be.false;
  });

  it('still needs consent for purpose 1 where the CMP does not ask for it (purposeOneTreatment), with a warning', async () => {
    const warn = stubWarn();
    try {
      const tcf = installTcf();
      const video = await mountVideo('tcf');
      tcf.choose([3, 4], true, [755], [], { purposeOneTreatment: true });
      await settled(video);
      expect(!!frameOf(video), 'no consent to store on the device').to.be.false;
      expect(warn.calls.join('\n')).to.contain('purposeOneTreatment');
      // A site whose legal basis allows it maps the category without purpose 1.
      setConsentMapping('tcf', { marketing: [3, 4] });
      await settled(video);
      expect(!!frameOf(video)).to.be.true;
    } finally {
      warn.restore();
      setConsentMapping('tcf', { marketing: [1, 3, 4] });
    }
  });

  it('treats a visitor outside the GDPR as consenting', async () => {
    const tcf = installTcf();
    const video = await mountVideo('tcf');
    tcf.choose([], false);
    await settled(video);
    expect(frameOf(video)).to.exist;
  });
});

describe('consent source: a CMP that arrives late, announcing nothing', () => {
  it('is looked for again when the page is shown or comes back into view', async () => {
    delete (window as { __tcfapi?: unknown }).__tcfapi;
    const video = await mountVideo('auto');
    expect(frameOf(video)).to.be.null;
    const tcf = installTcf(); // injected late by a tag manager: no event on window
    tcf.choose([1, 3, 4]);
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await settled(video); // well before the next timed look
    expect(frameOf(video), 'found, and its consent read').to.exist;
    tcf.choose([]);
    await settled(video);
    expect(frameOf(video)).to.be.null;
  });
});
