/** The shared corpus's documents indexed for duplicate checks of added articles. */
import type { CorpusDocument } from '../corpus/types.js';
import type { ClaimStore } from '../store/store.js';

/**
 * The shared corpus's documents by the start of their article text and by address, for duplicate checks (built
 * once per store). Hashing a hundred thousand bodies for every store took seconds; the start of a body is
 * cheap to read, and only the documents that start alike are hashed.
 */
interface SharedIndex {
  byStart: Map<string, CorpusDocument[]>;
  byUrl: Map<string, CorpusDocument>;
}
const sharedIndex = new WeakMap<ClaimStore, SharedIndex>();

/** The first 200 characters of a document's article text, whitespace collapsed. */
export function bodyStart(doc: Pick<CorpusDocument, 'text' | 'blocks'>): string {
  const first = doc.blocks[0];
  return first
    ? doc.text
        .slice(first.start, Math.min(first.end, first.start + 400))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200)
    : '';
}

export function sharedDocuments(store: ClaimStore): SharedIndex {
  let index = sharedIndex.get(store);
  if (!index) {
    index = { byStart: new Map(), byUrl: new Map() };
    for (const doc of store.documents.values()) {
      const key = bodyStart(doc);
      const list = index.byStart.get(key);
      if (list) list.push(doc);
      else index.byStart.set(key, [doc]);
      if (doc.meta.url) index.byUrl.set(doc.meta.url, doc);
    }
    sharedIndex.set(store, index);
  }
  return index;
}
