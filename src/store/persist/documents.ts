/**
 * Documents in columns for the snapshot file: `v8.deserialize` rebuilds a hundred thousand documents with
 * their paragraph objects far slower than it reads a few strings and typed arrays (at 100k quotations the
 * documents took 1.1 s of a 1.5 s restart), and building the objects again in JavaScript is cheap.
 */
import type { CorpusDocument, DocumentMeta, TextBlock } from '../../corpus/types.js';

export interface PackedDocuments {
  id: string[];
  text: string[];
  contentHash: string[];
  /** Document d's blocks are pairs (start, end) at `blocks[2 * blockStart[d] .. 2 * blockStart[d + 1])`. */
  blockStart: Int32Array;
  blocks: Int32Array;
  /** JSON array of every document's metadata. */
  meta: string;
}

/** Columns of `documents`. */
export function packDocuments(documents: readonly CorpusDocument[]): PackedDocuments {
  const blockStart = new Int32Array(documents.length + 1);
  documents.forEach((d, i) => {
    blockStart[i + 1] = blockStart[i]! + d.blocks.length;
  });
  const blocks = new Int32Array(2 * blockStart[documents.length]!);
  documents.forEach((d, i) => {
    d.blocks.forEach((b, k) => {
      blocks[2 * (blockStart[i]! + k)] = b.start;
      blocks[2 * (blockStart[i]! + k) + 1] = b.end;
    });
  });
  return {
    id: documents.map((d) => d.id),
    text: documents.map((d) => d.text),
    contentHash: documents.map((d) => d.contentHash),
    blockStart,
    blocks,
    meta: JSON.stringify(documents.map((d) => d.meta)),
  };
}

/** Documents from their columns, or null when the columns do not fit together (a corrupt file). */
export function unpackDocuments(x: unknown): CorpusDocument[] | null {
  if (!x || typeof x !== 'object') return null;
  const p = x as Partial<PackedDocuments>;
  if (!Array.isArray(p.id)) return null;
  const n = p.id.length;
  if (!Array.isArray(p.text) || !Array.isArray(p.contentHash) || p.text.length !== n || p.contentHash.length !== n) return null;
  if (!(p.blockStart instanceof Int32Array) || !(p.blocks instanceof Int32Array) || typeof p.meta !== 'string') return null;
  if (p.blockStart.length !== n + 1 || p.blocks.length !== 2 * p.blockStart[n]!) return null;
  let meta: unknown;
  try {
    meta = JSON.parse(p.meta);
  } catch {
    return null;
  }
  if (!Array.isArray(meta) || meta.length !== n) return null;
  const out = new Array<CorpusDocument>(n);
  for (let d = 0; d < n; d++) {
    const blocks: TextBlock[] = [];
    for (let k = p.blockStart[d]!; k < p.blockStart[d + 1]!; k++) blocks.push({ start: p.blocks[2 * k]!, end: p.blocks[2 * k + 1]! });
    out[d] = { id: p.id[d]!, text: p.text[d]!, blocks, meta: meta[d] as DocumentMeta, contentHash: p.contentHash[d]! };
  }
  return out;
}
