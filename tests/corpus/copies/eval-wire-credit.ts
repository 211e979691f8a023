/**
 * Scores `wireAgency` on a PolNeAR split (a measuring tool, not a test): the split's metadata says which
 * articles are wire stories and whose; a credit found in a wire story is a hit, one found in an outlet's own
 * story a false alarm. Counted twice: for any credit, and for the agency's own credits only (dateline,
 * closing line). Reads ../shared and skips with its reason when it is absent.
 * Usage: npx tsx tests/corpus/copies/eval-wire-credit.ts [train|dev] [--list]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { sharedPath } from '../../../scripts/shared-dir.js';
import { wireAgency } from '../../../src/corpus/copies/wire-credit.js';

const split = process.argv[2] ?? 'train';
const list = process.argv.includes('--list');
const root = sharedPath('data/polnear');
const folder = path.join(root, split, 'text');
if (!existsSync(folder)) {
  process.stdout.write(`skipped: ${folder} is absent (the shared data sits beside a working copy, not in a clone)\n`);
  process.exit(0);
}

const Row = z.object({ filename: z.string().min(1), publisher: z.string(), wire: z.string() });
const [header, ...lines] = readFileSync(path.join(root, 'metadata.tsv'), 'utf8').trim().split('\n');
const columns = header!.split('\t');
const wireOf = new Map<string, string | null>();
for (const line of lines) {
  const cells = line.split('\t');
  const row = Row.parse(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])));
  wireOf.set(row.filename, row.wire === 'None' || row.wire === 'NA' || row.wire === '' ? null : row.wire.toLowerCase());
}

const counts = { any: { hit: 0, falseAlarm: 0, missed: 0 }, own: { hit: 0, falseAlarm: 0, missed: 0 }, wrongAgency: 0 };
const files = readdirSync(folder).filter((f) => f.endsWith('.txt'));
for (const file of files) {
  const wire = wireOf.get(file.replace(/\.txt$/, ''));
  if (wire === undefined) throw new Error(`${file}: not in metadata.tsv`);
  const found = wireAgency(readFileSync(path.join(folder, file), 'utf8'));
  for (const [kind, credit] of [
    ['any', found],
    ['own', found?.kind === 'own' ? found : null],
  ] as const) {
    const c = counts[kind];
    if (wire && credit) c.hit++;
    else if (wire) c.missed++;
    else if (credit) c.falseAlarm++;
  }
  if (wire && found && found.agency.toLowerCase() !== wire) counts.wrongAgency++;
  if (list && Boolean(wire) !== Boolean(found))
    process.stdout.write(`${wire ? 'missed' : 'false alarm'}\t${file}\t${found?.credit ?? ''}\n`);
}
const rates = (c: { hit: number; falseAlarm: number; missed: number }) => ({
  ...c,
  recall: Math.round((c.hit / (c.hit + c.missed)) * 1000) / 1000,
  precision: Math.round((c.hit / (c.hit + c.falseAlarm)) * 1000) / 1000,
});
process.stdout.write(
  `${JSON.stringify({ split, documents: files.length, wireStories: [...files].filter((f) => wireOf.get(f.replace(/\.txt$/, ''))).length, anyCredit: rates(counts.any), ownCredit: rates(counts.own), wrongAgency: counts.wrongAgency })}\n`,
);
