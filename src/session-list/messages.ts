import type { Translations } from '../i18n/catalogue.js';
import { formatCount } from '../i18n/format.js';

export interface SessionListMessages {
  loading: string;
  loadError: string;
  retry: string;
  empty: string;
  emptyFiltered: string;
  /** `show="upcoming"` with nothing to come. */
  emptyUpcoming: string;
  /** `show="past"` with nothing past yet. */
  emptyPast: string;
  skipped: (count: number) => string;
  upcoming: string;
  past: string;
  live: string;
  formats: { xl: string; small: string };
  chair: string;
  panel: string;
  topics: string;
  addToCalendar: string;
  register: string;
  link: string;
  showMore: (shown: number, total: number) => string;
  /** Said after a filter change, for 1 or more (none found says the empty text the page shows). */
  results: (count: number) => string;
  filterHeading: string;
  topicLabel: string;
  yearLabel: string;
  textLabel: string;
  anyTopic: string;
  anyYear: string;
  clearFilters: string;
  /** Text of the .ics DESCRIPTION when a session has no summary. */
  calendarDescription: string;
  /**
   * After a session's time, for a visitor whose device is on another clock then: the times shown are
   * Amsterdam's, and `time` is the start on the visitor's own clock ("10:30", "dinsdag 01:00").
   */
  otherClock: (time: string) => string;
  /** The link before a long list that takes keyboard focus past it. */
  skipList: string;
  /** Where that link lands, after the list: shown while it has focus. */
  listEnd: string;
}

export const sessionListMessages: Translations<'session-list'> = {
  nl: {
    loading: 'De sessies worden geladen…',
    loadError: 'De sessies konden niet worden geladen.',
    retry: 'Opnieuw proberen',
    empty: 'Er zijn nog geen sessies.',
    emptyFiltered: 'Geen sessies gevonden. Pas de filters aan of wis ze.',
    emptyUpcoming: 'Er staan nu geen sessies gepland.',
    emptyPast: 'Er zijn nog geen eerdere sessies.',
    skipped: (count) => (count === 1 ? '1 sessie kon niet worden getoond.' : `${formatCount(count, 'nl')} sessies konden niet worden getoond.`),
    upcoming: 'Komende sessies',
    past: 'Eerdere sessies',
    live: 'Nu live',
    formats: { xl: 'Leerkring XL', small: 'Leerkring' },
    chair: 'Voorzitter',
    panel: 'Panel',
    topics: 'Onderwerpen',
    addToCalendar: 'In je agenda zetten',
    register: 'Aanmelden',
    link: 'Link naar deze sessie',
    showMore: (shown, total) => `Meer sessies tonen (${formatCount(shown, 'nl')} van ${formatCount(total, 'nl')} getoond)`,
    results: (count) => (count === 1 ? '1 sessie gevonden' : `${formatCount(count, 'nl')} sessies gevonden`),
    filterHeading: 'Sessies zoeken',
    topicLabel: 'Onderwerp',
    yearLabel: 'Jaar',
    textLabel: 'Zoek op woord of naam',
    anyTopic: 'Alle onderwerpen',
    anyYear: 'Alle jaren',
    clearFilters: 'Filters wissen',
    calendarDescription: 'Online leerkring van het CCV.',
    otherClock: (time) => `(Nederlandse tijd, bij jou ${time})`,
    skipList: 'Sla de lijst met sessies over',
    listEnd: 'Einde van de lijst met sessies',
  },
  en: {
    loading: 'Loading the sessions…',
    loadError: 'The sessions could not be loaded.',
    retry: 'Try again',
    empty: 'There are no sessions yet.',
    emptyFiltered: 'No sessions found. Change or clear the filters.',
    emptyUpcoming: 'No sessions are planned at the moment.',
    emptyPast: 'There are no past sessions yet.',
    skipped: (count) => (count === 1 ? '1 session could not be shown.' : `${formatCount(count, 'en')} sessions could not be shown.`),
    upcoming: 'Upcoming sessions',
    past: 'Past sessions',
    live: 'Live now',
    formats: { xl: 'Learning circle XL', small: 'Learning circle' },
    chair: 'Chair',
    panel: 'Panel',
    topics: 'Topics',
    addToCalendar: 'Add to your calendar',
    register: 'Register',
    link: 'Link to this session',
    showMore: (shown, total) => `Show more sessions (${formatCount(shown, 'en')} of ${formatCount(total, 'en')} shown)`,
    results: (count) => (count === 1 ? '1 session found' : `${formatCount(count, 'en')} sessions found`),
    filterHeading: 'Find sessions',
    topicLabel: 'Topic',
    yearLabel: 'Year',
    textLabel: 'Search by word or name',
    anyTopic: 'All topics',
    anyYear: 'All years',
    clearFilters: 'Clear filters',
    calendarDescription: 'Online learning circle by the CCV.',
    otherClock: (time) => `(Amsterdam time, ${time} your time)`,
    skipList: 'Skip the list of sessions',
    listEnd: 'End of the list of sessions',
  },
};
