/**
 * Times a sharded load: N worker threads each run `loadCorpus` on one shard, post their documents back,
 * and the main thread merges them (a measuring tool for the store layer's parallel load).
 * Usage: npx tsx tests/corpus/tools/time-shards.ts DIR [--shards N] [--check]
 * `--check` also loads the folder unsharded and checks the merge is identical.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadCorpus, mergeShards } from '../../../src/corpus/load.js';
import type { LoadedCorpus } from '../../../src/corpus/types.js';

interface Done {
  loaded: LoadedCorpus;
  /** Wall-clock times (ms since the epoch) the shard's load started and ended. */
  started: number;
  ended: number;
}

interface Job {
  dir: string;
  index: number;
  count: number;
}

if (!isMainThread) {
  const { dir, index, count } = workerData as Job;
  const started = performance.timeOrigin + performance.now();
  const loaded = await loadCorpus(dir, { shard: { index, count } });
  const ended = performance.timeOrigin + performance.now();
  parentPort!.postMessage({ loaded, started, ended });
} else {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir) throw new Error('usage: time-shards.ts DIR [--shards N] [--check]');
  const count = Number(args.includes('--shards') ? args[args.indexOf('--shards') + 1] : 2);
  const self = import.meta.url;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); });`;
  const t0 = performance.now();
  const epoch0 = performance.timeOrigin + t0;
  const results = await Promise.all(
    Array.from(
      { length: count },
      (_, index) =>
        new Promise<Done & { received: number }>((resolve, reject) => {
          const w = new Worker(boot, { eval: true, workerData: { dir, index, count } satisfies Job });
          w.once('message', (m: Done) => {
            resolve({ ...m, received: performance.timeOrigin + performance.now() });
            void w.terminate();
          });
          w.once('error', reject);
        }),
    ),
  );
  const beforeMerge = performance.now();
  const merged = mergeShards(results.map((r) => r.loaded));
  const ms = performance.now() - t0;
  const at = (epoch: number): string => ((epoch - epoch0) / 1000).toFixed(2);
  process.stdout.write(
    `${dir}: ${merged.documents.length} documents, ${merged.errors.length} errors in ${(ms / 1000).toFixed(2)} s with ${count} worker threads` +
      ` (shards loading from–to, then received: ${results.map((r) => `${at(r.started)}–${at(r.ended)} s → ${at(r.received)} s`).join(', ')};` +
      ` merge ${((performance.now() - beforeMerge) / 1000).toFixed(2)} s)\n`,
  );
  if (args.includes('--check')) {
    const whole = await loadCorpus(dir);
    const same = JSON.stringify(whole) === JSON.stringify(merged);
    process.stdout.write(`merged result ${same ? 'identical to' : 'DIFFERENT from'} the unsharded load\n`);
    process.exitCode = same ? 0 : 1;
  }
}
