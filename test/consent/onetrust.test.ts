import { expect } from '@open-wc/testing';
import { setConsentMapping } from '../../src/consent/managers.js';
import { waitUntil } from '../helpers.js';
import { frameOf, mountVideo, part, settled } from './helpers.js';
import { installOneTrust } from './stand-ins.js';

describe('consent source: OneTrust (stand-in)', () => {
  it('maps marketing to the targeting group C0004 and follows OneTrustGroupsUpdated', async () => {
    const onetrust = installOneTrust(['C0001']);
    const video = await mountVideo('auto');
    expect(frameOf(video)).to.be.null;
    onetrust.choose(['C0001', 'C0004']);
    await settled(video);
    expect(frameOf(video)).to.exist;
    onetrust.choose(['C0001']);
    await settled(video);
    expect(frameOf(video)).to.be.null;
  });

  it('writes our accept with UpdateConsent and opens the preference centre', async () => {
    const { api } = installOneTrust(['C0001', 'C0002']);
    const video = await mountVideo('onetrust');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(api.calls).to.deep.equal(['C0004:1']);
    expect((window as unknown as { OnetrustActiveGroups: string }).OnetrustActiveGroups).to.equal(',C0001,C0002,C0004,');
    expect(frameOf(video)).to.exist;
    await video.updateComplete;
    api.UpdateConsent('Category', 'C0004:0');
    await settled(video);
    part<HTMLButtonElement>(video, 'settings-button')!.click();
    expect(api.toggled).to.equal(1);
  });

  it('takes a site-specific group, by mapping or by naming it directly', async () => {
    const onetrust = installOneTrust(['C0001', 'C0005']);
    const direct = await mountVideo('onetrust', 'C0005');
    expect(frameOf(direct)).to.exist;
    setConsentMapping('onetrust', { marketing: 'C0005' });
    try {
      const mapped = await mountVideo('onetrust', 'marketing');
      expect(frameOf(mapped)).to.exist;
    } finally {
      setConsentMapping('onetrust', { marketing: 'C0004' });
    }
    onetrust.choose(['C0001']);
  });

  it('takes mapping keys of our own names in any case, as consent-category; a group named by the site as written', async () => {
    const onetrust = installOneTrust(['C0001', 'C0005']);
    setConsentMapping('onetrust', { Marketing: 'C0005', Media: 'C0005' });
    try {
      expect(!!frameOf(await mountVideo('onetrust', 'Marketing')), 'Marketing, mapped as Marketing').to.be.true;
      expect(!!frameOf(await mountVideo('onetrust', 'marketing')), 'marketing, mapped as Marketing').to.be.true;
      expect(!!frameOf(await mountVideo('onetrust', 'Media')), 'a name of the site’s, as mapped').to.be.true;
      expect(!!frameOf(await mountVideo('onetrust', 'media')), 'a name of the site’s in another case is another name').to.be.false;
    } finally {
      setConsentMapping('onetrust', { MARKETING: 'C0004', Media: null });
    }
    expect(!!frameOf(await mountVideo('onetrust', 'marketing')), 'MARKETING put back marketing').to.be.false;
    onetrust.choose(['C0001']);
  });

  it('takes a category named like an object property (constructor) as a group of that name, not the mapping’s inherited function', async () => {
    const { api } = installOneTrust(['C0001']);
    const video = await mountVideo('onetrust', 'constructor');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(api.calls).to.deep.equal(['constructor:1']);
  });

  it('removes a player our accept started, which OneTrust did not record, once the visitor saves without it', async () => {
    // This site has no targeting group: OneTrust passes over C0004 and publishes its groups as they were.
    const onetrust = installOneTrust(['C0001'], undefined, ['C0001', 'C0002', 'C0003']);
    const first = await mountVideo('onetrust');
    const second = await mountVideo('onetrust');
    part<HTMLButtonElement>(first, 'accept-button')!.click();
    await settled(first);
    // The click plays at once; what OneTrust publishes as it handles our write is no refusal…
    expect(onetrust.api.calls).to.deep.equal(['C0004:1']);
    expect(!!frameOf(first), 'playing after the click').to.be.true;
    // …nor is what it publishes for another video's accept.
    part<HTMLButtonElement>(second, 'accept-button')!.click();
    await settled(first);
    expect(!!frameOf(first) && !!frameOf(second), 'both play').to.be.true;
    expect(second.shadowRoot!.activeElement).to.equal(frameOf(second));
    // The visitor saves "only necessary" in OneTrust's own preference centre: OneTrust's answer after the click.
    onetrust.choose(['C0001']);
    await settled(first);
    await settled(second);
    expect(!!frameOf(first) || !!frameOf(second), 'neither plays').to.be.false;
    expect(part(first, 'placeholder')).to.exist;
    await waitUntil(() => second.shadowRoot!.activeElement === part(second, 'accept-button'), 'focus returns to the accept button');
  });

  it('is found when a tag manager injects it late for a returning visitor: the stored groups play at its first OneTrustGroupsUpdated, without autoplay', async () => {
    delete (window as { OneTrust?: unknown }).OneTrust;
    delete (window as { OnetrustActiveGroups?: unknown }).OnetrustActiveGroups;
    localStorage.removeItem('ccv-consent');
    const video = await mountVideo('auto');
    expect(!!frameOf(video)).to.be.false;
    // OneTrust arrives with the visitor's stored choice and announces its groups (no click, well before our next timed look).
    installOneTrust(['C0001', 'C0004']);
    dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: ['C0001', 'C0004'] }));
    await settled(video);
    const frame = frameOf(video);
    expect(!!frame, 'the player, on the stored groups').to.be.true;
    expect(new URL(frame!.src).searchParams.has('autoplay'), 'nobody clicked: no autoplay').to.be.false;
    expect(localStorage.getItem('ccv-consent'), 'nothing of ours stored').to.be.null;
  });

  /** An accept on our button before OneTrust came; then OneTrust comes, with the banner as given. */
  async function acceptBeforeOneTrust(banner: { closed: boolean; valid: boolean }) {
    delete (window as { OneTrust?: unknown }).OneTrust;
    delete (window as { OnetrustActiveGroups?: unknown }).OnetrustActiveGroups;
    localStorage.removeItem('ccv-consent');
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    const onetrust = installOneTrust(['C0001'], banner);
    dispatchEvent(new CustomEvent('OneTrustGroupsUpdated', { detail: ['C0001'] }));
    await settled(video);
    localStorage.removeItem('ccv-consent');
    return { video, api: onetrust.api };
  }

  it('records an accept given before OneTrust came, for a visitor who has not answered its banner', async () => {
    const { video, api } = await acceptBeforeOneTrust({ closed: false, valid: false });
    expect(api.calls).to.deep.equal(['C0004:1']);
    expect(!!frameOf(video)).to.be.true;
  });

  it('records it too when the answer in its banner has expired (IsAlertBoxClosedAndValid)', async () => {
    // Closed once, but OneTrust asks again (consent lifetime over, new categories): no choice stands.
    const { video, api } = await acceptBeforeOneTrust({ closed: true, valid: false });
    expect(api.calls).to.deep.equal(['C0004:1']);
    expect(!!frameOf(video)).to.be.true;
  });

  it('leaves a standing answer in its banner as it is', async () => {
    const { video, api } = await acceptBeforeOneTrust({ closed: true, valid: true });
    expect(api.calls).to.deep.equal([]);
    expect(!!frameOf(video)).to.be.false;
  });
});
