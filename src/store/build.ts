/**
 * Builds the parts of a claim store from a loaded corpus: extract each document's claims, resolve speakers
 * across documents, index every rendition, group renditions of the same claim. Linear in corpus size.
 */
import { extractClaims } from '../claims/extract.js';
import { buildSpeakerIndex } from '../claims/speakers.js';
import type { DocumentClaims, ExtractedQuote, Speaker } from '../claims/types.js';
import type { CorpusDocument, LoadedCorpus } from '../corpus/types.js';
import { groupEntries } from './grouping.js';
import { normalizedPhrase, words } from './normalize.js';
import { TermIndex } from './term-index.js';
import type { ClaimGroup, StoredRendition } from './types.js';

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
      text: parts.map((p) => p.text.trim()).join(' … '),
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
  const claims: ({ documentId: string; claims: DocumentClaims } | null)[] = documents.map((doc) => ({ documentId: doc.id, claims: extract(doc) }));
  const speakerIndex = buildSpeakerIndex(claims as { documentId: string; claims: DocumentClaims }[]);
  const entries: StoredRendition[] = [];
  const index = new TermIndex();
  documents.forEach((doc, d) => {
    const docClaims = claims[d]!.claims;
    claims[d] = null; // this document's extraction is not needed past here
    const raw = [
      ...quoteRenditions(doc, docClaims.quotes),
      ...docClaims.paraphrases.map((p) => ({
        documentId: doc.id,
        kind: 'paraphrase' as const,
        text: p.text,
        start: p.start,
        end: p.end,
        speakerMention: p.speakerMention,
        speakerName: p.speaker as string | null,
      })),
    ];
    for (const { speakerName, ...r } of raw) {
      const id = entries.length;
      const speakerId = speakerName ? (speakerIndex.resolve(doc.id, speakerName)?.id ?? null) : null;
      entries.push({ ...r, id, speakerId, groupId: -1 });
      // the index keeps the entry's word ids (search aligns on them, grouping compares their terms)
      index.add(id, words(r.text));
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
  for (const g of groups) Object.assign(g, describeGroup(g, entries));
  return { documents, speakers: speakerIndex.speakers, entries, groups, index };
}

/** Reference wording (the quoted form most documents carried; ties: the longest) and majority speaker. */
function describeGroup(group: ClaimGroup, entries: StoredRendition[]): Pick<ClaimGroup, 'text' | 'speakerId'> {
  const members = group.entryIds.map((i) => entries[i]!);
  const quoted = members.filter((m) => m.kind === 'quote');
  const pool = quoted.length ? quoted : members;
  let best = pool[0]!;
  if (pool.length > 1) {
    // each wording normalised once (the comparator used to normalise both sides of every comparison)
    const phrases = pool.map((m) => normalizedPhrase(m.text));
    const counts = new Map<string, number>();
    for (const p of phrases) counts.set(p, (counts.get(p) ?? 0) + 1);
    const order = pool.map((_, i) => i);
    order.sort((a, b) => counts.get(phrases[b]!)! - counts.get(phrases[a]!)! || pool[b]!.text.length - pool[a]!.text.length);
    best = pool[order[0]!]!;
  }
  const speakerVotes = new Map<string, number>();
  for (const m of members) if (m.speakerId) speakerVotes.set(m.speakerId, (speakerVotes.get(m.speakerId) ?? 0) + 1);
  const speakerId = [...speakerVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { text: best.text, speakerId };
}
