/**
 * `/compare`: how each outlet carried the claims on a topic — quoted word for word, quoted with other words,
 * only paraphrased, or left out. The entry; its parts are in compare/ (README there).
 */
import type { CorpusDocument } from '../corpus/types.js';
import { words } from '../store/search/normalize.js';
import type { ClaimView } from '../store/view.js';
import { anyMeaningChanged, foldCopies } from './depth.js';
import type { ClaimGroup, SearchHit } from '../store/types.js';
import { creditRelation } from './conflicts.js';
import { documentsInScope, looseOutlet, speakerRef } from './carriers.js';
import { unknownOutletSentence, unknownOutlets } from './suggest.js';
import type { CompareClaim, CompareCredit, CompareOutlet, CompareResult } from './types.js';
import { documentOutletName } from './outlet-name.js';
import { speakerNamed } from './not-found.js';
import { COMPARE_LIMITS, type CompareOptions } from './compare/limits.js';
import { contentStems, type StoryWords, onStory, type StoryMarks, storyMarks } from './compare/story.js';
import { markStarts } from './compare/speakers.js';
import { renderingIn } from './compare/rendering.js';
import { withoutRelayed, withoutJointMembers, withRivalsMerged } from './compare/groups.js';

// the limits and the speaker test that who-said and the listings share with /compare
export { COMPARE_LIMITS, type CompareOptions } from './compare/limits.js';
export { otherSpeaker } from './compare/speakers.js';

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
