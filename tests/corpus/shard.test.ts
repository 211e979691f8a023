import { symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCorpora } from './temp-corpus.js';
import { loadCorpus, mergeShards, type LoadOptions } from '../../src/corpus/load.js';
import { shardIds } from '../../src/corpus/shard.js';

const article = (n: number): string => `Harbour deal number ${n}\n\n“We will sign tomorrow,” the mayor said.\n`;

const corpus = tempCorpora('quotetrail-shard-');

/** Loads `dir` as `count` shards and merges them. */
async function sharded(dir: string, count: number, options: LoadOptions = {}) {
  const shards = await Promise.all(Array.from({ length: count }, (_, index) => loadCorpus(dir, { ...options, shard: { index, count } })));
  return { shards, merged: mergeShards(shards) };
}

/** A folder with good files and every kind of per-file, listing and manifest problem. */
function messyCorpus(): string {
  const outside = corpus({ 'secret.txt': article(0) });
  const files: Record<string, string | Uint8Array> = {
    'bin.txt': new Uint8Array([0x50, 0x00, 0x41]),
    'blank.md': ' \n\t\n',
    'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
    'big.txt': 'x'.repeat(5000),
    'sources.json': JSON.stringify([
      { file: 'a03.txt', outlet: 'Bay Herald' },
      { file: 'b.txt', outlet: 7 },
      { file: 'gone.txt' },
      { file: '../up.txt' },
    ]),
  };
  for (let i = 0; i < 23; i++) files[`${i % 3 ? 'a' : 'sub/a'}${String(i).padStart(2, '0')}.txt`] = article(i);
  const dir = corpus(files);
  symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dead.txt'));
  return dir;
}

describe('loadCorpus with shards', () => {
  it('splits the sorted listing by position', () => {
    expect(shardIds(['a', 'b', 'c', 'd', 'e'], { index: 1, count: 2 })).toEqual(['b', 'd']);
    expect(shardIds(['a', 'b', 'c'], { index: 0, count: 1 })).toEqual(['a', 'b', 'c']);
    expect(shardIds(['a', 'b'], undefined)).toEqual(['a', 'b']);
  });

  it('gives, merged, exactly the unsharded result: documents, per-file, listing and manifest errors', async () => {
    const dir = messyCorpus();
    const limits = { maxFileBytes: 1000 };
    const whole = await loadCorpus(dir, { limits });
    expect(whole.documents.length).toBe(23);
    expect(new Set(whole.errors.map((e) => e.code))).toEqual(
      new Set([
        'manifest_invalid',
        'outside_corpus',
        'manifest_unknown_file',
        'binary',
        'empty',
        'invalid_utf8',
        'too_large',
        'unreadable',
      ]),
    );
    for (const count of [1, 2, 3, 5, 40]) {
      const { shards, merged } = await sharded(dir, count, { limits });
      expect(merged).toEqual(whole);
      // Each document is read by exactly one shard, and only shard 0 reports the manifest's problems.
      expect(shards.reduce((n, s) => n + s.documents.length, 0)).toBe(whole.documents.length);
      for (const s of shards.slice(1)) expect(s.errors.filter((e) => e.file === 'sources.json')).toEqual([]);
    }
  });

  it('cuts at maxFiles before sharding and reports the cut once', async () => {
    const dir = corpus(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}.txt`, article(i)])));
    const whole = await loadCorpus(dir, { limits: { maxFiles: 5 } });
    const { shards, merged } = await sharded(dir, 2, { limits: { maxFiles: 5 } });
    expect(merged).toEqual(whole);
    expect(shards.map((s) => s.documents.map((d) => d.id))).toEqual([
      ['f0.txt', 'f2.txt', 'f4.txt'],
      ['f1.txt', 'f3.txt'],
    ]);
    expect(shards.map((s) => s.errors.map((e) => e.code))).toEqual([['too_many_files'], []]);
  });

  it('reports a missing folder once and an empty corpus only when merged', async () => {
    const missing = path.join(os.tmpdir(), 'quotetrail-no-such-folder-shard');
    const gone = await sharded(missing, 2);
    expect(gone.merged).toEqual(await loadCorpus(missing));
    expect(gone.shards[1]!.errors).toEqual([]);

    const bad = corpus({ 'a.txt': '', 'b.txt': new Uint8Array([0]), 'c.txt': ' ' });
    const empty = await sharded(bad, 2);
    expect(empty.merged).toEqual(await loadCorpus(bad));
    expect(empty.merged.errors.at(-1)!.code).toBe('corpus_empty');
    expect(empty.shards.flatMap((s) => s.errors).map((e) => e.code)).not.toContain('corpus_empty');
  });

  it('refuses a shard that names no part of a listing', async () => {
    const dir = corpus({ 'a.txt': article(1) });
    for (const shard of [
      { index: 2, count: 2 },
      { index: -1, count: 2 },
      { index: 0, count: 0 },
      { index: 0.5, count: 2 },
    ]) {
      await expect(loadCorpus(dir, { shard })).rejects.toThrow(RangeError);
    }
  });
});
