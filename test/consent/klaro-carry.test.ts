/** The real Klaro (npm klaro), loaded after a visitor accepted with our button: a returning visitor who refused. */
import { expect } from '@open-wc/testing';
import { frameOf, loadKlaro, mountVideo, part, savedInKlaro, settled } from './helpers.js';

const STORE = 'klaro-carry';

describe('consent source: Klaro arriving after an accept on the page (real package)', () => {
  after(() => localStorage.removeItem(STORE));

  it('does not write that accept over a refusal stored on an earlier visit, also when the site has added a service since', async () => {
    localStorage.removeItem('ccv-consent');
    // Refused on an earlier visit; the site has added "maps" since, so Klaro asks again (confirmed is false).
    localStorage.setItem(STORE, encodeURIComponent(JSON.stringify({ youtube: false, matomo: false })));
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await loadKlaro(STORE, {
      services: [
        { name: 'youtube', title: 'YouTube', purposes: ['marketing'] },
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
        { name: 'maps', title: 'Kaarten', purposes: ['functional'] },
      ],
    });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await settled(video);
    expect(savedInKlaro(STORE).youtube, 'the stored refusal stands').to.equal(false);
    expect(!!frameOf(video)).to.be.false;
    localStorage.removeItem('ccv-consent');
  });
});
