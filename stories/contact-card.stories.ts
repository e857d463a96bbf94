import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/contact-card/contact-card.js';

interface CardArgs {
  name?: string;
  jobTitle?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  photo?: string;
  headingLevel?: number;
  vcard?: boolean;
  lang?: string;
  width?: string;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/ccv-contact-card',
  component: 'ccv-contact-card',
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    width: { control: 'inline-radio', options: ['16rem', '40rem', '100%'] },
  },
  args: {
    name: 'Lienke Hutten',
    jobTitle: 'CCV-adviseur',
    organisation: 'Centrum voor Criminaliteitspreventie en Veiligheid',
    email: 'lienke.hutten@hetccv.nl',
    phone: '06 12 056 691',
    headingLevel: 2,
    vcard: true,
    width: '40rem',
  },
  render: (args) => html`<div style="inline-size: ${args.width}">
    <ccv-contact-card
      name=${ifDefined(args.name)}
      job-title=${ifDefined(args.jobTitle)}
      organisation=${ifDefined(args.organisation)}
      email=${ifDefined(args.email)}
      phone=${ifDefined(args.phone)}
      photo=${ifDefined(args.photo)}
      heading-level=${ifDefined(args.headingLevel)}
      lang=${ifDefined(args.lang)}
      ?vcard=${args.vcard}
    ></ccv-contact-card>
  </div>`,
};
export default meta;
type Story = StoryObj<CardArgs>;

export const WideBlock: Story = {};
export const Sidebar: Story = { args: { width: '16rem' } };
export const WithPhoto: Story = { args: { photo: new URL('./assets/poster.svg', import.meta.url).href } };
export const English: Story = { args: { lang: 'en', jobTitle: 'CCV advisor' } };
export const Landline: Story = { args: { phone: '(030) 751 67 00' } };
/** A municipality's 14 + area code number, dialled as written (tel:14030). */
export const ServiceNumber: Story = { args: { phone: '14 030' } };
/** After "copy": the confirmation is announced, or, where the browser refuses, the text is selected to copy by hand. */
export const Copied: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('ccv-contact-card')!;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
  },
};
export const InvalidEmailAndPhone: Story = { args: { email: 'niet-een-adres', phone: 'bel de receptie' } };
export const MissingName: Story = { args: { name: undefined } };
