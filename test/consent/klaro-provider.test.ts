/** The real Klaro (npm klaro), where the site has a service for YouTube beside other marketing services. */
import { expect } from '@open-wc/testing';
import { frameOf, loadKlaro, mountVideo, mountVimeo, part, savedInKlaro, saveInKlaro as save, settled } from './helpers.js';

const STORE = 'klaro-provider';

describe('consent source: Klaro with a service named after the provider (real package)', () => {
  before(async () => {
    localStorage.removeItem(STORE);
    await loadKlaro(STORE, {
      services: [
        { name: 'YouTube', title: 'YouTube', purposes: ['marketing'] },
        { name: 'twitter', title: 'X', purposes: ['marketing'] },
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'] },
      ],
    });
  });
  after(() => localStorage.removeItem(STORE));

  it('records our accept for that service only, not for every marketing service', async () => {
    const video = await mountVideo('klaro');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(!!frameOf(video), 'the player').to.be.true;
    expect(savedInKlaro(STORE)).to.include({ YouTube: true, twitter: false, matomo: false });
    save({ YouTube: false });
    await settled(video);
    expect(!!frameOf(video), 'YouTube declined in Klaro').to.be.false;
  });

  it("reads that service's consent alone; a provider without a service of its own needs the whole purpose", async () => {
    save({ YouTube: false, twitter: false });
    const youtube = await mountVideo('klaro');
    const vimeo = await mountVimeo('klaro');
    save({ YouTube: true });
    await settled(youtube);
    expect(!!frameOf(youtube), 'only YouTube accepted in Klaro').to.be.true;
    expect(!!frameOf(vimeo), 'Vimeo: every marketing service, and X was not accepted').to.be.false;
    save({ twitter: true });
    await settled(vimeo);
    expect(!!frameOf(vimeo)).to.be.true;
    // A service named as the category is still the site's own choice over the provider's service.
    const named = await mountVideo('klaro', 'twitter');
    save({ twitter: false });
    await settled(named);
    expect(!!frameOf(named), 'consent-category="twitter"').to.be.false;
    expect(!!frameOf(youtube)).to.be.true;
    save({ YouTube: false });
    await settled(youtube);
  });
});
