/**
 * `/who-said`: who said a quotation, every outlet that carried it and how, and a verdict. A weak fuzzy hit is
 * never an answer: below the thresholds the verdict is `not_found`.
 */
import { unknownOutletSentence, unknownOutlets } from './suggest.js';
import { MAX_QUERY_WORDS } from '../store/store.js';
import type { ClaimView } from '../store/view.js';
import type { SearchHit, StoredRendition } from '../store/types.js';
import { carrierOf, documentsInScope, handleSpells, outletDocuments, rebase, sortCarriers, speakerRef, unnamed } from './carriers.js';
import { withNotFoundHint } from './not-found.js';
import { describes, speakerFits, speaksFor } from './roles.js';
import { CONFLICT_THRESHOLDS, findConflict, shareRun } from './conflicts.js';
import { relayedSource, sourceIs } from './relays.js';
import { sameQuotation } from '../store/grouping/texts.js';
import { anyMeaningChanged, changesMeaning, deepen } from './depth.js';
import { askedMeaningChanges, denyingFrame, flipText } from './asked-changes.js';
import { containsVerbatim, elidedWords, wordDiff, wordsDiffer } from './diff.js';
import { isStopword, normalizedPhrase, stem, words } from '../store/search/normalize.js';
import { type PreparedQuery, align, prepareQuery } from '../store/search/align.js';
import { withinEdits } from '../store/search/edit-distance.js';
import { allowedEdits } from '../store/search/term-index.js';
import {
  type QuestionReading,
  bodyLike,
  figureReadings,
  framedWords,
  joinedReadings,
  newsOutletLike,
  questionReadings,
  roleLike,
  titleLike,
  withoutDiscordMarkup,
} from './question-text.js';
import { isOrganisationName, jointMemberOf, jointMembers, nameMatches, writtenAsName } from '../claims/speakers.js';
import type { Speaker } from '../claims/types.js';
import { BODY_SPEAKER_HEADS, HEARER_PARTICIPLES, SPOKESPERSON_NOUNS } from '../claims/words/index.js';
import { widelyGivenName } from '../claims/given-names.js';
import { changeTokens } from './changes/tokens.js';
import { NUMBER_WORDS } from './changes/words.js';
import type {
  AttributionConflict,
  DiffPart,
  NotFoundHint,
  OutletCarrier,
  SpeakerRef,
  Verdict,
  WhoSaidMatch,
  WhoSaidResult,
} from './types.js';
import { outletName, quotedByAny } from './outlet-name.js';
import { COMPARE_LIMITS, otherSpeaker } from './compare.js';
import { FEW_WORDS, askedAcrossBreak, contentWordCount, heldInARow, nearStretch, unbrokenStretches, wordsPin } from './few-words.js';
import { spelledAsKnown } from './lists.js';

/** Score thresholds; documented in README ("How verdicts are decided"). */
export const WHO_SAID_THRESHOLDS = Object.freeze({
  /** Share of the query found in order (typos allowed) for a `close` match. */
  close: 0.72,
  /** Share of the query's content words found anywhere for a `paraphrase` match… */
  paraphraseBag: 0.65,
  /** …with at least this many content words in common… */
  paraphraseMinWords: 3,
  /**
   * …in a question that is at least this share content words: a string of mostly function words ("on made
   * not you the i with an and have from") finds its few content words in any long speech.
   */
  paraphraseContentShare: 0.4,
  /**
   * …and that leaves out, in words or words of the same meaning, at most this share of its content words
   * (rounded down: one of five, none of four): “the government lost control of the border” shares three words
   * with “the government had lost control of the supply chain”, and is not what was said. Not applied to a
   * quotation that holds `CONFLICT_THRESHOLDS.sharedRunWords` of the query's words in a row (it quotes part of them).
   */
  paraphraseMissing: 0.2,
  /**
   * How far a match may spread in a long wording: the in-order match within `spread` × the query's words
   * + `slack` words of it, and a wording judged on its words alone at most `wordingPerQueryWord` × the
   * query's words + `slack`. A long transcript holds most common words somewhere, in order too: words
   * scattered over it are not the quotation asked about. The in-order match's slack is at most the query's
   * own number of words.
   */
  spread: 2,
  wordingPerQueryWord: 5,
  slack: 6,
  /**
   * A `close` match holds at least this share of the query's words in order (typos allowed): the in-order
   * share weighs rare words most, and one rare word with a few function words (“to … the trawlers”) is not
   * the quotation (“you have to take out their trawlers”).
   */
  closeWordShare: 0.6,
  /** Best hits of the store's search weighed for the answer. */
  candidates: 60,
});

export interface WhoSaidOptions {
  speaker?: string | null;
  outlet?: string | null;
  /** Most matches returned (default 5). */
  limit?: number;
}

type MatchKind = WhoSaidMatch['kind'];
const KIND_RANK: Record<MatchKind, number> = { verbatim: 0, close: 1, paraphrase: 2 };

