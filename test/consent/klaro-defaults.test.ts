/** The real Klaro (npm klaro), configured with services switched on by default, as many sites do. */
import { expect } from '@open-wc/testing';
import { frameOf, loadScript, mountVideo, part, settled } from './helpers.js';

interface KlaroManager {
  confirmed: boolean;
  getConsent(name: string): boolean;
  updateConsent(name: string, value: boolean): void;
  saveAndApplyConsents(): void;
}
const manager = () => (window as unknown as { klaro: { getManager(): KlaroManager } }).klaro.getManager();

describe('consent source: Klaro with default-on services (real package)', () => {
  before(async () => {
    localStorage.removeItem('klaro-defaults');
    Object.assign(window, {
      klaroConfig: {
        noAutoLoad: true,
        storageMethod: 'localStorage',
        storageName: 'klaro-defaults',
        lang: 'nl',
        default: true,
        services: [
          { name: 'youtube', title: 'YouTube', purposes: ['marketing'], default: false },
          { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
          { name: 'session', title: 'Sessie', purposes: ['necessary'], required: true },
          { name: 'stats', title: 'Bezoekersstatistiek', purposes: ['statistics'], optOut: true },
        ],
      },
    });
    await loadScript('/node_modules/klaro/dist/klaro-no-css.js');
  });
  after(() => localStorage.removeItem('klaro-defaults'));

  it('records, for a first-time visitor, consent for the video and for nothing the site had on by default', async () => {
    expect(manager().confirmed, 'a first visit').to.be.false;
    expect(manager().getConsent('matomo'), 'on by default').to.be.true;
    const video = await mountVideo('klaro');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(frameOf(video)).to.exist;
    expect(manager().confirmed).to.be.true;
    const saved = JSON.parse(decodeURIComponent(localStorage.getItem('klaro-defaults')!));
    expect(saved, 'an opt-out service runs until the visitor declines it: our button does not').to.include({ youtube: true, matomo: false, session: true, stats: true });
    manager().updateConsent('youtube', false);
    manager().saveAndApplyConsents();
    await settled(video);
  });
});
