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
  for (const g of groups) describeGroup(g, entries, index);
  return { documents, speakers: speakerIndex.speakers, entries, groups, index };
}

/**
 * Sets a group's reference wording (the quoted form most documents carried; ties: the longest) and its
 * majority speaker. Wordings are the same when their word ids are (the index made them from `words`).
 */
function describeGroup(group: ClaimGroup, entries: StoredRendition[], index: TermIndex): void {
  const members = group.entryIds.map((i) => entries[i]!);
  const quoted = members.filter((m) => m.kind === 'quote');
  const pool = quoted.length ? quoted : members;
  let best = pool[0]!;
  if (pool.length > 1) {
    const ids = pool.map((m) => index.entryWordIds(m.id));
    const counts = ids.map((a) => {
      let n = 0;
      for (const b of ids) if (sameIds(a, b)) n++;
      return n;
    });
    let bestAt = 0;
    for (let i = 1; i < pool.length; i++) {
      const better = counts[i]! - counts[bestAt]! || pool[i]!.text.length - pool[bestAt]!.text.length;
      if (better > 0) bestAt = i;
    }
    best = pool[bestAt]!;
  }
  const speakerVotes = new Map<string, number>();
  for (const m of members) if (m.speakerId) speakerVotes.set(m.speakerId, (speakerVotes.get(m.speakerId) ?? 0) + 1);
  let speakerId: string | null = null;
  let votes = 0;
  // the first speaker to reach the most votes, as the stable sort this replaces chose
  for (const [id, n] of speakerVotes) if (n > votes) [speakerId, votes] = [id, n];
  group.text = best.text;
  group.speakerId = speakerId;
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
