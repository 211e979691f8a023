/**
 * Worker-thread side of `readArticlePage` (read-article.ts): reads one large page by `pageToDocument` as
 * read-thread.ts does, and does there too what an add would otherwise do after it on the main thread for seconds:
 * the article's body hash, and its claims extracted from the blocks its stored document will have
 * (`articleBlocks`). Posts them with the document (its blocks as offsets, the claims serialised in parts, all
 * transferred), or the message of what it threw. Started by `startModuleWorker`.
 */
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '../claims/extract.js';
import type { DocumentClaims } from '../claims/types.js';
import { blockOffsetsOf, type DocumentOnWire, documentToWire } from '../corpus/web/document-wire.js';
import { pageToDocument } from '../corpus/web/document.js';
import type { ReadInput } from '../corpus/web/read-thread.js';
import { articleBlocks, bodyHash } from './document.js';

/** Claims of a part: the thread serialises this many at a time (the main thread deserialises them one part a turn). */
export const CLAIMS_PER_PART = 2_000;

/**
 * The claims as parts, each a `v8.serialize`d array of at most `CLAIMS_PER_PART` of them, transferred with the
 * message (no copy, and nothing for the main thread to take in then): taking in the claims of a 21 MB page
 * (about 30,000 quotations) in one message held the main thread for about 0.1 s on its own, beside the text.
 */
export interface ClaimsOnWire {
  quotes: ArrayBuffer[];
  paraphrases: ArrayBuffer[];
  /** Null when the claims have no `people`. */
  people: ArrayBuffer[] | null;
}

/** What the thread worked out beyond the reading: the body hash, and the claims of the article's blocks. */
export interface AddWorkOnWire {
  hash: string;
  /** The blocks the claims were extracted from, as offsets: the stored article's (`articleBlocks`). */
  articleBlockOffsets: Int32Array;
  claims: ClaimsOnWire;
}

export type ArticleReadMessage =
  | ({ type: 'read' } & DocumentOnWire & { addWork: AddWorkOnWire | null })
  | { type: 'failed'; message: string };

/** `list` in serialised parts (each in an ArrayBuffer of its own, to transfer). */
function serialisedParts(list: readonly unknown[]): ArrayBuffer[] {
  const parts: ArrayBuffer[] = [];
  for (let start = 0; start < list.length; start += CLAIMS_PER_PART) {
    const serialised = v8.serialize(list.slice(start, start + CLAIMS_PER_PART));
    parts.push(new Uint8Array(serialised).buffer);
  }
  return parts;
}

function claimsToWire(claims: DocumentClaims): ClaimsOnWire {
  return {
    quotes: serialisedParts(claims.quotes),
    paraphrases: serialisedParts(claims.paraphrases),
    people: claims.people ? serialisedParts(claims.people) : null,
  };
}

if (parentPort) {
  const { id, bytes, options } = workerData as ReadInput;
  try {
    const document = pageToDocument(id, bytes, options);
    let addWork: AddWorkOnWire | null = null;
    const extra: ArrayBuffer[] = [];
    if (!('code' in document)) {
      const blocks = articleBlocks(document.text, bytes, options.contentType ?? null, options.fileName ?? null);
      const articleBlockOffsets = blockOffsetsOf(blocks);
      const claims = claimsToWire(extractClaims({ text: document.text, blocks }));
      addWork = { hash: bodyHash(document), articleBlockOffsets, claims };
      extra.push(articleBlockOffsets.buffer as ArrayBuffer, ...claims.quotes, ...claims.paraphrases, ...(claims.people ?? []));
    }
    const { wire, transfer } = documentToWire(document);
    parentPort.postMessage({ type: 'read', ...wire, addWork } satisfies ArticleReadMessage, [...transfer, ...extra]);
  } catch (err) {
    parentPort.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) } satisfies ArticleReadMessage);
  }
}
