import type { Translations } from '../i18n/catalogue.js';

export interface ContactCardMessages {
  email: string;
  phone: string;
  copyEmail: string;
  copyPhone: string;
  copiedEmail: string;
  copiedPhone: string;
  /** The Clipboard API is missing or refused: the text is selected instead. */
  copyManually: string;
  saveContact: string;
  missingName: string;
}

export const contactCardMessages: Translations<'contact-card'> = {
  nl: {
    email: 'E-mail',
    phone: 'Telefoon',
    copyEmail: 'E-mailadres kopiëren',
    copyPhone: 'Telefoonnummer kopiëren',
    copiedEmail: 'E-mailadres gekopieerd',
    copiedPhone: 'Telefoonnummer gekopieerd',
    copyManually: 'Kopiëren lukte niet. De tekst is geselecteerd, zodat je hem zelf kunt kopiëren.',
    saveContact: 'Contact opslaan',
    missingName: 'Deze contactkaart kan niet worden getoond: er is geen naam opgegeven.',
  },
  en: {
    email: 'Email',
    phone: 'Phone',
    copyEmail: 'Copy email address',
    copyPhone: 'Copy phone number',
    copiedEmail: 'Email address copied',
    copiedPhone: 'Phone number copied',
    copyManually: 'Copying did not work. The text is selected, so you can copy it yourself.',
    saveContact: 'Save contact',
    missingName: 'This contact card cannot be shown: no name was given.',
  },
};
