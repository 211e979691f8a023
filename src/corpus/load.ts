/**
 * Loads a corpus folder: lists article files, reads them one by one (yielding to the event loop every few
 * milliseconds), refuses bad files one by one (the rest loads), applies the optional `sources.json`
 * manifest, and returns documents sorted by id.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import { decodeText } from './decode.js';
import { fileError } from './errors.js';
import { MANIFEST_FILE, parseManifest, type ManifestEntry, type ParsedManifest } from './manifest.js';
import { prepareDocument } from './prepare.js';
import { startReadAhead } from './read-ahead.js';
import { errno, errnoReason, readBoundedSync } from './read.js';
import { DEFAULT_CORPUS_LIMITS, type CorpusDocument, type CorpusLimits, type FileError, type LoadedCorpus } from './types.js';
import { listArticles } from './walk.js';
import { htmlDocument, PAGE_FILE } from './web/document.js';

/** Test seams: called between steps, to simulate a folder that changes while it is read. */
export interface LoadHooks {
  /** After the folder is listed and before any file is read; given the ids this load will read. */
  afterList?: (ids: readonly string[]) => Promise<void> | void;
}

export interface LoadOptions {
  limits?: Partial<CorpusLimits>;
  logger?: Logger;
  hooks?: LoadHooks;
  /**
   * Read the files of a large folder ahead on another thread (default true; see read-ahead.ts). Only the
   * speed changes, never what is loaded.
   */
  readAhead?: boolean;
}

/** Longest stretch of reading without letting the event loop run (answers keep flowing during a reload). */
const SLICE_MS = 8;
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function loadFile(root: string, id: string, limits: CorpusLimits, manifest?: ManifestEntry): CorpusDocument | FileError {
  const read = readBoundedSync(path.join(root, ...id.split('/')), id, limits.maxFileBytes);
  if ('error' in read) return read.error;
  if (PAGE_FILE.test(id)) return htmlDocument(id, read.bytes, { manifest });
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return fileError(id, decoded.code, decoded.kind ? { why: decoded.kind } : {});
  // Hashed now: the bytes are a view of a buffer the next read reuses.
  const contentHash = createHash('sha256').update(read.bytes).digest('hex');
  return prepareDocument(id, decoded.text, manifest, { contentHash });
}

function readManifest(root: string, limits: CorpusLimits): ParsedManifest | null {
  const read = readBoundedSync(path.join(root, MANIFEST_FILE), MANIFEST_FILE, limits.maxFileBytes);
  if ('error' in read && read.error.code === 'vanished') return null;
  const bad = (why: string): ParsedManifest => ({
    entries: new Map(),
    numbers: new Map(),
    errors: [fileError(MANIFEST_FILE, 'manifest_invalid', { why })],
  });
  if ('error' in read) return bad(`could not be read (${read.error.code})`);
  const decoded = decodeText(read.bytes);
  return decoded.ok ? parseManifest(decoded.text) : bad('is not UTF-8 JSON text');
}

/**
 * Loads `ids` in order, yielding to the event loop every SLICE_MS; results keep the ids' order. Large
 * folders are read ahead on another thread, so a cold disk is not waited on one file at a time.
 */
async function loadAll(
  root: string,
  ids: readonly string[],
  limits: CorpusLimits,
  manifest: ParsedManifest | null,
  readAhead: boolean,
  log: Logger,
): Promise<(CorpusDocument | FileError)[]> {
  const out = new Array<CorpusDocument | FileError>(ids.length);
  const ahead = readAhead ? startReadAhead(root, ids, limits.maxFileBytes) : null;
  ahead?.done.catch((err: unknown) =>
    log.warn({ err: String(err) }, 'read-ahead stopped; the files are still read, only slower on a cold disk'),
  );
  try {
    let sliceStart = performance.now();
    for (let i = 0; i < ids.length; i++) {
      ahead?.advance(i);
      out[i] = loadFile(root, ids[i]!, limits, manifest?.entries.get(ids[i]!));
      if (performance.now() - sliceStart >= SLICE_MS) {
        await yieldToLoop();
        sliceStart = performance.now();
      }
    }
  } finally {
    ahead?.stop();
  }
  return out;
}

/**
 * Loads every article of `dir`. Never throws for problems with the folder or its files: they come back as
 * `errors` (a missing folder → `corpus_missing`, nothing loadable → `corpus_empty`), the caller decides.
 *
 * @example
 * const corpus = await loadCorpus('seeds', { logger });
 * corpus.documents.map((d) => d.id) // → ['000_….txt', …] sorted
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const started = Date.now();
  const limits: CorpusLimits = { ...DEFAULT_CORPUS_LIMITS, ...options.limits };
  const log = options.logger ?? silentLogger;
  const result: LoadedCorpus = { dir, documents: [], errors: [] };
  const report = (e: FileError): void => {
    result.errors.push(e);
    log.warn({ file: e.file, code: e.code }, e.message);
  };

  let realRoot: string;
  try {
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    realRoot = await realpath(dir);
  } catch (err) {
    const code = errno(err);
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `could not be opened (${errnoReason(err)})`;
    report(fileError(dir, 'corpus_missing', { why }));
    return result;
  }

  const listing = await listArticles(dir, realRoot);
  const manifest = readManifest(dir, limits);
  let ids = listing.ids;
  const fileErrors = [...listing.errors];
  if (ids.length > limits.maxFiles) {
    report(fileError(dir, 'too_many_files', { count: ids.length, limit: limits.maxFiles }));
    ids = ids.slice(0, limits.maxFiles);
  }
  if (manifest) {
    for (const e of manifest.errors) report(e);
    const known = new Set([...listing.ids, ...listing.errors.map((e) => e.file)]);
    for (const [id, entry] of manifest.numbers) {
      if (!known.has(id)) report(fileError(MANIFEST_FILE, 'manifest_unknown_file', { entry, target: id }));
    }
  }
  await options.hooks?.afterList?.(ids);

  for (const item of await loadAll(dir, ids, limits, manifest, options.readAhead ?? true, log)) {
    if ('code' in item) fileErrors.push(item);
    else result.documents.push(item);
  }
  fileErrors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).forEach(report);
  if (result.documents.length === 0) report(fileError(dir, 'corpus_empty'));
  log.info({ dir, documents: result.documents.length, errors: result.errors.length, ms: Date.now() - started }, 'corpus loaded');
  return result;
}
