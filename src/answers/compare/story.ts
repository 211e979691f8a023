/**
 * Whether a document that leaves a claim out is on its story: the topic's or the claim's content words in its
 * text, or the claim's speaker named by surname.
 */
import type { CorpusDocument } from '../../corpus/types.js';
import { isStopword, stem, words } from '../../store/search/normalize.js';
import type { ClaimView } from '../../store/view.js';
import type { ClaimGroup } from '../../store/types.js';
import { COMPARE_LIMITS } from './limits.js';

/** Content-word stems of a text (function words left out). */
export function contentStems(text: string): string[] {
  return [
    ...new Set(
      words(text)
        .filter((w) => !isStopword(w))
        .map(stem),
    ),
  ];
}

const ACCENTED = /[\u00c0-\u024f]/;

/** A document's words and content-word stems, made once per /compare for the documents that need them. */
export type StoryWords = { own: Set<string>; stems: Set<string> };

function storyWords(doc: CorpusDocument, memo: Map<string, StoryWords>): StoryWords {
  let found = memo.get(doc.id);
  if (!found) {
    const own = new Set(words(doc.text));
    found = { own, stems: new Set([...own].filter((w) => !isStopword(w)).map(stem)) };
    memo.set(doc.id, found);
  }
  return found;
}

/**
 * Whether a document that does not carry a claim is on its story, so that leaving the claim out says something:
 * it holds at least `topicBag` of the topic's content words, or `paraphraseBag` (and `paraphraseMinWords`) of
 * the claim's, or names the claim's speaker by surname. An article about something else (a bakery's award beside
 * a bridge vote) did not "leave out" the mayor's words: it is off topic. An outlet filter can scope thousands of
 * documents: one whose lower-cased text holds none of the words' first three letters is off topic without being
 * read word by word (stemming and American spelling change no letter before the fourth: "citi" for "city"; a text
 * with accented letters, which words fold, is always read).
 */
export function onStory(doc: CorpusDocument, story: StoryMarks, memo: Map<string, StoryWords>): boolean {
  const { topic, claim, surnames, needles } = story;
  if (needles && !memo.has(doc.id) && !ACCENTED.test(doc.text)) {
    const lower = doc.text.toLowerCase();
    if (!needles.some((w) => lower.includes(w))) return false;
  }
  const { own, stems } = storyWords(doc, memo);
  const share = (wanted: readonly string[]) => wanted.filter((s) => stems.has(s)).length;
  if (topic.length && share(topic) / topic.length >= COMPARE_LIMITS.topicBag) return true;
  const inClaim = share(claim);
  if (claim.length && inClaim >= COMPARE_LIMITS.paraphraseMinWords && inClaim / claim.length >= COMPARE_LIMITS.paraphraseBag) return true;
  return surnames.some((w) => own.has(w));
}

/** What marks a claim's story: the topic's and the claim's content stems, the speaker's surnames. */
export type StoryMarks = { topic: readonly string[]; claim: string[]; surnames: string[]; needles: string[] | null };

export function storyMarks(store: ClaimView, group: ClaimGroup, topic: readonly string[]): StoryMarks {
  const claim = contentStems(group.text);
  const speaker = group.speakerId ? store.speakers.get(group.speakerId) : undefined;
  const surnames = speaker
    ? [speaker.name, ...speaker.aliases].map((n) => words(n).at(-1)).filter((w): w is string => !!w && w.length >= 3 && !isStopword(w))
    : [];
  const all = [...topic, ...claim, ...surnames];
  return { topic, claim, surnames, needles: all.every((w) => /^[a-z0-9]+$/.test(w)) ? [...new Set(all.map((w) => w.slice(0, 3)))] : null };
}
