/**
 * The matches of a question's words: search hits grouped by claim into matches with their carriers
 * (`collectMatches`), relays folded in (`withRelays`), ordered and compared between readings of a question
 * (`matchesFor`, `better`).
 */
import { MAX_QUERY_WORDS } from '../../store/store.js';
import type { ClaimView } from '../../store/view.js';
import type { SearchHit, StoredRendition } from '../../store/types.js';
import { carrierOf, rebase, sortCarriers, speakerRef, unnamed } from '../carriers.js';
import { describes } from '../roles.js';
import { CONFLICT_THRESHOLDS, shareRun } from '../conflicts.js';
import { relayedSource, sourceIs } from '../relays.js';
import { sameQuotation } from '../../store/grouping/texts.js';
import { containsVerbatim } from '../diff.js';
import { isStopword, normalizedPhrase, stem, words } from '../../store/search/normalize.js';
import { writtenAsName } from '../../claims/speakers.js';
import type { OutletCarrier, WhoSaidMatch } from '../types.js';
import { askedAcrossBreak, wordsPin } from '../few-words.js';
import { WHO_SAID_THRESHOLDS } from './thresholds.js';
import {
  type MatchKind,
  KIND_RANK,
  kindOf,
  type QueryWords,
  renderingOf,
  creditFits,
  shorterCredit,
  type FoundMatch,
  holds,
} from './match-kinds.js';

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
export const hitsOfMatches = new WeakMap<FoundMatch[], readonly SearchHit[]>();

/**
 * Per reading of too few words to pin a quotation (few-words.ts): the hits that hold them only inside longer
 * quotations, left out of its matches, and whether the search stopped at its limit (more may hold them).
 */
export const heldInside = new WeakMap<FoundMatch[], { hits: SearchHit[]; limited: boolean }>();

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

export function matchesFor(store: ClaimView, quote: string, scope: Set<string> | null): FoundMatch[] | null {
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
export const wholeLed = new WeakSet<FoundMatch[]>();

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
export function better(b: WhoSaidMatch[] | null, a: WhoSaidMatch[] | null, inKind = false): boolean {
  const [x, y] = [a?.[0], b?.[0]];
  if (!y) return false;
  if (!x) return true;
  return KIND_RANK[y.kind] < KIND_RANK[x.kind] || (!inKind && y.kind === x.kind && y.score > x.score);
}
