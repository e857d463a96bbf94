/**
 * Turns the element's attributes into one checked video, or the reason
 * there is none. Kept apart from the element so every rule is testable
 * without rendering.
 */
import { attributeText } from '../base/text.js';
import { selfHostedImageUrl } from '../base/url.js';
import { clean, endAfter, isProvider, isValidId, parseStart, parseVideoUrl, type VideoRef } from './video-url.js';

export type VideoProblem = 'noVideo' | 'badUrl' | 'badId' | 'badProvider' | 'badPoster';

export interface VideoAttributes {
  videoId?: string;
  url?: string;
  provider?: string;
  start?: string;
  poster?: string;
}

/** (Either field read on both kinds: `ref` is undefined beside a problem, `problem` beside a video.) */
export type ResolvedVideo = { ref: VideoRef; poster?: string; problem?: undefined } | { problem: VideoProblem; ref?: undefined; poster?: undefined };

export function resolveVideo(attributes: VideoAttributes): ResolvedVideo {
  const provider = attributeText(attributes.provider)?.toLowerCase();
  if (provider !== undefined && !isProvider(provider)) return { problem: 'badProvider' };
  let ref: VideoRef | undefined;
  const url = attributeText(attributes.url);
  const id = attributeText(attributes.videoId);
  if (url) {
    ref = parseVideoUrl(url);
    if (!ref) return { problem: 'badUrl' };
  } else if (id) {
    ref = { provider: provider ?? 'youtube', id };
    if (!isValidId(ref.provider, id)) return { problem: 'badId' };
  } else {
    return { problem: 'noVideo' };
  }
  const start = parseStart(attributeText(attributes.start));
  // (An end from the url stays only if it still comes after this start.)
  if (start !== undefined) ref = clean({ ...ref, start, end: endAfter(start, ref.end) });
  if (!attributeText(attributes.poster)) return { ref };
  // A preview image from the site itself (not the provider's thumbnails: see selfHostedImageUrl).
  const poster = selfHostedImageUrl(attributes.poster!)?.href;
  return poster ? { ref, poster } : { problem: 'badPoster' };
}
