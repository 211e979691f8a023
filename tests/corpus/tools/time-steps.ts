/**
 * Times each step of preparing a corpus document, over every article of a folder (a measuring tool).
 * Usage: npx tsx tests/corpus/tools/time-steps.ts DIR [--src PATH_TO_SRC_CORPUS]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
if (!dir) throw new Error('usage: time-steps.ts DIR [--src PATH]');
const srcIdx = process.argv.indexOf('--src');
const src = path.resolve(srcIdx > 0 ? process.argv[srcIdx + 1]! : new URL('../../../src/corpus', import.meta.url).pathname);
const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(path.join(src, name)).href)) as T;
const { decodeText } = await load<typeof import('../../../src/corpus/decode.js')>('decode.ts');
const { cleanText } = await load<typeof import('../../../src/corpus/clean.js')>('clean.ts');
const { splitLines } = await load<typeof import('../../../src/corpus/lines.js')>('lines.ts');
const { lineChrome } = await load<typeof import('../../../src/corpus/chrome.js')>('chrome.ts');
const { inferMetadata } = await load<typeof import('../../../src/corpus/metadata.js')>('metadata.ts');

const time = <T>(label: string, f: () => T): T => {
  const t0 = performance.now();
  const out = f();
  process.stdout.write(`${label.padEnd(14)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms\n`);
  return out;
};
const names = time('list', () =>
  readdirSync(dir)
    .filter((n) => /\.(txt|md)$/i.test(n))
    .sort(),
);
const bytes = time('read (sync)', () => names.map((n) => readFileSync(path.join(dir, n))));
const texts = time('decode', () =>
  bytes.map((b) => {
    const d = decodeText(b);
    if (!d.ok) throw new Error(d.code);
    return d.text;
  }),
);
time('sha256', () => bytes.map((b) => createHash('sha256').update(b).digest('hex')));
time('splitLines', () => texts.map((t) => splitLines(t)));
time('  +lineChrome', () => texts.map((t) => splitLines(t).map((l) => lineChrome(l.text))));
const cleaned = time('cleanText', () => texts.map((t) => cleanText(t)));
time('inferMetadata', () => cleaned.map((c) => inferMetadata(c.lines)));
