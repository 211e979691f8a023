/**
 * Builds the parts of a claim store from a loaded corpus: extract each document's claims, resolve speakers
 * across documents, index every rendition, group renditions of the same claim. Linear in corpus size.
 */
import { extractClaims } from '../claims/extract.js';
import { buildSpeakerIndex } from '../claims/speakers.js';
import type { DocumentClaims, ExtractedQuote, Speaker } from '../claims/types.js';
import type { CorpusDocument, LoadedCorpus } from '../corpus/types.js';
import { groupEntries } from './grouping/group.js';
import { TermIndex } from './search/term-index.js';
import { type ClaimGroup, PART_JOIN, type StoredRendition } from './types.js';

export interface StoreParts {
  documents: CorpusDocument[];
  speakers: Speaker[];
  entries: StoredRendition[];
  groups: ClaimGroup[];
  index: TermIndex;
}

/** Joins the parts of each utterance ("…,” he said, “…") into one rendition; phrases are not claims. */
type RawRendition = Omit<StoredRendition, 'id' | 'groupId' | 'speakerId'> & { speakerName: string | null };

function quoteRenditions(doc: CorpusDocument, quotes: ExtractedQuote[]): RawRendition[] {
  const byUtterance = new Map<number, ExtractedQuote[]>();
  for (const q of quotes) {
    if (q.kind !== 'quote' || !q.text.trim()) continue;
    const parts = byUtterance.get(q.utterance);
    if (parts) parts.push(q);
    else byUtterance.set(q.utterance, [q]);
  }
  return [...byUtterance.values()].map((parts) => {
    const attributed = parts.find((p) => p.speakerMention) ?? parts[0]!;
    return {
      documentId: doc.id,
      kind: 'quote' as const,
      text: parts.map((p) => p.text.trim()).join(PART_JOIN),
      start: parts[0]!.start,
      end: parts.at(-1)!.end,
      speakerMention: attributed.speakerMention,
      speakerName: attributed.speaker,
    };
  });
}

/** Builds every part of a store; `extract` is injectable so tests and benchmarks can time it apart. */
export function buildParts(corpus: LoadedCorpus, extract: (doc: CorpusDocument) => DocumentClaims = extractClaims): StoreParts {
  const documents = [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const claims: ({ documentId: string; claims: DocumentClaims } | null)[] = documents.map((doc) => ({
    documentId: doc.id,
    claims: extract(doc),
  }));
  const speakerIndex = buildSpeakerIndex(claims as { documentId: string; claims: DocumentClaims }[]);
  const entries: StoredRendition[] = [];
  const index = new TermIndex();
  // entries are made in place, without intermediate objects: at a million quotations every object and
  // spread here was seconds of building and of garbage collection
  const add = (doc: CorpusDocument, r: RawRendition): void => {
    const id = entries.length;
    const speakerId = r.speakerName ? (speakerIndex.resolve(doc.id, r.speakerName)?.id ?? null) : null;
    entries.push({
      documentId: doc.id,
      kind: r.kind,
      text: r.text,
      start: r.start,
      end: r.end,
      speakerMention: r.speakerMention,
      id,
      speakerId,
      groupId: -1,
    });
    // the index keeps the entry's word ids (search aligns on them, grouping compares their terms)
    index.addText(id, r.text);
  };
  documents.forEach((doc, d) => {
    const docClaims = claims[d]!.claims;
    claims[d] = null; // this document's extraction is not needed past here
    for (const r of quoteRenditions(doc, docClaims.quotes)) add(doc, r);
    for (const p of docClaims.paraphrases) {
      add(doc, {
        documentId: doc.id,
        kind: 'paraphrase',
        text: p.text,
        start: p.start,
        end: p.end,
        speakerMention: p.speakerMention,
        speakerName: p.speaker,
      });
    }
  });
  index.freeze();
  const groupOf = groupEntries(entries, index.contentTermSets(), index);
  const groups: ClaimGroup[] = [];
  entries.forEach((e, i) => {
    const g = groupOf[i]!;
    e.groupId = g;
    if (!groups[g]) groups[g] = { id: g, text: '', speakerId: null, entryIds: [] };
    groups[g].entryIds.push(i);
  });
  const words = index.toData();
  for (const g of groups) describeGroup(g, entries, words);
  return { documents, speakers: speakerIndex.speakers, entries, groups, index };
}

/**
 * Sets a group's reference wording (the quoted form most documents carried; ties: the longest) and its
 * majority speaker. Wordings are the same when their word ids are (the index made them from `words`).
 * Read straight from the index's word arrays and the entries, without a view, an array or a map per group: at a
 * million quotations this ran for 400 thousand groups.
 */
function describeGroup(group: ClaimGroup, entries: StoredRendition[], words: EntryWords): void {
  const ids = group.entryIds;
  let quoted = 0;
  for (const i of ids) if (entries[i]!.kind === 'quote') quoted++;
  // the quoted members, else all of them
  const pool = quoted === 0 || quoted === ids.length ? ids : ids.filter((i) => entries[i]!.kind === 'quote');
  let bestAt = 0;
  if (pool.length > 1) {
    let bestCount = -1;
    for (let i = 0; i < pool.length; i++) {
      let n = 0;
      for (let j = 0; j < pool.length; j++) if (sameWords(words, pool[i]!, pool[j]!)) n++;
      const better = i === 0 ? 1 : n - bestCount || entries[pool[i]!]!.text.length - entries[pool[bestAt]!]!.text.length;
      if (better > 0) {
        bestAt = i;
        bestCount = n;
      }
    }
  }
  group.text = entries[pool[bestAt]!]!.text;
  group.speakerId = majoritySpeaker(ids, entries);
}

/** The index's words of every entry: entry e's are `entryWords[entryWordStart[e] .. entryWordStart[e + 1])`. */
interface EntryWords {
  entryWordStart: Int32Array;
  entryWords: Int32Array;
}

/** Whether entries a and b have the same word ids. */
function sameWords(words: EntryWords, a: number, b: number): boolean {
  if (a === b) return true;
  const { entryWordStart: start, entryWords: w } = words;
  const from = start[a]!;
  const to = start[a + 1]!;
  const other = start[b]!;
  if (start[b + 1]! - other !== to - from) return false;
  for (let k = 0; k < to - from; k++) if (w[from + k] !== w[other + k]) return false;
  return true;
}

/**
 * The speaker most members name, the first to reach the most votes (as the stable sort this replaced chose);
 * counted by a scan for the small groups most are, by a map for a large one.
 */
function majoritySpeaker(ids: readonly number[], entries: StoredRendition[]): string | null {
  let speakerId: string | null = null;
  let votes = 0;
  if (ids.length > 16) {
    const speakerVotes = new Map<string, number>();
    for (const i of ids) {
      const s = entries[i]!.speakerId;
      if (s) speakerVotes.set(s, (speakerVotes.get(s) ?? 0) + 1);
    }
    for (const [id, n] of speakerVotes) if (n > votes) [speakerId, votes] = [id, n];
    return speakerId;
  }
  // each speaker counted at its first member, in the members' order: the map's order
  for (let k = 0; k < ids.length; k++) {
    const s = entries[ids[k]!]!.speakerId;
    if (!s) continue;
    let first = true;
    for (let j = 0; j < k && first; j++) if (entries[ids[j]!]!.speakerId === s) first = false;
    if (!first) continue;
    let n = 1;
    for (let j = k + 1; j < ids.length; j++) if (entries[ids[j]!]!.speakerId === s) n++;
    if (n > votes) [speakerId, votes] = [s, n];
  }
  return speakerId;
}
