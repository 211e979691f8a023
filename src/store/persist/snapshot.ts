/**
 * Persisted store snapshots: a restart over an unchanged corpus reads one file instead of re-reading,
 * re-cleaning and re-extracting every article. A snapshot is used only when its fingerprint (format version,
 * the code that builds a store, load limits, and every corpus file's path, size and mtime) matches; a
 * corrupt or foreign file is ignored with a warning and rebuilt, never trusted and never a crash.
 *
 * File layout: magic `QTSNAP1\n` and a JSON header line `{version, fingerprint, sha256, bytes}` padded with
 * spaces to 512 bytes, then the payload whose SHA-256 the header records: frames (snapshot-frames.ts) of a
 * `PartsWire` whose documents are in columns (snapshot-docs.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MANIFEST_FILE } from '../../corpus/manifest.js';
import { listArticles } from '../../corpus/walk.js';
import type { Logger } from '../../log.js';
import { packDocuments, unpackDocuments } from './documents.js';
import { readFrames, writeFrames } from './frames.js';
import { isWire, type PartsWire } from './wire.js';

/** Bump when the snapshot layout or `PartsWire` changes. */
export const SNAPSHOT_VERSION = 5;
/** Default cache folder, relative to the working directory (gitignored). */
export const DEFAULT_CACHE_DIR = '.quotetrail';
const MAGIC = 'QTSNAP1\n';
/** Bytes before the payload: the magic string and the header line, padded with spaces. */
const HEADER_SLOT = 512;

const Header = z.object({
  version: z.number().int(),
  fingerprint: z.string(),
  sha256: z.string().length(64),
  bytes: z.number().int().nonnegative(),
});

let codeHash: Promise<string> | null = null;

/** Hash of the source of the layers that decide what a store contains: changed code invalidates snapshots. */
function buildCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const h = createHash('sha256');
    for (const layer of ['corpus', 'claims', 'store']) {
      // every source file of the layer, its subfolders included, in a stable order
      const names = ((await readdir(path.join(src, layer), { recursive: true }).catch(() => [] as string[])) as string[])
        .filter((n) => /\.[cm]?[jt]s$/.test(n))
        .map((n) => n.split(path.sep).join('/'))
        .sort();
      for (const name of names) h.update(`${layer}/${name}\0`).update(await readFile(path.join(src, layer, name)));
    }
    return h.digest('hex');
  })();
  return codeHash;
}

/**
 * Fingerprint of a corpus folder as a store would be built from it: every article file's path, size and
 * mtime, the manifest's, the load limits and the building code. Stats files only; reads none.
 */
export async function corpusFingerprint(dir: string, limits: unknown = {}): Promise<string> {
  const root = await realpath(dir);
  const listing = await listArticles(dir, root);
  const h = createHash('sha256').update(`v${SNAPSHOT_VERSION}\n${await buildCodeHash()}\n${JSON.stringify(limits)}\n`);
  const ids = [...listing.ids, MANIFEST_FILE];
  const stats = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i += 64) {
    await Promise.all(
      ids.slice(i, i + 64).map(async (id, k) => {
        const s = await stat(path.join(root, ...id.split('/'))).catch(() => null);
        stats[i + k] = s ? `${id}\t${s.size}\t${s.mtimeMs}` : `${id}\t-`;
      }),
    );
  }
  for (const line of stats) h.update(line).update('\n');
  for (const e of listing.errors) h.update(`!${e.file}\t${e.code}\n`);
  return h.digest('hex');
}

/** Where the snapshot of `dir` lives inside `cacheDir` (one file per corpus folder). */
export async function snapshotPath(cacheDir: string, dir: string): Promise<string> {
  const key = createHash('sha256')
    .update(await realpath(dir))
    .digest('hex')
    .slice(0, 16);
  return path.join(cacheDir, `store-${key}.snapshot`);
}

