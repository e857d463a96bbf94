/** The real Klaro (npm klaro): a returning visitor, after the site added a service to its config. */
import { expect } from '@open-wc/testing';
import { frameOf, loadScript, mountVideo, part, settled } from './helpers.js';

interface KlaroManager {
  confirmed: boolean;
  changed: boolean;
  updateConsent(name: string, value: boolean): void;
  saveAndApplyConsents(): void;
  resetConsents(): void;
  loadConsents(): void;
}
const manager = () => (window as unknown as { klaro: { getManager(): KlaroManager } }).klaro.getManager();
const STORE = 'klaro-returning';

describe('consent source: Klaro, a returning visitor and a new service (real package)', () => {
  before(async () => {
    // Saved on an earlier visit, before the site added "maps".
    localStorage.setItem(STORE, encodeURIComponent(JSON.stringify({ youtube: false, matomo: true, stats: true, session: true })));
    Object.assign(window, {
      klaroConfig: {
        noAutoLoad: true,
        storageMethod: 'localStorage',
        storageName: STORE,
        lang: 'nl',
        default: true,
        services: [
          { name: 'youtube', title: 'YouTube', purposes: ['marketing'] },
          { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
          { name: 'stats', title: 'Bezoekersstatistiek', purposes: ['statistics'], optOut: true },
          { name: 'maps', title: 'Kaarten', purposes: ['functional'] },
          { name: 'session', title: 'Sessie', purposes: ['necessary'], required: true },
        ],
      },
    });
    await loadScript('/node_modules/klaro/dist/klaro-no-css.js');
  });
  after(() => localStorage.removeItem(STORE));

  it("keeps the visitor's earlier choices and opt-out services; only the new default-on service is saved as declined", async () => {
    expect([manager().confirmed, manager().changed], 'Klaro asks again: a service was added').to.deep.equal([false, true]);
    const video = await mountVideo('klaro');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(frameOf(video)).to.exist;
    const saved = JSON.parse(decodeURIComponent(localStorage.getItem(STORE)!));
    expect(saved).to.deep.equal({ youtube: true, matomo: true, stats: true, maps: false, session: true });
    manager().updateConsent('youtube', false);
    manager().saveAndApplyConsents();
    await settled(video);
  });

  it('after the site resets the choices, takes the default-on services as never chosen again', async () => {
    // Back to a record from before "maps" was added (Klaro reads it as changed), then reset: the
    // record is gone, and Klaro still says "changed".
    localStorage.setItem(STORE, encodeURIComponent(JSON.stringify({ youtube: false, matomo: true, stats: true, session: true })));
    manager().loadConsents();
    expect([manager().confirmed, manager().changed]).to.deep.equal([false, true]);
    manager().resetConsents();
    expect(localStorage.getItem(STORE)).to.be.null;
    const video = await mountVideo('klaro');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(frameOf(video)).to.exist;
    const saved = JSON.parse(decodeURIComponent(localStorage.getItem(STORE)!));
    expect(saved).to.deep.equal({ youtube: true, matomo: false, stats: true, maps: false, session: true });
    manager().updateConsent('youtube', false);
    manager().saveAndApplyConsents();
    await settled(video);
  });
});
