/**
 * `readArticlePage`: an added page read as `readPageDocument` reads it, a large page on a worker thread, which
 * then also works out what the add would otherwise do on the main thread for seconds after the read (the body
 * hash, the claims of the article's blocks; article-thread.ts). A small page is read in-process and brings
 * nothing more: the add hashes and extracts it itself, as quickly.
 *
 * @example
 * const read = await readArticlePage('added/new', bytes, { contentType: 'text/html; charset=utf-8', url });
 * if ('code' in read) read.message // a refusal, as pageToDocument's
 * else read.document, read.addWork?.claims
 */
import v8 from 'node:v8';
import { z } from 'zod';
import type { DocumentClaims, ExtractedQuote, ReportedSpeech } from '../claims/types.js';
import { fileError } from '../corpus/errors.js';
import type { CorpusDocument, FileError, TextBlock } from '../corpus/types.js';
import { documentFromWire, documentOnWireShape, sameBlocks } from '../corpus/web/document-wire.js';
import { OFF_THREAD_FROM_BYTES, type ReadPageOptions, readOnThread, readPageDocument } from '../corpus/web/read-page.js';
import type { ReadInput } from '../corpus/web/read-thread.js';
import { turnOfTheLoop } from '../store/turn.js';
import type { ArticleReadMessage, ClaimsOnWire } from './article-thread.js';

/** What the reading thread worked out beyond the page's document. */
export interface AddWork {
  /** `bodyHash(document)`. */
  hash: string;
  /** Whether `blocks` are those the claims were extracted from (the stored article's, `articleBlocks`). */
  claimsFit: (blocks: readonly TextBlock[]) => boolean;
  claims: DocumentClaims;
}

/** A page read for an add, with what its reading thread worked out beyond it (null: read in-process). */
export interface ArticleRead {
  document: CorpusDocument;
  addWork: AddWork | null;
}

/** The thread's message checked, its claims still in serialised parts. */
export interface ThreadRead {
  document: CorpusDocument;
  addWork: Omit<AddWork, 'claims'> & { claims: ClaimsOnWire };
}

const span = z.object({ start: z.number(), end: z.number(), text: z.string() });
const quoteSchema = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  kind: z.enum(['quote', 'phrase']),
  speaker: z.string().nullable(),
  speakerMention: span.nullable(),
  utterance: z.number(),
  rule: z.string().optional(),
});
const paraphraseSchema = z.object({ start: z.number(), end: z.number(), text: z.string(), speaker: z.string(), speakerMention: span });
const personSchema = z.object({ name: z.string(), aliases: z.array(z.string()), roles: z.array(z.string()) });
const parts = z.array(z.instanceof(ArrayBuffer));

// Our own thread's message, still checked at the boundary: one of another shape (a stale or mismatched thread
// module) is refused as a failed reading, not stored as claims with missing parts.
const articleReadSchema = z.object({
  type: z.literal('read'),
  ...documentOnWireShape,
  addWork: z
    .object({
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      articleBlockOffsets: z.instanceof(Int32Array),
      claims: z.object({ quotes: parts, paraphrases: parts, people: parts.nullable() }),
    })
    .nullable(),
});

/** article-thread.ts's message, checked, as the read it carries; null for a message of another shape. */
export function decodeArticleRead(message: unknown): ThreadRead | FileError | null {
  if (!articleReadSchema.safeParse(message).success) return null;
  // the message itself, checked, not zod's copy of it
  const checked = message as ArticleReadMessage & { type: 'read' };
  const document = documentFromWire(checked);
  if ('code' in document) return document;
  const work = checked.addWork;
  // a document comes with its hash and claims: one without is no reading of this thread's
  if (!work) return null;
  const { hash, articleBlockOffsets, claims } = work;
  return { document, addWork: { hash, claims, claimsFit: (blocks) => sameBlocks(blocks, articleBlockOffsets) } };
}

/** The items of serialised parts, each checked by `item`, one part a turn of the event loop; null when one is not such a list. */
async function takeIn<T>(serialised: readonly ArrayBuffer[], item: z.ZodType): Promise<T[] | null> {
  const list: T[] = [];
  for (const part of serialised) {
    await turnOfTheLoop();
    let items: unknown;
    try {
      items = v8.deserialize(new Uint8Array(part));
    } catch {
      return null;
    }
    // checked, then kept as the thread made them (every field)
    if (!z.array(item).safeParse(items).success) return null;
    for (const one of items as T[]) list.push(one);
  }
  return list;
}

/**
 * The claims of `decodeArticleRead`'s parts, taken in one part (at most `CLAIMS_PER_PART` claims, a few
 * milliseconds) a turn of the event loop; null when a part is not what the thread sends.
 */
export async function claimsFromWire(wire: ClaimsOnWire): Promise<DocumentClaims | null> {
  const quotes = await takeIn<ExtractedQuote>(wire.quotes, quoteSchema);
  const paraphrases = quotes && (await takeIn<ReportedSpeech>(wire.paraphrases, paraphraseSchema));
  if (!quotes || !paraphrases) return null;
  if (!wire.people) return { quotes, paraphrases };
  const people = await takeIn<NonNullable<DocumentClaims['people']>[number]>(wire.people, personSchema);
  return people ? { quotes, paraphrases, people } : null;
}

/**
 * The page's document as `readPageDocument` gives it (the same refusals), and, for a page read on a worker
 * thread, its body hash and the claims of its article's blocks, worked out there. A thread's message of another
 * shape is an `unreadable` refusal, as a failed reading.
 */
export async function readArticlePage(id: string, bytes: Uint8Array, options: ReadPageOptions = {}): Promise<ArticleRead | FileError> {
  const { offThreadFromBytes = OFF_THREAD_FROM_BYTES, resourceLimits, readers, timeLimitMs, ...read } = options;
  if (bytes.length < offThreadFromBytes) {
    const document = await readPageDocument(id, bytes, { ...read, offThreadFromBytes: Number.POSITIVE_INFINITY });
    return 'code' in document ? document : { document, addWork: null };
  }
  const input: ReadInput = { id, bytes, options: read };
  const there = await readOnThread(id, { module: 'article-thread', base: import.meta.url, input }, decodeArticleRead, {
    ...(resourceLimits ? { resourceLimits } : {}),
    ...(readers ? { readers } : {}),
    ...(timeLimitMs !== undefined ? { timeLimitMs } : {}),
  });
  if ('code' in there) return there;
  const claims = await claimsFromWire(there.addWork.claims);
  if (!claims) return fileError(id, 'unreadable', { why: 'reading it failed: its reading thread sent no document' });
  return { document: there.document, addWork: { ...there.addWork, claims } };
}
