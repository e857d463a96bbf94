import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/casus-form/casus-form.js';
import type { CcvCasusForm } from '../src/casus-form/casus-form.js';
import { draftKey, saveDraft } from '../src/casus-form/draft.js';
import { stubFetch } from './fetch-stub.js';

interface FormArgs {
  lang?: string;
  headingLevel?: number;
  noDraft?: boolean;
  privacyUrl?: string;
}

/**
 * Storybook has no receiver, so these stories let the host "send" the case:
 * they cancel `ccv-casus-submit` and answer the way a server would. The
 * playground (`npm start`) posts to the real reference receiver.
 */
const meta: Meta<FormArgs> = {
  title: 'Elements/ccv-casus-form',
  component: 'ccv-casus-form',
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  args: { headingLevel: 2, noDraft: true, privacyUrl: '/privacy' },
};
export default meta;
type Story = StoryObj<FormArgs>;

const form = (args: FormArgs, onSubmit?: (form: CcvCasusForm, event: CustomEvent) => void) => html`<ccv-casus-form
  lang=${ifDefined(args.lang)}
  heading-level=${ifDefined(args.headingLevel)}
  privacy-url=${ifDefined(args.privacyUrl)}
  ?no-draft=${args.noDraft}
  @ccv-casus-submit=${(event: CustomEvent) => {
    if (!onSubmit) return;
    event.preventDefault();
    onSubmit(event.currentTarget as CcvCasusForm, event);
  }}
></ccv-casus-form>`;

/** Empty: fill it in and submit; the story pretends to be a server that answers with a reference. */
export const Empty: Story = { render: (args) => form(args, (element) => setTimeout(() => element.complete('LK-VOORBEELD-1'), 600)) };

export const English: Story = { args: { lang: 'en' }, render: Empty.render };

/** Submit straight away to see the error summary and the inline messages. */
export const Errors: Story = {
  render: Empty.render,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ccv-casus-form')!;
    await element.updateComplete;
    (element as unknown as { startedAt: number }).startedAt -= 10_000;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  },
};

export const ErrorsInEnglish: Story = { args: { lang: 'en' }, render: Empty.render, play: Errors.play };

/** Past the limit: typing on is allowed, and the count says how many characters too many. */
export const TooLong: Story = {
  render: Empty.render,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ccv-casus-form')!;
    await element.updateComplete;
    const description = element.shadowRoot!.querySelector<HTMLTextAreaElement>('[name=description]')!;
    description.value = 'In een appgroep werd opgeroepen om na de wedstrijd naar het station te komen. '.repeat(27);
    description.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/** The receiver refused a field (422 problem+json): its message lands on the field and in the summary. */
export const ServerFieldError: Story = {
  render: (args) => html`<ccv-casus-form endpoint="/stories/casus-422" privacy-url=${ifDefined(args.privacyUrl)} no-draft></ccv-casus-form>`,
  loaders: [
    async () => {
      const refusal = { type: 'about:blank', title: 'Ongeldige invoer', status: 422, errors: [{ field: 'email', detail: 'Dit adres kent de ontvanger niet.' }] };
      stubFetch('/stories/casus-422', async () => new Response(JSON.stringify(refusal), { status: 422, headers: { 'Content-Type': 'application/problem+json' } }));
      return {};
    },
  ],
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement)),
};

/** The receiver refused the case without naming a field (here a 404): the form says so in its own words and keeps everything typed. */
export const ServerRefused: Story = {
  render: (args) => html`<ccv-casus-form endpoint="/stories/casus-404" privacy-url=${ifDefined(args.privacyUrl)} no-draft></ccv-casus-form>`,
  loaders: [
    async () => {
      stubFetch('/stories/casus-404', async () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } }));
      return {};
    },
  ],
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement)),
};

/** The browser refuses to keep a draft (storage full or blocked): the form says so above the fields, once. */
export const DraftNotKept: Story = {
  args: { noDraft: false },
  render: Empty.render,
  // Not on the docs page: it would take the page's draft key from DraftRestored.
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ccv-casus-form')!;
    await element.updateComplete;
    // Refused only while this story saves, so the other stories keep their storage.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const name = element.shadowRoot!.querySelector<HTMLInputElement>('[name=name]')!;
      name.value = 'Sam de Vries';
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 800));
    } finally {
      Storage.prototype.setItem = setItem;
    }
  },
};

