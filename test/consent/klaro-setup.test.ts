/** The real Klaro (npm klaro), set up again by the site with another config: a new consent manager. */
import { expect } from '@open-wc/testing';
import { frameOf, klaroApi, loadKlaro, mountVideo, settled } from './helpers.js';

const services = [{ name: 'youtube', title: 'YouTube', purposes: ['marketing'] }];
const klaro = () => klaroApi() as ReturnType<typeof klaroApi> & { setup(config: object): void };

describe('consent source: Klaro set up again with a new config (real package)', () => {
  for (const source of ['klaro', 'auto']) {
    // (Klaro keeps a manager per storage name: each test its own two.)
    const [FIRST, SECOND] = [`klaro-setup-${source}-1`, `klaro-setup-${source}-2`];
    after(() => [FIRST, SECOND].forEach((key) => localStorage.removeItem(key)));

    it(`follows the new manager (consent-source="${source}"): its record, its banner, a withdrawal from a script`, async () => {
      // YouTube accepted under the first config.
      localStorage.setItem(FIRST, encodeURIComponent(JSON.stringify({ youtube: true })));
      if (!window.klaroConfig) await loadKlaro(FIRST, { services });
      else klaro().setup({ ...window.klaroConfig, storageName: FIRST });
      const old = klaro().getManager();
      const video = await mountVideo(source);
      await settled(video);
      expect(!!frameOf(video), 'accepted in the first manager').to.be.true;
      // The site sets Klaro up again under another storage name: Klaro makes a new manager, with no
      // record, and shows its banner.
      klaro().setup({ ...window.klaroConfig, storageName: SECOND, noAutoLoad: false, acceptAll: true });
      await settled(video);
      expect(klaro().getManager(), 'a new manager').not.to.equal(old);
      expect(!!frameOf(video), 'nothing chosen in the new one').to.be.false;
      document.querySelector<HTMLButtonElement>('.klaro .cookie-notice .cm-btn-success')!.click();
      await settled(video);
      expect(!!frameOf(video), 'accepted in its banner').to.be.true;
      // Withdrawn from a script, no click, no render: heard from the new manager itself.
      klaro().getManager().updateConsent('youtube', false);
      klaro().getManager().saveAndApplyConsents();
      await settled(video);
      expect(!!frameOf(video), 'withdrawn in the new manager').to.be.false;
      // The old manager is no longer heard: a change there is no answer now.
      old.updateConsent('youtube', true);
      old.saveAndApplyConsents();
      await settled(video);
      expect(!!frameOf(video), 'the old manager says nothing now').to.be.false;
      document.getElementById('klaro')?.remove();
    });
  }
});

declare global {
  interface Window {
    klaroConfig?: object;
  }
}
