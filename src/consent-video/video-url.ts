/**
 * Video references: parsing what editors paste (every common YouTube and
 * Vimeo URL form) and building the privacy-preserving embed URLs.
 * Pure functions; nothing here touches the network or the DOM.
 */

export const PROVIDERS = ['youtube', 'vimeo'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface VideoRef {
  provider: Provider;
  /** YouTube: 11 characters; Vimeo: digits. Absent for a bare YouTube playlist. */
  id?: string;
  /** Start offset in whole seconds. */
  start?: number;
  /** YouTube: where an embed code has it stop (`end=`), in whole seconds, after the start. */
  end?: number;
  /** YouTube playlist id. */
  list?: string;
  /** Vimeo's privacy hash for unlisted videos. */
  hash?: string;
}

const YOUTUBE_ID = /^[\w-]{11}$/;
const YOUTUBE_LIST = /^[\w-]{2,64}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIMEO_HASH = /^[\da-f]{6,20}$/i;
/** Longer than any real video URL; refuse before parsing pasted essays. */
const MAX_URL_LENGTH = 2048;

const YOUTUBE_HOSTS = new Set([
  'youtu.be',
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'music.youtube.com',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
/** `https://www.youtube.com/watch?v=<id>` or `https://youtu.be/<id>`, nothing more. */
const PLAIN_YOUTUBE = /^https:\/\/(?:www\.youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{11})$/;
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

export function isProvider(value: unknown): value is Provider {
  return (PROVIDERS as readonly unknown[]).includes(value);
}

export function isValidId(provider: Provider, id: string): boolean {
  return (provider === 'youtube' ? YOUTUBE_ID : VIMEO_ID).test(id);
}

/**
 * Reads a start time as YouTube and Vimeo write it: `90`, `90s`, `1m30s`,
 * `1h2m3s`, `1m30` (as people shorten it), or a clock `1:30` / `1:02:03`.
 * Returns whole seconds.
 */
export function parseStart(value: string | null | undefined): number | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  // A bare number, and one after the minutes, is seconds. Each form has hours, minutes and seconds
  // in that order; a unit form without any would be empty, which `text` is not.
  const parts =
    /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(text.replace(/^\d+$|m\d+$/, '$&s')) ??
    /^(?:(\d{1,3}):)?(\d{1,2}):([0-5]\d)$/.exec(text);
  if (!parts) return undefined;
  const [, hours = 0, minutes = 0, seconds = 0] = parts;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

function hashStart(url: URL): string | undefined {
  return /(?:^#|&)t=([^&]+)/.exec(url.hash)?.[1];
}

/** An end only after the start (YouTube plays on to the end of the video past any other). */
export const endAfter = (start: number | undefined, end: number | undefined): number | undefined => (end! > (start ?? 0) ? end : undefined);

function parseYouTube(url: URL): VideoRef | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (url.hostname === 'youtu.be') id = segments[0];
  else if (segments[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
  else if (['embed', 'shorts', 'live', 'v', 'e'].includes(segments[0] ?? '')) id = segments[1];
  else if (segments[0] !== 'playlist') return undefined;

  const list = url.searchParams.get('list') ?? undefined;
  // `/embed/videoseries?list=` is how YouTube embeds a playlist without a first video.
  if (id === 'videoseries') id = undefined;
  if (id !== undefined && !YOUTUBE_ID.test(id)) return undefined;
  if (list !== undefined && !YOUTUBE_LIST.test(list)) return undefined;
  if (!id && !list) return undefined;

  // (time_continue: the "continue watching" time of older share links.)
  const start = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start') ?? url.searchParams.get('time_continue') ?? hashStart(url));
  return clean({ provider: 'youtube', id, list, start, end: endAfter(start, parseStart(url.searchParams.get('end'))) });
}

function parseVimeo(url: URL): VideoRef | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  // vimeo.com/123, /123/abcdef (unlisted), /channels/x/123, /groups/x/videos/123,
  // /showcase/1/video/123, player.vimeo.com/video/123?h=abcdef, and the owner's own links an editor
  // may paste: /manage/videos/123, /user/review/123/abcdef. Each form says where its id stands: a
  // channel or group may have a numeric name.
  const [first, second, third] = segments;
  const at =
    first === 'channels' ? 2
    : first === 'groups' ? (third === 'videos' ? 3 : -1)
    : first === 'showcase' || first === 'album' ? (third === 'video' ? 3 : -1)
    : first === 'video' ? 1
    : first === 'manage' ? (second === 'videos' ? 2 : -1)
    : second === 'review' ? 2
    : 0;
  const id = segments[at];
  if (!id || !VIMEO_ID.test(id)) return undefined;
  // (A review link's hash is the review's, not the unlisted video's: not passed on.)
  const pathHash = second === 'review' && first !== 'channels' ? undefined : segments[at + 1];
  const hash = url.searchParams.get('h') ?? (pathHash && VIMEO_HASH.test(pathHash) ? pathHash : undefined);
  if (hash !== undefined && !VIMEO_HASH.test(hash)) return undefined;
  return clean({ provider: 'vimeo', id, hash, start: parseStart(hashStart(url)) });
}

/** A reference with only the fields that are set (built, not pruned: `delete` makes objects slow). */
export function clean(ref: VideoRef): VideoRef {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ref)) if (value !== undefined) out[key] = value;
  return out as unknown as VideoRef;
}

/**
 * Parses a YouTube or Vimeo URL as people paste it. Returns `undefined`
 * for anything else, including hostile strings: only https/http URLs on
 * the providers' own hosts are considered at all.
 */
export function parseVideoUrl(input: string | null | undefined): VideoRef | undefined {
  // A CMS that escaped a link twice leaves "&amp;" between its parameters: "&" was meant.
  const text = input?.trim().replace(/&(?:amp;)+/gi, '&');
  if (!text || text.length > MAX_URL_LENGTH) return undefined;
  // The form almost every link has, read without building a URL (lists parse thousands).
  const plain = PLAIN_YOUTUBE.exec(text);
  if (plain && plain[1] !== 'videoseries') return { provider: 'youtube', id: plain[1] };
  let url: URL;
  try {
    // Editors often paste without the scheme: "youtu.be/abc".
    url = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.port) return undefined;
  // (The URL parser writes an http(s) host in lower case.)
  if (YOUTUBE_HOSTS.has(url.hostname)) return parseYouTube(url);
  if (VIMEO_HOSTS.has(url.hostname)) return parseVimeo(url);
  return undefined;
}

export interface EmbedOptions {
  autoplay: boolean;
  /** Player interface language. */
  lang: string;
}

/** `address` with the parameters that have a value (left out: `undefined`, `0`, ''), in this order, and a start time as Vimeo takes it. */
function withQuery(address: string, query: Record<string, string | number | undefined>, vimeoStart?: number): string {
  const url = new URL(address);
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, String(value));
  if (vimeoStart) url.hash = `t=${vimeoStart}s`;
  return url.href;
}

/**
 * The iframe URL, on each provider's privacy mode: youtube-nocookie.com
 * sets no cookies until playback; Vimeo's `dnt=1` stops its tracking.
 */
export function embedUrl(ref: VideoRef, { autoplay, lang }: EmbedOptions): string {
  const play = autoplay ? 1 : undefined;
  return ref.provider === 'vimeo'
    ? withQuery(`https://player.vimeo.com/video/${ref.id}`, { h: ref.hash, dnt: 1, autoplay: play }, ref.start)
    : withQuery(`https://www.youtube-nocookie.com/embed/${ref.id ?? 'videoseries'}`, {
        list: ref.list,
        start: ref.start,
        end: ref.end,
        autoplay: play,
        playsinline: 1,
        rel: '0', // (a string: withQuery leaves out the number 0)
        hl: lang,
      });
}

/** The video on the provider's own site, for the "watch on YouTube" link. */
export function watchUrl(ref: VideoRef): string {
  return ref.provider === 'vimeo'
    ? withQuery(`https://vimeo.com/${ref.id}${ref.hash ? `/${ref.hash}` : ''}`, {}, ref.start)
    : withQuery(`https://www.youtube.com/${ref.id ? 'watch' : 'playlist'}`, { v: ref.id, list: ref.list, t: ref.start && `${ref.start}s` });
}

/** The provider's name as people know it (YouTube where there is no video). */
export function providerName(provider?: Provider): string {
  return provider === 'vimeo' ? 'Vimeo' : 'YouTube';
}
