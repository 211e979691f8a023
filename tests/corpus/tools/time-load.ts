/**
 * Times `loadCorpus` on a folder (not a test: a measuring tool).
 * Usage: npx tsx tests/corpus/tools/time-load.ts DIR [--module PATH] [--shard I/N] [--runs K] [--no-read-ahead]
 * `--module` points at another copy of load.ts (e.g. the previous version extracted to /tmp) to compare.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: time-load.ts DIR [--module PATH] [--shard I/N] [--runs K] [--no-read-ahead]');
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const modulePath = path.resolve(opt('--module') ?? new URL('../../../src/corpus/load.ts', import.meta.url).pathname);
const runs = Number(opt('--runs') ?? 1);
const shardArg = opt('--shard');
const shard = shardArg ? { index: Number(shardArg.split('/')[0]), count: Number(shardArg.split('/')[1]) } : undefined;

const mod = (await import(pathToFileURL(modulePath).href)) as typeof import('../../../src/corpus/load.js');
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const options = { ...(shard ? { shard } : {}), ...(args.includes('--no-read-ahead') ? { readAhead: false } : {}) };
  const loaded = await mod.loadCorpus(dir, options as Parameters<typeof mod.loadCorpus>[1]);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const mb = process.memoryUsage().rss / 2 ** 20;
  process.stdout.write(
    `${path.basename(dir)}: ${loaded.documents.length} documents, ${loaded.errors.length} errors, ${(ms / 1000).toFixed(2)} s` +
      ` (${(ms / Math.max(1, loaded.documents.length)).toFixed(3)} ms/doc), cpu user ${(cpu.user / 1e6).toFixed(2)} s` +
      ` + system ${(cpu.system / 1e6).toFixed(2)} s, rss ${mb.toFixed(0)} MB\n`,
  );
}
