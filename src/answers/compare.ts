/**
 * `/compare`: how each outlet carried the claims on a topic — quoted word for word, quoted with other words,
 * only paraphrased, or left out.
 */
import type { CorpusDocument } from '../corpus/types.js';
import { align, prepareQuery } from '../store/search/align.js';
import { isStopword, stem, words } from '../store/search/normalize.js';
import { sameQuotation } from '../store/grouping/texts.js';
import { GROUPING_THRESHOLDS } from '../store/grouping/group.js';
import type { ClaimView } from '../store/view.js';
import { anyMeaningChanged, foldCopies, outletChanges, sentenceBefore } from './depth.js';
import type { ClaimGroup, SearchHit } from '../store/types.js';
import { containsVerbatim, containsVerbatimPart, cutEnd, elidedWords, wordDiff } from './diff.js';
import { jointMemberOf, nameMatches, writtenAsName } from '../claims/speakers.js';
import { creditRelation, shareRun } from './conflicts.js';
import { documentsInScope, looseOutlet, speakerRef } from './carriers.js';
import { relays } from './relays.js';
import { unknownOutletSentence, unknownOutlets } from './suggest.js';
import type { CompareClaim, CompareCredit, CompareOutlet, CompareResult } from './types.js';
import { documentOutletName } from './outlet-name.js';
import { speakerNamed } from './not-found.js';

export const COMPARE_LIMITS = Object.freeze({
  /** Claims compared at most. */
  claims: 5,
  /** Claims scoring more than this below the best one are left out. */
  scoreSpread: 0.25,
  /** Without an outlet filter, every document is in scope up to this corpus size; beyond it, those on topic. */
  allDocumentsUpTo: 50,
  /** A hit is on topic when this share of the topic's content words appears in it… */
  topicBag: 0.5,
  /** …or this share of the topic's words, in order, typos allowed ("joint excercises" for "joint exercises"). */
  topicInOrder: 0.9,
  /** A quotation in another document carries the claim "reworded" from this in-order score… */
  reworded: 0.6,
  /** …and an unquoted sentence paraphrases it from this share of the claim's content words, and this many. */
  paraphraseBag: 0.5,
  paraphraseMinWords: 3,
  /** Another quotation carries the claim when it quotes this many of its words in a row… */
  partWords: 4,
  /** …and carries it word for word ("verbatim") when it holds this many of them in a row. */
  verbatimWords: 3,
  /** Best hits of the store's search read for the topic… */
  topicCandidates: 80,
  /** …and, per claim, for the other documents' wordings of it. */
  relatedCandidates: 60,
});

export interface CompareOptions {
  outlets?: readonly string[];
  /**
   * Claims compared at most (default `COMPARE_LIMITS.claims`). Set, it asks about those claims alone (a thread's one
   * claim): the others on the topic are no list cut short, so they are not counted as not shown (`moreClaims`).
   */
  maxClaims?: number;
  /**
   * Only when set: the topic whose words mark a claim's story, in place of `topic` (a claim of a thread on a topic,
   * compared by its words: an article on that topic that leaves the claim out is listed as /compare on the topic
   * lists it).
   */
  storyTopic?: string;
}

/** Sentences of a document's article text, with the words of the paragraph each stands in. */
function sentences(doc: CorpusDocument): { text: string; paragraphWords: Set<string> }[] {
  const out: { text: string; paragraphWords: Set<string> }[] = [];
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    const paragraphWords = new Set(words(text));
    const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].trim()) out.push({ text: m[0].trim(), paragraphWords });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/**
 * Words that show a paragraph is about a speaker: the surname and other name words of every alias, and the
 * head word of each role ("mayor", "minister"). Empty for unattributed claims (then nothing is required).
 */
function speakerMarkers(store: ClaimView, group: ClaimGroup): string[] {
  const speaker = group.speakerId ? store.speakers.get(group.speakerId) : undefined;
  if (!speaker) return [];
  const names = [speaker.name, ...speaker.aliases].flatMap((n) => words(n).filter((w) => w.length >= 3 && !isStopword(w)));
  const roles = speaker.roles.map((r) => words(r).at(-1)).filter((w): w is string => !!w && w.length >= 3);
  return [...new Set([...names, ...roles])];
}

