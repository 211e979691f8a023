/**
 * `readPageDocument`: `pageToDocument` for the bot and the CLI, a large page read on a worker thread. Reading
 * takes about a second a megabyte of paragraphs (~17–36 s for a page of `MAX_FILE_BYTES`), during which the
 * thread reading answers nobody; on a worker the bot's event loop stays free (see README.md, "Reading time").
 * A small page is read in-process: a worker's start-up (its own TypeScript loading under tsx) costs more.
 *
 * @example
 * const doc = await readPageDocument('added/new', bytes, { contentType: 'text/html; charset=utf-8', url });
 * if ('code' in doc) doc.message // a refusal, as pageToDocument's
 */
import { availableParallelism } from 'node:os';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { z } from 'zod';
import { fileError } from '../errors.js';
import { Slots } from '../slots.js';
import type { CorpusDocument, FileError } from '../types.js';
import { startModuleWorker } from '../worker-start.js';
import { type PageToDocumentOptions, pageToDocument } from './document.js';
import { type DocumentOnWire, documentFromWire, documentOnWireShape } from './document-wire.js';
import type { ReadInput } from './read-thread.js';

/** Pages of this many bytes or more are read on a worker thread (measured: README.md, "Reading time"). */
export const OFF_THREAD_FROM_BYTES = 1_000_000;

/**
 * Reading threads running at once; the others wait their turn, first come first served. One core is left to the
 * bot's event loop (a reading thread keeps a core busy for its whole reading, ~1 s a megabyte), and no more than
 * two run at all, as each may take up to `READING_MEMORY_LIMITS` (1 on a machine of 2 cores, 2 from 3 cores).
 * Adds are a moderator's, and rare: a page waiting for another's reading costs little, several read at once on
 * a small machine took its memory and every core.
 */
export const READING_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

/** The slots of the reading threads, shared by every caller in the process (`readers` to use others). */
export const readingThreads = new Slots(READING_THREADS);

/**
 * A reading thread's memory limits. Its heap (old generation) may grow to 1,024 MB: reading a page of
 * `MAX_FILE_BYTES` took at most 480 MB (README.md, "Reading time"), so a pathological page is stopped, refused
 * as unreadable, before it takes the bot's memory; young generation and stack are left at Node's defaults.
 */
export const READING_MEMORY_LIMITS: Readonly<ResourceLimits> = Object.freeze({ maxOldGenerationSizeMb: 1024 });

/**
 * How long a reading thread may hold its slot, from its start to its answer (waiting for a slot is not counted):
 * 120 s. Reading a page of `MAX_FILE_BYTES` on a worker took 21 s alone on 2 cores, 27 s with two read at once,
 * 36 s at load 4 to 6 (README.md, "Reading time"): over three times the slowest, so a page that can be read is
 * not refused on a slow spell of the machine, while a page that reads for longer stops holding the slot the next
 * large add waits for (its thread terminated, the page refused as unreadable).
 */
export const READING_TIME_LIMIT_MS = 120_000;

/** The longest delay a timer takes (2^31 - 1 ms, about 24.8 days); a longer one would fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

export interface ReadPageOptions extends PageToDocumentOptions {
  /** Size from which a page is read on a worker thread (default `OFF_THREAD_FROM_BYTES`; 0: every page). */
  offThreadFromBytes?: number;
  /** The worker's memory limits (default `READING_MEMORY_LIMITS`; `{}`: none, as in-process). */
  resourceLimits?: ResourceLimits;
  /** The slots a reading thread waits for (default `readingThreads`, shared by the process). */
  readers?: Slots;
  /** How long a reading thread may run, in milliseconds (default `READING_TIME_LIMIT_MS`; `Infinity`: no limit). */
  timeLimitMs?: number;
}

// The worker's answer is checked before it is trusted as a result: a message of another shape (a stale or
// mismatched thread module) becomes a refusal, not a document with missing parts.
const readMessageSchema = z.object({ type: z.literal('read'), ...documentOnWireShape });
const failedMessageSchema = z.object({ type: z.literal('failed'), message: z.string() });

/** A page that could not be read (reading threw, or its thread stopped): reported like an unreadable file. */
const failedRead = (id: string, why: string): FileError => fileError(id, 'unreadable', { why: `reading it failed: ${why}` });

function inProcess(id: string, bytes: Uint8Array, options: PageToDocumentOptions): CorpusDocument | FileError {
  try {
    return pageToDocument(id, bytes, options);
  } catch (err) {
    return failedRead(id, err instanceof Error ? err.message : String(err));
  }
}

/** A page whose reading thread ran out of its memory limits (`limitMb`, its heap's, when set). */
const tooMuchMemory = (id: string, limitMb: number | undefined): FileError =>
  fileError(id, 'unreadable', { why: `reading it took more memory than a page may${limitMb ? ` (${limitMb} MB)` : ''}` });

/** A page whose reading thread ran past its time limit (`limitMs`), stopped before it answered. */
const tooLong = (id: string, limitMs: number): FileError =>
  fileError(id, 'unreadable', { why: `reading it took longer than a page may (${limitMs / 1000} s)` });

