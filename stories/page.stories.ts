import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import demo from '../demo/data/sessions.json';
// Each element's own module (the package marks the index as free of side effects, so a bare import of it registers nothing).
import '../src/casus-form/casus-form.js';
import '../src/config/config.js';
import '../src/contact-card/contact-card.js';
import '../src/session-list/session-list.js';
import type { SessionInput } from '../src/session-list/schema.js';

/**
 * The whole leerkring page, as a partner site would build it: every widget
 * inside one `<ccv-config>`, on a page with its own headings (the widgets'
 * headings fit under them with `heading-level`). The playground (`npm start`)
 * is the same page with the reference receiver behind the form.
 */
const meta: Meta = {
  title: 'Page/Leerkring online openbare orde',
  parameters: { layout: 'padded' },
  render: () => html`
    <ccv-config consent-source="builtin" privacy-url="/privacy">
      <main style="max-inline-size: 48rem">
        <h1>Leerkring online openbare orde</h1>
        <p>
          Een leerkring voor gemeenten, politie en Openbaar Ministerie over ordeverstoringen die online beginnen. Hieronder
          de uitzendingen, een formulier om een casus in te brengen en de adviseur om contact mee op te nemen.
        </p>
        <h2>Uitzendingen</h2>
        <ccv-session-list heading-level="3" filters now="2026-12-01T12:00:00+01:00" .sessions=${demo.sessions as SessionInput[]}></ccv-session-list>
        <h2>Casus inbrengen</h2>
        <ccv-casus-form
          heading-level="3"
          no-draft
          @ccv-casus-submit=${(event: CustomEvent) => {
            // Storybook has no receiver: answer as the reference receiver would.
            event.preventDefault();
            const form = event.currentTarget as HTMLElementTagNameMap['ccv-casus-form'];
            setTimeout(() => form.complete('LK-VOORBEELD-1'), 600);
          }}
        ></ccv-casus-form>
        <h2>Contact</h2>
        <ccv-contact-card
          heading-level="3"
          name="Lienke Hutten"
          job-title="CCV-adviseur"
          organisation="Centrum voor Criminaliteitspreventie en Veiligheid"
          email="lienke.hutten@hetccv.nl"
          phone="06 12 056 691"
          vcard
        ></ccv-contact-card>
      </main>
    </ccv-config>
  `,
};
export default meta;

export const WholePage: StoryObj = {};
