import type { Translations } from '../i18n/catalogue.js';

export interface ConsentVideoMessages {
  /** Shown when no `video-title` is given. */
  untitled: (provider: string) => string;
  notice: (provider: string, category: string) => string;
  /** Visible text of the accept button; the video title is added for screen readers. */
  accept: string;
  once: string;
  watchOn: (provider: string) => string;
  settings: string;
  withdraw: string;
  /** When consent can only be given in the site's own consent dialog (TCF). */
  useSettings: string;
  /** Our category names, as people read them; `other` stands for a category without words here (a manager's own id). */
  categories: Record<string, string>;
  /** A sentence of its own, before the reason and the title: said with them as one text (the region's); the title, having no full stop, comes last. */
  errorHeading: string;
  noVideo: string;
  badUrl: string;
  badId: string;
  badProvider: string;
  badPoster: string;
}

export const consentVideoMessages: Translations<'consent-video'> = {
  nl: {
    untitled: (provider) => `Video op ${provider}`,
    notice: (provider, category) =>
      `${provider} kan gegevens over je verzamelen, zoals je IP-adres, en cookies op je apparaat plaatsen. Daarom vragen we eerst je toestemming voor ${category}. Die geldt daarna op deze hele website.`,
    accept: 'Toestaan en afspelen',
    once: 'Alleen deze video afspelen',
    watchOn: (provider) => `Bekijken op ${provider}`,
    settings: 'Cookie-instellingen',
    withdraw: 'Toestemming voor video’s intrekken',
    useSettings: 'Geef toestemming via de cookie-instellingen van deze website.',
    categories: {
      marketing: 'marketingcookies',
      statistics: 'statistische cookies',
      preferences: 'voorkeurscookies',
      functional: 'functionele cookies',
      social: 'cookies van sociale media',
      necessary: 'noodzakelijke cookies',
      other: 'deze cookies',
    },
    errorHeading: 'Deze video kan niet worden getoond.',
    noVideo: 'Er is geen video opgegeven.',
    badUrl: 'Dit adres is geen YouTube- of Vimeo-video.',
    badId: 'De code van deze video klopt niet.',
    badProvider: 'Deze videodienst wordt niet ondersteund; kies YouTube of Vimeo.',
    badPoster: 'De voorbeeldafbeelding moet een https-adres op deze site zelf hebben.',
  },
  en: {
    untitled: (provider) => `Video on ${provider}`,
    notice: (provider, category) =>
      `${provider} may collect data about you, such as your IP address, and place cookies on your device. So we ask for your consent to ${category} first. It then applies to this whole website.`,
    accept: 'Allow and play',
    once: 'Play this video only',
    watchOn: (provider) => `Watch on ${provider}`,
    settings: 'Cookie settings',
    withdraw: 'Withdraw consent for videos',
    useSettings: 'Give consent in this website’s cookie settings.',
    categories: {
      marketing: 'marketing cookies',
      statistics: 'statistics cookies',
      preferences: 'preference cookies',
      functional: 'functional cookies',
      social: 'social media cookies',
      necessary: 'necessary cookies',
      other: 'these cookies',
    },
    errorHeading: 'This video cannot be shown.',
    noVideo: 'No video was given.',
    badUrl: 'This address is not a YouTube or Vimeo video.',
    badId: 'The code of this video is not valid.',
    badProvider: 'This video service is not supported; choose YouTube or Vimeo.',
    badPoster: 'The preview image must have an https address on this site itself.',
  },
};