type Answer<T> = { type: 'read'; result: T } | { type: 'failed'; message: string } | { type: 'out of memory' } | { type: 'too long' };

/** The worker's one message (`decode`d, null for a message of another shape), or a failure when it errs or exits without one. */
function answerOf<T>(worker: Worker, decode: (message: unknown) => T | null): Promise<Answer<T>> {
  return new Promise((resolve) => {
    worker.once('message', (m: unknown) => {
      const failed = failedMessageSchema.safeParse(m);
      if (failed.success) return resolve(failed.data);
      let result: T | null = null;
      try {
        result = decode(m);
      } catch {
        // a message the decoder could not take in is one of another shape
      }
      resolve(result === null ? { type: 'failed', message: 'its reading thread sent no document' } : { type: 'read', result });
    });
    worker.once('error', (err: Error & { code?: string }) =>
      resolve(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { type: 'out of memory' } : { type: 'failed', message: err.message }),
    );
    worker.once('exit', (code) => resolve({ type: 'failed', message: `its reading thread stopped (exit code ${code})` }));
  });
}

/** `answer`, or 'too long' once `limitMs` have passed first (none when the limit is not a timer's: `Infinity`). */
async function withinTime<T>(answer: Promise<Answer<T>>, limitMs: number): Promise<Answer<T>> {
  if (!(limitMs >= 0 && limitMs <= LONGEST_TIMER_MS)) return answer;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Answer<T>>((resolve) => {
    timer = setTimeout(() => resolve({ type: 'too long' }), limitMs);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The limits a reading thread runs under: `ReadPageOptions`' own. */
export type ReadingLimits = Pick<ReadPageOptions, 'resourceLimits' | 'readers' | 'timeLimitMs'>;

/**
 * What the module `thread` (next to `base`, an `import.meta.url`; started by `startModuleWorker` with `input`)
 * posts about the page `id`, taken in by `decode` (null, or a throw, for a message of another shape), once one of
 * the reading threads' slots is free. A message `{ type: 'failed', message }`, a worker that fails, stops, sends a
 * message `decode` refuses, runs out of its memory limits or runs past its time limit (terminated then), is an
 * `unreadable` FileError naming why. `readPageDocument`'s thread, and an add's (which also extracts the claims).
 */
export async function readOnThread<T>(
  id: string,
  thread: { module: string; base: string; input: unknown },
  decode: (message: unknown) => T | null,
  limits: ReadingLimits = {},
): Promise<T | FileError> {
  const { resourceLimits = READING_MEMORY_LIMITS, readers = readingThreads, timeLimitMs = READING_TIME_LIMIT_MS } = limits;
  const release = await readers.take();
  let worker: Worker;
  try {
    // the bytes are copied to the worker, not transferred: the caller keeps them (an add stores them)
    worker = startModuleWorker(thread.module, thread.base, thread.input, { resourceLimits: { ...resourceLimits } });
  } catch (err) {
    release();
    return failedRead(id, err instanceof Error ? err.message : String(err));
  }
  try {
    const answer = await withinTime(answerOf(worker, decode), timeLimitMs);
    if (answer.type === 'too long') return tooLong(id, timeLimitMs);
    if (answer.type === 'out of memory') return tooMuchMemory(id, resourceLimits.maxOldGenerationSizeMb);
    if (answer.type === 'failed') return failedRead(id, answer.message);
    return answer.result;
  } finally {
    // the slot is given back once the thread has exited (terminated mid-reading when it ran too long), its memory
    // with it; the result does not wait for that
    worker.terminate().then(release, release);
  }
}

/** `read-thread.ts`'s message, checked, as the document it carries; null for a message of another shape. */
function decodeRead(message: unknown): CorpusDocument | FileError | null {
  // the message itself once checked, not zod's copy of it
  return readMessageSchema.safeParse(message).success ? documentFromWire(message as DocumentOnWire) : null;
}

/**
 * `pageToDocument`'s result for the page's bytes, read on a worker thread when the page is large, once one of
 * the reading threads' slots is free (`READING_THREADS`). What the reading throws, or a worker that fails, stops,
 * runs out of its memory limits or runs past its time limit (terminated then), is an `unreadable` FileError
 * naming why, so a bad page is reported and skipped as a refused one is.
 */
export async function readPageDocument(id: string, bytes: Uint8Array, options: ReadPageOptions = {}): Promise<CorpusDocument | FileError> {
  const { offThreadFromBytes = OFF_THREAD_FROM_BYTES, resourceLimits, readers, timeLimitMs, ...read } = options;
  if (bytes.length < offThreadFromBytes) return inProcess(id, bytes, read);
  const input: ReadInput = { id, bytes, options: read };
  return readOnThread(id, { module: 'read-thread', base: import.meta.url, input }, decodeRead, {
    ...(resourceLimits ? { resourceLimits } : {}),
    ...(readers ? { readers } : {}),
    ...(timeLimitMs !== undefined ? { timeLimitMs } : {}),
  });
}
