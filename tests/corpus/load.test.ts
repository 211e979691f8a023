import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCorpora } from './temp-corpus.js';
import { loadCorpus } from '../../src/corpus/load.js';

const ARTICLE = 'Harbour deal agreed\n\n“We will sign tomorrow,” the mayor said.\n';

const corpus = tempCorpora('quotetrail-corpus-');

const codes = (errors: { file: string; code: string }[]) => errors.map((e) => `${e.file}:${e.code}`);

describe('loadCorpus', () => {
  it('loads .txt and .md files recursively, sorted by id, skipping other and hidden files', async () => {
    const dir = corpus({
      'b.txt': ARTICLE,
      'a/z.md': ARTICLE,
      'a/y.TXT': ARTICLE,
      'notes.json': '{}',
      '.hidden/x.txt': ARTICLE,
      'c.pdf': 'x',
    });
    const loaded = await loadCorpus(dir);
    expect(loaded.errors).toEqual([]);
    expect(loaded.documents.map((d) => d.id)).toEqual(['a/y.TXT', 'a/z.md', 'b.txt']);
    const doc = loaded.documents[0]!;
    expect(doc.text).toBe(ARTICLE);
    expect(doc.contentHash).toBe(createHash('sha256').update(ARTICLE).digest('hex'));
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual([
      'Harbour deal agreed',
      '“We will sign tomorrow,” the mayor said.',
    ]);
    expect(doc.meta.title).toBe('Harbour deal agreed');
  });

  it('reports each bad file with its code and a sentence naming it, and loads the rest', async () => {
    const dir = corpus({
      'ok.txt': ARTICLE,
      'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
      'empty.md': ' \n\u00a0\t\n',
      'big.txt': 'x'.repeat(200),
    });
    const loaded = await loadCorpus(dir, { limits: { maxFileBytes: 100 } });
    expect(loaded.documents.map((d) => d.id)).toEqual(['ok.txt']);
    expect(codes(loaded.errors)).toEqual(['big.txt:too_large', 'binary.txt:binary', 'empty.md:empty', 'latin1.txt:invalid_utf8']);
    for (const e of loaded.errors) {
      expect(e.message).toContain(`"${e.file}"`);
      expect(e.message).toMatch(/^[A-Z].*\.$/);
    }
    expect(loaded.errors[0]!.message).toBe('File "big.txt" is 200 bytes, over the limit of 100 bytes, so it was not read.');
  });

  it('refuses a 50 MB file by its size without reading it', async () => {
    const dir = corpus({ 'ok.txt': ARTICLE, 'huge.txt': '' });
    await truncate(path.join(dir, 'huge.txt'), 50 * 1024 * 1024); // sparse: nothing is written
    const before = process.memoryUsage().arrayBuffers;
    const loaded = await loadCorpus(dir);
    expect(codes(loaded.errors)).toEqual(['huge.txt:too_large']);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
    expect(loaded.documents).toHaveLength(1);
  });

  it('loads only the first maxFiles files in sorted order and says so once', async () => {
    const dir = corpus({ 'c.txt': ARTICLE, 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'd.txt': ARTICLE });
    const loaded = await loadCorpus(dir, { limits: { maxFiles: 2 } });
    expect(loaded.documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
    expect(codes(loaded.errors)).toEqual([`${dir}:too_many_files`]);
    expect(loaded.errors[0]!.message).toContain('holds 4 article files, over the limit of 2');
  });

  it('follows symlinks inside the folder and refuses those that lead outside', async () => {
    const outside = corpus({ 'secret.txt': ARTICLE, 'dir/x.txt': ARTICLE });
    const dir = corpus({ 'real.txt': ARTICLE });
    symlinkSync(path.join(dir, 'real.txt'), path.join(dir, 'alias.txt'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    symlinkSync(path.join(outside, 'dir'), path.join(dir, 'leakdir'));
    symlinkSync(dir, path.join(dir, 'loop'));
    const loaded = await loadCorpus(dir);
    expect(loaded.documents.map((d) => d.id)).toEqual(['alias.txt', 'real.txt']);
    expect(codes(loaded.errors)).toEqual(['leak.txt:outside_corpus', 'leakdir:outside_corpus']);
    expect(loaded.errors[0]!.message).toBe('File "leak.txt" is a link to a path outside the corpus folder, so it was not read.');
  });

  it('reports a file that vanishes between listing and reading', async () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'gone.txt': ARTICLE, 'z.txt': ARTICLE });
    const loaded = await loadCorpus(dir, { hooks: { afterList: () => unlinkSync(path.join(dir, 'gone.txt')) } });
    expect(loaded.documents.map((d) => d.id)).toEqual(['a.txt', 'z.txt']);
    expect(loaded.errors).toEqual([
      { file: 'gone.txt', code: 'vanished', message: 'File "gone.txt" disappeared between listing the folder and reading it.' },
    ]);
  });

  it('reports a broken link as unreadable', async () => {
    const dir = corpus({ 'a.txt': ARTICLE });
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dead.txt'));
    const loaded = await loadCorpus(dir);
    expect(loaded.errors).toEqual([{ file: 'dead.txt', code: 'unreadable', message: 'File "dead.txt" could not be read (broken link).' }]);
    expect(loaded.documents).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission as unreadable', async () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'locked.txt': ARTICLE });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const loaded = await loadCorpus(dir);
    expect(codes(loaded.errors)).toEqual(['locked.txt:unreadable']);
    expect(loaded.documents).toHaveLength(1);
  });

  it('applies the manifest: its values win, bad entries are skipped alone, unknown and outside files reported', async () => {
    const manifest = [
      { file: 'a.txt', outlet: 'Harbour Times', date: '2024-03-12', url: 'https://harbour.example/a' },
      { file: 'b.txt', outlet: 7 },
      { file: 'missing.txt', outlet: 'X' },
      { file: '../c.txt', outlet: 'Y' },
    ];
    const dir = corpus({ 'a.txt': `${ARTICLE}Source: Other Wire\n`, 'b.txt': ARTICLE, 'sources.json': JSON.stringify(manifest) });
    const loaded = await loadCorpus(dir);
    expect(loaded.documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
    expect(loaded.documents[0]!.meta).toMatchObject({ outlet: 'Harbour Times', date: '2024-03-12', url: 'https://harbour.example/a' });
    expect(loaded.documents[0]!.meta.evidence.find((e) => e.field === 'outlet')!.source).toBe('manifest');
    expect(loaded.documents[1]!.meta.outlet).toBeNull();
    expect(loaded.errors.map((e) => e.message)).toEqual([
      'sources.json: entry 2, field "outlet": expected a string.',
      'sources.json: entry 4, field "file": "../c.txt" points outside the corpus folder, so the entry was skipped.',
      'sources.json: entry 3 names "missing.txt", which is not an article file in the corpus.',
    ]);
    expect(codes(loaded.errors)).toEqual([
      'sources.json:manifest_invalid',
      'sources.json:outside_corpus',
      'sources.json:manifest_unknown_file',
    ]);
  });

  it('loads the files without a manifest that is not JSON', async () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'sources.json': '[{"file": "a.txt",' });
    const loaded = await loadCorpus(dir);
    expect(loaded.documents).toHaveLength(1);
    expect(codes(loaded.errors)).toEqual(['sources.json:manifest_invalid']);
  });

  it('reports a missing folder, a file given as folder, and a folder with nothing loadable', async () => {
    const missing = path.join(os.tmpdir(), 'quotetrail-no-such-folder-xyz');
    expect(await loadCorpus(missing)).toEqual({
      dir: missing,
      documents: [],
      errors: [{ file: missing, code: 'corpus_missing', message: `The corpus folder "${missing}" does not exist.` }],
    });
    const dir = corpus({ 'a.txt': ARTICLE });
    expect(codes((await loadCorpus(path.join(dir, 'a.txt'))).errors)).toEqual([`${path.join(dir, 'a.txt')}:corpus_missing`]);
    const bad = corpus({ 'empty.txt': '', 'bin.txt': new Uint8Array([0]) });
    expect(codes((await loadCorpus(bad)).errors)).toEqual(['bin.txt:binary', 'empty.txt:empty', `${bad}:corpus_empty`]);
    expect(codes((await loadCorpus(corpus({}))).errors)).toEqual([expect.stringMatching(/:corpus_empty$/)]);
  });

  it('reads many files with few descriptors open at once, deterministically', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`d${i % 7}/f${String(i).padStart(4, '0')}.txt`] = `${ARTICLE}${i}\n`;
    const dir = corpus(files);
    // Sample the open descriptors while loading (Linux): files are read one at a time.
    const fdDir = '/proc/self/fd';
    const count = (): number => (existsSync(fdDir) ? readdirSync(fdDir).length : 0);
    const baseline = count();
    let peak = baseline;
    const timer = setInterval(() => (peak = Math.max(peak, count())), 1);
    const first = await loadCorpus(dir);
    clearInterval(timer);
    expect(peak - baseline).toBeLessThanOrEqual(4);
    const second = await loadCorpus(dir);
    expect(first.documents).toHaveLength(600);
    expect(first.documents.map((d) => d.id)).toEqual(second.documents.map((d) => d.id));
    expect(first.documents.map((d) => d.id)).toEqual([...first.documents.map((d) => d.id)].sort());
  });

  it('lets the event loop run while it reads (files are read synchronously, in short slices)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) files[`f${String(i).padStart(4, '0')}.txt`] = `${ARTICLE}Paragraph ${i} of a longer page.\n`.repeat(4);
    const dir = corpus(files);
    let last = performance.now();
    let longest = 0;
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
      if (running) setImmediate(tick);
    };
    let reading = 0;
    setImmediate(tick);
    // Measured from the end of the (asynchronous) listing: only the reading phase counts.
    const loaded = await loadCorpus(dir, {
      hooks: {
        afterList: () => {
          reading = last = performance.now();
          longest = ticks = 0;
        },
      },
    });
    running = false;
    const took = performance.now() - reading;
    expect(loaded.documents).toHaveLength(2000);
    // Slices are 8 ms of work: the loop runs many times and never waits for most of the reading.
    expect(ticks).toBeGreaterThan(1);
    if (took > 60) expect(longest).toBeLessThan(took / 2);
  });
});
