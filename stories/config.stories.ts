import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/config/config.js';
import '../src/consent-video/consent-video.js';

interface ConfigArgs {
  lang?: string;
  consentSource?: string;
  consentCategory?: string;
  casusEndpoint?: string;
  privacyUrl?: string;
}

const meta: Meta<ConfigArgs> = {
  title: 'Elements/ccv-config',
  component: 'ccv-config',
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    consentSource: {
      control: 'select',
      options: ['auto', 'builtin', 'cookiebot', 'onetrust', 'klaro', 'cookieconsent', 'tcf'],
    },
  },
  args: { lang: 'nl', consentSource: 'auto', consentCategory: 'marketing', casusEndpoint: '/api/casus', privacyUrl: '/privacy.html' },
  render: (args) => html`
    <ccv-config
      lang=${ifDefined(args.lang)}
      consent-source=${ifDefined(args.consentSource)}
      consent-category=${ifDefined(args.consentCategory)}
      casus-endpoint=${ifDefined(args.casusEndpoint)}
      privacy-url=${ifDefined(args.privacyUrl)}
    >
      <p>
        Every Leerkring widget placed here shares these settings. <code>&lt;ccv-config&gt;</code> itself draws nothing
        (<code>display: contents</code>): it does not change the page's layout. The video below takes its language,
        consent source and category from it.
      </p>
      <ccv-consent-video video-id="M7lc1UVf-VE" video-title="Leerkring XL, oktober 2023 (voorbeeld)"></ccv-consent-video>
    </ccv-config>
  `,
};
export default meta;

export const Default: StoryObj<ConfigArgs> = {};

export const English: StoryObj<ConfigArgs> = { args: { lang: 'en' } };

/** An unknown consent source falls back to `auto` with one console warning. */
export const UnknownConsentSource: StoryObj<ConfigArgs> = { args: { consentSource: 'cookiebott' } };
