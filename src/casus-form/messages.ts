import type { Translations } from '../i18n/catalogue.js';
import { formatCount } from '../i18n/format.js';
import { MAX_LENGTH, type Field, type PreferredFormat, type Problem, type Theme } from './payload.js';

export interface CasusFormMessages {
  intro: string;
  optional: string;
  labels: Record<Field, string>;
  hints: Partial<Record<Field, string>>;
  themes: Record<Theme, string>;
  chooseTheme: string;
  formats: Record<PreferredFormat, string>;
  consentLabel: string;
  /** The error message for a field and problem, as it appears above the field and in the summary. */
  problem: (field: Field, problem: Problem) => string;
  /** A field the receiver refused without saying why. */
  checkField: (field: Field) => string;
  summaryHeading: string;
  limit: (limit: number) => string;
  remaining: (count: number) => string;
  tooMany: (count: number) => string;
  privacy: (days: number) => string;
  /** Said beside the privacy text while the form keeps drafts, and notes of arrival after them (not with no-draft). */
  draftKept: (days: number) => string;
  privacyLink: string;
  /** After the privacy link while nothing typed is kept (no-draft, or storage refused): it opens a new tab. */
  newTab: string;
  submit: string;
  sending: string;
  busy: string;
  failed: string;
  /** A send that got no answer while the browser is offline: it goes again by itself once the connection is back. */
  offline: string;
  retry: string;
  confirmationHeading: string;
  confirmation: (reference?: string) => string;
  newCase: string;
  draftRestored: (savedAt: string) => string;
  discardDraft: string;
  /** After the discard: the notice says so, and its button puts it back until the person types anew. */
  draftDiscarded: string;
  undoDiscard: string;
  noEndpoint: string;
  serverProblem: string;
  /** A 409: the receiver holds another version of this case under its key; sending again sends this one as a new case. */
  keyConflict: string;
  /** A submission held back as possibly automated: nothing was sent. */
  checkAgain: string;
  /** After the confirmation: changes made while an earlier version was on its way. */
  unsentEdits: string;
  /** The browser keeps no draft (storage refused or full). */
  noDraftStorage: string;
}

const nlLabels: Record<Field, string> = {
  name: 'Naam',
  organisation: 'Organisatie (gemeente)',
  role: 'Functie',
  email: 'E-mailadres',
  phone: 'Telefoonnummer',
  title: 'Titel van de casus',
  description: 'Beschrijving van de casus',
  theme: 'Thema',
  preferredFormat: 'Waar wil je de casus bespreken?',
  privacyConsent: 'Toestemming',
};
const enLabels: Record<Field, string> = {
  name: 'Name',
  organisation: 'Organisation (municipality)',
  role: 'Job title',
  email: 'Email address',
  phone: 'Phone number',
  title: 'Title of the case',
  description: 'Description of the case',
  theme: 'Theme',
  preferredFormat: 'Where would you like to discuss the case?',
  privacyConsent: 'Consent',
};

const nlRequired: Record<Field, string> = {
  name: 'Vul je naam in',
  organisation: 'Vul de naam van je organisatie in',
  role: 'Vul je functie in',
  email: 'Vul je e-mailadres in',
  phone: 'Vul je telefoonnummer in',
  title: 'Geef je casus een titel',
  description: 'Beschrijf je casus',
  theme: 'Kies een thema uit de lijst',
  preferredFormat: 'Kies waar je de casus wilt bespreken',
  privacyConsent: 'Vink aan dat het CCV je gegevens mag gebruiken. Zonder die toestemming kunnen we je casus niet bespreken',
};
const enRequired: Record<Field, string> = {
  name: 'Enter your name',
  organisation: 'Enter the name of your organisation',
  role: 'Enter your job title',
  email: 'Enter your email address',
  phone: 'Enter your phone number',
  title: 'Give your case a title',
  description: 'Describe your case',
  theme: 'Choose a theme from the list',
  preferredFormat: 'Choose where to discuss the case',
  privacyConsent: 'Select the box to let the CCV use your details. We cannot discuss your case without your consent',
};

