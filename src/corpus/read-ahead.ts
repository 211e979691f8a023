/**
 * Warms the page cache for the files the loader reads next. The loader reads one file at a time on its
 * own thread (cheapest when the files are cached), so on a cold disk it waits for every file in turn.
 * Worker threads read the next files ahead and throw the bytes away; the loader's own reads then find
 * them cached. The workers only read: what is loaded, refused or reported is still decided by the loader
 * alone, and a failed worker only stops the warming.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Folders with fewer files load in well under a second: a thread is not worth starting for them. */
export const READ_AHEAD_MIN_FILES = 1000;

/**
 * Reader threads, each taking every LANES-th file. On the 2-core benchmark machine, a cold load of the
 * 1M-quote corpus took 19.1 s with none, 12.8 s with one, 8.9 s with two and 8.6 s with four; cached,
 * 6.9 to 7.6 s either way (tests/corpus/tools/time-load.ts, this constant changed for one and four).
 */
const LANES = 2;

/** How many files the workers may run ahead of the loader (keeps it from filling the cache far ahead). */
const MAX_AHEAD = 2048;

export interface ReadAhead {
  /** The loader has reached file `index` of the list. */
  advance(index: number): void;
  /** Stops the workers (the loader is done or gave up). */
  stop(): void;
  /** Settles when every worker has ended: rejected if one failed (the loader logs it and reads on). */
  done: Promise<void>;
}

// Plain JavaScript evaluated in the worker, so it starts without a TypeScript loader. It opens files the
// way the loader does (non-blocking, regular files only, no more than the size limit).
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { files, first, step, progress, maxAhead, maxBytes } = workerData;
const reached = new Int32Array(progress);
const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0);
const buffer = Buffer.allocUnsafe(256 * 1024);
const idle = new Int32Array(new SharedArrayBuffer(4));
for (let next = first; next < files.length; next += step) {
  while (next - Atomics.load(reached, 0) > maxAhead) Atomics.wait(idle, 0, 0, 2);
  let fd = -1;
  try {
    fd = fs.openSync(files[next], flags);
    const info = fs.fstatSync(fd);
    if (!info.isFile() || info.size > maxBytes) continue;
    for (let at = 0; at < info.size; ) {
      const got = fs.readSync(fd, buffer, 0, buffer.length, at);
      if (got === 0) break;
      at += got;
    }
  } catch {
    // a file that vanished or cannot be read is the loader's to report
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}
`;

/**
 * Starts reading `ids` (relative to `root`) ahead of the loader; null when the list is too short to
 * gain from it or a thread cannot start.
 */
export function startReadAhead(root: string, ids: readonly string[], maxBytes: number): ReadAhead | null {
  if (ids.length < READ_AHEAD_MIN_FILES) return null;
  const progress = new SharedArrayBuffer(4);
  const reached = new Int32Array(progress);
  const workers: Worker[] = [];
  const stop = (): void => {
    for (const w of workers) void w.terminate().catch(() => undefined);
  };
  try {
    const files = ids.map((id) => path.join(root, ...id.split('/')));
    for (let first = 0; first < LANES; first++) {
      const workerData = { files, first, step: LANES, progress, maxAhead: MAX_AHEAD, maxBytes };
      workers.push(new Worker(WORKER_SOURCE, { eval: true, workerData }));
    }
  } catch {
    stop();
    return null;
  }
  for (const w of workers) w.unref();
  const done = Promise.all(
    workers.map((w) => new Promise<void>((resolve, reject) => w.once('error', reject).once('exit', () => resolve()))),
  ).then(() => undefined);
  done.catch(() => undefined); // warming is optional: the loader reads every file itself anyway
  return {
    advance: (index) => Atomics.store(reached, 0, index),
    stop,
    done,
  };
}
