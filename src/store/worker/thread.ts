/**
 * Worker-thread side of `openStoreInWorker`: builds (or reads the snapshot of) a store's parts off the main
 * thread and streams them back. Typed arrays are transferred (no copy); texts and documents go in slices so
 * the main thread never deserialises one huge message and keeps answering between slices.
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../../log.js';
import { openParts, type OpenOptions } from '../open.js';
import type { PartsWire } from '../persist/wire.js';
import { transferables } from '../persist/wire.js';

/** Options a worker accepts (what survives a structured clone: no logger, no hooks). */
export type WorkerOpenOptions = Pick<OpenOptions, 'cacheDir' | 'limits'>;

export interface WorkerInput {
  dir: string;
  options: WorkerOpenOptions;
  /** Niceness of the building thread (0–19; default 10): answers on the main thread come first. */
  niceness?: number;
}

/** Texts per message, documents per message. */
const STRING_SLICE = 20_000;
const DOCUMENT_SLICE = 500;

export type StringField = 'entryText' | 'mentionText' | 'groupText' | 'words';

export type WorkerMessage =
  | { type: 'log'; level: 'warn' | 'info'; fields: Record<string, unknown>; msg: string }
  | { type: 'begin'; wire: PartsWire; report: unknown; lengths: Record<StringField | 'documents', number> }
  | { type: 'strings'; field: StringField; from: number; items: string[] }
  | { type: 'documents'; from: number; items: PartsWire['documents'] }
  | { type: 'end' };

function send(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

/** Forwards warnings to the main thread's logger. */
const forward = (level: 'warn' | 'info') => (fields: unknown, msg?: string) =>
  send({
    type: 'log',
    level,
    fields: typeof fields === 'object' && fields ? { ...(fields as object) } : { value: String(fields) },
    msg: msg ?? '',
  });
const noop = (): void => {};
const logger = {
  debug: noop,
  info: forward('info'),
  warn: forward('warn'),
  error: forward('warn'),
  child: () => logger,
} as unknown as Logger;

async function main(): Promise<void> {
  const { dir, options, niceness = 10 } = workerData as WorkerInput;
  try {
    // on Linux this lowers this thread only (setpriority applies per thread there), so the main thread,
    // still answering from the current store, wins the CPU on a small machine; elsewhere it may not apply
    os.setPriority(niceness);
  } catch {
    // not permitted or not supported: the build simply runs at normal priority
  }
  const { wire, report } = await openParts(dir, { ...options, logger });
  const strings: Record<StringField, string[]> = {
    entryText: wire.entryText,
    mentionText: wire.mentionText,
    groupText: wire.groupText,
    words: wire.index.words,
  };
  // the first message carries every typed array (transferred) and empty string lists, filled by later slices
  const shell: PartsWire = { ...wire, documents: [], entryText: [], mentionText: [], groupText: [], index: { ...wire.index, words: [] } };
  const lengths = {
    entryText: wire.entryText.length,
    mentionText: wire.mentionText.length,
    groupText: wire.groupText.length,
    words: wire.index.words.length,
    documents: wire.documents.length,
  };
  send({ type: 'begin', wire: shell, report, lengths }, transferables(wire));
  for (const field of Object.keys(strings) as StringField[]) {
    const list = strings[field];
    for (let i = 0; i < list.length; i += STRING_SLICE) send({ type: 'strings', field, from: i, items: list.slice(i, i + STRING_SLICE) });
  }
  for (let i = 0; i < wire.documents.length; i += DOCUMENT_SLICE)
    send({ type: 'documents', from: i, items: wire.documents.slice(i, i + DOCUMENT_SLICE) });
  send({ type: 'end' });
}

if (parentPort) await main();
