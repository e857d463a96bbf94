/** The real Klaro (npm klaro), loaded after a new visitor accepted a YouTube video with our button. */
import { expect } from '@open-wc/testing';
import { frameOf, loadKlaro, mountVideo, part, savedInKlaro, settled } from './helpers.js';

const STORE = 'klaro-carry-provider';

describe('consent source: Klaro arriving after an accept, with a service for YouTube (real package)', () => {
  after(() => {
    localStorage.removeItem(STORE);
    localStorage.removeItem('ccv-consent');
  });

  it('writes that accept for the YouTube service only, not for every marketing service', async () => {
    localStorage.removeItem('ccv-consent');
    localStorage.removeItem(STORE);
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    const player = frameOf(video);
    await loadKlaro(STORE, {
      services: [
        { name: 'youtube', title: 'YouTube', purposes: ['marketing'] },
        { name: 'twitter', title: 'X', purposes: ['marketing'] },
      ],
    });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await settled(video);
    expect(savedInKlaro(STORE)).to.deep.equal({ youtube: true, twitter: false });
    expect(frameOf(video), 'still playing, the same player (not made again while Klaro wrote it switch by switch)').to.equal(player);
    expect(player).to.exist;
  });
});
