/**
 * Opens the claim store of a corpus folder: the one entry point the CLI and the bot load a corpus through.
 * With a cache folder (the default), an unchanged corpus is served from its snapshot; otherwise the corpus is
 * read and built, and the snapshot written for next time.
 */
import { loadCorpus, type LoadOptions } from '../corpus/load.js';
import { silentLogger, type Logger } from '../log.js';
import { buildParts, type StoreParts } from './build.js';
import { corpusFingerprint, DEFAULT_CACHE_DIR, loadSnapshot, saveSnapshot } from './persist/snapshot.js';
import { ClaimStore } from './store.js';
import { partsToWire, wireToParts, type PartsWire } from './persist/wire.js';

export interface OpenOptions extends LoadOptions {
  logger?: Logger;
  /** Folder for store snapshots (default `.quotetrail` in the working directory); `false`: no snapshot. */
  cacheDir?: string | false;
  /**
   * Whether opening waits for a new snapshot to be written (default: `openParts` waits, `openStore` does
   * not). The snapshot only serves the next start: the store can answer while it is written.
   */
  awaitSnapshot?: boolean;
  /** Told of a snapshot being written after opening returned, so a process can let it finish before exiting. */
  onSnapshotWrite?: (written: Promise<void>) => void;
}

/** How a store was obtained, for logs and the benchmark. */
export interface OpenReport {
  source: 'snapshot' | 'built';
  /** Why the snapshot was not used (missing, stale, corrupt, disabled), when built. */
  snapshot: 'hit' | 'missing' | 'stale' | 'corrupt' | 'disabled' | 'unreadable';
  ms: number;
}

/**
 * The columnar parts of `dir`: from a matching snapshot, else built (and the snapshot saved). Shared by
 * `openStore` and the worker, which hands the same form to the main thread.
 */
export async function openParts(
  dir: string,
  options: OpenOptions = {},
): Promise<{ wire: PartsWire; parts?: StoreParts; report: OpenReport; snapshotSaved: Promise<void> }> {
  const logger = options.logger ?? silentLogger;
  const started = performance.now();
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  let fingerprint: string | null = null;
  let snapshot: OpenReport['snapshot'] = 'disabled';
  if (cacheDir !== false) {
    try {
      fingerprint = await corpusFingerprint(dir, options.limits ?? {});
      const found = await loadSnapshot(cacheDir, dir, fingerprint, logger);
      if (found.status === 'hit') {
        return {
          wire: found.wire,
          report: { source: 'snapshot', snapshot: 'hit', ms: performance.now() - started },
          snapshotSaved: Promise.resolve(),
        };
      }
      snapshot = found.status;
    } catch (err) {
      // a folder that cannot be listed: loadCorpus reports it as a corpus error below
      snapshot = 'unreadable';
      logger.debug({ dir, err: (err as Error).message }, 'no snapshot fingerprint');
    }
  }
  const corpus = await loadCorpus(dir, { ...options, logger });
  const parts = buildParts(corpus);
  const wire = partsToWire(parts, corpus.errors);
  let snapshotSaved = Promise.resolve();
  if (cacheDir !== false && fingerprint && corpus.documents.length > 0) {
    const file = saveSnapshot(cacheDir, dir, fingerprint, wire);
    // never rejects: a snapshot that cannot be written costs the next start its time, nothing else
    snapshotSaved = file.then(
      (written) => logger.debug({ file: written }, 'store snapshot written'),
      (err: unknown) => logger.warn({ cacheDir, err: (err as Error).message }, 'store snapshot not written'),
    );
    if (options.awaitSnapshot ?? true) await snapshotSaved;
  }
  return { wire, parts, report: { source: 'built', snapshot, ms: performance.now() - started }, snapshotSaved };
}

/**
 * Loads `dir` and builds its store (or reads its snapshot); per-file errors are on `store.errors` (those
 * files were skipped).
 */
export async function openStore(dir: string, options: OpenOptions = {}): Promise<ClaimStore> {
  const logger = options.logger ?? silentLogger;
  const { wire, parts, report, snapshotSaved } = await openParts(dir, { ...options, awaitSnapshot: options.awaitSnapshot ?? false });
  options.onSnapshotWrite?.(snapshotSaved);
  const store = ClaimStore.fromParts(parts ?? wireToParts(wire), { dir, errors: wire.errors });
  logger.info({ dir, ...store.stats(), errors: wire.errors.length, ...report, ms: Math.round(report.ms) }, 'corpus loaded');
  return store;
}
