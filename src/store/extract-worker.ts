/**
 * Worker-thread side of `loadAndExtract`: loads one shard of a corpus folder, extracts each document's
 * claims, and sends documents and claims back in slices (no single huge message to deserialise).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractClaims } from '../claims/extract.js';
import type { DocumentClaims } from '../claims/types.js';
import { loadCorpus, type ShardSpec } from '../corpus/load.js';
import type { CorpusDocument, CorpusLimits, FileError } from '../corpus/types.js';

export interface ExtractWorkerInput {
  dir: string;
  limits: Partial<CorpusLimits>;
  shard: ShardSpec;
}

/** Documents per message. */
const SLICE = 2_000;

export type ExtractWorkerMessage =
  | { type: 'documents'; documents: CorpusDocument[]; claims: DocumentClaims[] }
  | { type: 'end'; errors: FileError[] };

async function main(): Promise<void> {
  const { dir, limits, shard } = workerData as ExtractWorkerInput;
  const corpus = await loadCorpus(dir, { limits, shard });
  for (let i = 0; i < corpus.documents.length; i += SLICE) {
    const documents = corpus.documents.slice(i, i + SLICE);
    parentPort!.postMessage({ type: 'documents', documents, claims: documents.map((d) => extractClaims(d)) } satisfies ExtractWorkerMessage);
  }
  parentPort!.postMessage({ type: 'end', errors: corpus.errors } satisfies ExtractWorkerMessage);
}

if (parentPort) await main();
