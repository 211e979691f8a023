/**
 * Loads a corpus and extracts its claims on two threads when the machine has two cores and the corpus is
 * large: a worker takes every other file, this thread the rest, and the shards are merged into exactly what
 * one thread would have loaded (src/corpus/shard.ts). Reading, cleaning and extraction are most of a cold
 * build, and they need nothing from other documents.
 */
import { realpath } from 'node:fs/promises';
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { extractClaims } from '../claims/extract.js';
import type { DocumentClaims } from '../claims/types.js';
import { listArticles } from '../corpus/walk.js';
import { loadCorpus, mergeShards, type LoadOptions } from '../corpus/load.js';
import type { CorpusDocument, LoadedCorpus } from '../corpus/types.js';
import { silentLogger } from '../log.js';
import type { ExtractWorkerInput, ExtractWorkerMessage } from './extract-worker.js';
import { startModuleWorker } from './module-worker.js';

/**
 * Below this many article files one thread is quicker: starting a worker (which compiles the modules again
 * under tsx) and copying its documents back cost more than it saves. Measured for a whole build on this
 * project's 2-core machine: 10k files 7.2 s on two threads against 6.6 s on one; 100k files 59.9 s
 * against 69.1 s.
 */
export const PARALLEL_MIN_FILES = 20_000;

export interface LoadAndExtractOptions extends Pick<LoadOptions, 'limits' | 'logger' | 'hooks'> {
  /** Threads to use (default: 2 when the machine has 2 cores or more, else 1). */
  threads?: number;
  /** Fewest article files for which a second thread is started (default `PARALLEL_MIN_FILES`). */
  minFilesForThreads?: number;
}

/** A loaded corpus and each document's claims (by document id), extracted as the documents were loaded. */
export interface ExtractedCorpus {
  corpus: LoadedCorpus;
  /** Threads that read and extracted it (1 or 2). */
  threads: number;
  claimsOf: (doc: CorpusDocument) => DocumentClaims;
}

/** The shard a worker loads, with its claims, as messages arrive. */
function receiveShard(worker: Worker, dir: string): Promise<{ corpus: LoadedCorpus; claims: Map<string, DocumentClaims> }> {
  return new Promise((resolve, reject) => {
    const corpus: LoadedCorpus = { dir, documents: [], errors: [] };
    const claims = new Map<string, DocumentClaims>();
    let done = false;
    worker.on('message', (m: ExtractWorkerMessage) => {
      if (m.type === 'documents') {
        m.documents.forEach((d, i) => {
          corpus.documents.push(d);
          claims.set(d.id, m.claims[i]!);
        });
      } else {
        corpus.errors = m.errors;
        done = true;
        resolve({ corpus, claims });
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`extraction worker exited (code ${code}) before sending its shard`));
    });
  });
}

/**
 * Loads `dir` and extracts every document's claims, on two threads for a large corpus. The result is the
 * same as `loadCorpus` followed by `extractClaims` on each document.
 */
export async function loadAndExtract(dir: string, options: LoadAndExtractOptions = {}): Promise<ExtractedCorpus> {
  const logger = options.logger ?? silentLogger;
  const threads = options.threads ?? Math.min(2, os.availableParallelism());
  let large = false;
  if (threads > 1 && !options.hooks) {
    const listing = await realpath(dir).then((real) => listArticles(dir, real)).catch(() => null);
    large = (listing?.ids.length ?? 0) >= (options.minFilesForThreads ?? PARALLEL_MIN_FILES);
  }
  if (!large) {
    const corpus = await loadCorpus(dir, { ...options, logger });
    return { corpus, threads: 1, claimsOf: (doc) => extractClaims(doc) };
  }
  const limits = options.limits ?? {};
  const worker = startModuleWorker('extract-worker', import.meta.url, { dir, limits, shard: { index: 1, count: 2 } } satisfies ExtractWorkerInput);
  try {
    const theirs = receiveShard(worker, dir);
    // this thread's half meanwhile; file errors of the other half are logged once both are in
    const mine = await loadCorpus(dir, { limits, logger, shard: { index: 0, count: 2 } });
    const claims = new Map<string, DocumentClaims>();
    for (const d of mine.documents) claims.set(d.id, extractClaims(d));
    const other = await theirs;
    for (const [id, c] of other.claims) claims.set(id, c);
    const corpus = mergeShards([mine, other.corpus]);
    // this thread's loader logged its own errors; the rest (the worker's, an empty corpus) are logged here
    const logged = new Set(mine.errors);
    for (const e of corpus.errors) if (!logged.has(e)) logger.warn({ file: e.file, code: e.code }, e.message);
    logger.info({ dir, documents: corpus.documents.length, errors: corpus.errors.length, threads: 2 }, 'corpus loaded');
    return { corpus, threads: 2, claimsOf: (doc) => claims.get(doc.id) ?? extractClaims(doc) };
  } finally {
    void worker.terminate();
  }
}
