/**
 * Checks that the current `loadCorpus` returns exactly what another copy of it returns (a one-off tool for
 * speed work: extract the previous version with `git show`, then compare documents and errors as JSON).
 * Usage: npx tsx tests/corpus/tools/compare-load.ts DIR --old /tmp/old/src/corpus/load.ts
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { LoadedCorpus } from '../../../src/corpus/types.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args[0];
const oldPath = opt('--old');
if (!dir || !oldPath) throw new Error('usage: compare-load.ts DIR --old PATH');

const old = (await import(pathToFileURL(path.resolve(oldPath)).href)) as { loadCorpus: typeof loadCorpus };
let t0 = performance.now();
const before = await old.loadCorpus(dir);
const oldMs = performance.now() - t0;
t0 = performance.now();
const after: LoadedCorpus = await loadCorpus(dir);
const newMs = performance.now() - t0;

let differences = 0;
const report = (what: string, a: unknown, b: unknown): void => {
  differences++;
  if (differences <= 5)
    process.stdout.write(`DIFFERENT ${what}\n  old: ${JSON.stringify(a).slice(0, 600)}\n  new: ${JSON.stringify(b).slice(0, 600)}\n`);
};
if (before.documents.length !== after.documents.length) report('document count', before.documents.length, after.documents.length);
const n = Math.min(before.documents.length, after.documents.length);
for (let i = 0; i < n; i++) {
  const a = before.documents[i]!;
  const b = after.documents[i]!;
  for (const key of ['id', 'text', 'blocks', 'meta', 'contentHash'] as const) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) report(`${a.id} ${key}`, a[key], b[key]);
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) report(`${a.id} (whole document, key order)`, Object.keys(a), Object.keys(b));
}
if (JSON.stringify(before.errors) !== JSON.stringify(after.errors)) report('errors', before.errors, after.errors);
if (before.dir !== after.dir) report('dir', before.dir, after.dir);
process.stdout.write(
  `${dir}: ${before.documents.length} documents, ${before.errors.length} errors; ${differences} differences` +
    ` (old ${(oldMs / 1000).toFixed(2)} s, new ${(newMs / 1000).toFixed(2)} s)\n`,
);
process.exitCode = differences ? 1 : 0;
