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
  const sentence = sentenceAround(doc, start, end);
  const found = sentence === undefined ? null : TIME_WORDS.exec(sentence);
  return found ? found[0].replace(/\s+/g, ' ').trim() : undefined;
}

/** A preposition of order in time, as asked or as an article writes it. */
const ORDER = String.raw`before|after|ahead\s+of|prior\s+to|following|during|in\s+the\s+run-up\s+to`;

/**
 * An event an article puts the words before or after ("hours before the vote", "after Tuesday's meeting", "during
 * the debate"): an amount of time (optional), the preposition, then a determiner and at most four words.
 */
const EVENT_WORDS = new RegExp(
  String.raw`\b(?:(?:(?:a\s+few|several|two|three|\d+|an?|the)\s+)?(?:hours?|minutes?|days?|weeks?|moments?)\s+|(?:shortly|just|soon|long|right|immediately|minutes|moments)\s+)?(${ORDER})\s+((?:the|a|an|this|that|his|her|their|its|our|last|next|\p{Lu}\p{L}*['’]s?)\s+\p{L}[\p{L}'’-]*(?:\s+(?!(?:on|in|at|that|and|but|when|where|which|who|to|said|says|told)\b)\p{L}[\p{L}'’-]*){0,3})`,
  'giu',
);

/** Which way an order word points ("ahead of" is before, "following" after). */
function orderOf(word: string): 'before' | 'after' | 'during' {
  const w = word.toLowerCase();
  return /^(?:before|ahead|prior|in)/.test(w) ? 'before' : w === 'during' ? 'during' : 'after';
}

/**
 * The events the sentence holding `start..end` of `doc` puts the words before, after or during, outside any
 * quotation ("hours before the vote"), each with the event's words and which way it points.
 */
export function eventWordsAround(
  doc: Pick<CorpusDocument, 'text' | 'blocks'>,
  start: number,
  end: number,
): { words: string; event: string; relation: 'before' | 'after' | 'during' }[] {
  const sentence = sentenceAround(doc, start, end);
  if (!sentence) return [];
  return [...sentence.matchAll(EVENT_WORDS)].map((m) => ({
    words: m[0].replace(/\s+/g, ' ').trim(),
    event: m[2]!.replace(/\s+/g, ' ').trim(),
    relation: orderOf(m[1]!),
  }));
}

/**
 * The sentence holding `start..end` of `doc`, its quotations and the words themselves blanked (offsets kept): from
 * the end of the one before the words to the end of the one they close. Undefined outside any paragraph.
 */
function sentenceAround(doc: Pick<CorpusDocument, 'text' | 'blocks'>, start: number, end: number): string | undefined {
  const block = doc.blocks.find((b) => b.start <= start && start < b.end);
  if (!block) return undefined;
  const blockEnd = Math.max(block.end, end);
  let text = doc.text.slice(block.start, blockEnd);
  const blank = (from: number, to: number) => {
    text = text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + text.slice(to);
  };
  for (const m of [...text.matchAll(QUOTED)]) blank(m.index, m.index + m[0].length);
  blank(start - block.start, end - block.start);
  const from = start - block.start;
  const to = end - block.start;
  const before = text.slice(0, from).search(/[.!?]\s+(?=[^.!?]*$)/);
  const afterMatch = /[.!?](?:\s|$)/.exec(text.slice(to));
  return text.slice(before < 0 ? 0 : before + 1, afterMatch ? to + afterMatch.index + 1 : text.length);
}

/** Month names in calendar order (the word list is alphabetical). */
const CALENDAR = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/**
 * The days a typed time names ("March 10", "10 March 2026", "2026-03-10", "March", "2025"), as its first day and
 * the day after its last; a day or month typed without a year is taken in `year` (said back as such). Undefined
 * for anything else ("the vote", "Monday": no day of the calendar without guessing).
 */
export function periodNamed(text: string, year: number | undefined): { from: string; until: string; year?: string } | undefined {
  const t = text
    .toLowerCase()
    .replace(/^(?:the\s+)?/, '')
    .replace(/[\s?!.,]+$/, '')
    .trim();
  const month = (name: string) => {
    const full = MONTH_LIST.find((m) => m === name || (name.length >= 3 && m.startsWith(name.replace(/\.$/, ''))));
    return full ? CALENDAR.indexOf(full) : -1;
  };
  let m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    if (mo > 11 || d < 1 || d > 31) return undefined;
    return { from: iso(y, mo, d), until: iso(y, mo, d + 1) };
  }
  const withYear = (mo: number, d: number | null, y: string | undefined) => {
    if (mo < 0 || (d !== null && (d < 1 || d > 31))) return undefined;
    const taken = y ? Number(y) : year;
    if (taken === undefined) return undefined;
    const period =
      d === null ? { from: iso(taken, mo, 1), until: iso(taken, mo + 1, 1) } : { from: iso(taken, mo, d), until: iso(taken, mo, d + 1) };
    return y ? period : { ...period, year: String(taken) };
  };
  m = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+\.?)(?:,?\s+(\d{4}))?$/u.exec(t);
  if (m) return withYear(month(m[2]!), Number(m[1]), m[3]);
  m = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/u.exec(t);
  if (m) return withYear(month(m[1]!), Number(m[2]), m[3]);
  m = /^(\p{L}+)(?:\s+(\d{4}))?$/u.exec(t);
  if (m && MONTH_LIST.includes(m[1]!)) return withYear(month(m[1]!), null, m[2]);
  m = /^(\d{4})$/.exec(t);
  if (m) return { from: `${m[1]}-01-01`, until: `${Number(m[1]) + 1}-01-01` };
  return undefined;
}
