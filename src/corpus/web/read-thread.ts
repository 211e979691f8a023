/**
 * Worker-thread side of `readPageDocument` (read-page.ts): reads one page by `pageToDocument` and posts back the
 * document or the file error it gives, or the message of what it threw. Started by `startModuleWorker`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusDocument, FileError } from '../types.js';
import { type PageToDocumentOptions, pageToDocument } from './document.js';

export interface ReadInput {
  id: string;
  bytes: Uint8Array;
  options: PageToDocumentOptions;
}

/**
 * A document's blocks travel as their offsets in one transferred array (`[start, end, start, end, …]`) and the
 * document with no blocks: taking in hundreds of thousands of small objects cost the main thread a quarter of a
 * second for a page of 21 MB, rebuilding them from the array a few milliseconds.
 */
export type ReadMessage =
  | { type: 'read'; document: CorpusDocument | FileError; blockOffsets: Int32Array | null }
  | { type: 'failed'; message: string };

if (parentPort) {
  const { id, bytes, options } = workerData as ReadInput;
  let message: ReadMessage;
  try {
    const document = pageToDocument(id, bytes, options);
    if ('code' in document) message = { type: 'read', document, blockOffsets: null };
    else {
      const blockOffsets = new Int32Array(document.blocks.length * 2);
      document.blocks.forEach((b, i) => {
        blockOffsets[2 * i] = b.start;
        blockOffsets[2 * i + 1] = b.end;
      });
      message = { type: 'read', document: { ...document, blocks: [] }, blockOffsets };
    }
  } catch (err) {
    message = { type: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
  parentPort.postMessage(message, message.type === 'read' && message.blockOffsets ? [message.blockOffsets.buffer as ArrayBuffer] : []);
}
