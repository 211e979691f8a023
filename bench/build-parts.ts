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
import { buildParts } from '../src/store/build.js';
import { commandLine, usageError } from '../src/cli/command-line.js';
import { extractClaims } from '../src/claims/extract.js';
import { loadCorpus } from '../src/corpus/load.js';

const USAGE = `Usage: npx tsx bench/build-parts.ts DIR [--hash]

Times one cold build of a corpus folder; --hash also prints a SHA-256 of the built parts.
`;

const { values, positionals } = commandLine(
  'build-parts',
  USAGE,
  { hash: { type: 'boolean', default: false } },
  { allowPositionals: true },
);
const dir = positionals[0];
if (!dir || positionals.length > 1) usageError('build-parts', USAGE, dir ? 'one corpus folder only' : 'a corpus folder is needed');
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
