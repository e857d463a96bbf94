/**
 * The real Klaro (npm klaro), where the site filed its YouTube service under another purpose than the
 * video's consent-category (left at `marketing`): the visitor's YouTube switch decides, not marketing's.
 */
import { expect } from '@open-wc/testing';
import { frameOf, loadKlaro, mountRefused, mountVideo, mountVimeo, part, savedInKlaro, saveInKlaro as save, settled } from './helpers.js';

const STORE = 'klaro-elsewhere';

describe('consent source: Klaro with the YouTube service under another purpose (real package)', () => {
  before(async () => {
    localStorage.removeItem(STORE);
    await loadKlaro(STORE, {
      services: [
        { name: 'YouTube', title: 'YouTube', purposes: ['media'] },
        { name: 'twitter', title: 'X', purposes: ['marketing'] },
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
      ],
    });
  });
  after(() => localStorage.removeItem(STORE));

  it('records our accept for the YouTube service where it is filed, and nothing for marketing', async () => {
    const video = await mountVideo('klaro');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(frameOf(video), 'the player').to.exist;
    expect(savedInKlaro(STORE)).to.deep.equal({ YouTube: true, twitter: false, matomo: false });
    video.remove();
  });

  it('loads no player, and nothing from YouTube, where the visitor switched YouTube off but accepted marketing', async () => {
    save({ YouTube: false, twitter: true });
    const video = await mountRefused('klaro');
    // Vimeo has no service of its own there: the marketing services decide.
    const other = await mountVimeo('klaro');
    await settled(other);
    expect(!!frameOf(other), 'Vimeo: marketing accepted').to.be.true;
    video.remove();
    other.remove();
  });

  it('plays without asking where the visitor switched YouTube on but refused marketing; withdrawing YouTube removes it', async () => {
    save({ YouTube: true, twitter: false });
    const video = await mountVideo('klaro');
    const other = await mountVimeo('klaro');
    await settled(video);
    expect(frameOf(video), 'the player, without a click').to.exist;
    expect(!!frameOf(other), 'Vimeo: marketing refused').to.be.false;
    save({ twitter: true });
    await settled(video);
    expect(frameOf(video), 'a change of marketing leaves it').to.exist;
    save({ YouTube: false });
    await settled(video);
    expect(!!frameOf(video), 'YouTube withdrawn in Klaro').to.be.false;
    expect(frameOf(other), 'Vimeo stays with marketing').to.exist;
    video.remove();
    other.remove();
  });
});
