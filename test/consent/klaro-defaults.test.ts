/** The real Klaro (npm klaro), configured with services switched on by default, as many sites do. */
import { expect } from '@open-wc/testing';
import { acceptInKlaro, frameOf, klaroApi, loadKlaro, mountVideo, settled } from './helpers.js';

const STORE = 'klaro-defaults';
const manager = () => klaroApi().getManager();

describe('consent source: Klaro with default-on services (real package)', () => {
  before(async () => {
    localStorage.removeItem(STORE);
    await loadKlaro(STORE, {
      default: true,
      services: [
        { name: 'youtube', title: 'YouTube', purposes: ['marketing'], default: false },
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
        { name: 'session', title: 'Sessie', purposes: ['necessary'], required: true },
        { name: 'stats', title: 'Bezoekersstatistiek', purposes: ['statistics'], optOut: true },
      ],
    });
  });
  after(() => localStorage.removeItem(STORE));

  it('plays nothing on an opt-out or required service, which Klaro runs, before the visitor has chosen', async () => {
    for (const category of ['stats', 'session']) {
      const video = await mountVideo('klaro', category);
      await settled(video);
      expect(!!frameOf(video), category).to.be.false;
    }
  });

  it('records, for a first-time visitor, consent for the video and for nothing the site had on by default', async () => {
    expect(manager().confirmed, 'a first visit').to.be.false;
    expect(manager().getConsent('matomo'), 'on by default').to.be.true;
    const { saved, confirmed } = await acceptInKlaro(STORE);
    expect(confirmed).to.be.true;
    expect(saved, 'an opt-out service runs until the visitor declines it: our button does not').to.include({ youtube: true, matomo: false, session: true, stats: true });
  });
});
