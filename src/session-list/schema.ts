/**
 * The sessions document (version 1) and its validation. Data comes from
 * other servers and CMS editors, so nothing is trusted: every field is
 * checked, a bad entry is skipped with its reason, a bad optional field is
 * dropped, and strings are kept as text (the element never renders HTML).
 * schema/sessions.schema.json documents the same rules as JSON Schema.
 */
import { bare, own } from '../base/own.js';
import { characterCount, cleanText, foldForSearch } from '../base/text.js';
import { parseWebUrl } from '../base/url.js';
import { dateWords } from '../i18n/format.js';
import { LANGUAGE_TAG } from '../i18n/languages.js';
import { parseVideoUrl } from '../consent-video/video-url.js';
import { parseSessionTime } from './time.js';

export type SessionFormat = 'xl' | 'small';

export interface Person {
  name: string;
  organisation?: string;
  role?: string;
}

/** A session as the data document writes it. */
export interface SessionInput {
  id: string;
  title: string;
  start: string;
  end?: string;
  format?: SessionFormat;
  summary?: string;
  chair?: Person;
  panel?: Person[];
  topics?: string[];
  video?: Video;
  registrationUrl?: string;
}

/** A recording: its YouTube or Vimeo address, title, and an image of it for search engines (https). */
export interface Video {
  url: string;
  title?: string;
  poster?: string;
}

/** A validated session, with parsed times. */
export interface Session {
  id: string;
  title: string;
  start: Date;
  end: Date;
  /** `end` came from the data (not the default length). */
  hasEnd: boolean;
  format?: SessionFormat;
  readonly summary?: string;
  readonly chair?: Person;
  readonly panel: Person[];
  readonly topics: string[];
  readonly video?: Video;
  readonly registrationUrl?: string;
  /** Lower-case text the search matches against. */
  readonly haystack: string;
}

export interface SkippedEntry {
  index: number;
  id?: string;
  reason: string;
}

export interface ValidationResult {
  sessions: Session[];
  skipped: SkippedEntry[];
  /** Optional fields that were dropped, as warnings. */
  dropped: string[];
  /** The language the document says its sessions are written in (`lang`). */
  lang?: string;
}

export const DOCUMENT_VERSION = 1;
/** Sessions without an end are assumed to last this long (for "live" and calendars). */
export const DEFAULT_LENGTH_MS = 90 * 60 * 1000;

const ID = /^[A-Za-z0-9][\w.-]{0,99}$/;
const MAX_TEXT = 5000;
const MAX_SHORT = 300;
const MAX_PANEL = 50;
const MAX_TOPICS = 30;

export class DocumentError extends Error {}

/** The fields the schema knows, per kind of object: the only ones read (see record). */
const DOCUMENT_FIELDS = ['version', 'lang', 'sessions'];
const SESSION_FIELDS = ['id', 'title', 'start', 'end', 'format', 'summary', 'chair', 'panel', 'topics', 'video', 'registrationUrl'] satisfies (keyof SessionInput)[];
const PERSON_FIELDS = ['name', 'organisation', 'role'] satisfies (keyof Person)[];
const VIDEO_FIELDS = ['url', 'title', 'poster'] satisfies (keyof Video)[];

/** `value` has `key` itself, or from a prototype but the last (Object.prototype, never ours: see own.ts). */
function holds(value: object, key: string): boolean {
  for (let object: object | null = value; object; object = Object.getPrototypeOf(object)) {
    if (Object.hasOwn(object, key)) return object === value || Object.getPrototypeOf(object) !== null;
  }
  return false;
}

/**
 * The schema's `keys` of an object, or undefined for anything else. An instance of a class
 * (`sessions` from an app's model) has its getters on the class's prototype, so those count; only
 * these keys are read: an app's other getters (a count from its server, one that throws) and a
 * DOM element's (layout) are never called.
 */
function record(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = bare();
  for (const key of keys) {
    try {
      if (holds(value, key)) fields[key] = (value as Record<string, unknown>)[key];
    } catch {
      // A getter that throws (the app's data not loaded yet) gives no field: the rest still shows.
    }
  }
  return fields;
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = cleanText(value).trim();
  // Counted in characters, as the JSON Schema counts: an emoji is one. (Never more than in UTF-16 units.)
  return clean && (clean.length <= max || characterCount(clean) <= max) ? clean : undefined;
}

