/**
 * Query latency alone: opens a corpus from its snapshot (built once), asks the benchmark's who-said questions
 * three times and prints p50/p95/p99 per round. Run it in two checkouts to compare their query paths on
 * the same machine, without the load, the page cache and the other sizes that move `npm run bench`'s figures.
 *
 * Usage: npx tsx bench/queries-only.ts [CORPUS_DIR] [QUERIES_JSON] [CACHE_DIR]
 *        (default: the 1M synthetic corpus and its queries in bench/out, cache in bench/out/queries-only-cache)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { whoSaid } from '../src/answers/who-said.js';
import { openStore } from '../src/store/open.js';

const out = path.join(import.meta.dirname, 'out');
const [dir = path.join(out, 'synthetic-1000000-s7-v4'), queriesFile = path.join(out, 'queries-1000000-100.json'), cacheDir] =
  process.argv.slice(2);
const questions = z.array(z.object({ text: z.string() })).parse(JSON.parse(readFileSync(queriesFile, 'utf8')));
const store = await openStore(dir, { cacheDir: cacheDir ?? path.join(out, 'queries-only-cache'), awaitSnapshot: true });
const percentile = (sorted: number[], p: number): string =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2);
for (let round = 1; round <= 3; round++) {
  const times: number[] = [];
  for (const q of questions) {
    const started = performance.now();
    whoSaid(store, q.text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `round ${round}: ${questions.length} questions, p50 ${percentile(times, 50)} / p95 ${percentile(times, 95)} / p99 ${percentile(times, 99)} ms\n`,
  );
}
