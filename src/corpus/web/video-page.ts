/**
 * A video's own page (og:type `video.*`, or a JSON-LD `VideoObject` as its main entity) built as an App Router
 * page prints only its chrome and its player; its flight data holds the video's description, often 60 words or
 * more, which the markup does not print. Read as the page's article (`flight-article.ts`), a video's blurb
 * became a text to quote from: such a page is no article, as its markup alone says.
 */
import type { DomDocument } from './dom.js';
import type { FlightProse } from './flight-article.js';
import { mainVideo, readJsonLd } from './json-ld.js';
import { metaTags } from './meta-tags.js';

/** og:type of a video's page: `video.other`, `video.episode`, `video.movie`, `video.tv_show`. */
const VIDEO_TYPE = /^video(?:\.|$)/i;
/** Fields of the data holding a video's description (`description`, `longDescription`, `synopsis`). */
const DESCRIPTION_FIELD = /description|synopsis/i;
/** Meta tags giving the page's description (a video page's: its video's, often cut short). */
const DESCRIPTION_TAGS = ['og:description', 'description', 'twitter:description'];
/** Opening words two texts share to be one description (a meta tag's is often cut with "…"). */
const SAME_OPENING_WORDS = 12;
/**
 * Words of a video's description at most when only a meta tag, perhaps cut short, tells it: an article of a
 * page typed as a video's (its story opening with a player) runs longer, its standfirst the tags' description.
 */
const BLURB_WORDS = 150;
/** How much longer than the `VideoObject`'s whole description the prose may be and still be it. */
const SAME_LENGTH = 1.2;

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether two texts open with the same words: the first 12, or all of the shorter when it has fewer (8 at least). */
function sameOpening(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(SAME_OPENING_WORDS, a.length, b.length);
  if (n < 8) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether the page is a video's own page and `prose`, read from its flight data, is that video's description:
 * read from a description's field, or the `VideoObject`'s description (its opening words, not much longer), or a
 * blurb (under 150 words) opening as the page's description meta tags do. A video page's other prose (a
 * transcript) is not its description.
 */
export function videoDescription(doc: DomDocument, prose: FlightProse): boolean {
  const tags = metaTags(doc);
  const video = mainVideo(readJsonLd(doc));
  if (!video && !VIDEO_TYPE.test(tags.get('og:type')?.value ?? '')) return false;
  if (prose.field && DESCRIPTION_FIELD.test(prose.field)) return true;
  const read = words(prose.paragraphs.join(' '));
  const whole = words(video?.description ?? '');
  if (sameOpening(whole, read) && read.length <= SAME_LENGTH * whole.length) return true;
  if (read.length >= BLURB_WORDS) return false;
  return DESCRIPTION_TAGS.some((t) => sameOpening(words(tags.get(t)?.value ?? ''), read));
}
