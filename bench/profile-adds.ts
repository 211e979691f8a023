/**
 * Where an add spends its time: opens a corpus (its snapshot in CACHE_DIR when there is one), makes two
 * warm-up adds, then profiles ten more with the inspector and prints the functions with the most self time.
 *
 *   npx tsx bench/profile-adds.ts bench/out/synthetic-1000000-s7-v4 [CACHE_DIR]
 */
import { Session } from 'node:inspector/promises';
import { openStore } from '../src/store/open.js';
import { measureAdds } from './adds.js';

const [dir, cacheDir] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: npx tsx bench/profile-adds.ts CORPUS_DIR [CACHE_DIR]\n');
  process.exit(2);
}
const QUESTIONS = ['strengthen communication at all levels'];
const store = await openStore(dir, cacheDir ? { cacheDir } : {});
await measureAdds(store, QUESTIONS, 2);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const report = await measureAdds(store, QUESTIONS, 10);
const { profile } = await session.post('Profiler.stop');
process.stdout.write(`${JSON.stringify(report)}\n`);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
for (const id of profile.samples ?? []) {
  const frame = nodes.get(id)?.callFrame;
  const key = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').slice(-2).join('/') ?? ''}`;
  self.set(key, (self.get(key) ?? 0) + 1);
}
const total = profile.samples?.length ?? 1;
for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  process.stdout.write(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}\n`);
}
