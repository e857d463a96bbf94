/** The real Klaro (npm klaro), injected after the minute of timed looks for a late consent manager. */
import { expect } from '@open-wc/testing';
import { frameOf, klaroApi, loadKlaro, mountVideo, part, savedInKlaro, settled } from './helpers.js';

const STORE = 'klaro-late';

describe('consent source: Klaro arriving after the timed looks are over (real package)', () => {
  after(() => ['ccv-consent', STORE].forEach((key) => localStorage.removeItem(key)));

  it('is found when the visitor answers its banner, one that keeps its clicks to itself too: a refusal there removes the player our button started', async () => {
    localStorage.removeItem('ccv-consent');
    // As a minute into the page: the video's timed looks for a manager never come.
    const { setTimeout: real } = window;
    window.setTimeout = ((run: () => void, ms = 0) => (ms >= 500 ? 0 : real(run, ms))) as typeof setTimeout;
    const video = await mountVideo('auto').finally(() => (window.setTimeout = real));
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(!!frameOf(video), 'accepted before any manager came').to.be.true;
    await loadKlaro(STORE, { services: [{ name: 'youtube', title: 'YouTube', purposes: ['marketing'] }] });
    klaroApi().show();
    await settled(video);
    // (Some banners stop their clicks from bubbling to the page: the click is heard on its way down.)
    document.querySelector('.klaro')!.addEventListener('click', (event) => event.stopPropagation());
    document.querySelector<HTMLButtonElement>('.klaro .cookie-notice .cn-decline')!.click();
    await settled(video);
    expect(savedInKlaro(STORE).youtube, 'declined in its banner').to.equal(false);
    expect(!!frameOf(video), 'the refusal stands').to.be.false;
  });
});
