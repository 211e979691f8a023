/**
 * Measures extraction speed: `npx tsx tests/claims/bench-extract.ts [DIR] [--against OTHER/src/claims/extract.ts]`
 * runs extractClaims over every .txt in DIR (one block per non-empty line; default: PolNeAR train), several
 * rounds after a warm-up, and prints the median CPU time per document and per 3 KB of text. With `--against`,
 * the other extractor (an older checkout, e.g. `git archive COMMIT src | tar -x -C /tmp/old`) runs in the
 * same process, rounds interleaved, so that the load of a shared machine weighs on both alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedPath } from '../../scripts/shared-dir.js';
import { extractClaims } from '../../src/claims/extract.js';

type Extract = (doc: { text: string; blocks: { start: number; end: number }[] }) => unknown;

const args = process.argv.slice(2);
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--against') ?? sharedPath('data/polnear/train/text');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const blocks: { start: number; end: number }[] = [];
    for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
    return { text, blocks };
  });
const chars = docs.reduce((n, d) => n + d.text.length, 0);

/** CPU milliseconds of one round over every document. */
function round(extract: Extract): number {
  const t0 = process.cpuUsage();
  for (const d of docs) extract(d);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const describe = (name: string, ms: number): string =>
  `${name}: ${(ms / docs.length).toFixed(3)} ms/doc, ${((ms / chars) * 3072).toFixed(3)} ms per 3 KB (CPU, median)`;

const extractors: [string, Extract][] = [['this checkout', extractClaims]];
if (against) {
  const other = (await import(pathToFileURL(resolve(against)).href)) as { extractClaims: Extract };
  extractors.push([against, other.extractClaims]);
}
for (let r = 0; r < 5; r++) for (const [, fn] of extractors) round(fn);
const times = extractors.map(() => [] as number[]);
for (let r = 0; r < 9; r++) {
  for (const [i, [, fn]] of extractors.entries()) times[i]?.push(round(fn));
}
process.stdout.write(`${docs.length} docs, ${(chars / docs.length / 1024).toFixed(1)} KB avg\n`);
for (const [i, [name]] of extractors.entries()) process.stdout.write(`${describe(name, median(times[i] as number[]))}\n`);
