/**
 * `openStoreInWorker`: opens a corpus store on a worker thread, so a /reload of a large corpus never stalls
 * the answers the current store is giving. The worker streams the parts back (see thread.ts); this side
 * reassembles them in slices, yielding to the event loop between slices.
 *
 * @example
 * // in the bot's /reload: keep answering from `current` until the new store is ready, then swap
 * const next = await openStoreInWorker(corpusDir, { logger });
 * current = next;
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../corpus/worker-start.js';
import { silentLogger, type Logger } from '../../log.js';
import { ClaimStore } from '../store.js';
import { TermIndex } from '../search/term-index.js';
import type { StoredRendition } from '../types.js';
import { materializeEntries, materializeGroups, type PartsWire } from '../persist/wire.js';
import type { StringField, WorkerInput, WorkerMessage, WorkerOpenOptions } from './thread.js';

export interface WorkerOpenStoreOptions extends WorkerOpenOptions {
  logger?: Logger;
  /** Renditions rebuilt per slice on the main thread before yielding (default 10 000). */
  sliceSize?: number;
  /** Niceness of the worker thread on Linux (default 10; 0 for normal priority). */
  niceness?: number;
}

/** Receives a worker's parts: typed arrays first, then texts and documents in slices. */
function receive(worker: Worker, logger: Logger): Promise<PartsWire> {
  return new Promise((resolve, reject) => {
    let wire: PartsWire | null = null;
    let done = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'log') logger[m.level](m.fields, m.msg);
      else if (m.type === 'begin') {
        wire = m.wire;
        wire.entryText = new Array<string>(m.lengths.entryText);
        wire.mentionText = new Array<string>(m.lengths.mentionText);
        wire.groupText = new Array<string>(m.lengths.groupText);
        wire.index.words = new Array<string>(m.lengths.words);
        wire.documents = new Array(m.lengths.documents);
      } else if (m.type === 'strings' && wire) {
        const target: Record<StringField, string[]> = {
          entryText: wire.entryText,
          mentionText: wire.mentionText,
          groupText: wire.groupText,
          words: wire.index.words,
        };
        const list = target[m.field];
        for (let i = 0; i < m.items.length; i++) list[m.from + i] = m.items[i]!;
      } else if (m.type === 'documents' && wire) {
        for (let i = 0; i < m.items.length; i++) wire.documents[m.from + i] = m.items[i]!;
      } else if (m.type === 'end' && wire) {
        done = true;
        resolve(wire);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`store worker exited (code ${code}) before sending the store`));
    });
  });
}

/**
 * Opens the store of `dir` on a worker thread (snapshot when the corpus is unchanged, else a full build that
 * also refreshes the snapshot). The main thread only reassembles objects, in slices of `sliceSize`
 * renditions with a yield between them, so queries on the current store keep being answered.
 */
export async function openStoreInWorker(dir: string, options: WorkerOpenStoreOptions = {}): Promise<ClaimStore> {
  const { logger = silentLogger, sliceSize = 10_000, niceness = 10, ...open } = options;
  const started = performance.now();
  const worker = startModuleWorker('thread', import.meta.url, { dir, options: open, niceness } satisfies WorkerInput);
  let wire: PartsWire;
  try {
    wire = await receive(worker, logger);
  } finally {
    void worker.terminate();
  }
  const entries = new Array<StoredRendition>(wire.entryText.length);
  for (let from = 0; from < entries.length; from += sliceSize) {
    materializeEntries(wire, entries, from, Math.min(entries.length, from + sliceSize));
    await yieldToLoop();
  }
  const groups = materializeGroups(wire);
  await yieldToLoop();
  const index = TermIndex.fromData(wire.index);
  await yieldToLoop();
  const store = ClaimStore.fromParts(
    { documents: wire.documents, speakers: wire.speakers, entries, groups, index },
    { dir, errors: wire.errors },
  );
  logger.info({ dir, ...store.stats(), ms: Math.round(performance.now() - started) }, 'corpus loaded in a worker');
  return store;
}
