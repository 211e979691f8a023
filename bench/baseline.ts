/**
 * The baseline, in its own process so a slow query can be cut off at the time cap (fuse.js cannot be
 * interrupted): a plain fuse.js index over every quotation with `ignoreLocation: true`, the obvious way to
 * use it for quotes that may be partial. Reads `{texts, queries}` JSON from the file given; prints one JSON
 * line per query answered: `{ms, refIndex}`.
 */
import { readFile } from 'node:fs/promises';
import Fuse from 'fuse.js';

const { texts, queries } = JSON.parse(await readFile(process.argv[2]!, 'utf8')) as { texts: string[]; queries: string[] };
let t = performance.now();
const fuse = new Fuse(texts, { ignoreLocation: true, includeScore: true });
process.stdout.write(`${JSON.stringify({ index_ms: performance.now() - t })}\n`);
for (const q of queries) {
  t = performance.now();
  const [top] = fuse.search(q, { limit: 1 });
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - t, refIndex: top ? top.refIndex : null })}\n`);
}
