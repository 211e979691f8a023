/**
 * Times one cold build of a corpus folder, as `openStore` does it without a snapshot: read and clean,
 * then extract, index and group. `--hash` also
 * prints a SHA-256 of the built parts (renditions, groups, index arrays, vocabulary), so two commits can be
 * checked to build the same store.
 *
 *   npx tsx bench/build-parts.ts bench/out/synthetic-1000000-s7-v4 [--hash]
 *
 * (`npm run bench` generates the synthetic folders under bench/out.)
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { buildParts } from '../src/store/build.js';
import { extractClaims } from '../src/claims/extract.js';
import { loadCorpus } from '../src/corpus/load.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { hash: { type: 'boolean', default: false } },
});
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: npx tsx bench/build-parts.ts DIR [--hash]\n');
  process.exit(2);
}
const started = performance.now();
const corpus = await loadCorpus(dir);
const loaded = performance.now();
let extractMs = 0;
const parts = buildParts(corpus, (doc) => {
  const t = performance.now();
  const claims = extractClaims(doc);
  extractMs += performance.now() - t;
  return claims;
});
const built = performance.now();
const report: Record<string, unknown> = {
  dir,
  documents: parts.documents.length,
  entries: parts.entries.length,
  groups: parts.groups.length,
  read_clean_s: Math.round(loaded - started) / 1000,
  extract_s: Math.round(extractMs) / 1000,
  index_group_s: Math.round(built - loaded - extractMs) / 1000,
  total_s: Math.round(built - started) / 1000,
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
};
if (values.hash) {
  const h = createHash('sha256');
  for (const e of parts.entries) h.update(JSON.stringify(e));
  for (const g of parts.groups) h.update(JSON.stringify(g));
  const d = parts.index.toData();
  for (const a of [d.wordTerm, d.postingStart, d.postings, d.entryWordStart, d.entryWords])
    h.update(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  h.update(d.words.join('\n'));
  report.sha256 = h.digest('hex');
}
process.stdout.write(`${JSON.stringify(report)}\n`);
