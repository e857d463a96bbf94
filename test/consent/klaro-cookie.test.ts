/**
 * The real Klaro (npm klaro) as many sites configure it: its record in a cookie (the default
 * storageMethod), its notice a modal the visitor must answer (`mustConsent`), answered in its own dialog.
 */
import { expect } from '@open-wc/testing';
import { frameOf, klaroApi, loadScript, mountVideo, part, settled } from './helpers.js';

const cookie = (consents: object) => `klaro=${encodeURIComponent(JSON.stringify(consents))}; path=/`;
const saved = () => JSON.parse(decodeURIComponent(/(?:^|; )klaro=([^;]*)/.exec(document.cookie)?.[1] ?? 'null'));
const modal = () => document.querySelector('.klaro .cookie-modal');

describe('consent source: Klaro with its record in a cookie and mustConsent (real package)', () => {
  before(async () => {
    document.cookie = cookie({ youtube: true, matomo: false });
    Object.assign(window, {
      klaroConfig: {
        mustConsent: true,
        lang: 'nl',
        services: [
          { name: 'youtube', title: 'YouTube', purposes: ['marketing'] },
          { name: 'matomo', title: 'Matomo', purposes: ['statistics'], default: true },
        ],
      },
    });
    await loadScript('/node_modules/klaro/dist/klaro-no-css.js');
  });
  after(() => {
    document.cookie = 'klaro=; Max-Age=0; path=/';
  });

  it('plays on the stored choice, and stops when the visitor switches it off and saves in its dialog', async () => {
    const video = await mountVideo('auto');
    await settled(video);
    expect(!!frameOf(video), 'the stored choice').to.be.true;
    klaroApi().show();
    await settled(video);
    document.querySelector<HTMLInputElement>('.klaro input#service-item-youtube')!.click();
    await settled(video);
    expect(!!frameOf(video), 'switched off, not saved').to.be.true;
    document.querySelector<HTMLButtonElement>('.klaro .cm-btn-accept')!.click();
    await settled(video);
    expect(saved()).to.include({ youtube: false });
    expect(!!frameOf(video), 'saved').to.be.false;
  });

  it('after resetConsents, plays nothing until the visitor chooses again; our accept answers its modal and closes it', async () => {
    const video = await mountVideo('auto');
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    expect(!!frameOf(video)).to.be.true;
    klaroApi().getManager().resetConsents();
    await settled(video);
    expect(saved(), 'no record').to.be.null;
    expect(!!frameOf(video), 'reset').to.be.false;
    klaroApi().show();
    await settled(video);
    expect(modal(), 'asked again').to.exist;
    part<HTMLButtonElement>(video, 'accept-button')!.click();
    await settled(video);
    expect(!!frameOf(video)).to.be.true;
    expect(saved(), 'the default-on service declined').to.deep.equal({ youtube: true, matomo: false });
    expect(modal(), 'answered').to.be.null;
  });
});