/** Content-word stems of a text (function words left out). */
function contentStems(text: string): string[] {
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
type StoryWords = { own: Set<string>; stems: Set<string> };

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
function onStory(doc: CorpusDocument, story: StoryMarks, memo: Map<string, StoryWords>): boolean {
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
type StoryMarks = { topic: readonly string[]; claim: string[]; surnames: string[]; needles: string[] | null };

function storyMarks(store: ClaimView, group: ClaimGroup, topic: readonly string[]): StoryMarks {
  const claim = contentStems(group.text);
  const speaker = group.speakerId ? store.speakers.get(group.speakerId) : undefined;
  const surnames = speaker
    ? [speaker.name, ...speaker.aliases].map((n) => words(n).at(-1)).filter((w): w is string => !!w && w.length >= 3 && !isStopword(w))
    : [];
  const all = [...topic, ...claim, ...surnames];
  return { topic, claim, surnames, needles: all.every((w) => /^[a-z0-9]+$/.test(w)) ? [...new Set(all.map((w) => w.slice(0, 3)))] : null };
}

function outletOf(
  doc: CorpusDocument,
  fields: Omit<CompareOutlet, 'document' | 'outlet' | 'date' | 'url' | 'changes' | 'copyOf'>,
): CompareOutlet {
  return { document: doc.id, outlet: doc.meta.outlet, date: doc.meta.date, url: doc.meta.url, ...fields, changes: [], copyOf: null };
}

/**
 * The person another claim group credits, when the document's quotation comes from that group and it is not
 * the claim's speaker: “Valley Post quoted it verbatim” would hide that Valley Post gives the words to
 * someone else. A surname-only credit of the same person ("Olsen" for "Henrik Olsen") is the same person;
 * an unresolved description ("the spokesman") names nobody.
 */
export function otherSpeaker(store: ClaimView, group: ClaimGroup, other: ClaimGroup): string | null {
  if (!group.speakerId || !other.speakerId || other.speakerId === group.speakerId) return null;
  const a = store.speakers.get(group.speakerId);
  const b = store.speakers.get(other.speakerId);
  // a description ("the opposition") or a pronoun the article never resolved names nobody to disagree with
  if (!a || !b || !writtenAsName(b.name) || !writtenAsName(a.name)) return null;
  const single = (name: string): boolean => words(name).length === 1;
  if ((single(b.name) && nameMatches(b.name, a)) || (single(a.name) && nameMatches(a.name, b))) return null;
  // one of the people a joint statement is credited to, or the joint credit of the claim's speaker: no one else
  if (jointMemberOf(a, b) || jointMemberOf(b, a)) return null;
  return b.name;
}

/**
 * Whether two claim groups credit one person: the same speaker, or one credited by a single name that fits the
 * other's (“Varga” for “Ilse Varga”). Unattributed groups credit nobody in common.
 */
function sameSpeaker(store: ClaimView, group: ClaimGroup, other: ClaimGroup): boolean {
  if (!group.speakerId || !other.speakerId) return false;
  if (group.speakerId === other.speakerId) return true;
  const a = store.speakers.get(group.speakerId);
  const b = store.speakers.get(other.speakerId);
  if (!a || !b) return false;
  const single = (name: string): boolean => words(name).length === 1;
  return (single(b.name) && nameMatches(b.name, a)) || (single(a.name) && nameMatches(a.name, b));
}

/**
 * The longer claim compared beside claim `i` whose first words, in order and nothing else, are claim `i`'s, both by
 * one speaker (the store grouped the cut-short quotation apart; the longer claim lists its outlets as cutting the end),
 * with the words it goes on with and the documents that carry it whole. Null when none does, or none carries it whole.
 * `groups[k]` is the claim group of `claims[k]`.
 */
function longerClaimStarted(
  store: ClaimView,
  groups: readonly ClaimGroup[],
  claims: readonly CompareClaim[],
  i: number,
): CompareClaim['startOf'] | null {
  const group = groups[i]!;
  for (const [j, longer] of groups.entries()) {
    if (j === i || !sameSpeaker(store, group, longer)) continue;
    const cut = cutEnd(longer.text, group.text, COMPARE_LIMITS.partWords);
    if (!cut) continue;
    const documents = claims[j]!.outlets.filter(
      (o) =>
        (o.rendering === 'verbatim' || o.rendering === 'reworded') &&
        !o.changes.some((c) => c.kind === 'truncated_end') &&
        !o.leftOut?.includes(cut.rest),
    ).map((o) => o.document);
    if (documents.length) return { claimId: longer.id, rest: cut.rest, documents };
  }
  return null;
}

/**
 * A claim whose words are only the first words of a longer claim of its speaker compared beside it says so itself
 * (`startOf`): /compare on a topic and several given quotations compared (`compareClaims`) alike.
 */
function markStarts(store: ClaimView, groups: readonly ClaimGroup[], claims: readonly CompareClaim[]): void {
  for (const [i, claim] of claims.entries()) {
    const start = longerClaimStarted(store, groups, claims, i);
    if (start) claim.startOf = start;
  }
}

/**
 * Whether a quotation holds most of a claim's content words (by stem, as the grouping rule counts them): a version of
 * the claim, reworded. One that scores close on a few shared words ("strengthen ties" against "strengthen ties at
 * every level of the navy") is another quotation of the speaker on the topic, which does not carry the claim.
 */
function coversClaim(reference: string, text: string): boolean {
  const claim = contentStems(reference);
  if (!claim.length) return false;
  const quoted = new Set(contentStems(text));
  return claim.filter((s) => quoted.has(s)).length / claim.length >= GROUPING_THRESHOLDS.quoteOverlap;
}

/** How one document carries one claim. */
function renderingIn(
  store: ClaimView,
  doc: CorpusDocument,
  group: ClaimGroup,
  hitsByDoc: Map<string, SearchHit[]>,
  relayedTo: ReadonlyMap<number, string>,
): CompareOutlet {
  const reference = group.text;
  const own = group.entryIds.map((i) => store.entry(i)).filter((e) => e.documentId === doc.id);
  const quoted = own.find((e) => e.kind === 'quote');
  const candidates = hitsByDoc.get(doc.id) ?? [];
  // another quotation carries the claim when it covers most of it, or quotes a part of it word for word (one part
  // of a claim of several parts inside a longer quotation too: who-said finds the article there by those words)
  // a claim the corpus has only as reported speech is carried "with other words", not "only paraphrased",
  // by a document that quotes the speaker saying it: its quotation holds the paraphrase's words
  const reportedOnly = group.entryIds.every((i) => store.entry(i).kind === 'paraphrase');
  const quoteHit = quoted
    ? null
    : candidates.find(
        (h) =>
          h.entry.kind === 'quote' &&
          ((h.score >= COMPARE_LIMITS.reworded && coversClaim(reference, h.entry.text)) ||
            containsVerbatimPart(h.entry.text, reference, COMPARE_LIMITS.partWords) ||
            (reportedOnly && h.bag >= COMPARE_LIMITS.paraphraseBag && h.contentMatched >= COMPARE_LIMITS.paraphraseMinWords)),
      );
  const quote = quoted ?? quoteHit?.entry;
  if (quote) {
    // meaning changes are named between versions of one quotation, not against another one on the topic
    const version = quote === quoted || sameQuotation(reference, quote.text);
    const changes = version ? outletChanges(reference, quote.text, 'reworded', sentenceBefore(doc.text, quote.start)) : [];
    const other = quoteHit ? otherSpeaker(store, group, quoteHit.group) : null;
    // the one who read out or quoted the claim's speaker's words (a spokeswoman reading the minister's statement)
    const relayed = other && group.speakerId && relayedTo.get(quoteHit!.group.id) === group.speakerId;
    const credit = other ? (relayed ? { relayedBy: other } : { creditedTo: other }) : {};
    // every printed word the claim's, in order, an ellipsis where words were left out: the claim word for word, with
    // what the ellipses stand for (`leftOut`), not the claim in other words
    const leftOut = elidedWords(reference, quote.text, COMPARE_LIMITS.verbatimWords);
    // the start of the claim, cut short, grouped as a claim of its own: the words it leaves off named as a variant's
    // are ("cuts the end"), or as left out at its closing ellipsis, never a plain "verbatim"
    const cut = quoteHit && sameSpeaker(store, group, quoteHit.group) ? cutEnd(reference, quote.text, COMPARE_LIMITS.partWords) : null;
    if (cut)
      return {
        ...outletOf(doc, { rendering: 'verbatim', text: quote.text }),
        changes: cut.marked ? [] : [{ kind: 'truncated_end', from: cut.rest, to: '' }],
        ...(cut.marked ? { leftOut: [cut.rest] } : {}),
      };
    if (leftOut)
      return { ...outletOf(doc, { rendering: 'verbatim', text: quote.text }), changes, ...credit, ...(leftOut.length ? { leftOut } : {}) };
    if (containsVerbatim(quote.text, reference, COMPARE_LIMITS.verbatimWords))
      return { ...outletOf(doc, { rendering: 'verbatim', text: quote.text }), changes, ...credit };
    return { ...outletOf(doc, { rendering: 'reworded', text: quote.text, diff: wordDiff(reference, quote.text) }), changes, ...credit };
  }
  const reported =
    own.find((e) => e.kind === 'paraphrase') ??
    candidates.find((h) => h.entry.kind === 'paraphrase' && h.bag >= COMPARE_LIMITS.paraphraseBag)?.entry;
  if (reported) return outletOf(doc, { rendering: 'paraphrase', text: reported.text });
  // an unquoted sentence paraphrases the claim only where its paragraph names the claim's speaker
  const markers = speakerMarkers(store, group);
  const prepared = prepareQuery(words(reference), () => 1);
  let best: { text: string; bag: number } | null = null;
  for (const s of sentences(doc)) {
    if (markers.length && !markers.some((m) => s.paragraphWords.has(m))) continue;
    const a = align(prepared, words(s.text));
    if (a.bag >= COMPARE_LIMITS.paraphraseBag && a.contentMatched >= COMPARE_LIMITS.paraphraseMinWords && (!best || a.bag > best.bag)) {
      best = { text: s.text, bag: a.bag };
    }
  }
  if (best) return outletOf(doc, { rendering: 'paraphrase', text: best.text });
  return outletOf(doc, { rendering: 'absent', text: '' });
}

/**
 * Claims without those that are another claim's words relayed: a claim group whose every quotation is credited to
 * someone its article says was reading, quoting or speaking for the speaker of another claim of the same words
 * (one speaker: "the minister" where two ministers are credited is a guess) is that claim (its outlets show the
 * relay), not a claim of its own. `relayedTo` maps each such group to the speaker it relays.
 */
function withoutRelayed<T extends { group: ClaimGroup }>(store: ClaimView, groups: T[]): { kept: T[]; relayedTo: Map<number, string> } {
  const relayedTo = new Map<number, string>();
  for (const { group } of groups) {
    const quotes = group.entryIds.map((i) => store.entry(i)).filter((e) => e.kind === 'quote');
    if (!quotes.length) continue;
    const relayed = new Set<string>();
    for (const { group: other } of groups) {
      const speaker = other.speakerId && other.speakerId !== group.speakerId ? store.speakers.get(other.speakerId) : undefined;
      if (
        speaker &&
        writtenAsName(speaker.name) &&
        (sameQuotation(group.text, other.text) || shareRun(group.text, other.text)) &&
        quotes.every((e) => relays(store, e, speaker))
      )
        relayed.add(speaker.id);
    }
    if (relayed.size === 1) relayedTo.set(group.id, [...relayed][0]!);
  }
  return { kept: groups.filter(({ group }) => !relayedTo.has(group.id)), relayedTo };
}

/**
 * Claims without those whose words another claim credits jointly to their speaker and others ("Tom Hale" beside
 * "Ana Ruiz, Tom Hale and Lea Costa", the same quotation): one claim, shown under the joint credit, whose outlets
 * include the one that names Hale alone.
 */
function withoutJointMembers<T extends { group: ClaimGroup }>(store: ClaimView, groups: T[]): T[] {
  const speakerOf = (g: ClaimGroup) => (g.speakerId ? store.speakers.get(g.speakerId) : undefined);
  return groups.filter(({ group }) => {
    const member = speakerOf(group);
    return !(
      member &&
      groups.some(({ group: other }) => {
        const joint = speakerOf(other);
        return !!joint && jointMemberOf(joint, member) && (sameQuotation(group.text, other.text) || shareRun(group.text, other.text));
      })
    );
  });
}

/**
 * Claims with the same words credited to different people made one: outlets that give a quotation to two
 * people carry one quotation, shown once under the person more documents quote saying it (then the one quoted
 * first), each outlet that credits someone else marked as such (as who-said leads its answer). `rivalsOf` maps
 * each kept claim that absorbed others to them, the lead first.
 */
function withRivalsMerged<T extends { group: ClaimGroup; score: number }>(
  store: ClaimView,
  groups: T[],
  scope: ReadonlySet<string> | null,
): { kept: T[]; rivalsOf: Map<number, ClaimGroup[]> } {
  const quoteDocuments = (g: ClaimGroup): Set<string> =>
    new Set(
      g.entryIds
        .map((i) => store.entry(i))
        .filter((e) => e.kind === 'quote')
        .map((e) => e.documentId),
    );
  const first = (g: ClaimGroup): string =>
    [...quoteDocuments(g)].reduce((d, id) => {
      const date = store.documents.get(id)?.meta.date;
      return date && date < d ? date : d;
    }, '\uffff');
  // among the outlets compared first (an outlet filter), then across the corpus
  const inScope = (g: ClaimGroup): number => (scope ? [...quoteDocuments(g)].filter((d) => scope.has(d)).length : 0);
  const leads = (a: ClaimGroup, b: ClaimGroup): boolean =>
    inScope(a) - inScope(b) > 0 ||
    (inScope(a) === inScope(b) &&
      (quoteDocuments(a).size - quoteDocuments(b).size > 0 || (quoteDocuments(a).size === quoteDocuments(b).size && first(a) < first(b))));
  const rows: { lead: T; members: T[] }[] = [];
  for (const g of groups) {
    const quoted = quoteDocuments(g.group).size > 0;
    const row =
      quoted &&
      rows.find(({ members }) =>
        members.every(
          (m) =>
            quoteDocuments(m.group).size > 0 &&
            otherSpeaker(store, m.group, g.group) !== null &&
            (sameQuotation(m.group.text, g.group.text) || shareRun(m.group.text, g.group.text)),
        ),
      );
    if (!row) {
      rows.push({ lead: g, members: [g] });
      continue;
    }
    row.members.push(g);
    if (leads(g.group, row.lead.group)) row.lead = g;
  }
  const rivalsOf = new Map<number, ClaimGroup[]>();
  const kept = rows.map(({ lead, members }) => {
    if (members.length > 1)
      rivalsOf.set(
        lead.group.id,
        [lead, ...members.filter((m) => m !== lead)].map((m) => m.group),
      );
    return { ...lead, score: Math.max(...members.map((m) => m.score)) };
  });
  return { kept, rivalsOf };
}

/**
 * Compares how outlets carried the claims that match `topic` (a quotation or a few words).
 * @example compare(store, 'joint exercises', { outlets: ['DW', 'RT'] })
 */
export function compare(store: ClaimView, topic: string, options: CompareOptions = {}): CompareResult {
  const outletFilter = (options.outlets ?? []).map((o) => o.trim()).filter(Boolean);
  const base = { topic, outletFilter, corpus: store.corpusVersion() };
  if (!topic.trim()) return { ...base, claims: [], explanation: 'Give a topic or a quotation to compare across outlets.' };
  const scope = documentsInScope(store, outletFilter);
  // an outlet typed loosely ("nyt", "D.W.") is named in the answer as the corpus names it
  const named = outletFilter.map((o) => (store.documentsOfOutlet(o).length ? o : (looseOutlet(o, store.outletLabels()) ?? o)));
  const outletNames = named.some((n, i) => n !== outletFilter[i]) ? { outletNames: named } : {};
  if (scope.unknown.length) {
    const unknown = unknownOutlets(store, scope.unknown);
    // the outlets typed that the corpus does hold are named too, so the member sees which name to fix
    const known = outletFilter.filter((o) => !scope.unknown.includes(o));
    return { ...base, claims: [], explanation: unknownOutletSentence(unknown, known), unknownOutlets: unknown };
  }
  const hits = store
    .search(topic, {
      limit: COMPARE_LIMITS.topicCandidates,
      atLeast: { bag: COMPARE_LIMITS.topicBag, ordered: COMPARE_LIMITS.topicInOrder },
    })
    .filter((h) => h.exact || h.bag >= COMPARE_LIMITS.topicBag || h.score >= COMPARE_LIMITS.topicInOrder);
  const groups: { group: ClaimGroup; score: number }[] = [];
  for (const h of hits) {
    if (!groups.some((g) => g.group.id === h.group.id)) groups.push({ group: h.group, score: Math.max(h.score, h.bag) });
  }
  // among equally good matches, the claim whose words are the topic's (a quotation asked about by its own words, as
  // compareClaims asks: not a longer claim that starts with them), then claims carried by more documents
  const asked = words(topic).join(' ');
  const isAsked = (g: ClaimGroup): number => (words(g.text).join(' ') === asked ? 1 : 0);
  groups.sort((a, b) => b.score - a.score || isAsked(b.group) - isAsked(a.group) || b.group.entryIds.length - a.group.entryIds.length);
  // claims far weaker than the best are other stories that share a few words: left out
  const floor = (groups[0]?.score ?? 0) - COMPARE_LIMITS.scoreSpread;
  const most = options.maxClaims ?? COMPARE_LIMITS.claims;
  // (a relayed claim is looked for among twice as many as are shown: each is weighed against every other)
  const overFloor = groups.filter((g) => g.score >= floor);
  const { kept, relayedTo } = withoutRelayed(store, overFloor.slice(0, 2 * most));
  const merged = withRivalsMerged(store, kept, scope.ids);
  const distinct = withoutJointMembers(store, merged.kept);
  const chosen = distinct.slice(0, most);
  // claims as good as those compared left out for room: counted, so the answer says the list goes on (those past
  // the ones weighed for relays and rivals are counted as found, hence "at least")
  const unweighed = Math.max(0, overFloor.length - 2 * most);
  const moreClaims = options.maxClaims === undefined ? distinct.length - chosen.length + unweighed : 0;
  const moreNote = moreClaims
    ? ` ${unweighed || hits.length >= COMPARE_LIMITS.topicCandidates ? 'At least ' : ''}${moreClaims} more claim${moreClaims === 1 ? '' : 's'} on this topic ${moreClaims === 1 ? 'is' : 'are'} not shown: a few more of the words said, a speaker’s name (/quotes) or an outlet narrows the list.`
    : '';
  if (chosen.length === 0) return { ...base, ...outletNames, claims: [], explanation: noClaimSentence(store, topic, scope.ids) };
  const docs = scopeDocuments(
    store,
    scope.ids,
    chosen.map((c) => c.group),
  );
  const topicStems = contentStems(options.storyTopic ?? topic);
  const onTopic = new Set<string>();
  const storyMemo = new Map<string, StoryWords>();
  const claims: CompareClaim[] = chosen.map(({ group, score }) => {
    const related = store.search(group.text, { limit: COMPARE_LIMITS.relatedCandidates });
    const hitsByDoc = new Map<string, SearchHit[]>();
    for (const h of related) hitsByDoc.set(h.entry.documentId, [...(hitsByDoc.get(h.entry.documentId) ?? []), h]);
    const speaker = group.speakerId ? store.speakers.get(group.speakerId) : undefined;
    // a document that does not touch the claim's story is no outlet that left it out
    let story: StoryMarks | undefined;
    const storyOf = (): StoryMarks => {
      if (!story) story = storyMarks(store, group, topicStems);
      return story;
    };
    const outlets = docs
      .map((doc) => renderingIn(store, doc, group, hitsByDoc, relayedTo))
      .filter((o) => o.rendering !== 'absent' || onStory(store.documents.get(o.document)!, storyOf(), storyMemo));
    for (const o of outlets) onTopic.add(o.document);
    const carried = outlets.filter((o) => o.rendering !== 'absent');
    const rivals = merged.rivalsOf.get(group.id);
    const credits = rivals && creditsOf(store, rivals, outlets);
    // none of the outlets asked for carries it: the ones that do, or it reads as carried by nobody
    const elsewhere = scope.ids && carried.length === 0 ? carriersOutside(store, group, scope.ids, hitsByDoc, relayedTo) : [];
    return {
      claimId: group.id,
      quote: group.text,
      speaker: speaker?.name ?? null,
      score: Math.round(score * 1000) / 1000,
      outlets,
      independentSources: foldCopies(store, carried),
      meaningChanged: anyMeaningChanged(carried),
      ...(elsewhere.length ? { carriedElsewhere: elsewhere } : {}),
      ...(credits && credits.length > 1 ? { credits, relation: relationOf(store, rivals!, credits) } : {}),
    };
  });
  markStarts(
    store,
    chosen.map((c) => c.group),
    claims,
  );
  // with an outlet filter, its documents on no compared claim's story are named apart (an outlet with none is
  // said to have no article on the topic)
  const offTopic = scope.ids ? docs.filter((d) => !onTopic.has(d.id)).map((d) => ({ document: d.id, outlet: d.meta.outlet })) : [];
  if (onTopic.size === 0)
    return {
      ...base,
      ...outletNames,
      claims,
      explanation: `No article of ${named.join(', ')} is on this topic; the corpus has it from other outlets (${claims.length} claim${claims.length === 1 ? '' : 's'} below).`,
      ...(offTopic.length ? { offTopic } : {}),
    };
  // articles of the outlets asked for are on the story, but none carries any claim of it: said first
  const noneCarried = scope.ids !== null && claims.every((c) => c.carriedElsewhere?.length);
  return {
    ...base,
    ...outletNames,
    claims,
    explanation: noneCarried
      ? claims.length === 1
        ? `${named.join(', ')} ${outletFilter.length === 1 ? 'does' : 'do'} not carry the claim on this topic; other outlets do (below).`
        : `${named.join(', ')} carr${outletFilter.length === 1 ? 'ies' : 'y'} none of the ${claims.length} claims on this topic; other outlets do (below).${moreNote}`
      : `${claims.length} claim${claims.length === 1 ? '' : 's'} compared across ${onTopic.size} document${onTopic.size === 1 ? '' : 's'}.${moreNote}`,
    ...(offTopic.length ? { offTopic } : {}),
    ...(moreClaims ? { moreClaims } : {}),
  };
}

/**
 * Why a topic compares nothing: no quotation holds its words. When articles' titles do ("harbour bridge" in the
 * headlines of articles whose quotations say "this bridge"), that is said, with what to try: compare looks in
 * what people said, not in what the articles are about.
 */
function noClaimSentence(store: ClaimView, topic: string, scope: ReadonlySet<string> | null): string {
  const wanted = contentStems(topic);
  const titled = wanted.length
    ? [...store.documents.values()].filter((d) => {
        if (scope && !scope.has(d.id)) return false;
        const title = new Set(contentStems(d.meta.title ?? ''));
        return wanted.filter((w) => title.has(w)).length / wanted.length >= COMPARE_LIMITS.topicBag;
      }).length
    : 0;
  if (titled)
    return `No quotation in the corpus holds these words, though ${titled} article${titled === 1 ? '’s title does' : 's’ titles do'}: /compare looks in what people said, so try a few words they said.`;
  // a person's name as the topic: what they said is /quotes' answer, not a topic's
  const speaker = speakerNamed(store, topic);
  if (speaker)
    return `No quotation in the corpus holds these words, but ${speaker} is quoted in it: /quotes speaker:${speaker} lists what they said.`;
  return 'No claim in the corpus matches this topic: /compare looks in what people are quoted saying, so try a few words they said, or /quotes with a person’s name.';
}

/**
 * How each outlet carried several given quotations (a person's, in a thread on their /quotes answer): each compared
 * as /compare compares it, one claim each, the first `COMPARE_LIMITS.claims`. `subject` stands as the result's
 * topic (the person's name); `storyTopic` (a thread's topic) marks each claim's story as /compare on it does.
 */
export function compareClaims(
  store: ClaimView,
  subject: string,
  quotes: readonly string[],
  options: Pick<CompareOptions, 'outlets' | 'storyTopic'> = {},
): CompareResult {
  const claims: CompareClaim[] = [];
  const documents = new Set<string>();
  const aside = new Map<string, { document: string; outlet: string | null }>();
  // how many of the quotations were read before the list was full (one compared as another's claim is no claim left
  // out for room)
  let read = 0;
  for (const quote of quotes) {
    if (claims.length >= COMPARE_LIMITS.claims) break;
    read++;
    const one = compare(store, quote, {
      outlets: options.outlets,
      maxClaims: 1,
      ...(options.storyTopic ? { storyTopic: options.storyTopic } : {}),
    });
    // an outlet of the filter the corpus lacks: said once, nothing compared
    if (one.unknownOutlets) return { ...one, topic: subject };
    const claim = one.claims[0];
    if (!claim || claims.some((c) => c.claimId === claim.claimId)) continue;
    claims.push(claim);
    for (const o of claim.outlets) documents.add(o.document);
    for (const d of one.offTopic ?? []) aside.set(d.document, d);
  }
  const base = {
    topic: subject,
    outletFilter: (options.outlets ?? []).map((o) => o.trim()).filter(Boolean),
    corpus: store.corpusVersion(),
  };
  if (!claims.length)
    return {
      ...base,
      claims,
      explanation: quotes.length ? 'No claim in the corpus matches these quotations.' : `No quotation of ${subject} is in the corpus.`,
    };
  markStarts(
    store,
    claims.map((c) => store.group(c.claimId)),
    claims,
  );
  const offTopic = [...aside.values()].filter((d) => !documents.has(d.document));
  // the others can be named by their numbers in the list ("compare 6 and 7")
  const more =
    quotes.length > read
      ? ` (from the first ${read} of ${quotes.length}; name others by number: “compare ${quotes.length - read === 1 ? quotes.length : `${read + 1} and ${quotes.length}`}”)`
      : '';
  return {
    ...base,
    claims,
    explanation: `${subject}: ${claims.length} quotation${claims.length === 1 ? '' : 's'}${more} compared across ${documents.size} document${documents.size === 1 ? '' : 's'}.`,
    ...(offTopic.length ? { offTopic } : {}),
  };
}

/**
 * The people the corpus credits one quotation to, the claim's speaker first, each with the documents that credit
 * them (also those outside an outlet filter: the disagreement is the corpus's); then anyone else an outlet
 * compared gives the words to (its `creditedTo`).
 */
function creditsOf(store: ClaimView, groups: readonly ClaimGroup[], outlets: readonly CompareOutlet[]): CompareCredit[] {
  const credits: CompareCredit[] = [];
  const creditOf = (name: string): CompareCredit =>
    credits.find((c) => c.speaker === name) ?? credits[credits.push({ speaker: name, documents: [] }) - 1]!;
  const add = (name: string, document: string): void => {
    const credit = creditOf(name);
    if (!credit.documents.includes(document)) credit.documents.push(document);
  };
  for (const g of groups) {
    const name = (g.speakerId ? store.speakers.get(g.speakerId)?.name : undefined) ?? 'no one named';
    for (const i of g.entryIds) if (store.entry(i).kind === 'quote') add(name, store.entry(i).documentId);
  }
  for (const o of outlets) if (o.creditedTo && (o.rendering === 'verbatim' || o.rendering === 'reworded')) add(o.creditedTo, o.document);
  return credits.filter((c) => c.documents.length);
}

/**
 * How the people a claim's words are credited to stand to each other, decided as who-said decides it
 * (`creditRelation`): a person and their own organisation are not rivals. Anyone credited only through an
 * outlet's `creditedTo` (no group of their own among the merged ones) is weighed as a rival.
 */
export function relationOf(store: ClaimView, groups: readonly ClaimGroup[], credits: readonly CompareCredit[]): 'rivals' | 'organisation' {
  const credited = groups.flatMap((g) => {
    const speaker = speakerRef(g.speakerId ? store.speakers.get(g.speakerId) : undefined);
    if (!speaker) return [];
    const titles = () => g.entryIds.flatMap((i) => store.entry(i).speakerMention?.text ?? []);
    return [{ speaker, titles }];
  });
  const names = new Set(credited.map((c) => c.speaker.name));
  if (credits.some((c) => !names.has(c.speaker))) return 'rivals';
  return creditRelation(credited);
}

/**
 * The outlets outside an outlet filter that carry a claim, as /compare without the filter would list them: the
 * claim's own documents and any other that carries it by the same rules (one quoting a part of it inside a longer
 * quotation of its own, or rewording it), so "carried only by outlets not asked for" leaves none of them out.
 */
function carriersOutside(
  store: ClaimView,
  group: ClaimGroup,
  scope: ReadonlySet<string>,
  hitsByDoc: Map<string, SearchHit[]>,
  relayedTo: ReadonlyMap<number, string>,
): string[] {
  const own = group.entryIds.map((i) => store.entry(i).documentId);
  // documents the claim's search found quoting it in other words: read as /compare reads them
  const others = [...hitsByDoc.keys()].filter((id) => !own.includes(id));
  const names = new Set<string>();
  for (const id of [...new Set([...own, ...others])]) {
    if (scope.has(id)) continue;
    const doc = store.documents.get(id);
    if (!doc) continue;
    if (own.includes(id) || renderingIn(store, doc, group, hitsByDoc, relayedTo).rendering !== 'absent') names.add(documentOutletName(doc));
  }
  return [...names].filter(Boolean);
}

function scopeDocuments(store: ClaimView, ids: Set<string> | null, groups: ClaimGroup[]): CorpusDocument[] {
  if (ids) return [...ids].map((id) => store.documents.get(id)!).filter(Boolean);
  if (store.documents.size <= COMPARE_LIMITS.allDocumentsUpTo) return [...store.documents.values()];
  const onTopic = new Set(groups.flatMap((g) => g.entryIds.map((i) => store.entry(i).documentId)));
  return [...onTopic].sort().map((id) => store.documents.get(id)!);
}