/** A chair or panel member; an organisation or role given but unusable is reported to `drop` by its key. */
function person(data: unknown, drop: (key: string) => void): Person | undefined {
  const value = record(data, PERSON_FIELDS);
  if (!value) return undefined;
  const name = text(value.name, MAX_SHORT);
  if (!name) return undefined;
  // (Built on an object that inherits nothing too: a missing organisation is missing, see own.ts.)
  const result: Person = own({ name });
  for (const key of ['organisation', 'role'] as const) {
    const part = text(value[key], MAX_SHORT);
    if (part) result[key] = part;
    else if (value[key] !== undefined) drop(key);
  }
  return result;
}

/** What a list needs of every entry, or why the entry cannot be shown. */
function required(entry: Record<string, unknown> | undefined, seen: Set<string>): { id: string; title: string; start: Date } | { reason: string; id?: string } {
  if (!entry) return { reason: 'not an object' };
  const id = typeof entry.id === 'string' && ID.test(entry.id) ? entry.id : undefined;
  if (!id) return { reason: 'missing or invalid "id"' };
  // Added to `seen` at once, and taken out again if the entry is skipped: one look-up, not two.
  const count = seen.size;
  if (seen.add(id).size === count) return { reason: 'duplicate "id"', id };
  const title = text(entry.title, MAX_SHORT);
  const start = title && parseSessionTime(entry.start);
  if (!start) seen.delete(id);
  if (!title) return { reason: 'missing or invalid "title"', id };
  if (!start) return { reason: 'missing or invalid "start"', id };
  return { id, title, start };
}

/**
 * Validates a parsed sessions document: `{ version: 1, sessions: [...] }`
 * or a bare array. Throws DocumentError when the document as a whole is
 * unusable; otherwise returns the good sessions and what was skipped.
 *
 * What a list needs of every session (id, title, start, format) is checked
 * at once; the rest (end, people, topics, links) when first read, so a document
 * of 10,000 sessions shown ten at a time costs little. `onDrop` hears about
 * each bad optional field when it is found.
 */