function kindOf(store: ClaimView, hit: SearchHit, query: QueryWords): MatchKind | null {
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
interface QueryWords {
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
function covered(store: ClaimView, hit: SearchHit, query: QueryWords): number {
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
function renderingOf(entry: StoredRendition, reference: string): OutletCarrier['rendering'] {
  if (entry.kind === 'paraphrase') return 'paraphrase';
  return containsVerbatim(entry.text, reference, 1) ? 'verbatim' : 'reworded';
}

/**
 * How a credit relates to a match's speaker when both name the same words: the same person, a shorter credit
 * of that person (a surname or given name alone that fits the full name; or, for words found word for word, a
 * pronoun or a description such as "the Republican candidate" that the article never resolved), a fuller
 * one, or someone else (null). Two full names never merge: people who share a surname stay apart.
 */
function creditFits(credit: Speaker, speaker: SpeakerRef, wordForWord: boolean, lenient: boolean): 'same' | 'shorter' | 'fuller' | null {
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
function shorterCredit(store: ClaimView, entry: StoredRendition | undefined, speaker: string | null): string | undefined {
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
interface FoundMatch extends WhoSaidMatch {
  asked: Set<string>;
}
const holds = (match: FoundMatch, o: OutletCarrier): boolean => match.asked.has(o.document);
const publicMatch = ({ asked: _asked, ...m }: FoundMatch): WhoSaidMatch => ({ ...m, quoted: quotedByAny(m.outlets) });

/** Groups qualifying hits into matches: one per claim, plus wordings of the same words by the same person. */
function collectMatches(store: ClaimView, hits: SearchHit[], scope: Set<string> | null, query: QueryWords): FoundMatch[] {
  const matches: (FoundMatch & { groupIds: Set<number> })[] = [];
  // the rendition behind each carrier, to tell how its article credits the words
  const renditionOf = new Map<OutletCarrier, StoredRendition>();
  const push = (match: WhoSaidMatch, entry: StoredRendition, carrier: OutletCarrier): void => {
    renditionOf.set(carrier, entry);
    match.outlets.push(carrier);
  };
  // hits credited by name first: a description ("the coach") then joins the match of the person it describes,
  // and the named wording is the match's reference, whichever the index read first
  const named = (h: SearchHit): boolean => {
    const s = h.entry.speakerId ? store.speakers.get(h.entry.speakerId) : undefined;
    return s !== undefined && writtenAsName(s.name);
  };
  for (const hit of [...hits.filter(named), ...hits.filter((h) => !named(h))]) {
    const kind = kindOf(store, hit, query);
    if (!kind) continue;
    const wordsMatch = kind !== 'paraphrase';
    const credit = hit.entry.speakerId ? store.speakers.get(hit.entry.speakerId) : undefined;
    let fit: ReturnType<typeof creditFits> = null;
    const fitting = (lenient: boolean) => (m: (typeof matches)[number]) => {
      if (m.groupIds.has(hit.group.id)) return true;
      // the same words from the same person, in another claim group (a longer or shorter excerpt, a surname-only credit)
      if (!credit || !m.speakerRef) return false;
      // a description that is the speaker's own role (“the coach” for a “Head coach”), whatever the wording
      if (!lenient && unnamed(credit.name) && m.kind !== 'paraphrase' && describes(credit.name, m.speakerRef.roles)) {
        fit = 'shorter';
        return true;
      }
      if (!wordsMatch || m.kind === 'paraphrase') return false;
      // word for word: the query's words, or a run of one of the match's own wordings (“decided this match, …,” the
      // coach said), its claim's too (a fuller wording the query did not reach)
      const same =
        hit.exact ||
        [m.quote, ...m.outlets.map((o) => o.text), ...store.group(m.claimId).entryIds.map((id) => store.entry(id).text)].some((text) =>
          containsVerbatim(hit.entry.text, text, CONFLICT_THRESHOLDS.sharedRunWords),
        );
      fit = creditFits(credit, m.speakerRef, same, lenient);
      return fit !== null;
    };
    let match = matches.find(fitting(false)) ?? matches.find(fitting(true));
    if (match && credit && fit === 'fuller') {
      // the fuller name names the match; the outlets so far credited it shorter
      for (const o of match.outlets) o.creditedAs ??= match.speaker ?? undefined;
      match.speaker = credit.name;
      match.speakerRef = speakerRef(credit);
      // a pronoun's wording that quotes more of the speech is no reference: the named wording the query found is
      if (hit.exact && words(hit.entry.text).length < words(match.quote).length) {
        match.quote = hit.entry.text;
        rebase(match.outlets, match.quote);
      }
    }
    if (!match) {
      const speaker = hit.group.speakerId ? store.speakers.get(hit.group.speakerId) : undefined;
      match = {
        claimId: hit.group.id,
        // the wording that answered the query best is the reference the other outlets are compared with
        quote: hit.entry.text,
        speaker: speaker?.name ?? null,
        speakerRef: speakerRef(speaker),
        score: round(kind === 'paraphrase' ? Math.max(hit.score, hit.bag) : hit.score),
        kind,
        outlets: [],
        conflict: null,
        independentSources: 0,
        firstAppearance: null,
        order: [],
        meaningChanged: false,
        groupIds: new Set([hit.group.id]),
        asked: new Set(),
      };
      matches.push(match);
    }
    match.groupIds.add(hit.group.id);
    if (KIND_RANK[kind] < KIND_RANK[match.kind]) match.kind = kind;
    if (!match.outlets.some((o) => o.document === hit.entry.documentId)) {
      const rendering = hit.exact && hit.entry.kind === 'quote' ? 'verbatim' : renderingOf(hit.entry, match.quote);
      const carrier = carrierOf(store, hit.entry, rendering, match.quote);
      if (credit && match.speaker && credit.name !== match.speaker && fit === 'shorter') carrier.creditedAs = credit.name;
      push(match, hit.entry, carrier);
    }
    match.asked.add(hit.entry.documentId);
  }
  // documents that carry the same claim in words the query did not reach (a shorter or longer excerpt); only
  // the claim's own group: a group joined through one wording of the same person is known to carry the query's
  // words in that wording alone (“a far tougher line … close all their ports” is grouped with “a far tougher
  // line”, which does not carry “close all their ports”)
  for (const match of matches) {
    for (const id of store.group(match.claimId).entryIds) {
      const entry = store.entry(id);
      if (scope && !scope.has(entry.documentId)) continue;
      if (match.outlets.some((o) => o.document === entry.documentId)) continue;
      push(match, entry, carrierOf(store, entry, renderingOf(entry, match.quote), match.quote));
    }
    for (const o of match.outlets) o.creditedAs ??= shorterCredit(store, renditionOf.get(o), match.speaker);
    sortCarriers(match.outlets);
  }
  return withRelays(store, matches, renditionOf).map(({ groupIds: _groupIds, ...m }) => m);
}

/**
 * Matches whose outlets relay another match's words: an outlet whose article says the credited person was
 * reading, quoting or speaking for the speaker another outlet credits with the same words carries that
 * speaker's words, relayed (`relayedBy`); a match left with no outlet of its own goes. An outlet whose article
 * says nothing of the kind keeps its credit, a rival in the answer's attribution conflict.
 */
function withRelays<M extends FoundMatch>(store: ClaimView, matches: M[], renditionOf: Map<OutletCarrier, StoredRendition>): M[] {
  const speaking = (m: FoundMatch): boolean => !!m.speakerRef && !isUnnamed(m) && m.kind !== 'paraphrase';
  // the relayer may be a description the article never resolved ("the host said, reading from …"), not a pronoun
  const relaying = (m: FoundMatch): boolean =>
    !!m.speaker && m.kind !== 'paraphrase' && (speaking(m) || (!!m.speakerRef && words(m.speaker).length > 1));
  for (const from of matches) {
    if (!relaying(from)) continue;
    // the matches of another speaker (most answers have none: nothing to read then); of the same words, once an
    // outlet's article names someone it relays
    const speakers = matches.filter((m) => m !== from && speaking(m) && m.speakerRef!.id !== from.speakerRef!.id);
    if (!speakers.length) continue;
    let others: M[] | undefined;
    for (const o of [...from.outlets]) {
      const entry = renditionOf.get(o);
      const source = entry && entry.kind === 'quote' ? relayedSource(store, entry) : null;
      if (!entry || !source) continue;
      others ??= speakers.filter((m) => sameQuotation(m.quote, from.quote) || shareRun(m.quote, from.quote));
      const doc = store.documents.get(entry.documentId);
      // the one speaker the article names: "the minister" where two ministers are credited with the words is a guess
      const fitting = others.filter((m) => m.outlets.some((c) => !c.relayedBy) && sourceIs(source, m.speakerRef!, from.speakerRef!, doc));
      const to = fitting.length === 1 ? fitting[0] : undefined;
      if (!to) continue;
      from.outlets.splice(from.outlets.indexOf(o), 1);
      const asked = from.asked.has(o.document);
      if (asked) {
        to.asked.add(o.document);
        if (KIND_RANK[from.kind] < KIND_RANK[to.kind]) to.kind = from.kind;
        to.score = Math.max(to.score, from.score);
      }
      // an article that also quotes the speaker saying the words is already among the speaker's outlets
      if (to.outlets.some((c) => c.document === o.document)) continue;
      const rendering = o.rendering === 'verbatim' && asked ? 'verbatim' : renderingOf(entry, to.quote);
      const carrier = carrierOf(store, entry, rendering, to.quote);
      carrier.relayedBy = from.speaker!;
      renditionOf.set(carrier, entry);
      to.outlets.push(carrier);
      sortCarriers(to.outlets);
    }
  }
  return matches.filter((m) => m.outlets.length > 0);
}

/**
 * A quotation inside a longer one carries it (“… ‘the nested words’ …” she wrote, quoting Lind): when a
 * wording nested in another of the same document answers the query as well, the nested one says who said
 * the words there; the longer wording only repeats them.
 */
function withoutRepeats(hits: SearchHit[]): SearchHit[] {
  const nests = (outer: SearchHit, inner: SearchHit): boolean =>
    inner !== outer &&
    inner.entry.kind === 'quote' &&
    outer.entry.kind === 'quote' &&
    inner.entry.documentId === outer.entry.documentId &&
    inner.entry.start > outer.entry.start &&
    inner.entry.end <= outer.entry.end &&
    (inner.exact || !outer.exact) &&
    inner.score >= outer.score;
  return hits.filter((outer) => !hits.some((inner) => nests(outer, inner)));
}

const isUnnamed = (m: WhoSaidMatch): boolean => !m.speaker || unnamed(m.speaker);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The matches for one reading of the question, best first; null when its words are too common to search. */
/** The search hits each reading's matches came from: read again for the parts other outlets quote, never searched twice. */
const hitsOfMatches = new WeakMap<FoundMatch[], readonly SearchHit[]>();

/**
 * Per reading of too few words to pin a quotation (few-words.ts): the hits that hold them only inside longer
 * quotations, left out of its matches, and whether the search stopped at its limit (more may hold them).
 */
const heldInside = new WeakMap<FoundMatch[], { hits: SearchHit[]; limited: boolean }>();

/**
 * True when a wording is the question's words alone (“Disgraceful.” for “disgraceful”, typos allowed): no longer
 * than the question, its every word found in order, and its content word among them when the question has one.
 */
function standsWhole(hit: SearchHit, query: QueryWords): boolean {
  return (
    hit.length > 0 &&
    hit.length <= query.count &&
    hit.orderedWords >= hit.length &&
    (query.content === 0 || words(hit.entry.text).some((w) => !isStopword(w)))
  );
}

function matchesFor(store: ClaimView, quote: string, scope: Set<string> | null): FoundMatch[] | null {
  // hits that cannot reach a verdict's threshold are of no use here: the store may skip them early
  const atLeast = { ordered: WHO_SAID_THRESHOLDS.close, bag: WHO_SAID_THRESHOLDS.paraphraseBag };
  const hits = store.search(quote, { limit: WHO_SAID_THRESHOLDS.candidates, atLeast, ...(scope ? { documentIds: scope } : {}) });
  if (hits.length === 0 && !words(quote).some((w) => !isStopword(w))) return null;
  const asked = words(quote).slice(0, MAX_QUERY_WORDS);
  const contentWords = asked.filter((w) => !isStopword(w));
  const distinct = new Set(contentWords.map(stem)).size;
  const query: QueryWords = {
    words: asked,
    count: asked.length,
    content: contentWords.length,
    distinct,
    covered: new Map(),
    acrossBreak: askedAcrossBreak(quote),
  };
  // one word (or one among function words) inside a longer quotation pins none: only a quotation that is those
  // words alone answers; the others are counted for the not-found answer, never offered as candidates
  const pin = wordsPin(quote);
  const at = (document: string, start: number): string => `${document}\u0000${start}`;
  const whole =
    pin === 'speaker' ? new Set(hits.filter((h) => standsWhole(h, query)).map((h) => at(h.entry.documentId, h.entry.start))) : null;
  const answering = pin === 'none' ? hits.filter((h) => standsWhole(h, query)) : hits;
  const inside =
    pin === 'quotation'
      ? []
      : hits.filter((h) => !standsWhole(h, query) && h.entry.kind === 'quote' && HELD_KINDS.has(kindOf(store, h, query)));
  // at an equal match, a named speaker before a description, then the one more outlets credit (byCarriers); two
  // content words quoted whole by someone lead with that quotation, before those holding them inside longer words
  const wholeFirst = (m: FoundMatch): number => (whole?.size && m.outlets.some((o) => whole.has(at(o.document, o.start))) ? 0 : 1);
  const matches = collectMatches(store, byCommonWording(store, withoutRepeats(answering)), scope, query).sort(
    (a, b) =>
      wholeFirst(a) - wholeFirst(b) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      b.score - a.score ||
      Number(isUnnamed(a)) - Number(isUnnamed(b)) ||
      byCarriers(a, b),
  );
  hitsOfMatches.set(matches, answering);
  if (inside.length) heldInside.set(matches, { hits: inside, limited: hits.length >= WHO_SAID_THRESHOLDS.candidates });
  if (matches[0] && wholeFirst(matches[0]) === 0) wholeLed.add(matches);
  return matches;
}

/** What a hit holding a few words inside a longer quotation is: them word for word, or close (not across a break). */
const HELD_KINDS: ReadonlySet<MatchKind | null> = new Set<MatchKind | null>(['verbatim', 'close']);

/** Readings of two content words whose first match is a quotation of those words alone: it pins them. */
const wholeLed = new WeakSet<FoundMatch[]>();

/**
 * Hits that answer the query equally well, the wording most documents carry first, then the earliest: the
 * first hit of a claim is the reference its outlets are compared with, and an outlet that changed the words
 * (dropped a "not") is the one shown as changing them, not the outlets that kept them.
 */
function byCommonWording(store: ClaimView, hits: SearchHit[]): SearchHit[] {
  const phrase = new Map(hits.map((h) => [h, normalizedPhrase(h.entry.text)]));
  const carried = new Map<string, number>();
  for (const p of phrase.values()) carried.set(p, (carried.get(p) ?? 0) + 1);
  const date = (h: SearchHit): string => store.documents.get(h.entry.documentId)?.meta.date ?? '9999';
  return [...hits].sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.score - a.score ||
      b.bag - a.bag ||
      carried.get(phrase.get(b)!)! - carried.get(phrase.get(a)!)! ||
      date(a).localeCompare(date(b)),
  );
}

/**
 * Of two claims the query matches as well (the same words credited to two people), the one more documents
 * carry in the words asked about leads, then the one carried first: the answer's headline speaker is the majority's, never whichever
 * document the index read first.
 */
function byCarriers(a: FoundMatch, b: FoundMatch): number {
  const first = (m: FoundMatch): string => m.outlets.reduce((d, o) => (o.date && o.date < d ? o.date : d), '\uffff');
  const holding = (m: FoundMatch): number => m.outlets.filter((o) => holds(m, o)).length;
  return holding(b) - holding(a) || first(a).localeCompare(first(b));
}

/**
 * True when the better of two readings' answers is `b`'s: a better kind, or (unless `inKind`) the same kind
 * and a higher score.
 */
function better(b: WhoSaidMatch[] | null, a: WhoSaidMatch[] | null, inKind = false): boolean {
  const [x, y] = [a?.[0], b?.[0]];
  if (!y) return false;
  if (!x) return true;
  return KIND_RANK[y.kind] < KIND_RANK[x.kind] || (!inKind && y.kind === x.kind && y.score > x.score);
}

/**
 * The speaker the question names: the option when given; otherwise a name the question asks about in so
 * many words ("Did Ruiz say …"), or the one speaker of the corpus named around a pasted quotation.
 */
function questionSpeaker(store: ClaimView, reading: QuestionReading): string | null {
  // "… - DW", "DW: …", "…, DW said": an outlet of the corpus, or a name that reads as a news outlet's ("… - BBC
  // News", "Reuters: …", "… (nytimes.com)", `outletLike`), that quotes no one by its name is where the member saw the
  // words, not who said them; the words are checked with no one named. A person the corpus credits so still wins,
  // or a body it quotes by the name after "the" ("Did the BBC say …" of "…, the BBC said in a statement").
  if (reading.askedName) {
    const seenAt = reading.outletLike || outletDocuments(store, reading.askedName).length > 0;
    if (!seenAt) return reading.askedName;
    const bare = reading.askedName.replace(/^[Tt]he (?=\p{Lu})/u, '');
    return [reading.askedName, bare].find((name) => store.findSpeakers(name).length > 0) ?? null;
  }
  const found = new Map<string, string>();
  for (const run of reading.names) {
    const direct = store.findSpeakers(run);
    const named = direct.length ? direct : run.split(' ').flatMap((w) => store.findSpeakers(w));
    for (const s of named) found.set(s.id, direct.length ? run : s.name);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * Answers "who said this?".
 * @example whoSaid(store, 'strengthen comunication at all levels', { speaker: 'Putin' }) // → misattributed
 */
export function whoSaid(store: ClaimView, quote: string, options: WhoSaidOptions = {}): WhoSaidResult {
  // a not-found answer says why when it can (not-found.ts), whichever surface asked
  return withNotFoundHint(store, checkQuote(store, quote, options));
}

/** Said when the speaker option held Discord mentions alone: whom they ping is no one the outlets quote. */
export const MENTION_AS_SPEAKER =
  'The speaker you gave is a Discord mention, not a name: give a speaker as the outlets write them (a name, or a role such as “the mayor”). These words were checked without a speaker.';

/** The answer with the sentence on a mention given as the speaker put first. */
function withMentionNote(result: WhoSaidResult, ignored: boolean): WhoSaidResult {
  return ignored ? { ...result, ignoredSpeaker: 'mention', explanation: `${MENTION_AS_SPEAKER} ${result.explanation}` } : result;
}

/** Outlets named at most where an outlet asked about does not carry the words and others do. */
const MAX_ELSEWHERE_NAMED = 3;

/**
 * Where the words are, when the outlet asked about does not carry them: the outlets of the corpus's best match,
 * verbatim or close (a paraphrase is no carrier of the words), so "DN does not carry these words" does not read as
 * "nobody does". Empty when no other outlet carries them.
 */
function carriedElsewhere(store: ClaimView, quote: string): string {
  const best = matchesFor(store, quote, null)?.[0];
  if (!best || (best.kind !== 'verbatim' && best.kind !== 'close')) return '';
  const names = [...new Set(best.outlets.filter((o) => o.rendering !== 'paraphrase').map(outletName))];
  if (!names.length) return '';
  const shown = names.slice(0, MAX_ELSEWHERE_NAMED);
  const more = names.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(', ')} and ${more} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
        : shown[0];
  return ` The corpus has them${best.kind === 'close' ? ', or words close to them,' : ''} from ${list}: ask without the outlet to see them.`;
}

function checkQuote(store: ClaimView, quote: string, options: WhoSaidOptions): WhoSaidResult {
  const typedSpeaker = options.speaker?.trim() || null;
  // "<@1234> Ruiz" is Ruiz; "<@1234>" alone names no one: answered without a speaker, and said so
  const speakerName = typedSpeaker === null ? null : withoutDiscordMarkup(typedSpeaker) || null;
  return withMentionNote(checkWords(store, quote, { ...options, speaker: speakerName }), typedSpeaker !== null && speakerName === null);
}

function checkWords(store: ClaimView, quote: string, options: WhoSaidOptions): WhoSaidResult {
  const optionSpeaker = options.speaker?.trim() || null;
  const askedOutlet = options.outlet?.trim() || null;
  const notFound = (explanation: string, askedSpeaker = optionSpeaker): WhoSaidResult => ({
    query: quote,
    askedSpeaker,
    askedOutlet,
    corpus: store.corpusVersion(),
    verdict: 'not_found',
    matches: [],
    explanation,
  });
  if (!quote.trim()) return notFound('Give me the words you want checked: a quotation, a part of one, or your own summary of it.');
  const scope = documentsInScope(store, askedOutlet ? [askedOutlet] : []);
  if (scope.unknown.length) {
    const unknown = unknownOutlets(store, scope.unknown);
    return { ...notFound(unknownOutletSentence(unknown)), unknownOutlet: unknown[0]! };
  }
  // the question as typed first; its quoted words (and the name asked about) when they answer better ("Did the
  // Guardian say …" is read as asking where the words were seen only where the corpus has an outlet so named)
  const [literal, ...others] = questionReadings(
    quote,
    (name) => outletDocuments(store, name).length > 0,
    (name) => usedAsBody(store, name),
  );
  let reading = literal!;
  let found = matchesFor(store, reading.quote, scope.ids);
  const read: [QuestionReading, FoundMatch[] | null][] = [[reading, found]];
  for (const other of others) {
    const alternative = matchesFor(store, other.quote, scope.ids);
    read.push([other, alternative]);
    // a guessed frame that finds the claim the whole text found is the quotation itself, typed with a typo, only
    // when the quotation holds the frame's verb right before those words ("Nobdy said the crossing would be cheap"
    // of "Nobody said the crossing …"): then no name is asked about; "Ruiz said: the ferry pays" of a quotation
    // opening "Who here thinks the ferry pays …" names who said it
    const same =
      other.guess &&
      found?.some((m) => m.claimId === alternative?.[0]?.claimId) &&
      frameQuoted(literal!.quote, other.quote, alternative![0]!.quote);
    if (!same && better(alternative, found, other.guess)) [reading, found] = [other, alternative];
  }
  // the words as the member typed them: the figures the outlets may write the other way ("3" for "three") are
  // read both ways, and the answer says how the two differ, a figure written as a word being no change of meaning
  let typed = reading;
  if (found?.[0]?.kind !== 'verbatim') {
    // every reading's figures, the quoted words' too ("Did Caddock say 3 of the 5 …?")
    for (const asTyped of [literal!, ...others]) {
      for (const quote of figureReadings(asTyped.quote)) {
        const alternative = matchesFor(store, quote, scope.ids);
        if (better(alternative, found, asTyped.guess)) [reading, found, typed] = [{ ...asTyped, quote }, alternative, asTyped];
      }
    }
  }
  // a compound typed as two words ("foot bridge" for "footbridge"), when the words as read find no quotation close
  // to them: read joined (a few searches more, on that path only), as close at best
  if (!found?.length || found[0]!.kind === 'paraphrase') {
    // the words a question asks about, not its frame, when no reading answered ("Did the Kremlin say …" is never
    // joined into "Kremlinsay")
    // (a name left unread, "Did the Observer say …", is no word of them either: the words after the frame, `framedWords`,
    // looked up as typed first, the member's own words, then joined)
    const asked = reading === literal ? others.find((r) => r.askedName && !r.guess) : undefined;
    const framed = reading === literal && !asked ? framedWords(literal.quote) : null;
    const split = asked ?? (framed ? { ...literal!, quote: framed } : reading);
    for (const quote of [...(framed ? [framed] : []), ...joinedReadings(split.quote)]) {
      const alternative = matchesFor(store, quote, scope.ids);
      if (alternative?.length && alternative[0]!.kind !== 'paraphrase' && better(alternative, found, true)) {
        [reading, found] = [{ ...split, quote }, alternative];
        if (quote === framed) typed = reading;
      }
    }
  }
  // nothing answers, but a reading's words (“Did Li say "communication"?”) are in quotations, too few to tell whose:
  // that is the answer, not "no outlet carries these words"
  if (!found?.length) {
    // the words in marks before the whole question around them (“Who said 'at all levels'?”)
    const held = [...read.slice(1), read[0]!].find(([, m]) => m && heldInside.has(m));
    if (held) [reading, found] = held;
  }
  // found only with the figures written otherwise: the member's words are not the quotation's word for word
  if (reading !== typed) for (const m of found ?? []) if (m.kind === 'verbatim') m.kind = 'close';
  let askedSpeaker = optionSpeaker ?? questionSpeaker(store, reading);
  const base: Omit<WhoSaidResult, 'verdict' | 'matches' | 'explanation'> = {
    query: quote,
    askedSpeaker,
    askedOutlet,
    corpus: store.corpusVersion(),
  };
  if (reading !== literal) base.searched = reading.quote;
  if (found === null) return notFound('Those words are too common to identify a quotation: give a few more of them.', askedSpeaker);
  let matches = found;
  // "No outlet in DW carries…" read as if DW held outlets: an outlet asked about is one outlet, with its articles
  const none = askedOutlet ? `No article of ${askedOutlet}` : 'No outlet in the corpus';
  // one word found only inside longer quotations: who used it is said, never that one of them said "these words"
  const inside = heldInside.get(found);
  if (matches.length === 0 && inside) return fewWordsAnswer(store, base, reading.quote, inside.hits, inside.limited);
  if (matches.length === 0)
    return notFound(
      `${none} carries these words or a close version of them.${askedOutlet ? carriedElsewhere(store, reading.quote) : ''}`,
      askedSpeaker,
    );
  let verdict: Verdict = matches[0]!.kind;
  let speakerNote = '';
  // the person the member named is among those quoted saying the words: they are checked, whoever else said them
  let namedFound = false;
  const named = new Set(askedSpeaker ? store.findSpeakers(askedSpeaker).map((s) => s.id) : []);
  // a body named ("the Kremlin", "the White House"; no person of the corpus so named): it speaks through its officials,
  // so the words credited to its spokesperson or an office of it are its words, and a credit to anyone else is no
  // misattribution by the name alone (the outlets may not say whom a person speaks for)
  // (also a name the corpus itself uses as a body's, `usedAsBody`: "Downing Street" of "a Downing Street spokesman")
  const body = askedSpeaker !== null && bodyAsked(store, askedSpeaker, named) ? askedSpeaker : null;
  // a title or role asked with no name ("the mayor", "the Prime Minister"): who holds it is the outlets' to say
  const role = askedSpeaker !== null && !body && roleAsked(store, askedSpeaker, named) ? askedSpeaker : null;
  const bodyRole = (m: FoundMatch): string | null => (body ? speaksFor(body, m.speakerRef) : null);
  // two content words that several people's quotations hold (`heldBySeveral`): a close match of the named person's
  // holding them only with other words between (“joint naval exercises” for “joint exercise”) is words of theirs
  // that hold them, not them said, so it is answered with the others below, as the plural asked would be
  const fewWords = !!inside && wordsPin(reading.quote) === 'speaker' && !wholeLed.has(found);
  const heldBySeveral = fewWords && speakersHolding(matches, reading.quote).length > 1;
  const saidApart = (m: FoundMatch): boolean => heldBySeveral && m.kind !== 'verbatim' && !heldInARow(m.quote, reading.quote);
  const byNamed = askedSpeaker
    ? matches.find(
        (m) => (speakerFits(askedSpeaker!, named, m.speakerRef) || bodyRole(m)) && KIND_RANK[m.kind] <= KIND_RANK[matches[0]!.kind],
      )
    : undefined;
  if (askedSpeaker && !(byNamed && saidApart(byNamed))) {
    if (byNamed) {
      namedFound = true;
      matches = [byNamed, ...matches.filter((m) => m !== byNamed)];
      verdict = byNamed.kind;
      const fit = speakerFits(askedSpeaker, named, byNamed.speakerRef);
      const forBody = fit ? null : bodyRole(byNamed);
      // the words credited to one speaking for the person or title asked about ("a spokeswoman for the mayor"): theirs
      // only through the spokesperson, said so (a body speaks through its spokespeople: no note needed)
      const through = body ? null : spokespersonFor(askedSpeaker, byNamed);
      if (through) {
        base.spokesperson = through;
        const who = through === byNamed.speaker ? through : `${byNamed.speaker}, ${through}`;
        speakerNote = ` They are credited to ${who}, not to ${askedSpeaker} in person.`;
      } else if (fit === 'role') speakerNote = ` The outlets describe ${byNamed.speaker} as ${askedSpeaker}.`;
      // the spokesperson's or office-holder's role that holds the body's name ("Kremlin spokesman"); a credit that
      // names it ("a White House spokeswoman") says so itself
      else if (forBody && forBody !== byNamed.speaker) speakerNote = ` The outlets describe ${byNamed.speaker} as ${forBody}.`;
      // one of the people credited together: not a misattribution, and not theirs alone
      else if (byNamed.speaker && jointMembers(byNamed.speaker).length && !/\sand\s/i.test(askedSpeaker))
        speakerNote = ` ${askedSpeaker} is one of the ${jointMembers(byNamed.speaker).length} people they are credited to together.`;
    } else if (matches[0]!.speaker?.startsWith('@')) {
      // an embedded post credited by its handle alone: the account may be the person asked about, or not
      speakerNote = ` The outlets credit only the account ${matches[0]!.speaker}, so “${askedSpeaker}” cannot be confirmed.`;
    } else if (matches[0]!.speaker && body) {
      speakerNote = ` The outlets do not describe ${matches[0]!.speaker} as a spokesperson or office-holder of ${body}, so “${body}” cannot be confirmed.`;
      // a body read from the question is not shown as the name asked about when nothing ties the words to it
      if (!optionSpeaker) askedSpeaker = base.askedSpeaker = null;
    } else if (matches[0]!.speaker && role && !otherRole(role, matches[0]!.speakerRef)) {
      // a title asked of a speaker the outlets give no role, or one speaking for its holder ("a spokeswoman for the
      // mayor"): not the title-holder's words as far as the outlets tell, nor someone else's with another office
      const forHolder = speaksFor(role, matches[0]!.speakerRef);
      speakerNote = forHolder
        ? ` The outlets describe ${matches[0]!.speaker} as ${forHolder}, not as ${role}, so “${role}” cannot be confirmed.`
        : ` The outlets do not describe ${matches[0]!.speaker} as ${role}, so “${role}” cannot be confirmed.`;
    } else if (matches[0]!.speaker) {
      verdict = 'misattributed';
    } else {
      // words put to the person asked about (“Why now?” Hale was asked): the question was theirs to answer, not theirs
      const put = putTo(store, matches[0]!, askedSpeaker);
      if (put.length) {
        verdict = 'misattributed';
        speakerNote = putNote(askedSpeaker, put, null);
      } else speakerNote = ` No outlet names who said it, so “${askedSpeaker}” cannot be confirmed.`;
    }
  }
  // a misspelt name taken as the closest speaker: said, as /quotes says it, so it is not read as someone called so
  const closest = askedSpeaker && !body ? closestNamed(store, askedSpeaker, named, matches) : null;
  if (closest) base.closestSpeaker = closest;
  // two content words that several people's quotations hold, none of them the words alone, pin none of them: the
  // person the member named, when one of them in the words of the best match, is who is checked (`byNamed` above);
  // else no one is picked, nor called misattributed, the named person's own words holding them too when they do
  if (!namedFound && inside && heldBySeveral) {
    const byNamed = askedSpeaker ? namedHolding(matches, askedSpeaker, named, reading.quote) : null;
    return fewWordsAnswer(store, base, reading.quote, inside.hits, inside.limited, byNamed);
  }
  matches = matches.slice(0, options.limit ?? 5);
  for (const m of matches) {
    markElided(m);
    deepen(store, m);
    keepFilledUnchanged(m);
    diffChangedVerbatim(m);
  }
  const best = matches[0]!;
  let explanation =
    verdict === 'misattributed'
      ? best.speaker
        ? `${opening(best.speaker)}, not ${askedSpeaker}, is who the outlets quote saying this.${relayedNote(store, askedSpeaker!, best)}${putNote(askedSpeaker!, putTo(store, best, askedSpeaker!), best.speaker)}`
        : speakerNote.trim()
      : explain(best) + speakerNote;
  // a paraphrase that keeps most of the member's words (another order, a few swapped) shows how, as a close one
  if (best.kind === 'paraphrase' && quotedByAny(best.outlets)) {
    const diff = askedDiff(typed.quote, best.quote);
    const asked = words(typed.quote);
    const quoteWords = new Set(words(best.quote));
    const kept = asked.filter((w) => quoteWords.has(w)).length;
    if (diff && asked.length && kept >= PARAPHRASE_DIFF_SAME * asked.length) base.askedDiff = diff;
  }
  if (best.kind === 'close') {
    const diff = askedDiff(typed.quote, best.quote);
    if (diff) base.askedDiff = diff;
    const figures = diff ? withLargerFigures(sameFigures(diff), typed.quote, best.quote) : [];
    if (figures.length) base.askedFigures = figures;
    // close in wording may still say the opposite (“is not ready” for “is ready”): said, on the verdict line too
    // what the member typed before the words ("Ruiz said …"): reported speech puts its modals in the past
    const at = quote.indexOf(typed.quote);
    const changes = diff ? askedMeaningChanges(best.quote, typed.quote, at > 0 ? quote.slice(0, at) : '') : [];
    if (changes.length) {
      base.askedChanges = changes;
      explanation = `${explanation.replace(' (small wording differences)', ' in its words')} Your version changes its meaning: ${changes.map(flipText).join('; ')}.`;
      if (figures.length)
        explanation += ` ${namedFigures(figures)} ${figures.length === 1 ? 'is the same figure' : 'are the same figures'}, written otherwise.`;
    } else if (figures.length)
      explanation = explanation.replace(' (small wording differences)', ` (${figuresNote(figures, typed.quote, best.quote)})`);
  }
  // the words, word for word, after "I do not think" in the quotation: it denies them, said on the verdict line too
  const frame = best.kind === 'paraphrase' ? null : denyingFrame(best.quote, reading.quote);
  if (frame) {
    base.askedFrame = frame;
    explanation = `${explanation} In the quotation they follow “${frame}”, which denies them.`;
  }
  best.conflict = findConflict(store, matches);
  if (best.conflict) explanation = `${disagreement(best.conflict)} ${explanation}`;
  // a verbatim answer too: an outlet quoting a part of the words asked about carries part of them
  if (verdict === 'verbatim' || verdict === 'close' || verdict === 'paraphrase') {
    const parts = partsQuoted(store, reading.quote, matches, scope.ids, hitsOfMatches.get(found) ?? []);
    if (parts.length) {
      base.partsQuoted = parts;
      const n = new Set(parts.flatMap((p) => p.carriers.map((c) => c.document))).size;
      explanation += ` ${n === 1 ? '1 other document quotes' : `${n} other documents quote`} a part of your words word for word (below).`;
    }
  }
  return { ...base, verdict, matches: matches.map(publicMatch), explanation };
}

/**
 * The credit of a match when it names one who speaks for `asked` ("a spokeswoman for the mayor" for "the mayor",
 * "a spokesman for Marta Velde"): a spokesperson's noun (`SPOKESPERSON_NOUNS`) heading a credit that holds the name
 * asked about after its link or before it (`speaksFor`), as the credit or as a role the outlets give the speaker
 * ("Ann Lee, a spokeswoman for the mayor"); null for the person's own credit or any other.
 */
function spokespersonFor(asked: string, m: FoundMatch): string | null {
  const ref = m.speakerRef;
  if (!ref || !m.speaker || sameWords(ref.name, asked)) return null;
  const credit = speaksFor(asked, ref);
  return credit && words(credit).some((w) => SPOKESPERSON_NOUNS.has(w)) ? credit : null;
}

/**
 * True when a speaker a body-like name finds is a person ("Tom House" for "Tom House"): written as a name, no
 * organisation's ("Russian Foreign Ministry"), asked without "the" ("the White House" names no person), and never
 * credited with "the" before the name ("the White House said": the body itself).
 */
function personNamed(store: ClaimView, id: string, asked: string): boolean {
  const s = store.speakers.get(id);
  if (!s || !writtenAsName(s.name) || isOrganisationName(s.name) || /^the /iu.test(asked.trim())) return false;
  // initials alone ("NATO") name no person the outlets quote; nor does a name the corpus uses as a body's ("Downing
  // Street" of "a Downing Street spokesman") credited as it was asked, with no role and no given name opening it
  if (bodyLike(s.name) && /^[\p{Lu}.]+$/u.test(s.name)) return false;
  // (nor one whose words are a body's, "Downing Street said", a place standing for the government seated there)
  if (
    sameWords(s.name, asked) &&
    !s.roles.length &&
    !widelyGivenName(s.name.split(' ')[0]!) &&
    (bodyLike(asked) || usedAsBody(store, asked))
  )
    return false;
  return !mentionsWithThe(store, id, s.name);
}

/**
 * True when the name asked about is a body's: by its words (`bodyLike`), or by the corpus's use of it (`usedAsBody`),
 * read only when no person of the corpus goes by a fuller name holding it ("Vladimir Putin" for "Putin": asked about
 * as before, and no credit looked through); either way no person of the corpus so named (`personNamed`).
 */
function bodyAsked(store: ClaimView, asked: string, named: Set<string>): boolean {
  const person = (id: string): boolean => personNamed(store, id, asked);
  if (bodyLike(asked)) return ![...named].some(person);
  const fuller = (id: string): boolean => {
    const s = store.speakers.get(id);
    return !!s && writtenAsName(s.name) && !isOrganisationName(s.name) && !sameWords(s.name, asked);
  };
  return ![...named].some(fuller) && usedAsBody(store, asked) && ![...named].some(person);
}

/** True when two names have the same words, "the" and "a" aside ("the Vatican", "Vatican"). */
const sameWords = (a: string, b: string): boolean => {
  const bare = (n: string): string =>
    words(n)
      .filter((w) => w !== 'the' && w !== 'a' && w !== 'an')
      .join(' ');
  return bare(a) !== '' && bare(a) === bare(b);
};

/** A word that may head a role held for a body: a spokesperson's or an office title (`BODY_SPEAKER_HEADS`). */
const SPEAKING_HEAD = new RegExp(
  `(?<![\\p{L}])(?:${[...BODY_SPEAKER_HEADS].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * Per corpus view: the speakers whose name or a role holds such a head word, with those texts in lower case (read
 * once, as a view's speakers are fixed: a name is then looked for among these few, not every speaker), and what
 * `usedAsBody` found per name (a question reads a name several times).
 */
interface BodyUse {
  speaking: { speaker: Speaker; texts: string }[];
  found: Map<string, boolean>;
}
const bodyUses = new WeakMap<ClaimView, BodyUse>();

function bodyUseOf(store: ClaimView): BodyUse {
  const known = bodyUses.get(store);
  if (known) return known;
  const speaking: BodyUse['speaking'] = [];
  for (const speaker of store.speakers.values()) {
    // (a person's name with no role holds no role for a body)
    if (!speaker.roles.length && writtenAsName(speaker.name)) continue;
    const texts = [speaker.name, ...speaker.roles].join('\n').toLowerCase();
    if (SPEAKING_HEAD.test(texts)) speaking.push({ speaker, texts });
  }
  const use = { speaking, found: new Map<string, boolean>() };
  bodyUses.set(store, use);
  return use;
}

/**
 * True when the corpus itself uses `name` as a body's, whatever its words (`bodyLike` reads the words alone): credited
 * with "the" before it ("the Vatican said"), or held by a spokesperson's or an office-holder's credit or role for it
 * (`speaksFor`: "a Downing Street spokesman", "spokeswoman for the Vatican", "EU spokesman Paul Dorn"). Only of a
 * capitalised name that is no title or role ("a spokeswoman for the mayor" makes no body of "the Mayor"); a person of
 * the corpus so named is still asked about as a person (`personNamed`).
 */
function usedAsBody(store: ClaimView, name: string): boolean {
  const bare = name.trim().replace(/^the /iu, '');
  // (a news outlet the corpus quotes, "the BBC said", is asked about as before: `questionSpeaker`)
  if (!/^\p{Lu}/u.test(bare) || newsOutletLike(bare) || titleLike(`the ${bare}`) || roleLike(bare)) return false;
  const use = bodyUseOf(store);
  const key = bare.toLowerCase();
  const found = use.found.get(key);
  if (found !== undefined) return found;
  const used =
    store.findSpeakers(bare).some((s) => sameWords(s.name, bare) && mentionsWithThe(store, s.id, s.name)) ||
    use.speaking.some(
      ({ speaker, texts }) => texts.includes(key) && !sameWords(speaker.name, bare) && speaksFor(bare, speakerRef(speaker)) !== null,
    );
  use.found.set(key, used);
  return used;
}

/** True when an outlet credits the speaker with "the" before their name ("the Vatican said"): a body itself. */
function mentionsWithThe(store: ClaimView, id: string, name: string): boolean {
  const bare = words(name).join(' ');
  const mentions = store.groupsOfSpeaker(id).flatMap((g) => g.entryIds.map((e) => store.entry(e).speakerMention?.text ?? ''));
  return mentions.some((m) => /^the /iu.test(m.trim()) && words(m).slice(1).join(' ') === bare);
}

/**
 * True when a title or role is asked with no name (`roleLike`: "the mayor", "the Prime Minister"), and no person of
 * the corpus goes by those words (a credit such as "a spokeswoman for the mayor" is no one's name).
 */
function roleAsked(store: ClaimView, asked: string, named: Set<string>): boolean {
  if (!roleLike(asked)) return false;
  return ![...named].some((id) => {
    const s = store.speakers.get(id);
    return !!s && writtenAsName(s.name);
  });
}

/**
 * True when the outlets make a speaker someone else than the title asked about: roles, none of them it (`speakerFits`
 * said no before this is asked), none speaking for its holder ("spokeswoman for the mayor"); or a body's name
 * (`bodyLike`: "the Defence Ministry", "NATO"), no holder of a person's title. A speaker with no role the outlets give
 * is no one else by their word.
 */
function otherRole(role: string, speaker: SpeakerRef | null): boolean {
  return !!speaker && (speaker.roles.length > 0 || bodyLike(speaker.name)) && speaksFor(role, speaker) === null;
}

/**
 * The people of a reading's matches of its best kind (verbatim, or close), or of any kind holding the few words
 * asked about close together (`nearStretch`: “joint naval exercises” holds “joint exercises” as much as a quotation
 * of those two words does), one for the same quotation credited to several (an attribution conflict is one
 * quotation, said as such): more than one, and a few words pin none of them.
 */
function speakersHolding(matches: readonly FoundMatch[], asked: string): string[] {
  const kind = matches[0]?.kind;
  const kept: FoundMatch[] = [];
  for (const m of matches) {
    if ((m.kind !== kind || kind === 'paraphrase') && nearStretch(m.quote, asked) === null) continue;
    if (kept.some((k) => sameQuotation(k.quote, m.quote) || shareRun(k.quote, m.quote))) continue;
    kept.push(m);
  }
  return [...new Set(kept.map((m) => m.speakerRef?.id ?? m.speaker ?? ''))];
}

/**
 * The speaker a name asked about was taken as, when it is no spelling of theirs (`spelledAsKnown` of lists.ts: case,
 * accents, spacing, a title, a surname, an initial or a role aside): the matched speaker it names, else the one
 * speaker it names; null when it is spelt as known, names several or none, or fits by a role.
 */
function closestNamed(store: ClaimView, askedSpeaker: string, named: Set<string>, matches: readonly FoundMatch[]): string | null {
  const speaker =
    matches.find((m) => m.speakerRef && named.has(m.speakerRef.id))?.speakerRef ??
    (named.size === 1 ? store.speakers.get([...named][0]!) : undefined);
  return speaker && !spelledAsKnown(askedSpeaker, speaker) ? speaker.name : null;
}

/** The person the member named and their words holding a few words asked about close together, when any match has them. */
function namedHolding(matches: readonly FoundMatch[], askedSpeaker: string, named: Set<string>, asked: string): NamedHolding | null {
  for (const m of matches) {
    if (!m.speaker || !speakerFits(askedSpeaker, named, m.speakerRef)) continue;
    const stretch = nearStretch(m.quote, asked);
    // reported speech (no outlet quotes the words) is said as such, never as a quotation
    if (stretch !== null) return { speaker: m.speaker, words: stretch, ...(quotedByAny(m.outlets) ? {} : { reported: true as const }) };
  }
  return null;
}

/** The named person among those holding a few words asked about: their words holding them, and whether only reported. */
type NamedHolding = { speaker: string; words: string; reported?: true };

/** Speakers named in a few-words answer at most (the count says how many quotations there are). */
const MAX_FEW_WORDS_SPEAKERS = 10;

/**
 * The answer to words too few to tell which quotation they come from (few-words.ts): not found, saying how many
 * quotations hold them and whose, and what to ask instead (`hint`), never one of them picked as "said these words".
 */
function fewWordsAnswer(
  store: ClaimView,
  base: Omit<WhoSaidResult, 'verdict' | 'matches' | 'explanation'>,
  asked: string,
  hits: readonly SearchHit[],
  limited: boolean,
  byNamed: NamedHolding | null = null,
): WhoSaidResult {
  const groups = new Map<number, string | null>();
  for (const h of hits) {
    const speaker = h.group.speakerId ? store.speakers.get(h.group.speakerId)?.name : undefined;
    groups.set(h.group.id, speaker && !unnamed(speaker) ? speaker : null);
  }
  // the people most of those quotations credit first
  const byCount = new Map<string, number>();
  for (const name of groups.values()) if (name) byCount.set(name, (byCount.get(name) ?? 0) + 1);
  const speakers = [...byCount].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const contentWords = contentWordCount(asked);
  const hint: NotFoundHint = {
    kind: 'few_words',
    contentWords,
    quotations: groups.size,
    speakers: speakers.slice(0, MAX_FEW_WORDS_SPEAKERS),
    ...(limited ? { atLeast: true as const } : {}),
    ...(byNamed ? { namedSpeaker: byNamed } : {}),
  };
  const quotations = `${limited ? 'at least ' : ''}${groups.size} quotation${groups.size === 1 ? '' : 's'}`;
  const whose = speakers.length ? ` (${speakers.length === 1 ? speakers[0] : `${speakers.length} speakers named`})` : '';
  const tooFew =
    contentWords === 0
      ? 'Common words alone cannot tell who said a quotation'
      : contentWords === 1
        ? words(asked).length === 1
          ? 'One word cannot tell who said a quotation'
          : 'One word among common ones cannot tell who said a quotation'
        : // the others hold them in reported speech, not in the quotations counted here
          `Two words that several people are ${speakers.length > 1 ? 'quoted' : 'quoted or reported'} saying cannot tell who said them`;
  // a typo'd word is not in them as typed: words close to it are; of two words, some may hold them a word apart
  const found = hits.every((h) => h.exact)
    ? `“${asked.trim()}” is`
    : hits.some((h) => h.exact)
      ? `“${asked.trim()}”, or words close to it, are`
      : `words close to “${asked.trim()}” are`;
  // the person named holds them too: why "misattributed" is not said, in their own words
  const theirs = byNamed
    ? byNamed.reported
      ? ` ${byNamed.speaker}, whom you named, is reported saying “${byNamed.words}” (the outlets' words, not in quotation marks).`
      : ` ${byNamed.speaker}, whom you named, is quoted saying “${byNamed.words}”.`
    : '';
  return {
    ...base,
    verdict: 'not_found',
    matches: [],
    hint,
    explanation: `${tooFew}: ${found} in ${quotations}${whose}, inside longer words, so no one is named as saying them.${theirs}`,
  };
}

/** Fewest words of a quotation held whole in the member's words for it to count as a part they quoted. */
const MIN_PART_WORDS = 4;
type PartQuoted = NonNullable<WhoSaidResult['partsQuoted']>[number];

/** Parts listed at most. */
const MAX_PARTS = 3;

/**
 * Quotations that the member's words hold whole, word for word ("strengthen the dykes at every port" inside "she
 * said they will strengthen the dykes at every port and more"), from documents the answer does not list (under the best match or another candidate): those
 * outlets quote that part of the member's words exactly, which an answer on a longer quotation would otherwise hide
 * (a verbatim one too: an outlet quoting half of the claim carries part of it). Kept apart from the best match
 * (never diffed against it): quoting a part is not cutting the quotation. Read from the best match speaker's own
 * claims and from the hits the question's search already returned (a part credited to someone else, named as
 * `creditedTo`), not a second search of the corpus (a quotation no longer than the member's words is all it looks
 * at), longest parts first.
 */
function partsQuoted(
  store: ClaimView,
  asked: string,
  shown: readonly WhoSaidMatch[],
  scope: Set<string> | null,
  hits: readonly SearchHit[],
): PartQuoted[] {
  const best = shown[0]!;
  const askedWords = ` ${words(asked).join(' ')} `;
  // documents the answer already lists, under the best match or another candidate, are not listed again
  const listed = new Set(shown.flatMap((m) => m.outlets.map((o) => o.document)));
  const whole = words(best.quote).length;
  const bestGroup = store.group(best.claimId);
  const parts = new Map<string, PartQuoted & { words: number }>();
  const own = best.speakerRef ? store.groupsOfSpeaker(best.speakerRef.id).flatMap((g) => g.entryIds.map((id) => store.entry(id))) : [];
  // a hit can be a part only when it is shorter than the best match and every word of it is in the question in order
  // (read from the hit's own counts: most hits of a verbatim answer are dropped before their words are read)
  const partHits = hits.filter((h) => h.length < whole && h.orderedWords >= h.length).map((h) => h.entry);
  for (const entry of [...own, ...partHits]) {
    // a quotation longer than the member's words cannot stand whole inside them
    if (entry.kind !== 'quote' || entry.text.length > asked.length + 8 || listed.has(entry.documentId)) continue;
    if (scope && !scope.has(entry.documentId)) continue;
    const quoted = words(entry.text);
    const key = quoted.join(' ');
    // (a part: fewer words than the best match's quotation, which a verbatim answer's words hold whole too; the
    // whole words credited to someone else are another candidate, not a part)
    if (quoted.length < MIN_PART_WORDS || quoted.length >= whole || !askedWords.includes(` ${key} `)) continue;
    // the best match's speaker's quotation, or one the outlet credits to someone else (said, as /compare says it)
    const other = otherSpeaker(store, bestGroup, store.group(entry.groupId));
    const sameSpeaker = best.speakerRef !== null && store.group(entry.groupId).speakerId === best.speakerRef.id;
    if (!sameSpeaker && !other) continue;
    const part = parts.get(key) ?? { quote: entry.text, words: quoted.length, carriers: [] };
    const doc = store.documents.get(entry.documentId);
    if (!part.carriers.some((c) => c.document === entry.documentId))
      part.carriers.push({
        document: entry.documentId,
        outlet: doc?.meta.outlet ?? null,
        date: doc?.meta.date ?? null,
        ...(other ? { creditedTo: other } : {}),
      });
    parts.set(key, part);
  }
  return [...parts.values()]
    .sort((a, b) => b.words - a.words)
    .slice(0, MAX_PARTS)
    .map(({ quote, carriers }) => ({ quote, carriers }));
}

/**
 * For a member who named the person who read out or quoted the words: where they relayed them (“Ines Barka
 * relayed the words in Valley Post.”); empty when the member named someone else.
 */
function relayedNote(store: ClaimView, asked: string, best: WhoSaidMatch): string {
  const names = new Set(store.findSpeakers(asked).map((s) => s.name));
  const relayed = best.outlets.filter((o) => o.relayedBy && (names.has(o.relayedBy) || o.relayedBy.toLowerCase() === asked.toLowerCase()));
  if (!relayed.length) return '';
  const where = [...new Set(relayed.map(outletName))].join(', ');
  return ` ${relayed[0]!.relayedBy} relayed the words in ${where}.`;
}

/**
 * The outlets whose article says the words were put to the person asked about, asked of or told to them (“Why
 * now?” Hale was asked. / Hale was told: “…”), in the quotation's paragraph: the words are what they heard.
 */
function putTo(store: ClaimView, match: WhoSaidMatch, asked: string): string[] {
  const names = new Set([asked, ...store.findSpeakers(asked).flatMap((s) => [s.name, ...s.aliases])].filter((n) => n.trim()));
  const pattern = (n: string): string =>
    n
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
  const hearer = new RegExp(
    `(?:^|[^\\p{L}])(?:${[...names].map(pattern).join('|')})\\s+(?:was|were|had\\s+been|has\\s+been|is\\s+being|was\\s+being)\\s+(?:${[...HEARER_PARTICIPLES].join('|')})\\b`,
    'iu',
  );
  const where = new Set<string>();
  for (const o of match.outlets) {
    const doc = store.documents.get(o.document);
    const block = doc?.blocks.find((b) => b.start <= o.start && o.start < b.end);
    if (doc && block && hearer.test(doc.text.slice(block.start, block.end))) where.add(outletName(o));
  }
  return [...where];
}

/** What an answer says of words put to the person asked about (empty when no outlet says so). */
function putNote(asked: string, outlets: string[], speaker: string | null): string {
  if (!outlets.length) return '';
  const by = speaker ? `by ${speaker}` : 'and no outlet names who asked or told them';
  return ` The words were put to ${asked}, not said by them: ${outlets.join(', ')} report${outlets.length === 1 ? 's' : ''} them as asked of or told to ${asked}, ${by}.`;
}

/** The first sentence of an answer whose outlets credit the words to different people. */
function disagreement(conflict: AttributionConflict): string {
  const sides = conflict.speakers.map((s) => `${s.speaker} (${s.documents.length} document${s.documents.length === 1 ? '' : 's'})`);
  return conflict.relation === 'organisation'
    ? `Outlets credit these words to a person or to their own organisation: ${sides.join(' or ')}.`
    : `Outlets disagree on who said this: ${sides.join(' vs ')}.`;
}

/**
 * An outlet whose quotation prints only the match's words, in order, with an ellipsis where words were left out
 * quoted them word for word, as /compare lists it: `verbatim`, naming what each ellipsis stands for (`leftOut`), not
 * the words changed. Read only of the outlets not already verbatim (the answer's own outlets, no search).
 */
function markElided(match: FoundMatch): void {
  let marked = false;
  for (const o of match.outlets) {
    if (o.rendering !== 'reworded') continue;
    const leftOut = elidedWords(match.quote, o.text, COMPARE_LIMITS.verbatimWords);
    // the converse: the match's wording is the cut one (an outlet's, ellipsis and all) and this outlet prints every
    // word of it, in order, with the words that ellipsis stands for: the full words, not other words
    const filledIn = leftOut ? null : elidedWords(o.text, match.quote, COMPARE_LIMITS.verbatimWords);
    if (!leftOut && !filledIn?.length) continue;
    o.rendering = 'verbatim';
    delete o.diff;
    if (leftOut?.length) o.leftOut = leftOut;
    if (filledIn?.length) o.filledIn = filledIn;
    marked = true;
  }
  // among the verbatim outlets again, which the outlets' order puts first
  if (marked) sortCarriers(match.outlets);
}

/**
 * An outlet that quotes the full words where the match's wording has an ellipsis made no edit of them: the words it
 * adds are those the ellipsis stands for, or more of the same speech at either end. Its "changes" against the cut
 * wording are none, and the match's warning is weighed again without them.
 */
function keepFilledUnchanged(match: FoundMatch): void {
  if (!match.outlets.some((o) => o.filledIn)) return;
  for (const o of match.outlets) if (o.filledIn) o.changes = [];
  match.meaningChanged = anyMeaningChanged(match.outlets);
  // after the outlets that print the words as the answer gives them (a stable sort keeps the order within each)
  const verbatim = match.outlets.filter((o) => o.rendering === 'verbatim');
  const filled = (o: OutletCarrier): number => (o.filledIn ? 1 : 0);
  match.outlets.splice(0, verbatim.length, ...verbatim.sort((a, b) => filled(a) - filled(b)));
}

/**
 * An outlet that holds the words asked about word for word but changes the meaning of the claim elsewhere
 * (drops a "not" the other outlets quote) carries the words asked about verbatim, not the claim: its word
 * diff against the claim is shown with the change.
 */
function diffChangedVerbatim(match: FoundMatch): void {
  for (const o of match.outlets) {
    // (words left out at an ellipsis are named as such, their meaning change beside them: no diff)
    if (o.rendering !== 'verbatim' || o.leftOut || !holds(match, o) || !o.changes.some((c) => changesMeaning(c, o.text))) continue;
    if (wordsDiffer(match.quote, o.text)) o.diff = wordDiff(match.quote, o.text);
  }
  // after the outlets that kept the claim's words (a stable sort keeps the order within each)
  const changed = (o: OutletCarrier): number => (o.rendering === 'verbatim' && o.diff ? 1 : 0);
  if (match.outlets.some((o) => changed(o))) {
    const verbatim = match.outlets.filter((o) => o.rendering === 'verbatim').sort((a, b) => changed(a) - changed(b));
    match.outlets.splice(0, verbatim.length, ...verbatim);
  }
}

/**
 * True unless the quotation holds the words of a guessed frame ("Ruiz said: …", "Plan B: …", "… — Ruiz") word for
 * word with other words than the frame's beside them: the frame's word next to them (its verb, or its name's last
 * word before them, first after them), or all its words but one ("Plan V: …" of "Plan B: …"), each as typed or but
 * for a typo. Then the frame is no part of it. True too when it does not hold them word for word (nothing to tell by).
 */
function frameQuoted(whole: string, rest: string, quote: string): boolean {
  const [all, asked, quoted] = [words(whole), words(rest), words(quote)];
  if (!asked.length) return true;
  const phrase = asked.join(' ');
  const frameAfter = all.length > asked.length && all.slice(0, asked.length).join(' ') === phrase;
  const frame = frameAfter ? all.slice(asked.length) : all.slice(0, all.length - asked.length);
  if (!frame.length) return true;
  const at = quoted.findIndex((_, i) => quoted.slice(i, i + asked.length).join(' ') === phrase);
  if (at < 0) return true;
  const beside = frameAfter
    ? quoted.slice(at + asked.length, at + asked.length + frame.length)
    : quoted.slice(Math.max(0, at - frame.length), at);
  const typed = (word: string | undefined, as: string | undefined): boolean =>
    !!word && !!as && withinEdits(word, as, allowedEdits(word.length));
  const next = frameAfter ? typed(frame[0], beside[0]) : typed(frame.at(-1), beside.at(-1));
  return next || (frame.length > 1 && beside.length === frame.length && frame.filter((w, i) => !typed(w, beside[i])).length <= 1);
}

/** Words of the quotation shown before and after the stretch the question covers. */
const DIFF_CONTEXT_WORDS = 4;

/**
 * How `quote` differs from the words asked about, for a close answer: a "close" question may differ from the
 * quotation in the one word that matters ("world war" for "world peace"), and the member sees which. The
 * quotation's words beyond the stretch the question covers are cut to a few, with "…". Null when the words
 * are the same.
 */
function askedDiff(asked: string, quote: string): DiffPart[] | null {
  const parts = anchoredDiff(asked, quote);
  if (!parts.some((p) => p.op !== 'same')) return null;
  // words the member typed elsewhere ("its children deserve" moved to the front) are in the stretch asked about:
  // the cut keeps them, and a few words beyond. Moved words are two or more the member typed in a row, found in a
  // row in the quotation's words cut: a lone word ("not" of "can not") found further on is the quotation's own
  const runs = parts.filter((p) => p.op === 'removed').map((p) => words(p.text));
  const cut = (text: string, end: boolean): string => {
    const w = text.split(/\s+/).filter(Boolean);
    const folded = ` ${words(text).join(' ')} `;
    const moved = runs.flatMap((r) => r.slice(1).flatMap((x, i) => (folded.includes(` ${r[i]} ${x} `) ? [r[i]!, x] : [])));
    const typed = new Set(moved.filter((x) => !isStopword(x)));
    const isTyped = (token: string): boolean => words(token).some((x) => typed.has(x));
    const first = w.findIndex(isTyped);
    const keep = Math.max(DIFF_CONTEXT_WORDS, end ? w.findLastIndex(isTyped) + 1 : first < 0 ? 0 : w.length - first);
    if (w.length <= keep) return text;
    return end ? `${w.slice(0, keep).join(' ')} …` : `… ${w.slice(-keep).join(' ')}`;
  };
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (first.op === 'added') first.text = cut(first.text, false);
  if (last !== first && last.op === 'added') last.text = cut(last.text, true);
  return parts;
}

/**
 * The diff of the member's words against the quotation, their opening words matched where the quotation holds
 * them nearest the rest: a diff reads the first "I" or "we" of the quotation as the member's, however far before the
 * words asked about, and shows all between as the member's words with the quotation's added ("I [-beleive-]
 * {+believe … I believe+} Donald"). The quotation's words before those the member's content words need are left
 * to open the diff, reaching back only as far as the member typed words before their first, and a few more.
 */
function anchoredDiff(asked: string, quote: string): DiffPart[] {
  const tokens = quote.split(/\s+/).filter(Boolean);
  const matched = (parts: readonly DiffPart[], content: boolean): number =>
    parts
      .filter((p) => p.op === 'same')
      .flatMap((p) => words(p.text))
      .filter((w) => !content || !isStopword(w)).length;
  const from = (k: number): DiffPart[] => wordDiff(asked, tokens.slice(k).join(' '));
  const full = wordDiff(asked, quote);
  // only an opening function word matched far from the member's content words is re-anchored: the diff stands else
  const firstContent = full.findIndex((p) => p.op === 'same' && words(p.text).some((w) => !isStopword(w)));
  const opening = full.slice(0, Math.max(0, firstContent));
  const between = opening.filter((p) => p.op === 'added').flatMap((p) => words(p.text)).length;
  if (!opening.some((p) => p.op === 'same') || between <= ANCHOR_GAP) return full;
  const content = matched(full, true);
  // the latest start keeping every content word matched (fewer as the start moves on: a binary search)
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (matched(from(mid), true) === content) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return full;
  // back from there, as far as the member typed words before their first content word, and `ANCHOR_SLACK` more
  const lead = words(asked).findIndex((w) => !isStopword(w));
  let best = { start: low, same: matched(from(low), false) };
  for (let k = low - 1; k >= Math.max(0, low - Math.max(0, lead) - ANCHOR_SLACK); k--) {
    const same = matched(from(k), false);
    if (same > best.same) best = { start: k, same };
  }
  const rest = from(best.start);
  const before = tokens.slice(0, best.start).join(' ');
  if (!before) return rest;
  if (rest[0]?.op === 'added') return [{ op: 'added', text: `${before} ${rest[0].text}` }, ...rest.slice(1)];
  return [{ op: 'added', text: before }, ...rest];
}

/** Words of the quotation's before the member's opening words an anchored diff may reach back ("we are" for "I believe we’re"). */
const ANCHOR_SLACK = 2;
/** Most words of the quotation's between the member's opening words and their first content word left as the diff reads them. */
const ANCHOR_GAP = 6;

/** A figure's value, written as a figure or a number word ("3", "three"); null for any other word. */
function figureValue(text: string): number | null {
  const word = text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (/^\d+$/.test(word)) return Number(word);
  return word !== 'both' && NUMBER_WORDS[word] !== undefined ? NUMBER_WORDS[word]! : null;
}

/** A figure the member wrote one way and the quotation the other ("3" for "three"): the same figure. */
type SameFigure = NonNullable<WhoSaidResult['askedFigures']>[number];

/**
 * The figures of a diff written one way by the member and the other by the quotation, with the same value: a
 * figure of the member's struck, beside the quotation's word in its place (the first word of what follows it, or
 * the last of what comes before, which may run on into the quotation's words beyond the stretch asked about).
 */
function sameFigures(diff: readonly DiffPart[]): SameFigure[] {
  const pairs: SameFigure[] = [];
  const bare = (t: string): string => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  for (const [i, part] of diff.entries()) {
    const typed = part.text.trim();
    if (part.op !== 'removed' || /\s/.test(typed) || figureValue(typed) === null) continue;
    // the quotation's words beside the struck figure, nearest first: the diff may put the word in its place at either
    // end of them ("I do not think 2" beside a struck "two")
    const ends = (p: DiffPart | undefined, nearFirst: boolean): string[] => {
      const w = p?.op === 'added' ? p.text.trim().split(/\s+/) : [];
      return (nearFirst ? [w[0], w.at(-1)] : [w.at(-1), w[0]]).filter((x): x is string => !!x);
    };
    const quoted = [...ends(diff[i + 1], true), ...ends(diff[i - 1], false)].find((w) => figureValue(w) === figureValue(typed));
    if (quoted) pairs.push({ typed: bare(typed), quoted: bare(quoted) });
  }
  return pairs;
}

/**
 * The figures of one word (`pairs`) with those of several words or signs the member wrote one way and the
 * quotation the other, with the same value ("thirty thousand" for "30,000", "10%" for "10 per cent", "half a
 * million" for "500,000"), in the member's order; a figure the quotation also holds as typed is not written otherwise.
 */
function withLargerFigures(pairs: readonly SameFigure[], asked: string, quote: string): SameFigure[] {
  const figuresOf = (text: string) =>
    changeTokens(text)
      .filter((t) => t.role === 'number' && t.opensWord && t.closesWord && /^#[\d.]+%?$/.test(t.norm))
      .map((t) => ({ value: t.norm, text: text.slice(t.start, t.end), words: words(text.slice(t.start, t.end)).join(' ') }))
      .filter((f) => f.words !== 'both');
  const larger = (f: { text: string; words: string }): boolean => f.words.includes(' ') || /[.,%]/.test(f.text);
  const quoted = figuresOf(quote);
  const found: SameFigure[] = [];
  for (const f of figuresOf(asked)) {
    if (quoted.some((q) => q.value === f.value && q.words === f.words)) continue;
    const q = quoted.find((q) => q.value === f.value);
    if (q && (larger(f) || larger(q))) found.push({ typed: f.text, quoted: q.text });
  }
  // a figure of one word read within a larger one ("12" of "12%") is named once, as the larger
  const within = (p: SameFigure): boolean => found.some((f) => words(f.typed).includes(words(p.typed)[0] ?? ''));
  return [...found, ...pairs.filter((p) => !within(p))].sort((a, b) => asked.indexOf(a.typed) - asked.indexOf(b.typed));
}

const namedFigures = (figures: readonly SameFigure[]): string => figures.map((f) => `“${f.quoted}” for your “${f.typed}”`).join(', ');

/**
 * What a close answer says of figures written the other way: the same words when, the figures written as the
 * quotation writes them, the member's words are in it as typed; else small differences besides.
 */
function figuresNote(figures: readonly SameFigure[], asked: string, quote: string): string {
  const named = namedFigures(figures);
  let rewritten = asked;
  for (const f of figures)
    rewritten = rewritten.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${f.typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
      f.quoted,
    );
  return containsVerbatim(quote, rewritten)
    ? `the same words, with figures written otherwise: ${named}`
    : `small wording differences; figures written otherwise: ${named}`;
}

/**
 * Least share of the member's words the quotation must hold for a paraphrase's diff to be shown: the same words
 * in another order, or with a few swapped, read clearly as a diff; a paraphrase in words of its own would be all
 * strikes.
 */
const PARAPHRASE_DIFF_SAME = 0.75;

const documents = (n: number): string => `${n} document${n === 1 ? '' : 's'}`;

/** A speaker as a sentence opens with them: a description in lower case ("one of two witnesses") capitalised. */
const opening = (who: string): string => who.charAt(0).toUpperCase() + who.slice(1);

function explain(match: FoundMatch): string {
  const who = match.speaker ?? 'an unnamed speaker';
  // (it opens a sentence: "An unnamed speaker said these exact words")
  const Who = opening(who);
  const holding = match.outlets.filter((o) => holds(match, o));
  // documents that carry another part of the same quotation are not said to quote the words asked about
  const parts = match.outlets.length - holding.length;
  const more = (n: number, one: string, many: string): string | null => (n ? `${n} more ${n === 1 ? one : many}` : null);
  const partsNote = more(parts, 'quotes another part of it', 'quote other parts of it');
  // outlets that credit someone who read or quoted the speaker's words (a spokeswoman reading a statement)
  const relayers = new Map<string, number>();
  for (const o of match.outlets) if (o.relayedBy) relayers.set(o.relayedBy, (relayers.get(o.relayedBy) ?? 0) + 1);
  const relayNote = relayers.size ? `relayed by ${[...relayers].map(([name, n]) => `${name} in ${n}`).join(' and ')}` : null;
  const note = (...notes: (string | null)[]): string => {
    const kept = notes.filter(Boolean);
    return kept.length ? ` (${kept.join('; ')})` : '';
  };
  switch (match.kind) {
    case 'verbatim': {
      // only the documents that quote the words as the answer gives them: an outlet that changed them is not one
      const exact = holding.filter((o) => o.rendering === 'verbatim' && !o.leftOut && !o.filledIn).length;
      // word for word with words left out at an ellipsis: neither these exact words nor other words
      const cut = holding.filter((o) => o.leftOut).length;
      // the full words where these have an ellipsis: these words only with the gap filled
      const full = holding.filter((o) => o.filledIn).length;
      const changed = more(holding.length - exact - cut - full, 'carries them in other words', 'carry them in other words');
      const cutNote = more(cut, 'quotes them with words left out', 'quote them with words left out');
      const fullNote = more(full, 'quotes the full words where these have “…”', 'quote the full words where these have “…”');
      return `${Who} said these exact words, as quoted in ${documents(exact)}${note(cutNote, fullNote, changed, partsNote, relayNote)}.`;
    }
    case 'close':
      return `${Who} said something very close to this (small wording differences), as carried by ${documents(holding.length)}${note(partsNote, relayNote)}.`;
    case 'paraphrase':
      // your words paraphrase what the outlets quote: the corpus has the quotation, not reported speech
      return quotedByAny(match.outlets)
        ? `${Who} is quoted saying this in other words than yours (${documents(holding.length)}${partsNote ? `; ${partsNote}` : ''}).`
        : `The corpus carries this as a paraphrase of ${who}, not in these words (${documents(holding.length)}${partsNote ? `; ${partsNote}` : ''}).`;
  }
}
