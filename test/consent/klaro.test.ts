/** The real Klaro (npm klaro) on the page, configured as a site would. */
import { expect } from '@open-wc/testing';
import { frameOf, klaroApi as klaro, loadKlaro, mountVideo, mountVimeo, part, savedInKlaro, saveInKlaro, settled } from './helpers.js';

/** The visitor's YouTube switch, saved in Klaro's dialog. */
const choose = (consent: boolean) => saveInKlaro({ youtube: consent });

describe('consent source: Klaro (real package)', () => {
  before(async () => {
    localStorage.removeItem('klaro-test');
    await loadKlaro('klaro-test', {
      services: [
        { name: 'youtube', title: 'YouTube', purposes: ['marketing'] },
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
      ],
    });
  });
  after(() => localStorage.removeItem('klaro-test'));

  it('is detected automatically and waits for consent', async () => {
    const video = await mountVideo('auto');
    expect(frameOf(video)).to.be.null;
    expect(part(video, 'settings-button')).to.exist;
  });

  it('loads when the visitor accepts in Klaro, and unloads when they decline', async () => {
    const video = await mountVideo('klaro');
    choose(true);
    await settled(video);
    expect(frameOf(video)).to.exist;
    choose(false);
    await settled(video);
    expect(frameOf(video)).to.be.null;
  });

  it('counts only what the visitor saved, not a switch flipped in the open dialog', async () => {
    choose(false);
    const video = await mountVideo('klaro');
    const manager = klaro().getManager();
    manager.updateConsent('youtube', true);
    await settled(video);
    expect(!!frameOf(video), 'switched on, not saved').to.be.false;
    manager.saveAndApplyConsents();
    await settled(video);
    expect(!!frameOf(video), 'saved').to.be.true;
    manager.updateConsent('youtube', false);
    await settled(video);
    expect(!!frameOf(video), 'switched off, not saved').to.be.true;
    manager.saveAndApplyConsents();
    await settled(video);
    expect(!!frameOf(video), 'saved').to.be.false;
  });

  it('records our accept button in Klaro for the services of that purpose only', async () => {
    const video = await mountVideo('klaro');
    // A switch flipped in Klaro's dialog but not saved is not saved by our button either.
    klaro().getManager().updateConsent('matomo', true);
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(frameOf(video)).to.exist;
    const manager = klaro().getManager();
    expect(manager.getConsent('youtube')).to.be.true;
    expect(manager.confirmed).to.be.true;
    expect(manager.getConsent('matomo')).to.be.false;
    expect(savedInKlaro('klaro-test')).to.include({ youtube: true, matomo: false });
    choose(false);
    await settled(video);
  });

  it('points to the site settings when no Klaro service covers the category (nor the provider)', async () => {
    const video = await mountVimeo('klaro', 'social');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await video.updateComplete;
    expect(frameOf(video)).to.be.null;
    expect(video.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('cookie-instellingen');
  });

  it('can name a Klaro service directly as the category', async () => {
    const video = await mountVideo('klaro', 'youtube');
    choose(true);
    await settled(video);
    expect(frameOf(video)).to.exist;
    choose(false);
  });

  it("opens Klaro's own dialog from the cookie-settings button", async () => {
    const modal = () => document.querySelector('.klaro .cookie-modal');
    const video = await mountVideo('klaro');
    expect(modal(), 'not open before').to.be.null;
    part<HTMLButtonElement>(video, 'settings-button')!.click();
    await settled(video);
    expect(modal(), "Klaro's dialog").to.exist;
    // Closed again as the visitor would, with its close button: nothing chosen, nothing plays.
    document.querySelector<HTMLButtonElement>('.klaro .cookie-modal button.hide')!.click();
    await settled(video);
    expect(modal(), 'closed').to.be.null;
    expect(!!frameOf(video)).to.be.false;
  });
});
