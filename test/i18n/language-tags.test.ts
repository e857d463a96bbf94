import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/index.js';
import { settle, stubWarn } from '../helpers.js';

/**
 * Language tags as pages really write them, on every element at once, on <html>, on a
 * <ccv-config> and on the widgets themselves: Frisian (Fryslân's municipalities: Dutch is the
 * right fallback), the underscore CMSes write (nl_NL), capitals, a region, empty and nonsense.
 * Each gives its catalogue, marks the widget's text with it, writes dates in it, and warns at
 * most once.
 */

const SESSIONS = [{ id: 'okt', title: 'Leerkring XL oktober', start: '2023-10-30T15:30:00+01:00', end: '2023-10-30T17:00:00+01:00' }];
const TAGS: [string, 'nl' | 'en', boolean][] = [
  ['fy', 'nl', true],
  ['nl_NL', 'nl', false],
  ['EN-us', 'en', false],
  ['nl-BE', 'nl', false],
  ['', 'nl', false],
  ['x', 'nl', true],
];

const WHEN = { nl: 'maandag 30 oktober 2023, 15:30–17:00', en: 'Monday 30 October 2023, 15:30–17:00' };

async function page(where: 'html' | 'config' | 'own', tag: string) {
  const own = where === 'own' ? tag : undefined;
  const widgets = html`<ccv-session-list lang=${ifDefined(own)} now="2024-03-01" .sessions=${SESSIONS}></ccv-session-list>
    <ccv-consent-video lang=${ifDefined(own)} video-id="M7lc1UVf-VE" video-title="Opname"></ccv-consent-video>
    <ccv-casus-form lang=${ifDefined(own)} endpoint="/__test/casus" privacy-url="/privacy" no-draft></ccv-casus-form>
    <ccv-contact-card lang=${ifDefined(own)} name="Anne" email="anne@hetccv.nl"></ccv-contact-card>`;
  const wrapper = await fixture(where === 'config' ? html`<div><ccv-config lang=${tag}>${widgets}</ccv-config></div>` : html`<div>${widgets}</div>`);
  const elements = [...wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('ccv-session-list, ccv-consent-video, ccv-casus-form, ccv-contact-card')];
  for (const element of elements) await settle(element);
  return { wrapper, elements };
}

describe('language tags at the edges', () => {
  const root = document.documentElement;
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = root.getAttribute('lang');
    resetWarnings();
  });
  afterEach(async () => {
    // Gone, and done rendering, before the next test forgets what was warned: a late render of
    // these widgets would warn of their tag again there.
    fixtureCleanup();
    await aTimeout(300);
    if (htmlLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', htmlLang);
  });

  for (const where of ['html', 'config', 'own'] as const) {
    for (const [tag, lang, warns] of TAGS) {
      it(`lang="${tag}" on ${where}: ${lang}, ${warns ? 'one warning' : 'no warning'}`, async () => {
        if (where === 'html') root.setAttribute('lang', tag);
        else root.removeAttribute('lang');
        const warn = stubWarn();
        try {
          const { elements } = await page(where, tag);
          for (const element of elements) {
            const marked = element.shadowRoot!.querySelector('[lang]')!;
            expect(marked.getAttribute('lang'), element.localName).to.equal(lang);
          }
          const list = elements[0];
          expect(list.shadowRoot!.querySelector('time')!.textContent).to.equal(WHEN[lang]);
          expect(warn.calls.length, warn.said()).to.equal(warns ? 1 : 0);
          if (warns) expect(String(warn.calls[0][0])).to.contain(`lang="${tag.trim()}"`);
        } finally {
          warn.restore();
        }
      });
    }
  }
});
