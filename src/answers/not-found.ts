/**
 * Why a not-found answer found nothing, when a reason can be told beyond "no outlet carries these words": a
 * question too short to match safely with a typo in it, or a speaker's name typed where a quotation goes.
 * The verdict stays not_found (no guess is offered); the member is told what to do instead.
 */
import { isStopword, words } from '../store/search/normalize.js';
import type { ClaimView } from '../store/view.js';
import type { NotFoundHint, WhoSaidResult } from './types.js';

/** Questions of at most this many words are too short to be matched with a typo'd or a missing word. */
export const SHORT_QUESTION_WORDS = 3;

/** Questions of more words are no speaker's name ("Ana Ruiz, Tom Hale and Lea Costa" is six). */
const MOST_NAME_WORDS = 8;

/** Letters of scripts written without spaces between words: their words cannot be counted by spaces. */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The speaker whose name (or one of its spellings) is the whole of `text`, case, accents and punctuation aside, or
 * null. Only a text as short as a name is looked up: the speaker search over a large corpus costs tens of ms for a
 * sentence.
 */
export function speakerNamed(store: ClaimView, text: string): string | null {
  if (words(text).length > MOST_NAME_WORDS) return null;
  const folded = fold(text);
  if (!folded) return null;
  const speaker = store.findSpeakers(text).find((s) => [s.name, ...s.aliases].some((n) => fold(n) === folded));
  return speaker?.name ?? null;
}

/** The hint for a not-found answer with no candidate (and no outlet filter, which has its own reason), or none. */
export function notFoundHint(store: ClaimView, result: WhoSaidResult): NotFoundHint | null {
  if (result.verdict !== 'not_found' || result.matches.length || result.askedOutlet) return null;
  const asked = result.searched ?? result.query;
  const typed = words(asked);
  const count = typed.length;
  if (count === 0) return null;
  // a speaker's name (or one of its spellings) typed as the quotation: /quotes lists what they said
  const speaker = speakerNamed(store, asked);
  if (speaker) return { kind: 'speaker_name', speaker };
  // function words alone are "too common", their own reason
  // (a script written without spaces between words, “加强各级沟通”, is one long "word" to count: not too short)
  if (count <= SHORT_QUESTION_WORDS && typed.some((w) => !isStopword(w)) && !UNSPACED_SCRIPT.test(asked))
    return { kind: 'short_question', words: count };
  return null;
}

/** `result` with its not-found hint, when there is one. */
export function withNotFoundHint(store: ClaimView, result: WhoSaidResult): WhoSaidResult {
  // (the answer already knows why: words found, too few to tell whose)
  if (result.hint) return result;
  const hint = notFoundHint(store, result);
  return hint ? { ...result, hint } : result;
}
