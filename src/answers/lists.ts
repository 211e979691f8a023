/** `/quotes`, `/outlets`, `/source` and "show the context": listings over the store, as plain data. */
import { CorrectedView } from '../store/corrected.js';
import type { ClaimGroup, StoredRendition } from '../store/types.js';
import type { ClaimView } from '../store/view.js';
import { COMPARE_LIMITS, otherSpeaker, relationOf } from './compare.js';
import { carrierOf, outletDocuments, sentenceAround, sortCarriers, speakerRef } from './carriers.js';
import { isStopword, stem, words } from '../store/search/normalize.js';
import { isNeighbour, meaningNeighbours } from '../store/search/synonyms.js';
import { containsVerbatim } from './diff.js';
import { wordsPin } from './few-words.js';
import { ascii, foldName, foldTypedName, isHandle, lettersOfRun, MIN_JOINED_LETTERS, nameWords, typedNameWords } from '../claims/fold.js';
import { jointMemberOf, jointMembers } from '../claims/speakers.js';
import { sameQuotation } from '../store/grouping/texts.js';
import { shareRun } from './conflicts.js';
import { relays } from './relays.js';
import { speakerFits } from './roles.js';
import { suggest } from './suggest.js';
import { withoutDiscordMarkup } from './question-text.js';
import type {
  CompareCredit,
  ContextResult,
  HelpEntry,
  HelpResult,
  OutletCarrier,
  OutletSummary,
  OutletsResult,
  SourceResult,
  SpeakerQuotesResult,
} from './types.js';
import { documentOutletName, quotedByAny } from './outlet-name.js';

export { NAME_SUGGESTIONS, suggest } from './suggest.js';

/**
 * How closely a speaker's names are what was typed: 0 one of them is it ("Marco Rubio"), 1 one ends with it (the
 * surname "Rubio"), 2 one has as many words (a misspelt "Marko Rubo"), 3 otherwise ("Marco Rubio's campaign",
 * where the name is only part of another).
 */
function namedAs(typed: string, speaker: { name: string; aliases: readonly string[] }): number {
  const asked = foldTypedName(typed);
  const names = [speaker.name, ...speaker.aliases].map(foldName);
  const joined = asked.join(' ');
  if (names.some((n) => n.join(' ') === joined)) return 0;
  if (names.some((n) => n.join(' ').endsWith(` ${joined}`))) return 1;
  return names.some((n) => n.length === asked.length) ? 2 : 3;
}

/**
 * True when every word typed is a word of the speaker's name, of a name they are known by or of a role the
 * outlets give them, case, accents, spacing and punctuation aside ("li shangfu", "Shangfu", "LiShangfu", "Shang
 * Fu", "L. Shangfu", "defence minister Li"), titles and function words left out: the name
 * as typed, not the closest spelling of it.
 */
