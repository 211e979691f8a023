/**
 * Worker-thread side of `readPageDocument` (read-page.ts): reads one page by `pageToDocument` and posts back the
 * document or the file error it gives (document-wire.ts: the blocks as offsets), or the message of what it threw.
 * Started by `startModuleWorker`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type DocumentOnWire, documentToWire } from './document-wire.js';
import { type PageToDocumentOptions, pageToDocument } from './document.js';

export interface ReadInput {
  id: string;
  bytes: Uint8Array;
  options: PageToDocumentOptions;
}

export type ReadMessage = ({ type: 'read' } & DocumentOnWire) | { type: 'failed'; message: string };

if (parentPort) {
  const { id, bytes, options } = workerData as ReadInput;
  try {
    const { wire, transfer } = documentToWire(pageToDocument(id, bytes, options));
    parentPort.postMessage({ type: 'read', ...wire } satisfies ReadMessage, transfer);
  } catch (err) {
    parentPort.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) } satisfies ReadMessage);
  }
}
