/**
 * Loads a corpus folder: lists article files, reads them with bounded concurrency, refuses bad files one
 * by one (the rest loads), applies the optional `sources.json` manifest, and returns documents sorted by id.
 */
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Logger } from '../log.js';
import { silentLogger } from '../log.js';
import { decodeText } from './decode.js';
import { fileError } from './errors.js';
import { MANIFEST_FILE, parseManifest, type ManifestEntry, type ParsedManifest } from './manifest.js';
import { prepareDocument } from './prepare.js';
import { DEFAULT_CORPUS_LIMITS, type CorpusDocument, type CorpusLimits, type FileError, type LoadedCorpus } from './types.js';
import { listArticles } from './walk.js';

/** Test seams: called between steps, to simulate a folder that changes while it is read. */
export interface LoadHooks {
  /** After the folder is listed and before any file is read. */
  afterList?: (ids: readonly string[]) => Promise<void> | void;
}

export interface LoadOptions {
  limits?: Partial<CorpusLimits>;
  logger?: Logger;
  /** Files read at once (default 32): bounds open file descriptors. */
  concurrency?: number;
  hooks?: LoadHooks;
}

type ReadResult = { bytes: Uint8Array } | { error: FileError };

const errno = (err: unknown): string => (err as NodeJS.ErrnoException)?.code ?? 'error';

/** Reads one file through a single handle: size checked with fstat before any byte is read. */
async function readBounded(full: string, id: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(full, 'r');
  } catch (err) {
    return { error: fileError(id, errno(err) === 'ENOENT' ? 'vanished' : 'unreadable', { why: errno(err) }) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { error: fileError(id, 'unreadable', { why: 'not a regular file' }) };
    if (info.size > maxBytes) return { error: fileError(id, 'too_large', { size: info.size, limit: maxBytes }) };
    const bytes = new Uint8Array(info.size);
    let got = 0;
    while (got < bytes.length) {
      const { bytesRead } = await handle.read(bytes, got, bytes.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: bytes.subarray(0, got) };
  } catch (err) {
    return { error: fileError(id, 'unreadable', { why: errno(err) }) };
  } finally {
    await handle.close();
  }
}

async function loadFile(root: string, id: string, limits: CorpusLimits, manifest?: ManifestEntry): Promise<CorpusDocument | FileError> {
  const read = await readBounded(path.join(root, ...id.split('/')), id, limits.maxFileBytes);
  if ('error' in read) return read.error;
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return fileError(id, decoded.code);
  const contentHash = createHash('sha256').update(read.bytes).digest('hex');
  return prepareDocument(id, decoded.text, manifest, { contentHash });
}

async function readManifest(root: string, limits: CorpusLimits): Promise<ParsedManifest | null> {
  const read = await readBounded(path.join(root, MANIFEST_FILE), MANIFEST_FILE, limits.maxFileBytes);
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

/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
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
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `could not be opened (${code})`;
    report(fileError(dir, 'corpus_missing', { why }));
    return result;
  }

  const listing = await listArticles(dir, realRoot);
  const manifest = await readManifest(dir, limits);
  let ids = listing.ids;
  if (ids.length > limits.maxFiles) {
    report(fileError(dir, 'too_many_files', { count: ids.length, limit: limits.maxFiles }));
    ids = ids.slice(0, limits.maxFiles);
  }
  for (const e of manifest?.errors ?? []) report(e);
  if (manifest) {
    const known = new Set([...listing.ids, ...listing.errors.map((e) => e.file)]);
    for (const [id, entry] of manifest.numbers) {
      if (!known.has(id)) report(fileError(MANIFEST_FILE, 'manifest_unknown_file', { entry, target: id }));
    }
  }
  await options.hooks?.afterList?.(ids);

  const loaded = await mapPool(ids, options.concurrency ?? 32, (id) => loadFile(dir, id, limits, manifest?.entries.get(id)));
  const fileErrors = [...listing.errors];
  for (const item of loaded) {
    if ('code' in item) fileErrors.push(item);
    else result.documents.push(item);
  }
  fileErrors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).forEach(report);
  if (result.documents.length === 0) report(fileError(dir, 'corpus_empty'));
  log.info({ dir, documents: result.documents.length, errors: result.errors.length, ms: Date.now() - started }, 'corpus loaded');
  return result;
}