/** Writes a snapshot atomically (temporary file, then rename); returns its path. */
export async function saveSnapshot(cacheDir: string, dir: string, fingerprint: string, wire: PartsWire): Promise<string> {
  const file = await snapshotPath(cacheDir, dir);
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  // frames are written as they are made (never the whole payload in memory); the header has a fixed-size
  // slot at the start, filled in once the payload's checksum and length are known
  const out = await open(tmp, 'w');
  try {
    const hash = createHash('sha256');
    let bytes = 0;
    let position = HEADER_SLOT;
    await writeFrames(
      { ...wire, documents: [], index: { ...wire.index }, packedDocuments: { ...packDocuments(wire.documents) } },
      async (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
        await out.write(chunk, 0, chunk.length, position);
        position += chunk.length;
      },
    );
    const header = JSON.stringify({ version: SNAPSHOT_VERSION, fingerprint, sha256: hash.digest('hex'), bytes });
    const slot = `${MAGIC + header.padEnd(HEADER_SLOT - MAGIC.length - 1)}\n`;
    if (slot.length !== HEADER_SLOT) throw new Error('snapshot header too long');
    await out.write(slot, 0, 'latin1');
  } finally {
    await out.close();
  }
  await rename(tmp, file);
  await pruneSnapshots(cacheDir, file);
  return file;
}

/** Snapshots kept per cache folder: the most recently written; older ones (often of deleted folders) go. */
export const MAX_SNAPSHOTS = 16;

/**
 * A temporary file older than this was left by a write that was interrupted (a write takes seconds even at
 * a million quotations); a younger one may belong to another process writing now, so it stays.
 */
export const ABANDONED_TMP_MS = 60 * 60 * 1000;

/**
 * Deletes all but the `MAX_SNAPSHOTS` newest snapshot files (never `keep`) and temporary files of
 * interrupted writes; failures are ignored.
 */
async function pruneSnapshots(cacheDir: string, keep: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const dated = async (pattern: RegExp): Promise<{ file: string; mtime: number }[]> =>
    Promise.all(
      names
        .filter((n) => pattern.test(n))
        .map(async (n) => ({ file: path.join(cacheDir, n), mtime: (await stat(path.join(cacheDir, n)).catch(() => null))?.mtimeMs ?? 0 })),
    );
  const remove = (file: string): Promise<void> => rm(file, { force: true }).catch(() => undefined);
  for (const { file, mtime } of await dated(/^store-[0-9a-f]{16}\.snapshot\.\d+\.\d+\.tmp$/)) {
    if (Date.now() - mtime > ABANDONED_TMP_MS) await remove(file);
  }
  const snapshots = await dated(/^store-[0-9a-f]{16}\.snapshot$/);
  if (snapshots.length <= MAX_SNAPSHOTS) return;
  snapshots.sort((a, b) => b.mtime - a.mtime);
  for (const { file } of snapshots.slice(MAX_SNAPSHOTS)) if (file !== keep) await remove(file);
}

export type SnapshotResult =
  | { status: 'hit'; wire: PartsWire; file: string }
  | { status: 'missing' | 'stale' | 'corrupt'; file: string; why?: string };

/** Reads the snapshot of `dir` if it matches `fingerprint`; any problem is a miss (logged when corrupt). */
export async function loadSnapshot(cacheDir: string, dir: string, fingerprint: string, logger?: Logger): Promise<SnapshotResult> {
  const file = await snapshotPath(cacheDir, dir);
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return { status: 'missing', file };
  const corrupt = (why: string): SnapshotResult => {
    logger?.warn({ file, why }, 'store snapshot ignored (corrupt); rebuilding');
    return { status: 'corrupt', file, why };
  };
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) return corrupt('not a snapshot file');
  const eol = bytes.indexOf(10, MAGIC.length);
  if (eol < 0) return corrupt('no header');
  let header: z.infer<typeof Header>;
  try {
    header = Header.parse(JSON.parse(bytes.subarray(MAGIC.length, eol).toString('utf8')));
  } catch {
    return corrupt('unreadable header');
  }
  if (header.version !== SNAPSHOT_VERSION || header.fingerprint !== fingerprint) return { status: 'stale', file };
  const payload = bytes.subarray(eol + 1);
  if (payload.length !== header.bytes) return corrupt(`payload is ${payload.length} bytes, header says ${header.bytes}`);
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return corrupt('checksum mismatch');
  let wire: unknown;
  try {
    wire = readFrames(payload);
  } catch (err) {
    return corrupt(`payload does not deserialise (${(err as Error).message})`);
  }
  const documents = wire && typeof wire === 'object' ? unpackDocuments((wire as { packedDocuments?: unknown }).packedDocuments) : null;
  if (!documents) return corrupt('payload has no documents');
  const { packedDocuments: _packed, ...rest } = wire as { packedDocuments?: unknown };
  wire = { ...rest, documents };
  if (!isWire(wire)) return corrupt('payload is not a store');
  return { status: 'hit', wire, file };
}
