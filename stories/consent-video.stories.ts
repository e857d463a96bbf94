import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/consent-video/consent-video.js';
import poster from './assets/poster.svg';

interface VideoArgs {
  url?: string;
  videoId?: string;
  provider?: string;
  videoTitle?: string;
  videoTitleLang?: string;
  start?: string;
  poster?: string;
  consentCategory?: string;
  consentSource?: string;
  allowOnce?: boolean;
  lang?: string;
}

/**
 * Nothing here contacts YouTube or Vimeo until you press a button in a
 * story: that is the point of the element. The stories use the built-in
 * consent store; clear it with the withdraw button under a loaded video.
 */
const meta: Meta<VideoArgs> = {
  title: 'Elements/ccv-consent-video',
  component: 'ccv-consent-video',
  argTypes: {
    provider: { control: 'inline-radio', options: ['youtube', 'vimeo'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    consentSource: { control: 'select', options: ['builtin', 'auto', 'cookiebot', 'onetrust', 'klaro', 'cookieconsent', 'tcf'] },
  },
  args: {
    url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE&t=90s',
    videoTitle: 'Leerkring XL oktober 2023 (voorbeeldvideo)',
    consentSource: 'builtin',
    allowOnce: false,
  },
  render: (args) => html`
    <div style="max-inline-size: 40rem">
      <ccv-consent-video
        url=${ifDefined(args.url)}
        video-id=${ifDefined(args.videoId)}
        provider=${ifDefined(args.provider)}
        video-title=${ifDefined(args.videoTitle)}
        video-title-lang=${ifDefined(args.videoTitleLang)}
        start=${ifDefined(args.start)}
        poster=${ifDefined(args.poster)}
        consent-category=${ifDefined(args.consentCategory)}
        consent-source=${ifDefined(args.consentSource)}
        lang=${ifDefined(args.lang)}
        ?allow-once=${args.allowOnce}
      ></ccv-consent-video>
    </div>
  `,
};
export default meta;
type Story = StoryObj<VideoArgs>;

/** Before consent: title, notice, accept button and a link to the video on YouTube. */
export const Placeholder: Story = {};

/** Press the button to see the loaded state: the player on youtube-nocookie.com, focused and playing. */
export const LoadedAfterAClick: Story = { args: { videoTitle: 'Press “Toestaan en afspelen” to load the player' } };

export const WithPoster: Story = { args: { poster } };

export const AllowOnce: Story = { args: { allowOnce: true } };

/** An English recording on a Dutch page: its title is marked `lang="en"`, so a screen reader reads it in English. */
export const TitleInAnotherLanguage: Story = { args: { videoTitle: 'Online disorder: what municipalities can do', videoTitleLang: 'en' } };

export const Vimeo: Story = { args: { url: 'https://vimeo.com/76979871', videoTitle: 'Een Vimeo-video (voorbeeld)' } };

export const English: Story = { args: { lang: 'en', videoTitle: 'Learning circle XL, October 2023 (example)' } };

/** Tokens set by a dark host theme. */
export const DarkTheme: Story = {
  decorators: [
    (story) => html`<div
      style="padding: 1rem; background: #121212; --ccv-color: #f2f2f2; --ccv-background-color: #121212;
        --ccv-surface-color: #242424; --ccv-link-color: #8cc8ff; --ccv-link-hover-color: #c2e1ff;
        --ccv-button-background-color: #8cc8ff; --ccv-button-color: #000000; --ccv-button-hover-background-color: #c2e1ff;
        --ccv-focus-outline-color: #ffffff; --ccv-focus-halo-color: #000000; color: #f2f2f2"
    >${story()}</div>`,
  ],
};

/** A high-contrast theme through tokens; Windows High Contrast (forced-colors) is handled in the styles. */
export const HighContrast: Story = {
  decorators: [
    (story) => html`<div
      style="padding: 1rem; background: #000000; --ccv-color: #ffffff; --ccv-background-color: #000000;
        --ccv-surface-color: #000000; --ccv-link-color: #ffff00; --ccv-link-hover-color: #ffffff;
        --ccv-button-background-color: #ffff00; --ccv-button-color: #000000; --ccv-button-hover-background-color: #ffffff;
        --ccv-focus-outline-color: #ffffff; --ccv-focus-halo-color: #000000"
    >${story()}</div>`,
  ],
};

/** The host takes over: it cancels `ccv-consent-request` and would open its own consent dialog. */
export const HostConsentDialog: Story = {
  decorators: [
    (story) => html`<div
      @ccv-consent-request=${(event: CustomEvent) => {
        event.preventDefault();
        alert(`The site would now open its own consent dialog for "${event.detail.category}".`);
      }}
    >${story()}</div>`,
  ],
};

export const ErrorNoVideo: Story = { args: { url: undefined, videoId: undefined } };
export const ErrorInEnglish: Story = { args: { lang: 'en', url: undefined, videoId: undefined } };
export const ErrorNotAVideoUrl: Story = { args: { url: 'https://www.example.org/film' } };
export const ErrorUnknownProvider: Story = { args: { url: undefined, videoId: 'M7lc1UVf-VE', provider: 'dailymotion' } };
export const ErrorPosterFromYouTube: Story = { args: { poster: 'https://i.ytimg.com/vi/M7lc1UVf-VE/hqdefault.jpg' } };
