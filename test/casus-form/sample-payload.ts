/** A complete, valid case as the form sends it (payload v1), for the tests of the rules around it. */
export const validPayload = {
  version: 1,
  name: 'Sam de Vries',
  organisation: 'Gemeente Voorbeeld',
  role: 'Adviseur',
  email: 'sam@gemeente.example',
  title: 'Titel',
  description: 'Beschrijving',
  theme: 'onrust',
  preferredFormat: 'none',
  privacyConsent: true,
  locale: 'nl',
};

/** A whole case as a person types it into the form's text fields and theme (the format and the privacy box are chosen apart). */
export const typedCase = {
  name: 'Sam de Vries',
  organisation: 'Gemeente Voorbeeld',
  role: 'Adviseur openbare orde',
  email: 'sam@gemeente.example',
  title: 'Oproep tot rellen na een wedstrijd',
  description: 'In een appgroep werd opgeroepen om na de wedstrijd naar het station te komen.',
  theme: 'oproepen',
};
