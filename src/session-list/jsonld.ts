/**
 * schema.org markup for search engines: each session an `Event` with a
 * `VirtualLocation`; a past session with a recording adds its `VideoObject`.
 * Only facts from the validated data; thumbnails are URLs for crawlers and
 * are never fetched by the visitor's browser.
 */
import { parseVideoUrl, watchUrl } from '../consent-video/video-url.js';
import { amsterdamOffset } from '../i18n/format.js';
import { statusOf } from './order.js';
import type { Person, Session } from './schema.js';

const ORGANIZER = {
  '@type': 'Organization',
  name: 'Centrum voor Criminaliteitspreventie en Veiligheid (CCV)',
  url: 'https://www.hetccv.nl/',
};

/**
 * 2026-12-14T15:30:00+01:00: the time as a Dutch clock shows it, with its offset. Google shows an
 * event's time as the markup writes it, so a time in UTC (…T14:30:00Z) read an hour or two early.
 */
function dutchTime(date: Date): string {
  const offset = amsterdamOffset(date.getTime()) * 60000;
  // (The offset as a time of day: 60 minutes is 01:00.)
  return new Date(date.getTime() + offset).toISOString().slice(0, 19) + (offset < 0 ? '-' : '+') + new Date(Math.abs(offset)).toISOString().slice(11, 16);
}

const personLd = (person: Person) => ({
  '@type': 'Person',
  name: person.name,
  ...(person.organisation ? { affiliation: { '@type': 'Organization', name: person.organisation } } : {}),
  ...(person.role ? { jobTitle: person.role } : {}),
});

export function sessionsToJsonLd(sessions: readonly Session[], now: Date, pageUrl: string): object {
  const page = new URL(pageUrl);
  page.hash = '';
  return {
    '@context': 'https://schema.org',
    '@graph': sessions.map((session) => {
      const event: Record<string, unknown> = {
        '@type': 'Event',
        '@id': `${page.href}#${session.id}`,
        name: session.title,
        startDate: dutchTime(session.start),
        eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        location: { '@type': 'VirtualLocation', url: session.registrationUrl ?? `${page.href}#${session.id}` },
        organizer: ORGANIZER,
        // (No inLanguage: the data does not say which language a session is held in; the page's is not it.)
        isAccessibleForFree: true,
      };
      // Only an end the data gives: the default length is a guess for calendars, not a fact to publish.
      if (session.hasEnd) event.endDate = dutchTime(session.end);
      if (session.summary) event.description = session.summary;
      if (session.topics.length) event.keywords = session.topics.join(', ');
      const people = [...(session.chair ? [session.chair] : []), ...session.panel];
      if (people.length) event.performer = people.map(personLd);
      const ref = session.video && parseVideoUrl(session.video.url);
      // Search engines show a VideoObject as a video only with a thumbnail: the data's poster, else a
      // YouTube video's own. Vimeo (without its API) and a bare playlist have no knowable one; their
      // VideoObject goes without it all the same, as DESIGN.md has every recording described.
      const youtube = ref?.provider === 'youtube' && ref.id;
      const thumbnailUrl = session.video?.poster ?? (youtube ? `https://i.ytimg.com/vi/${ref.id}/hqdefault.jpg` : undefined);
      if (ref && statusOf(session, now) === 'past') {
        event.recordedIn = {
          '@type': 'VideoObject',
          name: session.video?.title ?? session.title,
          description: session.summary ?? session.title,
          // The data never says when it went online: by the session's end where the data gives one, else
          // on its day (a date: a time from the calendars' guessed length would be made up, as endDate's).
          uploadDate: event.endDate ?? dutchTime(session.start).slice(0, 10),
          url: watchUrl(ref),
          ...(thumbnailUrl ? { thumbnailUrl } : {}),
          ...(youtube ? { embedUrl: `https://www.youtube-nocookie.com/embed/${ref.id}` } : {}),
          ...(ref.provider === 'vimeo' ? { embedUrl: `https://player.vimeo.com/video/${ref.id}${ref.hash ? `?h=${ref.hash}` : ''}` } : {}),
        };
      }
      return event;
    }),
  };
}
