/**
 * What one search hit is to a question: verbatim, close or paraphrase by its words (`kindOf`), how an outlet
 * carried it (`renderingOf`), and whether its credit fits a speaker (`creditFits`).
 */
import type { ClaimView } from '../../store/view.js';
import type { SearchHit, StoredRendition } from '../../store/types.js';
import { handleSpells, unnamed } from '../carriers.js';
import { describes } from '../roles.js';
import { shareRun } from '../conflicts.js';
import { containsVerbatim } from '../diff.js';
import { words } from '../../store/search/normalize.js';
import { type PreparedQuery, align, prepareQuery } from '../../store/search/align.js';
import { isOrganisationName, jointMemberOf, nameMatches, writtenAsName } from '../../claims/speakers.js';
import type { Speaker } from '../../claims/types.js';
import type { OutletCarrier, SpeakerRef, WhoSaidMatch } from '../types.js';
import { quotedByAny } from '../outlet-name.js';
import { FEW_WORDS, unbrokenStretches } from '../few-words.js';
import { WHO_SAID_THRESHOLDS } from './thresholds.js';

export type MatchKind = WhoSaidMatch['kind'];

export const KIND_RANK: Record<MatchKind, number> = { verbatim: 0, close: 1, paraphrase: 2 };

export function kindOf(store: ClaimView, hit: SearchHit, query: QueryWords): MatchKind | null {
  const t = WHO_SAID_THRESHOLDS;
  const { count: queryWords, content: contentWords } = query;
  // (a short question gets as much slack as it has words: "push … heights" spread over ten words of a quotation is
  // not its wording with small differences)
  const slack = Math.min(t.slack, queryWords);
  const reach = t.spread * queryWords + slack;
  // a few words found only in different items of a list or clauses (“strategic communications, joint military
  // exercises” for “communication exercises”) are scattered words, not the quotation's with small differences
  const split = splitByBreak(hit, query, reach);
  if (hit.exact && !split) return hit.entry.kind === 'paraphrase' ? 'paraphrase' : 'verbatim';
  const inOrder = !split && hit.score >= t.close && hit.span <= reach && hit.orderedWords >= t.closeWordShare * queryWords;
  const paraphrased =
    hit.bag >= t.paraphraseBag &&
    Math.min(hit.contentMatched, query.distinct) >= t.paraphraseMinWords &&
    contentWords >= t.paraphraseContentShare * queryWords &&
    hit.length <= t.wordingPerQueryWord * queryWords + t.slack &&
    // a quotation that holds a run of the question's words (eight in a row) is not about something else: it
    // quotes part of them (“the foundation has no comment on the actions of that person”), a carrier to show
    (covered(store, hit, query) >= contentWords - Math.floor(t.paraphraseMissing * contentWords) ||
      shareRun(hit.entry.text, query.words.join(' ')));
  if (hit.entry.kind === 'paraphrase') return inOrder || paraphrased ? 'paraphrase' : null;
  if (inOrder) return 'close';
  return paraphrased ? 'paraphrase' : null;
}

/**
 * True when a short question (at most `FEW_WORDS` words, crossing no list or clause break itself) is found in `hit`
 * only across one of its breaks (few-words.ts `unbrokenStretches`): no part of it between breaks holds as many of
 * the question's words in order, within `reach` words.
 */
function splitByBreak(hit: SearchHit, query: QueryWords, reach: number): boolean {
  if (query.count > FEW_WORDS || hit.orderedWords === 0) return false;
  if (query.acrossBreak) return false;
  const stretches = unbrokenStretches(hit.entry.text);
  if (stretches.length < 2) return false;
  query.prepared ??= prepareQuery(query.words, () => 1);
  const prepared = query.prepared;
  return !stretches.some((stretch) => {
    const a = align(prepared, stretch);
    return a.orderedWords >= hit.orderedWords && a.span <= reach;
  });
}

/** The question's words as the verdicts weigh them. */
export interface QueryWords {
  /** The question's own words cross a list or clause break ("ports, dykes"): its words are not kept within one. */
  acrossBreak: boolean;
  /** The question prepared to align with the parts of a quotation between its breaks (`splitByBreak`), once. */
  prepared?: PreparedQuery;
  words: string[];
  count: number;
  content: number;
  /**
   * Different content words (by stem): a word typed again is not more evidence (“strengthen strengthen
   * strengthen” is one word found, not three).
   */
  distinct: number;
  /** Per wording: content words found in it as the word, its stem or a word of the same meaning. */
  covered: Map<number, number>;
}

/**
 * Content words of the query that a hit's paragraph holds, as the word, its stem or a word of the same
 * meaning: the wording, and what the article says around it (a member who pastes “the border drills will go
 * ahead in March” names what the article names before the quotation).
 */
