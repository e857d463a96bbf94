import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { resetWarnings } from '../../src/base/warn.js';
import { startUpgrading, upgrade } from '../../src/index.js';
import { stubWarn, waitUntil } from '../helpers.js';

/** Shadow DOM as markup, for comparing two widgets. */
const rendered = (element: Element) => element.shadowRoot!.innerHTML;

describe('upgrading data-ccv markup', () => {
  beforeEach(() => resetWarnings());

  it('turns a marked element into the same contact card as the custom-element form', async () => {
    const wrapper = await fixture(html`<div>
      <div data-ccv="contact-card" id="advisor" class="site-card" data-name="Lienke Hutten" data-job-title="CCV-adviseur"
        data-email="lienke.hutten@hetccv.nl" data-phone="06 12 056 691" data-heading-level="3" data-vcard="">
        <p>Fallback: Lienke Hutten, 06 12 056 691</p>
      </div>
      <ccv-contact-card name="Lienke Hutten" job-title="CCV-adviseur" email="lienke.hutten@hetccv.nl" phone="06 12 056 691" heading-level="3" vcard></ccv-contact-card>
    </div>`);
    upgrade(wrapper);
    const [upgraded, written] = [...wrapper.querySelectorAll('ccv-contact-card')];
    expect(upgraded).to.exist;
    await upgraded.updateComplete;
    expect(upgraded.id).to.equal('advisor');
    expect(upgraded.className).to.equal('site-card');
    expect(upgraded.textContent, 'the fallback went with the original').not.to.contain('Fallback');
    expect(rendered(upgraded)).to.equal(rendered(written));
    expect(wrapper.querySelector('[data-ccv]')).to.be.null;
  });

  it('turns a plain link into a private video titled by the link text', async () => {
    const wrapper = await fixture(html`<p><a href="https://youtu.be/M7lc1UVf-VE?t=90" data-ccv="video">  Leerkring XL
      oktober 2023 </a></p>`);
    upgrade(wrapper);
    const video = wrapper.querySelector('ccv-consent-video')!;
    expect(video.getAttribute('url')).to.equal('https://youtu.be/M7lc1UVf-VE?t=90');
    expect(video.getAttribute('video-title')).to.equal('Leerkring XL oktober 2023');
    expect(wrapper.querySelector('a')).to.be.null;
    await video.updateComplete;
    expect(video.shadowRoot!.querySelector('iframe'), 'nothing from YouTube before consent').to.be.null;
  });

  it('takes data-video-id on a link, and leaves markup inside an editor alone', async () => {
    const wrapper = await fixture(html`<div>
      <a href="https://www.hetccv.nl/video" data-ccv="video" data-video-id="M7lc1UVf-VE">Opname</a>
      <div contenteditable="true"><a href="https://youtu.be/M7lc1UVf-VE" data-ccv="video">In de editor</a></div>
      <div contenteditable=""><figure contenteditable="false"><a id="island" href="https://youtu.be/M7lc1UVf-VE" data-ccv="video">Voorbeeld</a></figure></div>
      <div contenteditable="false"><a id="read-only" href="https://youtu.be/M7lc1UVf-VE" data-ccv="video">Alleen lezen</a></div>
    </div>`);
    upgrade(wrapper);
    expect(wrapper.querySelector('ccv-consent-video')!.getAttribute('video-id')).to.equal('M7lc1UVf-VE');
    expect(wrapper.querySelector('[contenteditable] a[data-ccv]'), 'the editor owns that markup').to.exist;
    expect(wrapper.querySelector('a#island'), "an editor's read-only preview is still the editor's").to.exist;
    expect(wrapper.querySelector('ccv-consent-video#read-only'), 'contenteditable="false" alone is not an editor').to.exist;
  });

  it('knows its widgets by their own names, not by what a page added to Object.prototype', async () => {
    const wrapper = await fixture(html`<p><a href="https://youtu.be/M7lc1UVf-VE" data-ccv="clip">Opname</a></p>`);
    const proto = Object.prototype as Record<string, unknown>;
    proto.clip = 'consent-video';
    const warn = stubWarn();
    // (The page's own upgrading saw the link when it was added, and said so then.)
    resetWarnings();
    try {
      upgrade(wrapper);
    } finally {
      delete proto.clip;
      warn.restore();
    }
    expect(wrapper.querySelector('ccv-consent-video'), 'no video').to.be.null;
    expect(wrapper.querySelector('a[data-ccv=clip]'), 'the link left as it is').to.exist;
    expect(warn.said()).to.contain('data-ccv="clip" is not a Leerkring widget');
  });

  it('does not let page content send cases to another site', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = '<div data-ccv="casus-form" data-endpoint="https://evil.example/collect">Formulier</div>';
      const before = wrapper.innerHTML;
      upgrade(wrapper);
      expect(wrapper.innerHTML).to.equal(before);
      expect(String(warn.calls[0][0])).to.contain('ccv-config');
    } finally {
      warn.restore();
    }
  });

  it('leaves data-ccv="config" markup as it is, with a warning, and upgrades the widgets in it', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div></div>`);
      // (Set as HTML: the page-wide observer upgrades what a template inserts.)
      wrapper.innerHTML =
        '<details data-ccv="config" data-casus-endpoint="https://evil.example/collect" lang="en" open><summary>Contact</summary>' +
        '<p>Text of the page</p><div data-ccv="contact-card" data-name="Lienke Hutten"></div></details>';
      upgrade(wrapper);
      const block = wrapper.firstElementChild!;
      expect([block.localName, block.getAttribute('data-ccv'), block.firstElementChild!.localName]).to.deep.equal(['details', 'config', 'summary']);
      expect(wrapper.querySelector('ccv-config'), 'no config from page content').to.be.null;
      expect(warn.said()).to.contain('data-ccv="config" is not for page content');
      const card = block.querySelector('ccv-contact-card');
      expect(card, 'the card inside is upgraded').to.exist;
      await card!.updateComplete;
      expect(card!.shadowRoot!.querySelector('[part~=base]')!.getAttribute('lang'), 'in the language around it').to.equal('en');
    } finally {
      warn.restore();
    }
  });

  it('takes a video from the one link in a marked block, its words as read, and names a bad attribute', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = [
        '<div data-ccv="video" id="block"><a href="https://youtu.be/M7lc1UVf-VE?si=abc">Leerkring \u200b XL<br>oktober&nbsp;2023\u200b</a></div>',
        '<p data-ccv="video" id="nolink">De opname volgt.</p>',
        '<a href="https://youtu.be/M7lc1UVf-VE" data-ccv="video" data-video-id="geen id!" id="badid">Opname</a>',
        '<a href="https://youtu.be/M7lc1UVf-VE" data-ccv="video" data-poster="http://cdn.example/p.jpg" id="badposter">Opname</a>',
        '<a href="https://youtu.be/M7lc1UVf-VE" data-ccv="video" data-url="https://example.org/film" id="badurl">Opname</a>',
      ].join('');
      upgrade(wrapper);
      const video = wrapper.querySelector('ccv-consent-video#block')!;
      expect([video?.getAttribute('url'), video?.getAttribute('video-title')]).to.deep.equal(['https://youtu.be/M7lc1UVf-VE?si=abc', 'Leerkring XL oktober 2023']);
      // Left as they are, still links, each with a warning that names what is wrong.
      expect(['nolink', 'badid', 'badposter', 'badurl'].map((id) => wrapper.querySelector(`#${id}`)!.localName)).to.deep.equal(['p', 'a', 'a', 'a']);
      const said = warn.said();
      for (const words of ['needs the link to the video', 'data-video-id="geen id!"', 'data-poster="http://cdn.example/p.jpg"', 'data-url="https://example.org/film"']) {
        expect(said).to.contain(words);
      }
    } finally {
      warn.restore();
    }
  });

  it('takes a video block whose editor left empty paragraphs or spans beside the link', async () => {
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = [
      '<div data-ccv="video"><p><a href="https://youtu.be/M7lc1UVf-VE">Titel twee</a></p><p>&nbsp;</p></div>',
      '<div data-ccv="video"><p><a href="https://youtu.be/M7lc1UVf-VE">Titel zes</a><span></span></p><p><span>\u200b</span><br></p></div>',
    ].join('');
    upgrade(wrapper);
    const videos = [...wrapper.querySelectorAll('ccv-consent-video')];
    expect(videos.map((video) => video.getAttribute('video-title'))).to.deep.equal(['Titel twee', 'Titel zes']);
  });

  it('leaves a video block that holds more than its link as it is, and keeps joiners and marks in text', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = [
        '<div data-ccv="video" id="more"><h3>Leerkring XL</h3><p>Bekijk <a href="https://youtu.be/M7lc1UVf-VE">de opname</a>.</p></div>',
        '<div data-ccv="video" id="image"><p><a href="https://youtu.be/M7lc1UVf-VE">De opname</a></p><img src="/demo/favicon.svg" alt=""></div>',
        '<div data-ccv="contact-card" data-name="\u200bعلی\u200cزاده" data-job-title="Workshop 👩\u200d💻" hidden="until-found"></div>',
      ].join('');
      upgrade(wrapper);
      expect(wrapper.querySelector('#more h3'), "the editor's heading stays").to.exist;
      expect(wrapper.querySelector('#image img'), 'and an image, which has no words').to.exist;
      expect(String(warn.calls[0]?.[0])).to.contain('a block holding only that link');
      const card = wrapper.querySelector('ccv-contact-card')!;
      expect([card.name, card.jobTitle], 'a zero-width space goes; a non-joiner and a joiner are the text').to.deep.equal(['علی\u200cزاده', 'Workshop 👩\u200d💻']);
      expect(card.hidden, 'until-found: hidden, the safer way to be wrong').to.be.true;
    } finally {
      warn.restore();
    }
  });

  it('reads markup whose quotes a word processor curled as the editor meant it', async () => {
    const wrapper = await fixture(html`<div></div>`);
    // As HTML parses it: the curly quotes are part of each value, the link's href included.
    wrapper.innerHTML = [
      '<a href=\u201chttps://youtu.be/M7lc1UVf-VE\u201d data-ccv=\u201cvideo\u201d>De opname</a>',
      '<div data-ccv=\u2018contact-card\u2019 data-name=\u201eLienke\u201c data-phone=\u201c06-12056691\u201d></div>',
      // A value that only starts (or ends) with a quote keeps it: it is the text; so does one in
      // straight quotes with a space in it, which was written so on purpose.
      '<div data-ccv="contact-card" data-name="\u2019t Hooft" data-organisation="Gemeente \u2019s-Hertogenbosch\u201d" data-job-title="\u201cDe adviseur\u201d"></div>',
      // A value with a space in curly quotes is split by HTML itself: left as it is, with a warning.
      '<div data-ccv="contact-card" id="split" data-name=\u201cLienke Hutten\u201d></div>',
      '<div data-ccv="contact-card" id="split2" data-name=\u201aLienke Hutten\u2018></div>',
      // A no-break space does not split a value: its quotes are the word processor's too.
      '<div data-ccv="contact-card" id="nbsp" data-name=\u201cLienke\u00a0Hutten\u201d></div>',
    ].join('');
    const warn = stubWarn();
    upgrade(wrapper);
    warn.restore();
    const video = wrapper.querySelector('ccv-consent-video');
    expect(video?.getAttribute('url')).to.equal('https://youtu.be/M7lc1UVf-VE');
    const [card, other] = [...wrapper.querySelectorAll('ccv-contact-card')];
    expect([card?.getAttribute('name'), card?.getAttribute('phone')]).to.deep.equal(['Lienke', '06-12056691']);
    expect([other?.getAttribute('name'), other?.getAttribute('organisation'), other?.getAttribute('job-title')]).to.deep.equal([
      '\u2019t Hooft',
      'Gemeente \u2019s-Hertogenbosch\u201d',
      '\u201cDe adviseur\u201d',
    ]);
    expect(wrapper.querySelector('#split')!.localName, 'the split one stays markup').to.equal('div');
    expect(wrapper.querySelector('#split2')!.localName, 'also in German quotes').to.equal('div');
    expect(wrapper.querySelector<HTMLElement>('ccv-contact-card#nbsp')?.getAttribute('name')).to.equal('Lienke\u00a0Hutten');
    expect(warn.said()).to.contain('hutten\u201d').and.contain('straight quotes');
  });

  it('reads pasted values and on/off attributes as the editor meant them', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<ccv-config casus-endpoint="/api/casus"></ccv-config>`);
      wrapper.innerHTML = [
        // A word processor's zero-width spaces, "false" for off, and a block the editor keeps hidden.
        '<div data-ccv="contact\u200b-card" data-name="\u200bLienke Hutten\u200b " data-vcard="false" hidden style="margin: 3px"></div>',
        '<div data-ccv="session-list" data-src="/demo/data/sessions.json" data-filters="true" data-structured-data="off"></div>',
        '<div data-ccv="casus-form" data-endpoint="  " data-no-draft="0"></div>',
      ].join('');
      upgrade(wrapper);
      const card = wrapper.querySelector('ccv-contact-card')!;
      expect([card?.name, card?.vcard, card?.hidden, card?.style.margin]).to.deep.equal(['Lienke Hutten', false, true, '3px']);
      const list = wrapper.querySelector('ccv-session-list')!;
      expect([list.filters, list.structuredData]).to.deep.equal([true, false]);
      const form = wrapper.querySelector('ccv-casus-form')!;
      expect([form.hasAttribute('endpoint'), form.noDraft], 'only spaces: the config says where to send').to.deep.equal([false, false]);
      const said = warn.said();
      expect(said).to.contain('data-vcard="false" is left out').and.to.contain('data-no-draft="0" is left out');
    } finally {
      warn.restore();
    }
  });

  it('upgrades the session list and the case form with their data', async () => {
    const wrapper = await fixture(html`<div>
      <div data-ccv="session-list" data-src="/demo/data/sessions.json" data-page-size="1" data-filters=""></div>
      <div data-ccv="casus-form" data-endpoint="/api/casus" data-no-draft=""></div>
    </div>`);
    upgrade(wrapper);
    const list = wrapper.querySelector('ccv-session-list')!;
    expect(list.getAttribute('src')).to.equal('/demo/data/sessions.json');
    expect(list.pageSize).to.equal(1);
    expect(list.filters).to.be.true;
    const form = wrapper.querySelector('ccv-casus-form')!;
    expect(form.endpoint).to.equal('/api/casus');
    expect(form.noDraft).to.be.true;
  });

  it('upgrades markup that arrives later, with the one page-wide observer', async () => {
    startUpgrading();
    startUpgrading(); // a second copy of the library: still one observer
    const wrapper = await fixture(html`<div></div>`);
    wrapper.innerHTML = '<section><a href="https://vimeo.com/76979871" data-ccv="video">Vimeo</a></section>';
    await waitUntil(() => wrapper.querySelector('ccv-consent-video'), 'late markup upgraded');
    expect(wrapper.querySelectorAll('ccv-consent-video')).to.have.length(1);
  });

  it('upgrades an element marked after it was put on the page', async () => {
    startUpgrading();
    const wrapper = await fixture(html`<div><div id="later">Lienke Hutten</div></div>`);
    const later = wrapper.querySelector('#later')!;
    later.setAttribute('data-ccv', 'contact-card');
    later.setAttribute('data-name', 'Lienke Hutten');
    await waitUntil(() => wrapper.querySelector('ccv-contact-card'), 'upgraded once marked');
    expect(wrapper.querySelector('ccv-contact-card')!.getAttribute('name')).to.equal('Lienke Hutten');
  });

  it('upgrades an element marked before it was given its data', async () => {
    startUpgrading();
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div><div id="steps">Lienke Hutten</div></div>`);
      const steps = wrapper.querySelector('#steps')!;
      steps.setAttribute('data-ccv', 'contact-card'); // a page builder, one attribute per step
      await aTimeout(100);
      expect(!!wrapper.querySelector('ccv-contact-card'), 'no name yet').to.be.false;
      steps.setAttribute('data-name', 'Lienke Hutten');
      await waitUntil(() => wrapper.querySelector('ccv-contact-card'), 'upgraded once its data came');
      expect(wrapper.querySelector('ccv-contact-card')!.getAttribute('name')).to.equal('Lienke Hutten');
    } finally {
      warn.restore();
    }
  });

  it('is idempotent: upgrading twice gives one widget', async () => {
    // The page-wide observer may already have upgraded it when the fixture was inserted.
    const wrapper = await fixture(html`<div><div data-ccv="contact-card" data-name="A. Adviseur"></div></div>`);
    upgrade(wrapper);
    expect(upgrade(wrapper)).to.equal(0);
    upgrade(document);
    await new Promise((resolve) => setTimeout(resolve));
    expect(wrapper.querySelectorAll('ccv-contact-card')).to.have.length(1);
  });

  describe('bad markup stays as it was, with one warning', () => {
    const cases: [string, string][] = [
      ['an unknown widget', '<div data-ccv="weather-map" data-city="Utrecht">Het weer</div>'],
      ['a link that is not a video', '<a href="https://www.hetccv.nl/" data-ccv="video">Het CCV</a>'],
      ['a script link', '<a href="javascript:alert(1)" data-ccv="video">Klik</a>'],
      ['a contact card without a name', '<div data-ccv="contact-card" data-email="a@b.nl">Mail ons</div>'],
      ['a session list without data', '<div data-ccv="session-list">De sessies</div>'],
      ['a hostile kind', '<div data-ccv="x&quot; onclick=&quot;alert(1)">Tekst</div>'],
      ['an endpoint that is no address', '<div data-ccv="casus-form" data-endpoint="https://">Formulier</div>'],
      ['an endpoint with a bad host', '<div data-ccv="casus-form" data-endpoint="https://[api.example.nl]/casus">Formulier</div>'],
    ];
    for (const [name, markup] of cases) {
      it(name, async () => {
        const warn = stubWarn();
        try {
          const wrapper = await fixture(html`<div></div>`);
          wrapper.innerHTML = markup;
          const before = wrapper.innerHTML;
          upgrade(wrapper);
          expect(wrapper.innerHTML).to.equal(before);
          expect(warn.calls).to.have.length(1);
        } finally {
          warn.restore();
        }
      });
    }
  });

  it('goes on with the next block after a bad one', async () => {
    const warn = stubWarn();
    try {
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = '<div data-ccv="casus-form" data-endpoint="https://">Formulier</div><div data-ccv="contact-card" data-name="Lienke Hutten"></div>';
      expect(upgrade(wrapper)).to.equal(1);
      expect(wrapper.querySelector('ccv-contact-card')).to.exist;
      expect(wrapper.querySelector('[data-ccv="casus-form"]')).to.exist;
    } finally {
      warn.restore();
    }
  });

  it('leaves a working link when JavaScript is off', async () => {
    // Chromium: JavaScript switched off. Firefox (no switch over WebDriver BiDi yet): every script blocked by CSP.
    const result: { links: { href: string; text: string }[]; widgets: number; scriptsRan: boolean; how: string } =
      await executeServerCommand('no-js-page', { path: '/test/upgrade/no-js.html' });
    expect(result.scriptsRan).to.be.false;
    expect(result.widgets).to.equal(0);
    expect(result.links).to.deep.include({ href: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', text: 'Leerkring XL oktober 2023' });
    expect(result.links).to.deep.include({ href: 'mailto:lienke.hutten@hetccv.nl', text: 'lienke.hutten@hetccv.nl' });
  });
});