/** With drafts on: type, reload the story, and what you typed comes back. */
// Not on the docs page: there it would come before DraftRestored and take the page's draft (the first
// form that keeps drafts and has no id keeps the page's key).
export const WithDraft: Story = { args: { noDraft: false }, render: Empty.render, tags: ['!autodocs'] };

/** Back on a later visit: what was typed before is filled in again, with a notice and a discard button. */
export const DraftRestored: Story = {
  args: { noDraft: false },
  render: Empty.render,
  loaders: [
    async () => {
      saveDraft(draftKey(location.pathname), {
        name: 'Sam de Vries',
        organisation: 'Gemeente Voorbeeld',
        title: 'Oproep tot rellen na een wedstrijd',
        description: 'Halverwege getypt: in een appgroep werd opgeroepen om',
        preferredFormat: 'small',
      });
      return {};
    },
  ],
};

/**
 * The restored case just discarded: the notice says so, and its button (which keeps the focus) puts
 * everything back, in the fields and the draft, until something new is typed.
 */
export const DraftDiscardedUndo: Story = {
  args: { noDraft: false },
  render: Empty.render,
  // Not on the docs page: it would discard DraftRestored's draft there.
  tags: ['!autodocs'],
  loaders: DraftRestored.loaders,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ccv-casus-form')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=draft-notice] button')!.click();
  },
};

/** Being filled in: a field is checked when it is left after a change (here the e-mail address), never while typing. */
export const Editing: Story = {
  render: Empty.render,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('ccv-casus-form')!;
    await element.updateComplete;
    const root = element.shadowRoot!;
    for (const [name, value] of [
      ['name', 'Sam de Vries'],
      ['organisation', 'Gemeente Voorbeeld'],
      ['email', 'sam@'],
    ]) {
      const control = root.querySelector<HTMLInputElement>(`[name=${name}]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      control.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    }
  },
};

/** Fills the form and submits it, as a person would, for the states below. */
async function fillAndSubmit(canvasElement: HTMLElement, { fast = false } = {}): Promise<CcvCasusForm> {
  const element = canvasElement.querySelector('ccv-casus-form')!;
  await element.updateComplete;
  const root = element.shadowRoot!;
  const set = (name: string, value: string) => {
    const control = root.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  set('name', 'Sam de Vries');
  set('organisation', 'Gemeente Voorbeeld');
  set('role', 'Adviseur openbare orde');
  set('email', 'sam@gemeente.example');
  set('title', 'Oproep tot rellen na een wedstrijd');
  set('description', 'In een appgroep werd opgeroepen om na de wedstrijd naar het station te komen.');
  set('theme', 'oproepen');
  const consent = root.querySelector<HTMLInputElement>('[name=privacyConsent]')!;
  consent.checked = true;
  consent.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (!fast) (element as unknown as { startedAt: number }).startedAt = performance.now() - 10_000;
  root.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await element.updateComplete;
  return element;
}

/** Sending: the host has the case and has not answered yet. */
export const Sending: Story = {
  render: (args) => form(args, () => {}),
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement)),
};

/** Failed: every attempt failed; everything typed is still there, with "send again". */
export const Failed: Story = {
  render: (args) => form(args, (element) => setTimeout(() => element.fail(), 300)),
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement)),
};

/** Nobody handles the case and there is no endpoint: once sent, a visible configuration error, never a silent no-op. */
export const NoEndpoint: Story = {
  render: (args) => form(args),
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement)),
};

/** Confirmed: the receiver answered with a reference. */
export const Confirmed: Story = {
  render: (args) => form(args, (element) => element.complete('LK-20261128-3F2A9C1B')),
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement)),
};

/** Held back: sent within 3 seconds of the first keystroke, as bots do. Nothing is sent or confirmed; the form asks to send once more. */
export const HeldBack: Story = {
  render: (args) => form(args, (element) => element.complete('LK-20261128-3F2A9C1B')),
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement, { fast: true })),
};

/** Confirmed, with changes typed while it was on its way: those were not sent, and the confirmation says so. */
export const ConfirmedWithUnsentChanges: Story = {
  render: (args) =>
    form(args, (element) => {
      const description = element.shadowRoot!.querySelector<HTMLTextAreaElement>('[name=description]')!;
      description.value += ' Nog een zin erbij.';
      description.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      setTimeout(() => element.complete('LK-20261128-3F2A9C1B'), 300);
    }),
  play: async ({ canvasElement }) => void (await fillAndSubmit(canvasElement)),
};
