/**
 * Sharded loading: several threads each load every `count`-th file of the same sorted listing, and
 * `mergeShards` puts their results together into exactly what one unsharded load returns.
 */
import { fileError } from './errors.js';
import { MANIFEST_FILE } from './manifest.js';
import type { FileError, LoadedCorpus } from './types.js';

/**
 * Which part of the listing a load reads: the files at positions `p` (in the sorted listing, after the
 * `maxFiles` cut) with `p % count === index`. With `count > 1`, folder and manifest errors come only from
 * shard 0 and no shard reports `corpus_empty`.
 */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Throws a RangeError for a shard that names no part of a listing (a caller's mistake, not a corpus problem). */
export function checkShard(shard: ShardSpec): void {
  const { index, count } = shard;
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`invalid corpus shard ${index}/${count}: expected integers with 0 <= index < count`);
  }
}

/** The ids a shard reads, in listing order. */
export function shardIds(ids: readonly string[], shard: ShardSpec | undefined): string[] {
  if (!shard || shard.count === 1) return [...ids];
  return ids.filter((_, position) => position % shard.count === shard.index);
}

/**
 * Errors about the folder or the manifest rather than one article file: reported once, by shard 0, and
 * listed before the file errors. Article ids end in .txt/.md, so none is the manifest's name.
 */
export function isFolderError(e: FileError): boolean {
  return e.file === MANIFEST_FILE || e.code === 'too_many_files' || e.code === 'corpus_missing' || e.code === 'corpus_empty';
}

const byFile = (a: FileError, b: FileError): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Merges the results of loading shards 0…n-1 of one folder (in shard order): documents sorted by id, shard
 * 0's folder and manifest errors, then every file error sorted by file, then `corpus_empty` when no shard
 * loaded a document. Equal to the result of loading the folder without shards.
 *
 * @example mergeShards([await loadCorpus(d, { shard: { index: 0, count: 2 } }), await loadCorpus(d, { shard: { index: 1, count: 2 } })])
 */
export function mergeShards(shards: readonly LoadedCorpus[]): LoadedCorpus {
  const first = shards[0];
  if (!first) throw new RangeError('mergeShards needs at least one shard');
  const documents = shards.flatMap((s) => s.documents).sort(byId);
  const folder = first.errors.filter((e) => isFolderError(e) && e.code !== 'corpus_empty');
  const files = shards.flatMap((s) => s.errors.filter((e) => !isFolderError(e))).sort(byFile);
  const errors = [...folder, ...files];
  // One shard cannot tell whether the whole folder is empty: only the merge can.
  if (documents.length === 0 && !folder.some((e) => e.code === 'corpus_missing')) errors.push(fileError(first.dir, 'corpus_empty'));
  return { dir: first.dir, documents, errors };
}