export const casusFormMessages: Translations<'casus-form'> = {
  nl: {
    intro: 'Alle velden zijn verplicht, tenzij er ‘(optioneel)’ achter staat.',
    optional: '(optioneel)',
    labels: nlLabels,
    hints: {
      role: 'Bijvoorbeeld: adviseur openbare orde en veiligheid.',
      description:
        'Beschrijf wat er gebeurde en welke vraag je hebt. Noem geen namen, adressen of accountnamen (bijvoorbeeld op sociale media) van de mensen over wie de casus gaat.',
    },
    themes: {
      oproepen: 'Online oproepen tot ordeverstoring',
      monitoring: 'Online monitoring en open bronnen',
      bestuurlijk: 'Bestuurlijke maatregelen (zoals de APV)',
      strafrecht: 'Strafrechtelijke aanpak',
      onrust: 'Maatschappelijke onrust',
      evenementen: 'Evenementen en jaarwisseling',
      anders: 'Iets anders',
    },
    chooseTheme: 'Kies een thema',
    formats: { small: 'In een kleine leerkring', xl: 'In een leerkring XL', none: 'Geen voorkeur' },
    consentLabel: 'Ik geef het CCV toestemming om mijn gegevens te gebruiken om deze casus te bespreken.',
    problem: (field, problem) => {
      switch (problem) {
        case 'required':
          return nlRequired[field];
        case 'tooLong':
          // How to put it right: the limit. "Organisatie mag…", not "Organisatie (gemeente) mag…".
          return `Gebruik maximaal ${MAX_LENGTH[field]} tekens bij ‘${nlLabels[field].replace(/ \(.*\)$/, '')}’`;
        case 'email':
          return 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl';
        case 'phone':
          return 'Vul een geldig telefoonnummer in, zoals 06 12345678 of 020 1234567';
        case 'choice':
          return `Kies een van de opties bij ‘${nlLabels[field]}’`;
        case 'consent':
          return nlRequired.privacyConsent;
      }
    },
    // The consent box is labelled by its sentence, not by 'Toestemming': say what to do with it.
    checkField: (field) => (field === 'privacyConsent' ? nlRequired[field] : `Controleer ‘${nlLabels[field]}’`),
    summaryHeading: 'Er is een probleem',
    limit: (limit) => `Je kunt maximaal ${limit} tekens gebruiken.`,
    remaining: (count) => (count === 0 ? 'Je hebt geen tekens meer over' : count === 1 ? 'Je hebt nog 1 teken over' : `Je hebt nog ${count} tekens over`),
    tooMany: (count) => (count === 1 ? '1 teken te veel' : `${formatCount(count, 'nl')} tekens te veel`),
    privacy: (days) =>
      `Je casus gaat naar de adviseurs van het CCV. Zij gebruiken je gegevens alleen om de casus voor te bereiden en contact met je op te nemen. We bewaren je gegevens ${days} dagen na de bespreking en verwijderen ze daarna.`,
    draftKept: (days) => `Tot je casus is verstuurd, bewaart deze browser wat je hier typt, hoogstens ${days} dagen. Daarna onthoudt hij ${days} dagen alleen dat je casus is verstuurd, zodat die niet twee keer aankomt.`,
    privacyLink: 'Lees de privacyverklaring',
    newTab: '(opent in een nieuw tabblad)',
    submit: 'Casus versturen',
    sending: 'Bezig met versturen…',
    busy: 'Je casus wordt al verstuurd. Even geduld.',
    failed: 'Het versturen is niet gelukt. Wat je hebt ingevuld, staat er nog. Probeer het zo opnieuw.',
    offline: 'Er is geen internetverbinding. Wat je hebt ingevuld, staat er nog. Zodra er weer verbinding is, versturen we je casus.',
    retry: 'Opnieuw versturen',
    confirmationHeading: 'Je casus is ontvangen',
    confirmation: (reference) => `Dank je wel.${reference ? ` Je referentienummer is ${reference}.` : ''} Een adviseur van het CCV neemt contact met je op.`,
    newCase: 'Nog een casus versturen',
    draftRestored: (savedAt) => `We hebben ingevuld wat je eerder typte (bewaard op ${savedAt}).`,
    discardDraft: 'Wissen en opnieuw beginnen',
    draftDiscarded: 'We hebben gewist wat je eerder typte. Tot je iets nieuws typt, kun je het terugzetten.',
    undoDiscard: 'Ongedaan maken',
    noEndpoint: 'Dit formulier is niet goed ingesteld en kan je casus niet versturen. Wat je hebt ingevuld, staat er nog. Kopieer je tekst en neem contact op met het CCV.',
    serverProblem: 'We konden je casus niet verwerken. Wat je hebt ingevuld, staat er nog. Neem contact op met het CCV als dit blijft gebeuren.',
    keyConflict: 'Er is al eerder een andere versie van deze casus ontvangen. Wat je nu hebt ingevuld, staat er nog, maar is niet verstuurd. Kies ‘Opnieuw versturen’ om het als nieuwe casus te sturen.',
    checkAgain: 'Je casus is nog niet verstuurd. Kijk of alles klopt en verstuur hem nog een keer.',
    unsentEdits:
      'Let op: wat je na het versturen hebt veranderd, is niet meegestuurd. Kies ‘Nog een casus versturen’: je wijzigingen staan dan nog in het formulier, en je kunt ze als nieuwe casus versturen.',
    noDraftStorage: 'Je browser bewaart niet wat je hier typt. Bewaar een lange tekst ook zelf, tot je casus is verstuurd.',
  },
  en: {
    intro: 'All fields are required unless marked ‘(optional)’.',
    optional: '(optional)',
    labels: enLabels,
    hints: {
      role: 'For example: public order and safety advisor.',
      description:
        'Describe what happened and what you would like to ask. Do not give the names, addresses or account names (for example on social media) of the people the case is about.',
    },
    themes: {
      oproepen: 'Online calls to disturb public order',
      monitoring: 'Online monitoring and open sources',
      bestuurlijk: 'Administrative measures (such as bylaws)',
      strafrecht: 'Criminal law approach',
      onrust: 'Social unrest',
      evenementen: 'Events and New Year’s Eve',
      anders: 'Something else',
    },
    chooseTheme: 'Choose a theme',
    formats: { small: 'In a small learning circle', xl: 'In a learning circle XL', none: 'No preference' },
    consentLabel: 'I allow the CCV to use my details to discuss this case.',
    problem: (field, problem) => {
      switch (problem) {
        case 'required':
          return enRequired[field];
        case 'tooLong':
          return `${enLabels[field].replace(/ \(.*\)$/, '')} must be ${formatCount(MAX_LENGTH[field]!, 'en')} characters or fewer`;
        case 'email':
          return 'Enter an email address in the correct format, like name@municipality.nl';
        case 'phone':
          return 'Enter a phone number in the correct format, like 06 12345678 or 020 1234567';
        case 'choice':
          return `Choose one of the options for ‘${enLabels[field]}’`;
        case 'consent':
          return enRequired.privacyConsent;
      }
    },
    checkField: (field) => (field === 'privacyConsent' ? enRequired[field] : `Check ‘${enLabels[field]}’`),
    summaryHeading: 'There is a problem',
    limit: (limit) => `You can use up to ${formatCount(limit, 'en')} characters.`,
    remaining: (count) => (count === 0 ? 'You have no characters remaining' : count === 1 ? 'You have 1 character remaining' : `You have ${formatCount(count, 'en')} characters remaining`),
    tooMany: (count) => (count === 1 ? '1 character too many' : `${formatCount(count, 'en')} characters too many`),
    privacy: (days) =>
      `Your case goes to the CCV’s advisors. They only use your details to prepare the case and to contact you. We keep your details for ${days} days after the discussion and then delete them.`,
    draftKept: (days) => `Until your case is sent, this browser keeps what you type here, for ${days} days at most. After that it only remembers for ${days} days that your case was sent, so that it does not arrive twice.`,
    privacyLink: 'Read the privacy statement',
    newTab: '(opens in a new tab)',
    submit: 'Send case',
    sending: 'Sending…',
    busy: 'Your case is already being sent. Please wait.',
    failed: 'Your case could not be sent. Everything you entered is still here. Try again shortly.',
    offline: 'There is no internet connection. Everything you entered is still here. We will send your case as soon as the connection is back.',
    retry: 'Send again',
    confirmationHeading: 'Your case has been received',
    confirmation: (reference) => `Thank you.${reference ? ` Your reference number is ${reference}.` : ''} A CCV advisor will contact you.`,
    newCase: 'Send another case',
    draftRestored: (savedAt) => `We filled in what you typed before (saved on ${savedAt}).`,
    discardDraft: 'Clear and start again',
    draftDiscarded: 'We cleared what you typed before. Until you type something new, you can put it back.',
    undoDiscard: 'Undo',
    noEndpoint: 'This form is not set up correctly and cannot send your case. Everything you entered is still here. Copy your text and contact the CCV.',
    serverProblem: 'We could not process your case. Everything you entered is still here. Contact the CCV if this keeps happening.',
    keyConflict: 'An earlier version of this case was already received. What you entered now is still here, but was not sent. Choose ‘Send again’ to send it as a new case.',
    checkAgain: 'Your case has not been sent yet. Check that everything is right and send it once more.',
    unsentEdits:
      'Note: the changes you made after sending were not sent. Select ‘Send another case’: your changes will still be in the form, and you can send them as a new case.',
    noDraftStorage: 'Your browser does not keep what you type here. Keep a copy of a long text yourself until your case is sent.',
  },
};
