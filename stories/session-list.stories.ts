import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demo from '../demo/data/sessions.json';
import '../src/session-list/session-list.js';
import type { Show } from '../src/session-list/order.js';
import type { SessionInput } from '../src/session-list/schema.js';
import { stubFetch } from './fetch-stub.js';

interface ListArgs {
  sessions?: SessionInput[];
  src?: string;
  show?: Show;
  pageSize?: number;
  filters?: boolean;
  headingLevel?: number;
  structuredData?: boolean;
  now?: string;
  lang?: string;
}

const upcoming: SessionInput = {
  id: '2027-01-18-xl',
  title: 'Leerkring XL: de jaarwisseling terugblikken (voorbeeld)',
  format: 'xl',
  start: '2027-01-18T15:30',
  end: '2027-01-18T17:00',
  summary: 'Een voorbeeld van een komende sessie, met aanmelden en een agenda-bestand.',
  topics: ['Jaarwisseling', 'OSINT'],
  registrationUrl: 'https://www.hetccv.nl/',
};
const sessions = [upcoming, ...(demo.sessions as SessionInput[])];

/** The stories use the playground's data (the seed's two sessions and an invented one in 2028), plus another made-up upcoming session with a registration link. */
const meta: Meta<ListArgs> = {
  title: 'Elements/ccv-session-list',
  component: 'ccv-session-list',
  argTypes: {
    show: { control: 'inline-radio', options: ['all', 'upcoming', 'past'] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  args: { sessions, show: 'all', pageSize: 10, filters: true, headingLevel: 2, now: '2026-12-01T12:00:00+01:00' },
  // A list reads its filters from the address, and Storybook keeps one frame for every story:
  // start each story without the filters an earlier one (Filtered) put there.
  beforeEach: () => {
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()]) if (key.startsWith('ccv-')) url.searchParams.delete(key);
    history.replaceState(history.state, '', url);
  },
  render: (args) => html`
    <ccv-session-list
      .sessions=${args.sessions}
      src=${ifDefined(args.src)}
      show=${ifDefined(args.show)}
      page-size=${ifDefined(args.pageSize)}
      heading-level=${ifDefined(args.headingLevel)}
      now=${ifDefined(args.now)}
      lang=${ifDefined(args.lang)}
      ?filters=${args.filters}
      ?structured-data=${args.structuredData}
    ></ccv-session-list>
  `,
};
export default meta;
type Story = StoryObj<ListArgs>;

export const AllSessions: Story = {};
export const Upcoming: Story = { args: { show: 'upcoming' } };
export const Past: Story = { args: { show: 'past', filters: false } };
/** `now` inside the upcoming session: it shows as live. */
export const Live: Story = { args: { now: '2027-01-18T16:00:00+01:00', show: 'upcoming' } };
export const English: Story = { args: { lang: 'en' } };
export const OnePerPage: Story = { args: { pageSize: 1 } };
export const LoadError: Story = { args: { sessions: undefined, src: '/does-not-exist.json' } };
export const Empty: Story = { args: { sessions: [] } };
export const SomeEntriesSkipped: Story = {
  args: { sessions: [...sessions, { id: 'kapot', title: 'Zonder datum' } as unknown as SessionInput] },
};

/** Loading: the document has not arrived yet (this story's server never answers; after 10 s the list gives up, with a retry). */
export const Loading: Story = {
  args: { sessions: undefined, src: '/stories/sessions-that-never-arrive.json' },
  loaders: [
    async () => {
      // Never answers, but hears the list give up, as a real request does.
      stubFetch('sessions-that-never-arrive', (init) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))));
      return {};
    },
  ],
};

/** Filtered: a visitor chose a topic; the count is announced, and the choice is in the address. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('ccv-session-list')!;
    await list.updateComplete;
    const topic = list.shadowRoot!.querySelector<HTMLSelectElement>('#topic')!;
    topic.value = 'OSINT';
    topic.dispatchEvent(new Event('change'));
  },
};