export function validateSessions(document: unknown, onDrop?: (message: string) => void): ValidationResult {
  let entries: unknown;
  let lang: string | undefined;
  const fields = record(document, DOCUMENT_FIELDS);
  if (Array.isArray(document)) entries = document;
  else if (fields) {
    if (fields.version !== undefined && fields.version !== DOCUMENT_VERSION) {
      throw new DocumentError(`unsupported version ${JSON.stringify(fields.version)}; expected ${DOCUMENT_VERSION}`);
    }
    entries = fields.sessions;
    if (typeof fields.lang === 'string' && LANGUAGE_TAG.test(fields.lang.trim())) lang = fields.lang.trim();
  }
  if (!Array.isArray(entries)) throw new DocumentError('no "sessions" array');

  const sessions: Session[] = [];
  const skipped: SkippedEntry[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();

  // One shared reporter, not a closure per entry: documents may hold thousands.
  const drop = (id: string, field: string) => {
    const message = `${id ? `session "${id}"` : 'the document'}: invalid "${field}" ignored`;
    dropped.push(message);
    onDrop?.(message);
  };
  if (!lang && fields?.lang !== undefined) drop('', 'lang');
  for (let index = 0; index < entries.length; index += 1) {
    // (Undefined for what is no object: required() skips it.)
    const entry = record(entries[index], SESSION_FIELDS) as Record<string, unknown>;
    const checked = required(entry, seen);
    if ('reason' in checked) {
      skipped.push({ index, id: checked.id, reason: checked.reason });
      continue;
    }
    const { id, title, start } = checked;

    let format: SessionFormat | undefined;
    if (entry.format === 'xl' || entry.format === 'small') format = entry.format;
    else if (entry.format !== undefined) drop(id, 'format');
    sessions.push(new LazySession(entry, id, title, start, format, drop));
  }
  return { sessions, skipped, dropped, ...(lang && { lang }) };
}

interface Details {
  summary?: string;
  chair?: Person;
  panel: Person[];
  topics: string[];
  video?: Video;
  registrationUrl?: string;
}

class LazySession implements Session {
  readonly #raw: Record<string, unknown>;
  readonly #drop: (id: string, field: string) => void;
  #cache?: Details;
  #search?: string;
  #end?: Date;
  #hasEnd = false;

  constructor(
    raw: Record<string, unknown>,
    readonly id: string,
    readonly title: string,
    readonly start: Date,
    readonly format: SessionFormat | undefined,
    drop: (id: string, field: string) => void,
  ) {
    this.#raw = raw;
    this.#drop = drop;
  }

  /** Read when first needed: a list only asks for the ends of sessions that have started (and those shown). */
  get end(): Date {
    if (this.#end) return this.#end;
    const raw = this.#raw.end;
    let end = parseSessionTime(raw);
    if (raw !== undefined && (!end || end.getTime() <= this.start.getTime())) {
      this.#drop(this.id, 'end');
      end = undefined;
    }
    this.#hasEnd = !!end;
    return (this.#end = end ?? new Date(this.start.getTime() + DEFAULT_LENGTH_MS));
  }
  get hasEnd(): boolean {
    void this.end;
    return this.#hasEnd;
  }

  get #details(): Details {
    return (this.#cache ??= readDetails(this.#raw, (field) => this.#drop(this.id, field)));
  }
  get summary() {
    return this.#details.summary;
  }
  get chair() {
    return this.#details.chair;
  }
  get panel() {
    return this.#details.panel;
  }
  get topics() {
    return this.#details.topics;
  }
  get video() {
    return this.#details.video;
  }
  get registrationUrl() {
    return this.#details.registrationUrl;
  }
  get haystack() {
    // Built on the first search, not when the list first renders.
    return (this.#search ??= searchText(this.title, this.start, this.#details));
  }
}

/** What the text search looks in: the texts, the recording's title, and the month and year ("april 2023"). */
function searchText(title: string, start: Date, { summary, chair, panel, topics, video }: Details): string {
  const parts = [title, summary, chair?.name, chair?.organisation, chair?.role, ...panel.flatMap((member) => [member.name, member.organisation, member.role]), ...topics, video?.title, dateWords(start)];
  return foldForSearch(parts.filter(Boolean).join('\n'));
}

function readDetails(entry: Record<string, unknown>, drop: (field: string) => void): Details {
  /** An optional field, read with `read`: what it gives, or (a field given but unusable) dropped. */
  const field = <T>(name: string, read: (value: unknown) => T | undefined): T | undefined => {
    if (entry[name] === undefined) return undefined;
    const value = read(entry[name]);
    if (!value) drop(name);
    return value;
  };
  /**
   * A list field, at most `max` long (a document of 500,000 topics took seconds to show): its good
   * items, each read with `read`; a field with bad items, or none, is reported.
   */
  const list = <T>(name: string, max: number, read: (value: unknown, index: number) => T | undefined): T[] => {
    const value = entry[name];
    if (value === undefined) return [];
    if (Array.isArray(value) && value.length > max) drop(`${name} beyond ${max}`);
    const items = Array.isArray(value) ? value.slice(0, max).map(read) : [undefined];
    if (items.some((item) => !item)) drop(name);
    return items.filter((item): item is T => !!item);
  };
  return {
    summary: field('summary', (value) => text(value, MAX_TEXT)),
    chair: field('chair', (value) => person(value, (key) => drop(`chair.${key}`))),
    panel: list('panel', MAX_PANEL, (value, index) => person(value, (key) => drop(`panel[${index}].${key}`))),
    topics: [...new Set(list('topics', MAX_TOPICS, (topic) => text(topic, 80)))],
    video: field('video', (value): Video | undefined => {
      // (Not a plain {} for a video given as text: its url would be one a page put on Object.prototype.)
      const video = record(value, VIDEO_FIELDS) ?? own<Record<string, unknown>>({});
      const url = typeof video.url === 'string' && parseVideoUrl(video.url) ? video.url.trim() : undefined;
      if (!url) return undefined;
      const videoTitle = text(video.title, MAX_SHORT);
      const poster = absoluteUrl(video.poster);
      if (video.poster !== undefined && !poster) drop('video.poster');
      return own({ url, ...(videoTitle && { title: videoTitle }), ...(poster && { poster }) });
    }),
    registrationUrl: field('registrationUrl', absoluteUrl),
  };
}

/** An absolute http(s) URL, as the schema says: a relative one would point at whichever page shows the list. */
const absoluteUrl = (value: unknown): string | undefined =>
  typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim()) ? parseWebUrl(value)?.href : undefined;

/** Reads every lazy field now, so all dropped fields are known (for checks and tools). */
export function readAll(result: ValidationResult): ValidationResult {
  for (const session of result.sessions) void [session.end, session.haystack];
  return result;
}
