/**
 * Measures extraction speed: `npx tsx tests/claims/bench-extract.ts DIR` runs extractClaims over every .txt in
 * DIR (one block per non-empty line), five rounds after a warm-up, and prints the median time per document and
 * per 3 KB of text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../src/claims/extract.js';

const dir = process.argv[2] ?? '../shared/data/polnear/train/text';
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const blocks: { start: number; end: number }[] = [];
    for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
    return { text, blocks };
  });
const chars = docs.reduce((n, d) => n + d.text.length, 0);
for (const d of docs) extractClaims(d);
const rounds: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (const d of docs) extractClaims(d);
  rounds.push(performance.now() - t0);
}
const ms = rounds.sort((a, b) => a - b)[2] as number;
process.stdout.write(
  `${docs.length} docs, ${(chars / docs.length / 1024).toFixed(1)} KB avg: ${(ms / docs.length).toFixed(3)} ms/doc, ${((ms / chars) * 3072).toFixed(3)} ms per 3 KB\n`,
);