export function covered(store: ClaimView, hit: SearchHit, query: QueryWords): number {
  let n = query.covered.get(hit.entry.id);
  if (n === undefined) {
    n = align(
      prepareQuery(query.words, () => 1),
      words(paragraphOf(store, hit.entry)),
    ).contentCovered;
    query.covered.set(hit.entry.id, n);
  }
  return n;
}

/** The paragraph of the document that holds a wording (the wording alone when the document is not at hand). */
function paragraphOf(store: ClaimView, entry: StoredRendition): string {
  const text = store.documents.get(entry.documentId)?.text;
  if (!text || entry.end > text.length) return entry.text;
  const from = text.lastIndexOf('\n', entry.start) + 1;
  const to = text.indexOf('\n', entry.end);
  return `${entry.text} ${text.slice(from, to < 0 ? text.length : to)}`;
}

/** How a document carries the claim: judged against the claim's reference wording, not the query. */
export function renderingOf(entry: StoredRendition, reference: string): OutletCarrier['rendering'] {
  if (entry.kind === 'paraphrase') return 'paraphrase';
  return containsVerbatim(entry.text, reference, 1) ? 'verbatim' : 'reworded';
}

/**
 * How a credit relates to a match's speaker when both name the same words: the same person, a shorter credit
 * of that person (a surname or given name alone that fits the full name; or, for words found word for word, a
 * pronoun or a description such as "the Republican candidate" that the article never resolved), a fuller
 * one, or someone else (null). Two full names never merge: people who share a surname stay apart.
 */
export function creditFits(
  credit: Speaker,
  speaker: SpeakerRef,
  wordForWord: boolean,
  lenient: boolean,
): 'same' | 'shorter' | 'fuller' | null {
  if (credit.id === speaker.id) return 'same';
  // a name a moderator split off ("Brandt" in this document is not Teodor Brandt) is someone else by their word,
  // whatever the names share
  const split = (s: Speaker | SpeakerRef): boolean => (s as { correction?: { kind: string } }).correction?.kind === 'split';
  if (split(credit) || split(speaker)) return null;
  // an embedded post credited by its handle alone: the person whose surname the handle spells, word for word
  if (credit.name.startsWith('@')) return wordForWord && handleSpells(credit.name, speaker.name) ? 'shorter' : null;
  const single = (name: string): boolean => words(name).length === 1;
  // descriptions and pronouns are kept per document and start in lower case ("she", "the spokesman"); an
  // organisation ("the energy ministry") is someone else, a statement to be told apart from its official's words
  // (`lenient`: also a person the corpus gives no role to tell, when no match's roles name the description)
  const fits = (description: string, roles: readonly string[]): boolean => {
    const named = describes(description, roles);
    return named || (lenient && named === undefined && !isOrganisationName(speaker.name));
  };
  if (wordForWord && unnamed(credit.name)) return fits(credit.name, speaker.roles) ? 'shorter' : null;
  // (the description came first: the name found later names the match)
  if (wordForWord && unnamed(speaker.name) && writtenAsName(credit.name)) return fits(speaker.name, credit.roles) ? 'fuller' : null;
  // one of the people a joint statement is credited to ("Tom Hale" for "Ana Ruiz, Tom Hale and Lea Costa"): the
  // same words, credited to fewer of the people who said them together, not to someone else
  if (jointMemberOf(speaker, credit)) return 'shorter';
  if (jointMemberOf(credit, speaker)) return 'fuller';
  if (single(credit.name) && nameMatches(credit.name, speaker)) return 'shorter';
  if (single(speaker.name) && nameMatches(speaker.name, credit)) return 'fuller';
  return null;
}

/**
 * The name an article gives the speaker when it never gives the full one ("Trump" in an article that never
 * writes "Donald J. Trump"), to show the answer's speaker as that article credits it.
 */
export function shorterCredit(store: ClaimView, entry: StoredRendition | undefined, speaker: string | null): string | undefined {
  const mention = entry?.speakerMention?.text.trim();
  if (!entry || !speaker || !mention || mention === speaker || !writtenAsName(mention)) return undefined;
  const text = store.documents.get(entry.documentId)?.text ?? '';
  return text.includes(speaker) ? undefined : mention;
}

/**
 * A match as the answer builds it: with the documents whose wording answered the question (`asked`); the
 * others carry another part of the same quotation (a shorter or longer excerpt), not necessarily the words
 * asked about. `publicMatch` leaves the field out of the answer.
 */
export interface FoundMatch extends WhoSaidMatch {
  asked: Set<string>;
}

export const holds = (match: FoundMatch, o: OutletCarrier): boolean => match.asked.has(o.document);

export const publicMatch = ({ asked: _asked, ...m }: FoundMatch): WhoSaidMatch => ({ ...m, quoted: quotedByAny(m.outlets) });
