/** The real Klaro (npm klaro): a returning visitor, after the site added a service to its config. */
import { expect } from '@open-wc/testing';
import { acceptInKlaro, klaroApi, loadKlaro } from './helpers.js';

const manager = () => klaroApi().getManager();
const STORE = 'klaro-returning';

describe('consent source: Klaro, a returning visitor and a new service (real package)', () => {
  before(async () => {
    // Saved on an earlier visit, before the site added "maps".
    localStorage.setItem(STORE, encodeURIComponent(JSON.stringify({ youtube: false, matomo: true, stats: true, session: true })));
    await loadKlaro(STORE, {
      default: true,
      services: [
        { name: 'youtube', title: 'YouTube', purposes: ['marketing'] },
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
        { name: 'stats', title: 'Bezoekersstatistiek', purposes: ['statistics'], optOut: true },
        { name: 'maps', title: 'Kaarten', purposes: ['functional'] },
        { name: 'session', title: 'Sessie', purposes: ['necessary'], required: true },
      ],
    });
  });
  after(() => localStorage.removeItem(STORE));

  it("keeps the visitor's earlier choices and opt-out services; only the new default-on service is saved as declined", async () => {
    expect([manager().confirmed, manager().changed], 'Klaro asks again: a service was added').to.deep.equal([false, true]);
    expect((await acceptInKlaro(STORE)).saved).to.deep.equal({ youtube: true, matomo: true, stats: true, maps: false, session: true });
  });

  it('after the site resets the choices, takes the default-on services as never chosen again', async () => {
    // Back to a record from before "maps" was added (Klaro reads it as changed), then reset: the
    // record is gone, and Klaro still says "changed".
    localStorage.setItem(STORE, encodeURIComponent(JSON.stringify({ youtube: false, matomo: true, stats: true, session: true })));
    manager().loadConsents();
    expect([manager().confirmed, manager().changed]).to.deep.equal([false, true]);
    manager().resetConsents();
    expect(localStorage.getItem(STORE)).to.be.null;
    expect((await acceptInKlaro(STORE)).saved).to.deep.equal({ youtube: true, matomo: false, stats: true, maps: false, session: true });
  });
});