export function spelledAsKnown(typed: string, speaker: { name: string; aliases: readonly string[]; roles: readonly string[] }): boolean {
  const known = [speaker.name, ...speaker.aliases];
  const asked = typedNameWords(typed.replace(/[’']s\b/g, ''))
    .map(ascii)
    .filter(Boolean);
  if (known.some((n) => ascii(n) === asked.join(''))) return true;
  // one word of a name, or a run of its words, typed split ("Shang Fu" for "Li Shangfu"), as findSpeakers reads it
  // (typedNameMatches of claims/speakers.ts); never an account's handle
  const joined = asked.join('');
  if (
    asked.length > 1 &&
    joined.length >= MIN_JOINED_LETTERS &&
    known.some((n) => !isHandle(n) && lettersOfRun(joined, nameWords(n).map(ascii), asked.length, (run) => run.join('')))
  )
    return true;
  // "the mayor Rhea Lindgren": the outlets' words for the person and function words are no misspelling either
  const knownWords = new Set([...known, ...speaker.roles].flatMap((n) => n.split(/[\s,]+/).map(ascii)));
  for (const w of words(typed)) if (isStopword(w)) knownWords.add(ascii(w));
  const initials = new Set([...knownWords].map((w) => w[0]));
  return asked.every((w) => knownWords.has(w) || (w.length === 1 && initials.has(w)));
}

/**
 * Everything one speaker is quoted saying, claims carried by most documents first, then the newest. `prefer` (a speaker id): the
 * person meant when the name fits several and that one among them (a thread's own person), the others named as
 * other speakers with that name.
 */
export function speakerQuotes(store: ClaimView, typed: string, limit = 25, prefer?: string, about?: string): SpeakerQuotesResult {
  // "<@1234>" is a member of the server, no one the outlets quote: said so, never looked up (nor echoed)
  const name = withoutDiscordMarkup(typed);
  if (!name && typed.trim())
    return { query: typed, speaker: null, suggestions: [], quotes: [], total: 0, corpus: store.corpusVersion(), mention: true };
  const found = store.findSpeakers(name);
  // a person before the joint statements they are named in ("Tom Hale", not "Ana Ruiz, Tom Hale and Lea Costa"),
  // unless a list was typed
  // (as typed: "ruiz and hale" is a list of two)
  const typedList = /\sand\s/i.test(name) ? name.split(/\s*,\s*(?:and\s+)?|\s+and\s+/i).filter((p) => p.trim()).length : 0;
  // no name fits: a role typed for the person ("the mayor", "councillor"), the one person the outlets give it; or
  // a name with the outlets' words for the person around it ("Chinese defence minister Li", "Li, the defence
  // minister"), as who-said reads its speaker option (speakerFits of roles.ts)
  const fits = found.length ? [] : [...store.speakers.values()].map((s) => ({ s, fit: speakerFits(name, new Set(), s) }));
  const byRole = fits.filter((f) => f.fit === 'role').map((f) => f.s);
  const byRoleAndName = fits.filter((f) => f.fit === 'name').map((f) => f.s);
  // the person so named before one the name only starts ("Rubio": Marco Rubio, not "Marco Rubio's campaign")
  const asNamed = [...found].sort((a, b) => namedAs(name, a) - namedAs(name, b));
  const speaker =
    (prefer === undefined ? undefined : found.find((s) => s.id === prefer)) ??
    asNamed.find((s) => jointMembers(s.name).length === typedList) ??
    asNamed[0] ??
    (byRoleAndName.length === 1 ? byRoleAndName[0] : undefined) ??
    (byRoleAndName.length === 0 && byRole.length === 1 ? byRole[0] : undefined);
  const allNames = [...store.speakers.values()].flatMap((s) => [s.name, ...s.aliases]);
  const corpus = store.corpusVersion();
  if (!speaker) {
    // several people of that role: they are the suggestions, before close spellings
    // (several people of that role and name: each of them, none chosen)
    const suggestions = [...new Set([...byRoleAndName.map((s) => s.name), ...byRole.map((s) => s.name), ...suggest(name, allNames)])];
    return { query: name, speaker: null, suggestions, quotes: [], total: 0, corpus };
  }
  // the statements the person made with others, credited to them together: listed with their own, marked so
  const joints = found.filter((s) => jointMemberOf(s, speaker));
  // a document that quotes the words twice (in its lead and again below) is one carrier, as who-said counts
  // it: claims carried by most documents first
  const carriersOf = (g: ClaimGroup, reference: string): OutletCarrier[] =>
    g.entryIds.map((i) => {
      const e = store.entry(i);
      return carrierOf(
        store,
        e,
        e.kind === 'paraphrase'
          ? 'paraphrase'
          : containsVerbatim(e.text, reference, COMPARE_LIMITS.verbatimWords)
            ? 'verbatim'
            : 'reworded',
        reference,
      );
    });
  type Item = SpeakerQuotesResult['quotes'][number] & { documents: number; groups: ClaimGroup[] };
  const items: Item[] = store
    .groupsOfSpeaker(speaker.id)
    .map((g) => ({ claimId: g.id, quote: g.text, outlets: [], documents: 0, groups: [g] }));
  for (const joint of joints) {
    for (const g of store.groupsOfSpeaker(joint.id)) {
      // the same words credited to the person alone in one outlet and jointly in another are one quotation
      const same = items.find((q) => sameQuotation(q.quote, g.text) || shareRun(q.quote, g.text));
      if (same) {
        same.groups.push(g);
        same.jointly ??= joint.name;
      } else items.push({ claimId: g.id, quote: g.text, outlets: [], documents: 0, groups: [g], jointly: joint.name });
    }
  }
  const heldIn = longerQuotationsHolding(store, items);
  for (const q of items) {
    const own = q.groups.flatMap((g) => carriersOf(g, q.quote));
    // a document quoting the person's longer words that hold these word for word carries them too, as who-said
    // counts it: "as quoted in 3 documents" there is "carried by 3 documents" here
    const longer = (heldIn.get(q) ?? []).map((e) => carrierOf(store, e, 'verbatim', q.quote));
    q.outlets = onePerDocument(sortCarriers([...own, ...longer.filter((c) => !own.some((o) => o.document === c.document))]));
    q.documents = q.outlets.length;
  }
  // among claims carried as widely, the newest first (a person's latest words are what members ask after), then
  // in the order the corpus holds them; an undated claim after the dated ones
  const newest = (q: Item): string => q.outlets.reduce((latest, o) => (o.date && o.date > latest ? o.date : latest), '');
  const all = items.sort(
    (a, b) =>
      b.documents - a.documents ||
      newest(b).localeCompare(newest(a)) ||
      Math.min(...a.groups.map((g) => g.id)) - Math.min(...b.groups.map((g) => g.id)),
  );
  // "what did she say about the libraries?": the quotations on that topic, closest first; none on it is said, and
  // every quotation listed as without the topic (never an empty list that hides what the person said)
  const topic = about === undefined ? null : topicWords(about, [speaker.name, ...speaker.aliases]);
  const onTopic = topic?.length ? quotesOnTopic(store, all, topic) : null;
  const sorted = onTopic?.length ? onTopic : all;
  const quotes = sorted.slice(0, limit).map(({ documents: _d, groups, ...q }) => {
    // words other outlets credit to someone else: said on the listing, not shown as this person's alone
    const quoted = quotedByAny(q.outlets);
    const rivals = quoted ? alsoCredited(store, groups, q.quote) : null;
    // reported speech only: shown without quotation marks (the renderers read this, never the outlets)
    const item = quoted || !q.outlets.length ? q : { ...q, reported: true as const };
    return rivals?.credits.length ? { ...item, alsoCreditedTo: rivals.credits, relation: rivals.relation } : item;
  });
  const others = found.filter((s) => s !== speaker && !joints.includes(s));
  // another person called just as this one is cannot be asked for by that name: counted, not suggested
  const sameName = others.filter((s) => s.name === speaker.name).length;
  const result: SpeakerQuotesResult = {
    query: name,
    speaker: speakerRef(speaker),
    suggestions: [...new Set(others.filter((s) => s.name !== speaker.name).map((s) => s.name))],
    ...(sameName ? { sameName } : {}),
    quotes,
    total: sorted.length,
    corpus,
  };
  if (onTopic && about !== undefined) result.about = { topic: about, matched: onTopic.length > 0, of: all.length };
  const away = correctedAway(store, speaker.id, limit);
  if (away.length) result.correctedAway = away;
  const merged = mergedFrom(store, name, speaker.id);
  if (merged) result.mergedFrom = merged;
  if (!found.length) {
    if (!byRoleAndName.includes(speaker)) result.role = name;
  }
  // a misspelt name answered with the closest speaker: said, so the list is not taken for someone called so
  else if (!merged && !spelledAsKnown(name, speaker)) result.closestTo = name;
  return result;
}

/**
 * For each claim of a listing (one person's), the quotations of its other claims that hold its words word for word
 * in longer words (“strengthen ties at every level” inside “…, we will strengthen ties at every level, and …”), when
 * its words are enough to tell it is theirs (few-words.ts: a word or two among common ones is not). The store
 * groups a short quotation apart from a much longer one; who-said finds both by the words. Read through an index
 * of the listing's words, so a person quoted thousands of times is not read claim against claim.
 */
function longerQuotationsHolding<T extends { quote: string; groups: ClaimGroup[] }>(
  store: ClaimView,
  items: readonly T[],
): Map<T, StoredRendition[]> {
  const held = new Map<T, StoredRendition[]>();
  const entries = items.flatMap((q) => q.groups.flatMap((g) => g.entryIds.map((id) => store.entry(id)))).filter((e) => e.kind === 'quote');
  const byWord = new Map<string, StoredRendition[]>();
  const lengths = new Map<StoredRendition, number>();
  for (const e of entries) {
    const ws = words(e.text);
    lengths.set(e, ws.length);
    for (const w of new Set(ws)) {
      const list = byWord.get(w);
      if (list) list.push(e);
      else byWord.set(w, [e]);
    }
  }
  for (const q of items) {
    const asked = words(q.quote);
    if (!asked.length || wordsPin(q.quote) === 'none') continue;
    const own = new Set(q.groups.map((g) => g.id));
    // the listing's quotations holding the claim's rarest word, of which those holding all its words in order
    const rarest = asked.reduce((a, b) => ((byWord.get(b)?.length ?? 0) < (byWord.get(a)?.length ?? 0) ? b : a));
    const found = (byWord.get(rarest) ?? []).filter(
      (e) => !own.has(e.groupId) && lengths.get(e)! > asked.length && containsVerbatim(e.text, q.quote),
    );
    if (found.length) held.set(q, found);
  }
  return held;
}

/** A topic's content word: its stem, and the lemmas WordNet gives it as meaning the same (null: none, or too many). */
interface TopicWord {
  stem: string;
  near: ReadonlySet<string> | null;
}

/** The content words of a topic, less the person's own name ("what did Varga say about Varga's plan?"). */
function topicWords(topic: string, names: readonly string[]): TopicWord[] {
  const own = new Set(names.flatMap((n) => words(n)));
  const typed = [...new Set(words(topic).filter((w) => w.length > 1 && !isStopword(w) && !own.has(w)))];
  return typed.map((w) => ({ stem: stem(w), near: meaningNeighbours(w) }));
}

/** True when a text holds one of a topic's words: the same stem, or a WordNet synonym. */
function topicIn(text: string, topic: readonly TopicWord[]): boolean {
  const ws = words(text).filter((w) => !isStopword(w));
  const stems = new Set(ws.map(stem));
  return topic.some((t) => stems.has(t.stem) || (t.near !== null && ws.some((w) => isNeighbour(w, t.near!))));
}

/**
 * The quotations of a listing that are on a topic: its words (a stem, or a WordNet synonym) in the quotation, else
 * in the sentence or the paragraph leading into it where an outlet carries it ("Varga also spoke about the school
 * roof. 'Every classroom …'"); those matched by their own words first, then by their sentence, then by their paragraph.
 */
function quotesOnTopic<T extends { quote: string; outlets: OutletCarrier[] }>(
  store: ClaimView,
  quotes: T[],
  topic: readonly TopicWord[],
): T[] {
  const tier = (q: T): number => {
    if (topicIn(q.quote, topic)) return 0;
    let best = 3;
    for (const o of q.outlets) {
      const doc = store.documents.get(o.document);
      if (!doc || o.start < 0 || o.end > doc.text.length) continue;
      if (topicIn(sentenceAround(doc.text, o.start), topic)) return 1;
      const around = context(store, o.document, o.start, o.end);
      // the paragraph up to the words: what leads into them ("… spoke about the school roof. 'Every …'"), not
      // what follows, often another quotation on another subject ("She added that the libraries …")
      if (around && topicIn(around.paragraph.slice(0, around.highlight?.end ?? around.paragraph.length), topic)) best = 2;
    }
    return best;
  };
  return quotes
    .map((q, i) => ({ q, i, t: tier(q) }))
    .filter((x) => x.t < 3)
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.q);
}

/** Best search hits read per listed quotation for the same words credited to someone else. */
const RIVAL_CANDIDATES = 20;

/**
 * The other people outlets credit a listed quotation's words to (the same quotation, as compare and who-said
 * tell it: the same words, or eight in a row), each with the documents that do; not the same person under a
 * surname, not a joint credit that names them, not one whose article says they read out this person's words.
 */
function alsoCredited(
  store: ClaimView,
  groups: readonly ClaimGroup[],
  quote: string,
): { credits: CompareCredit[]; relation: 'rivals' | 'organisation' } {
  const [lead] = groups;
  const speaker = lead?.speakerId ? store.speakers.get(lead.speakerId) : undefined;
  if (!lead || !speaker) return { credits: [], relation: 'rivals' };
  const rivalGroups: ClaimGroup[] = [];
  const own = new Set(groups.map((g) => g.id));
  const seen = new Set<number>();
  const credits: CompareCredit[] = [];
  for (const h of store.search(quote, { limit: RIVAL_CANDIDATES })) {
    const g = h.group;
    if (own.has(g.id) || seen.has(g.id)) continue;
    seen.add(g.id);
    if (!(sameQuotation(quote, g.text) || shareRun(quote, g.text))) continue;
    const name = otherSpeaker(store, lead, g);
    if (!name) continue;
    const quoted = g.entryIds.map((i) => store.entry(i)).filter((e) => e.kind === 'quote');
    // a spokeswoman reading this person's statement relays it: no rival
    if (!quoted.length || quoted.every((e) => relays(store, e, speaker))) continue;
    const credit = credits.find((c) => c.speaker === name) ?? credits[credits.push({ speaker: name, documents: [] }) - 1]!;
    for (const e of quoted) if (!credit.documents.includes(e.documentId)) credit.documents.push(e.documentId);
    rivalGroups.push(g);
  }
  // a person and their own organisation are no rivals: decided as who-said and compare decide it
  const relation = credits.length ? relationOf(store, [...groups, ...rivalGroups], credits) : 'rivals';
  return { credits, relation };
}

/** The corpus's own name for the person `name` finds, when a merge made that person `speakerId`. */
function mergedFrom(store: ClaimView, name: string, speakerId: string): string | undefined {
  if (!(store instanceof CorrectedView)) return undefined;
  const own = store.view.findSpeakers(name)[0];
  // merged away: the corrected view no longer answers with that person of its own
  return own && own.id !== speakerId && !store.findSpeakers(own.name).some((s) => s.id === own.id) ? own.name : undefined;
}

/** The first (best) carrier of each document, in order. */
function onePerDocument(carriers: OutletCarrier[]): OutletCarrier[] {
  const seen = new Set<string>();
  return carriers.filter((c) => !seen.has(c.document) && seen.add(c.document));
}

/**
 * Claims the corpus itself credits to `speakerId` that this server's corrections credit to someone else now
 * (a /correct speaker moved them), each with the speaker it is credited to.
 */
function correctedAway(store: ClaimView, speakerId: string, limit: number): NonNullable<SpeakerQuotesResult['correctedAway']> {
  if (!(store instanceof CorrectedView) || !store.view.speakers.has(speakerId)) return [];
  return store.view
    .groupsOfSpeaker(speakerId)
    .map((g) => ({ claimId: g.id, quote: g.text, now: store.group(g.id).speakerId }))
    .filter((g) => g.now !== speakerId)
    .slice(0, limit)
    .map((g) => ({ claimId: g.claimId, quote: g.quote, to: g.now ? speakerRef(store.speakers.get(g.now)) : null }));
}

/** Outlets in the corpus with their documents, quote counts and dates. */
export function outlets(store: ClaimView): OutletsResult {
  const byLabel = new Map<string, OutletSummary>();
  const claimsOf = new Map<string, Set<number>>();
  for (const doc of store.documents.values()) {
    const label = documentOutletName(doc);
    let summary = byLabel.get(label);
    if (!summary) {
      summary = { outlet: doc.meta.outlet, label, documents: [], quotes: 0, quotations: 0, firstDate: null, lastDate: null };
      byLabel.set(label, summary);
    }
    const quoted = store.entriesOfDocument(doc.id).filter((e) => e.kind === 'quote');
    const quotes = quoted.length;
    // one quotation repeated (in the lead and again below, or in two of the outlet's articles) is one claim
    const claims = new Set(quoted.map((e) => e.groupId));
    summary.documents.push({ document: doc.id, date: doc.meta.date, title: doc.meta.title, quotes, quotations: claims.size });
    summary.quotes += quotes;
    const seen = claimsOf.get(label) ?? new Set<number>();
    for (const id of claims) seen.add(id);
    claimsOf.set(label, seen);
    summary.quotations = seen.size;
    const date = doc.meta.date;
    if (date && (!summary.firstDate || date < summary.firstDate)) summary.firstDate = date;
    if (date && (!summary.lastDate || date > summary.lastDate)) summary.lastDate = date;
  }
  const list = [...byLabel.values()].sort((a, b) => b.quotes - a.quotes || a.label.localeCompare(b.label));
  return { outlets: list, totalDocuments: store.documents.size, corpus: store.corpusVersion() };
}

/**
 * The document a member means by what they typed for /source: the document so named; else the one document its
 * start names ("003" for "003_efc4….txt"), or the one document of an outlet ("DW"); else what they typed.
 */
export function documentNamed(store: ClaimView, typed: string): string {
  const name = typed.trim();
  if (store.documents.has(name)) return name;
  const starting = startingWith(store, name);
  if (starting.length === 1) return starting[0]!;
  const ofOutlet = name ? outletDocuments(store, name) : [];
  return ofOutlet.length === 1 ? ofOutlet[0]!.id : name;
}

/** Documents whose id starts with what was typed (three characters at least), case aside. */
function startingWith(store: ClaimView, typed: string): string[] {
  const start = typed.trim().toLowerCase();
  return start.length >= 3 ? [...store.documents.keys()].filter((id) => id.toLowerCase().startsWith(start)) : [];
}

/**
 * One source document: its metadata with evidence and the claims found in it, in text order.
 *
 * `added`: who added the document and from where, when it was added from Discord or the CLI (the caller reads it
 * from the state database).
 */
export function source(store: ClaimView, document: string, added: SourceResult['added'] = null): SourceResult {
  const typed = document.trim();
  const doc = store.documents.get(documentNamed(store, typed));
  const empty = { outlet: null, date: null, title: null, url: null, evidence: [], quotes: [] };
  const corpus = store.corpusVersion();
  if (!doc) {
    // an outlet's documents first ("Reuters": its articles), then those its start names, then the closest spellings
    const ofOutlet = typed ? outletDocuments(store, typed).map((d) => d.id) : [];
    const suggestions = [...new Set([...ofOutlet, ...startingWith(store, typed), ...suggest(document, [...store.documents.keys()])])].slice(
      0,
      5,
    );
    // an outlet of several documents: said so, with how many, rather than as a document name mistyped
    return {
      document,
      found: false,
      added: null,
      suggestions,
      ...empty,
      corpus,
      ...(ofOutlet.length > 1 ? { outletDocuments: ofOutlet.length } : {}),
    };
  }
  const quotes = store.entriesOfDocument(doc.id).map((e) => {
    const quote: SourceResult['quotes'][number] = {
      claimId: e.groupId,
      text: e.text,
      speaker: e.speakerId ? (store.speakers.get(e.speakerId)?.name ?? null) : null,
      kind: e.kind,
      start: e.start,
      end: e.end,
    };
    // a speaker a moderator set: said so, with the one the article is read as crediting, or the page reads wrong
    const correction = store instanceof CorrectedView ? store.correctionOf(e.id) : undefined;
    if (correction) quote.corrected = { id: correction.id, by: correction.by, at: correction.at, was: correction.was };
    return quote;
  });
  const { outlet, date, title, url } = doc.meta;
  return {
    document: doc.id,
    found: true,
    added,
    suggestions: [],
    outlet,
    date,
    title,
    url,
    evidence: doc.meta.evidence.map((e) => ({ ...e })),
    quotes,
    corpus,
    ...(doc.meta.partial ? { partial: doc.meta.partial } : {}),
  };
}

/** The paragraph of `document` around offsets `start`..`end`, with the quoted words located in it. */
export function context(store: ClaimView, document: string, start: number, end: number): ContextResult | null {
  const doc = store.documents.get(document);
  if (!doc || start < 0 || end > doc.text.length || start > end) return null;
  const block = doc.blocks.find((b) => b.start <= start && start < b.end) ?? {
    start: Math.max(0, start - 300),
    end: Math.min(doc.text.length, end + 300),
  };
  const blockEnd = Math.max(block.end, end);
  return {
    document: doc.id,
    outlet: doc.meta.outlet,
    date: doc.meta.date,
    paragraph: doc.text.slice(block.start, blockEnd),
    highlight: { start: start - block.start, end: end - block.start },
    corpus: store.corpusVersion(),
  };
}

/** /help: the commands, with the corpus they answer from and what it holds. */
export function help(store: ClaimView, commands: HelpEntry[]): HelpResult {
  const stats = store.stats();
  return { commands, corpus: store.corpusVersion(), documents: stats.documents, quotes: stats.quotes, speakers: stats.speakers };
}
