/**
 * What a document says of when words were said or carried: the live-blog entry holding them (its day and clock
 * time as the page stamps them), and the time words its sentence puts with them outside any quotation ("…,” Quist
 * said on Tuesday evening). Nothing is worked out from them: the answer shows the article's own words.
 */
import { MONTHS as MONTH_LIST, WEEKDAYS } from '../claims/words/time.js';
import { MONTH_NAMES } from '../corpus/calendar.js';
import type { CorpusDocument, DatedPart } from '../corpus/types.js';

/** The live-blog entry of `doc` holding the words at `offset` (the innermost), or undefined. */
export function liveEntryAt(doc: Pick<CorpusDocument, 'meta'>, offset: number): DatedPart | undefined {
  let best: DatedPart | undefined;
  for (const part of doc.meta.datedParts ?? [])
    if (part.kind === 'entry' && offset >= part.start && offset < part.end && (!best || part.end - part.start < best.end - best.start))
      best = part;
  return best;
}

const MONTHS = MONTH_LIST.join('|');
/** Abbreviations of the months longer than three letters: "Jan", "Sept" (matched case-insensitively). */
const MONTHS_SHORT = MONTH_NAMES.filter((m) => m.length > 3)
  .map((m) => (m === 'september' ? 'sept?' : m.slice(0, 3)))
  .join('|');
const DAYS = WEEKDAYS.join('|');
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';

/**
 * Time words an article puts with a quotation: a day of the week, a date, "yesterday", "last night", "earlier
 * this week", "on 3 July" — the first of them in the sentence, read outside quotation marks.
 */
const TIME_WORDS = new RegExp(
  [
    `\\b(?:(?:on|last|this|early|late|earlier)\\s+)?(?:${DAYS})${PART_OF_DAY}\\b`,
    `\\b(?:yesterday|today|tonight)${PART_OF_DAY}\\b`,
    '\\b(?:last|this)\\s+(?:night|morning|afternoon|evening|week|weekend|month|year)\\b',
    '\\bearlier\\s+(?:today|this\\s+(?:week|month|year)|in\\s+the\\s+(?:day|week|month|year))\\b',
    `\\b(?:on\\s+)?(?:(?:${MONTHS}|(?:${MONTHS_SHORT})\\.?)\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS}))(?:,?\\s+\\d{4})?\\b`,
    '\\bat\\s+(?:a|the|an)\\s+(?:press\\s+conference|news\\s+conference|briefing|hearing|rally|meeting|debate|interview)\\s+on\\s+\\S+(?:\\s+\\S+)?',
  ].join('|'),
  'i',
);

/** Quotation marks' spans in a text: what they enclose is someone's words, not the article's. */
const QUOTED = /[“"«„][^“”"«»„]*[”"»]|‘[^‘’]{2,}’(?=\W|$)/g;

/**
 * The time words the sentence holding `start..end` of `doc` puts with them, outside any quotation and outside the
 * words themselves ("on Tuesday evening"), or undefined when it says none.
 */
export function timeWordsAround(doc: Pick<CorpusDocument, 'text' | 'blocks'>, start: number, end: number): string | undefined {
  const block = doc.blocks.find((b) => b.start <= start && start < b.end);
  if (!block) return undefined;
  const blockEnd = Math.max(block.end, end);
  // the words themselves and every quotation in the paragraph blanked, offsets kept
  let text = doc.text.slice(block.start, blockEnd);
  const blank = (from: number, to: number) => {
    text = text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + text.slice(to);
  };
  for (const m of [...text.matchAll(QUOTED)]) blank(m.index, m.index + m[0].length);
  blank(start - block.start, end - block.start);
  // the sentence: from the end of the one before the words to the end of the one they close
  const from = start - block.start;
  const to = end - block.start;
  const before = text.slice(0, from).search(/[.!?]\s+(?=[^.!?]*$)/);
  const afterMatch = /[.!?](?:\s|$)/.exec(text.slice(to));
  const sentence = text.slice(before < 0 ? 0 : before + 1, afterMatch ? to + afterMatch.index + 1 : text.length);
  const found = TIME_WORDS.exec(sentence);
  return found ? found[0].replace(/\s+/g, ' ').trim() : undefined;
}
