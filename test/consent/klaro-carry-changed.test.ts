/** The real Klaro (npm klaro), loaded after an accept on the page: a returning visitor who accepted YouTube, and a service added since. */
import { expect } from '@open-wc/testing';
import { frameOf, klaroApi, loadKlaro, mountVideo, part, savedInKlaro, settled } from './helpers.js';

const STORE = 'klaro-carry-changed';

describe('consent source: Klaro arriving after an accept, asking again for a new service (real package)', () => {
  after(() => ['ccv-consent', STORE].forEach((key) => localStorage.removeItem(key)));

  it('records the accept over a record that holds no refusal of it: the player stays, never taken away', async () => {
    localStorage.removeItem('ccv-consent');
    // YouTube accepted on an earlier visit, Matomo refused; the site has added "maps" since, so Klaro asks again.
    localStorage.setItem(STORE, encodeURIComponent(JSON.stringify({ youtube: true, matomo: false })));
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    const player = frameOf(video);
    expect(player, 'accepted before Klaro came').to.exist;
    const removed: Node[] = [];
    new MutationObserver((records) => records.forEach((record) => removed.push(...record.removedNodes))).observe(video.shadowRoot!, { childList: true, subtree: true });
    await loadKlaro(STORE, {
      services: [
        { name: 'youtube', title: 'YouTube', purposes: ['marketing'] },
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
        { name: 'maps', title: 'Kaarten', purposes: ['functional'] },
      ],
    });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await settled(video);
    expect(frameOf(video), 'the same player').to.equal(player);
    expect(removed.some((node) => node === player || (node as Element).contains?.(player)), 'never taken away').to.be.false;
    // Written as our button does with Klaro there: earlier choices kept, the new service declined.
    expect(savedInKlaro(STORE)).to.deep.equal({ youtube: true, matomo: false, maps: false });
    expect(klaroApi().getManager().confirmed).to.be.true;
  });
});
