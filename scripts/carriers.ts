/**
 * `npm run carriers [-- SPLIT_DIR] [--errors N]`: does who-said list every article that carries a quotation?
 * On a PolNeAR split (default ../shared/data/polnear/train): every quotation of 8+ words the extractor finds
 * whose first 8 words appear in articles of two or more outlets (the outlet is the file name's prefix, as
 * PolNeAR names its files); who-said is asked its first 12 words; it passes when the best match lists every
 * article holding those 8 words. Prints `carriers=P (passed/total)`, and how many answers list every carrying
 * article when the outlets that credit the words to someone else (the answer's attribution conflict) count.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { whoSaid } from '../src/answers/who-said.js';
import { commandLine, usageError } from '../src/cli/command-line.js';
import { words } from '../src/store/search/normalize.js';
import { openStore } from '../src/store/open.js';
import { sharedPath } from './shared-dir.js';

const USAGE = `Usage: npm run carriers [-- SPLIT_DIR] [--errors N]

Does who-said list every article that carries a quotation? Asks who-said about each quotation of 8+ words that
articles of two or more outlets hold, on a PolNeAR split, and prints carriers=P (passed/total).

  SPLIT_DIR    a PolNeAR split folder holding text/ (default: data/polnear/train in the shared folder)
  --errors N   also print the first N quotations whose answer misses a carrying article (default 0)
  --help       this text
`;

const { values, positionals } = commandLine('carriers', USAGE, { errors: { type: 'string', default: '0' } }, { allowPositionals: true });
if (positionals.length > 1) usageError('carriers', USAGE, `one split folder at most (got ${positionals.length})`);
if (!/^\d+$/.test(values.errors)) usageError('carriers', USAGE, `--errors takes a whole number (got "${values.errors}")`);
const split = positionals[0] ?? sharedPath('data/polnear/train');
const textDir = path.join(split, 'text');
if (!existsSync(textDir)) {
  process.stderr.write(
    `carriers: ${textDir} does not exist (PolNeAR lives in ../shared beside the project or in QUOTETRAIL_SHARED_DIR; pass a split folder)\n`,
  );
  process.exit(2);
}

const store = await openStore(textDir, { cacheDir: false });
const outletOf = (id: string): string => id.split('_')[0] ?? id;
const flat = new Map([...store.documents.values()].map((d) => [d.id, ` ${words(d.text).join(' ')} `]));
const files = readdirSync(textDir).filter((f) => f.endsWith('.txt'));

const seen = new Map<string, { quote: string; holders: string[] }>();
for (const id of files) {
  for (const e of store.entriesOfDocument(id)) {
    const w = words(e.text);
    if (e.kind !== 'quote' || w.length < 8) continue;
    const key = w.slice(0, 8).join(' ');
    if (seen.has(key)) continue;
    const holders = [...flat].filter(([, text]) => text.includes(` ${key} `)).map(([doc]) => doc);
    if (new Set(holders.map(outletOf)).size >= 2) seen.set(key, { quote: e.text, holders });
  }
}

let passed = 0;
let withConflicts = 0;
const misses: string[] = [];
for (const [key, { quote, holders }] of seen) {
  const question = words(quote).slice(0, 12).join(' ');
  const best = whoSaid(store, question).matches[0];
  const listed = new Set(best?.outlets.map((o) => o.document) ?? []);
  const shown = new Set([...listed, ...(best?.conflict?.speakers.flatMap((s) => s.documents) ?? [])]);
  const missing = holders.filter((h) => !listed.has(h));
  if (holders.every((h) => shown.has(h))) withConflicts++;
  if (missing.length === 0) passed++;
  else misses.push(`"${key}…": missing ${missing.join(', ')} (listed ${[...listed].join(', ') || 'none'})`);
}
const total = Math.max(1, seen.size);
process.stdout.write(
  `carriers=${(passed / total).toFixed(3)} (${passed}/${seen.size} quotations of 8+ words carried by 2+ outlets list every carrying article; ` +
    `${withConflicts}/${seen.size} with the outlets of the answer's attribution conflict)\n`,
);
for (const m of misses.slice(0, Number(values.errors))) process.stdout.write(`${m}\n`);
