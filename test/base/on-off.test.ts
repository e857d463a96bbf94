import { expect, fixture } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/casus-form/casus-form.js';
import '../../src/consent-video/consent-video.js';
import '../../src/contact-card/contact-card.js';
import '../../src/session-list/session-list.js';
import { stubWarn } from '../helpers.js';

/** Each on/off attribute, its property, and the rest of a tag that renders without other warnings. */
const ON_OFF = [
  ['ccv-contact-card', 'vcard', 'vcard', 'name="Lienke Hutten"'],
  ['ccv-consent-video', 'allow-once', 'allowOnce', 'video-id="M7lc1UVf-VE" video-title="Leerkring"'],
  ['ccv-session-list', 'filters', 'filters', 'now="2024-01-01T12:00:00Z"'],
  ['ccv-session-list', 'structured-data', 'structuredData', 'now="2024-01-01T12:00:00Z"'],
  ['ccv-casus-form', 'no-draft', 'noDraft', 'endpoint="/api/casus" privacy-url="/privacy"'],
] as const;

describe('on/off attributes written out as "false"', () => {
  beforeEach(() => resetWarnings());

  for (const [tag, attribute, property, rest] of ON_OFF) {
    it(`<${tag} ${attribute}="false"> stays on, as in HTML, with one console warning for that element and attribute`, async () => {
      const warn = stubWarn();
      try {
        const wrapper = await fixture(`<div>
          <${tag} ${rest} ${attribute}="false"></${tag}>
          <${tag} ${rest} ${attribute}=" FALSE "></${tag}>
          <${tag} ${rest} ${attribute}="0"></${tag}>
          <${tag} ${rest} ${attribute}=""></${tag}>
        </div>`);
        const elements = [...wrapper.children] as unknown as Record<string, unknown>[];
        expect(elements.map((element) => element[property])).to.deep.equal([true, true, true, true]);
        const said = () => warn.calls.map((call) => String(call[0])).filter((message) => message.includes('"…"> is on: remove'));
        expect(said()).to.deep.equal([`[ccv-leerkring] <${tag} ${attribute}="…"> is on: remove ${attribute} to switch it off.`]);
        // Set later too (a CMS editing live).
        resetWarnings();
        const last = wrapper.lastElementChild!;
        last.setAttribute(attribute, 'off');
        expect(said()).to.have.length(2);
        expect(last.getAttribute(attribute)).to.equal('off');
        expect((last as unknown as Record<string, unknown>)[property]).to.equal(true);
      } finally {
        warn.restore();
      }
    });
  }

  it('says nothing for an attribute that is no on/off one, written "false"', async () => {
    const warn = stubWarn();
    try {
      const card = await fixture(`<ccv-contact-card name="false" job-title="false"></ccv-contact-card>`);
      card.setAttribute('organisation', 'false');
      expect(warn.said()).not.to.contain('"…"> is on: remove');
    } finally {
      warn.restore();
    }
  });
});
