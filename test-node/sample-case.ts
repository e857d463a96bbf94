/** A complete, valid case (payload v1), as a municipality's form sends it to the receiver. */
export const validCase = {
  version: 1,
  name: 'Sam de Vries',
  organisation: 'Gemeente Voorbeeld',
  role: 'Adviseur openbare orde',
  email: 'sam@gemeente.example',
  title: 'Oproep tot rellen na een voetbalwedstrijd',
  description: 'In een appgroep werd opgeroepen om na de wedstrijd samen te komen bij het station.',
  theme: 'oproepen',
  preferredFormat: 'small',
  privacyConsent: true,
  locale: 'nl',
};
