/** The version of a set of documents: what `/who-said` prints so that a screenshot can be checked later. */
import { createHash } from 'node:crypto';
import type { CorpusDocument } from '../corpus/types.js';

/** 12 hex digits of a hash over every document's id and content hash, in id order. */
export function documentsVersion(docs: Iterable<Pick<CorpusDocument, 'id' | 'contentHash'>>, seed = ''): string {
  const h = createHash('sha256').update(seed);
  for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) h.update(`${d.id}\u0000${d.contentHash}\n`);
  return h.digest('hex').slice(0, 12);
}
