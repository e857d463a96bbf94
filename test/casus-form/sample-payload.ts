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
