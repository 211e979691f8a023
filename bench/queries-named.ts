/**
 * Latency of questions naming their speaker ("Did NAME say …?"), which read the name against every speaker of the
 * corpus besides searching the words: 110 questions made from the corpus's own quotations (the first quotation of
 * each document whose speaker is known, its first 12 words), the first 10 to warm up, p50/p95 of the other 100.
 *
 * Usage: npx tsx bench/queries-named.ts [CORPUS_DIR] [CACHE_DIR]
 *        (default: the 1M synthetic corpus in bench/out, cache in bench/out/queries-only-cache)
 */
import path from 'node:path';
import { whoSaid } from '../src/answers/who-said.js';
import { openStore } from '../src/store/open.js';

const out = path.join(import.meta.dirname, 'out');
const [dir = path.join(out, 'synthetic-1000000-s7-v4'), cacheDir = path.join(out, 'queries-only-cache')] = process.argv.slice(2);
const store = await openStore(dir, { cacheDir, awaitSnapshot: true });
const questions: string[] = [];
for (const doc of store.documents.values()) {
  if (questions.length >= 110) break;
  const quote = store.entriesOfDocument(doc.id).find((e) => e.kind === 'quote');
  const speaker = quote?.speakerId ? store.speakers.get(quote.speakerId)?.name : undefined;
  if (quote && speaker) questions.push(`Did ${speaker} say ${quote.text.split(' ').slice(0, 12).join(' ')}?`);
}
if (questions.length <= 10)
  throw new Error(`${dir}: too few quotations with a known speaker to time (generate the corpus with npm run bench first)`);
for (const q of questions.slice(0, 10)) whoSaid(store, q);
const times: number[] = [];
for (const q of questions.slice(10)) {
  const started = performance.now();
  whoSaid(store, q);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (p: number): string => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
process.stdout.write(`${times.length} "Did NAME say …?" questions: p50 ${at(50)} / p95 ${at(95)} ms\n`);
