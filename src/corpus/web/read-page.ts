/**
 * `readPageDocument`: `pageToDocument` for the bot and the CLI, a large page read on a worker thread. Reading
 * takes about a second a megabyte of paragraphs (up to ~17 s for a page of `MAX_FILE_BYTES`), during which the
 * thread reading answers nobody; on a worker the bot's event loop stays free (see README.md, "Reading time").
 * A small page is read in-process: a worker's start-up (its own TypeScript loading under tsx) costs more.
 *
 * @example
 * const doc = await readPageDocument('added/new', bytes, { contentType: 'text/html; charset=utf-8', url });
 * if ('code' in doc) doc.message // a refusal, as pageToDocument's
 */
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { z } from 'zod';
import { fileError } from '../errors.js';
import type { CorpusDocument, FileError } from '../types.js';
import { startModuleWorker } from '../worker-start.js';
import { type PageToDocumentOptions, pageToDocument } from './document.js';
import type { ReadInput, ReadMessage } from './read-thread.js';

/** Pages of this many bytes or more are read on a worker thread (measured: README.md, "Reading time"). */
export const OFF_THREAD_FROM_BYTES = 1_000_000;

export interface ReadPageOptions extends PageToDocumentOptions {
  /** Size from which a page is read on a worker thread (default `OFF_THREAD_FROM_BYTES`; 0: every page). */
  offThreadFromBytes?: number;
  /** The worker's memory limits (none by default: a page may take as much as in-process). */
  resourceLimits?: ResourceLimits;
}

// The worker's answer is checked before it is trusted as a result: a message of another shape (a stale or
// mismatched thread module) becomes a refusal, not a document with missing parts.
const readMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('read'),
    document: z.union([
      z.looseObject({ id: z.string(), text: z.string(), blocks: z.array(z.unknown()), meta: z.looseObject({}), contentHash: z.string() }),
      z.looseObject({ file: z.string(), code: z.string(), message: z.string() }),
    ]),
    blockOffsets: z.instanceof(Int32Array).nullable(),
  }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

/** A page that could not be read (reading threw, or its thread stopped): reported like an unreadable file. */
const failedRead = (id: string, why: string): FileError => fileError(id, 'unreadable', { why: `reading it failed: ${why}` });

function inProcess(id: string, bytes: Uint8Array, options: PageToDocumentOptions): CorpusDocument | FileError {
  try {
    return pageToDocument(id, bytes, options);
  } catch (err) {
    return failedRead(id, err instanceof Error ? err.message : String(err));
  }
}

/** The worker's one message, or a failure when it errs or exits without one. */
function answerOf(worker: Worker): Promise<ReadMessage> {
  return new Promise((resolve) => {
    worker.once('message', (m: unknown) => {
      const parsed = readMessageSchema.safeParse(m);
      resolve(parsed.success ? (m as ReadMessage) : { type: 'failed', message: 'its reading thread sent no document' });
    });
    worker.once('error', (err) => resolve({ type: 'failed', message: err.message }));
    worker.once('exit', (code) => resolve({ type: 'failed', message: `its reading thread stopped (exit code ${code})` }));
  });
}

/**
 * `pageToDocument`'s result for the page's bytes, read on a worker thread when the page is large. What the
 * reading throws, or a worker that fails or stops, is an `unreadable` FileError naming why, so a bad page is
 * reported and skipped as a refused one is.
 */
export async function readPageDocument(id: string, bytes: Uint8Array, options: ReadPageOptions = {}): Promise<CorpusDocument | FileError> {
  const { offThreadFromBytes = OFF_THREAD_FROM_BYTES, resourceLimits, ...read } = options;
  if (bytes.length < offThreadFromBytes) return inProcess(id, bytes, read);
  let worker: Worker;
  try {
    // the bytes are copied to the worker, not transferred: the caller keeps them (an add stores them)
    worker = startModuleWorker(
      'read-thread',
      import.meta.url,
      { id, bytes, options: read } satisfies ReadInput,
      resourceLimits ? { resourceLimits } : {},
    );
  } catch (err) {
    return failedRead(id, err instanceof Error ? err.message : String(err));
  }
  try {
    const answer = await answerOf(worker);
    if (answer.type === 'failed') return failedRead(id, answer.message);
    const { document, blockOffsets } = answer;
    if ('code' in document || !blockOffsets) return document;
    const blocks: CorpusDocument['blocks'] = new Array(blockOffsets.length / 2);
    for (let i = 0; i < blocks.length; i++) blocks[i] = { start: blockOffsets[2 * i]!, end: blockOffsets[2 * i + 1]! };
    return { ...document, blocks };
  } finally {
    void worker.terminate();
  }
}
