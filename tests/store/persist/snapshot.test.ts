import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src/log.js';
import { openParts, openStore } from '../../../src/store/open.js';
import { ABANDONED_TMP_MS, corpusFingerprint, MAX_SNAPSHOTS, saveSnapshot, snapshotPath } from '../../../src/store/persist/snapshot.js';
import { wireToParts } from '../../../src/store/persist/wire.js';

const ARTICLES: Record<string, string> = {
  'one.txt':
    'Harbour plan\n\nMara Lind, the mayor of Port Vell, said: "We will rebuild the harbour bridge before the winter storms."\n\nSource: Coast Daily\n',
  'two.txt':
    'Storm season\n\n"We will rebuild the harbour bridge before winter storms," Mara Lind said.\n\n"The ferries keep running every hour," said Tom Hale.\n\nSource: Bay Times\n',
};

function capturingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const noop = (): void => {};
  const logger = {
    debug: noop,
    info: noop,
    error: noop,
    warn: (_f: unknown, msg?: string) => warnings.push(msg ?? ''),
    child: () => logger,
  } as unknown as Logger;
  return { logger, warnings };
}

describe('store snapshots', () => {
  let root: string;
  let corpus: string;
  let cache: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'qt-snap-'));
    corpus = path.join(root, 'corpus');
    cache = path.join(root, 'cache');
    await mkdir(corpus);
    for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(corpus, name), text);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes a snapshot on the first open and reuses it, giving the same store', async () => {
    const first = await openParts(corpus, { cacheDir: cache });
    expect(first.report).toMatchObject({ source: 'built', snapshot: 'missing' });
    const second = await openParts(corpus, { cacheDir: cache });
    expect(second.report.source).toBe('snapshot');
    const a = wireToParts(first.wire);
    const b = wireToParts(second.wire);
    expect(b.entries).toEqual(a.entries);
    expect(b.groups).toEqual(a.groups);
    expect(b.documents).toEqual(a.documents);
    expect(b.speakers).toEqual(a.speakers);
    const cold = await openStore(corpus, { cacheDir: false });
    const warm = await openStore(corpus, { cacheDir: cache });
    const q = 'rebuild the harbor bridge before the winter';
    expect(warm.search(q).map((h) => [h.entry.id, h.score])).toEqual(cold.search(q).map((h) => [h.entry.id, h.score]));
    expect(warm.stats()).toEqual(cold.stats());
  });

  it('tells the opener of a snapshot still being written, which holds the whole snapshot once settled', async () => {
    const fresh = path.join(root, 'fresh-cache');
    const writes: Promise<void>[] = [];
    await openStore(corpus, { cacheDir: fresh, onSnapshotWrite: (written) => writes.push(written) });
    expect(writes).toHaveLength(1);
    await writes[0];
    expect((await readdir(fresh)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await openParts(corpus, { cacheDir: fresh })).report.source).toBe('snapshot');
  });

  it('fingerprints paths, sizes and mtimes: a touched, added or removed file rebuilds', async () => {
    const before = await corpusFingerprint(corpus);
    expect(await corpusFingerprint(corpus)).toBe(before);
    const file = path.join(corpus, 'two.txt');
    await utimes(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const touched = await corpusFingerprint(corpus);
    expect(touched).not.toBe(before);
    expect((await openParts(corpus, { cacheDir: cache })).report).toMatchObject({ source: 'built', snapshot: 'stale' });
    expect((await openParts(corpus, { cacheDir: cache })).report.source).toBe('snapshot');
    await writeFile(path.join(corpus, 'three.txt'), 'Tom Hale said: "Ferries run all night."\n');
    expect(await corpusFingerprint(corpus)).not.toBe(touched);
    const rebuilt = await openParts(corpus, { cacheDir: cache });
    expect(rebuilt.report.snapshot).toBe('stale');
    expect(rebuilt.wire.documents.map((d) => d.id)).toContain('three.txt');
    await rm(path.join(corpus, 'three.txt'));
    expect((await openParts(corpus, { cacheDir: cache })).report.snapshot).toBe('stale');
    expect(await corpusFingerprint(corpus, { maxFiles: 1 })).not.toBe(await corpusFingerprint(corpus));
  });

  it('ignores a corrupt snapshot with a warning and rebuilds it', async () => {
    await openParts(corpus, { cacheDir: cache });
    const file = await snapshotPath(cache, corpus);
    const bytes = await readFile(file);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 20] = damaged[damaged.length - 20]! ^ 0xff;
    for (const bad of [damaged, bytes.subarray(0, bytes.length - 100), Buffer.from('not a snapshot at all')]) {
      await writeFile(file, bad);
      const { logger, warnings } = capturingLogger();
      const opened = await openParts(corpus, { cacheDir: cache, logger });
      expect(opened.report).toMatchObject({ source: 'built', snapshot: 'corrupt' });
      expect(warnings.some((w) => /snapshot ignored/.test(w))).toBe(true);
      expect((await openParts(corpus, { cacheDir: cache })).report.source).toBe('snapshot'); // rewritten
    }
  });

  it('keeps working when the cache folder cannot be written', async () => {
    const blocker = path.join(root, 'a-file');
    await appendFile(blocker, 'x');
    const { logger, warnings } = capturingLogger();
    const store = await openStore(corpus, { cacheDir: path.join(blocker, 'cache'), logger });
    expect(store.documents.size).toBe(2);
    // the snapshot is written after the store is returned: the warning follows
    await vi.waitFor(() => expect(warnings.some((w) => /not written/.test(w))).toBe(true));
  });
});

describe('snapshot folder upkeep', () => {
  it('keeps only the newest MAX_SNAPSHOTS snapshot files', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'qt-prune-'));
    const cache = path.join(root, 'cache');
    const corpus = path.join(root, 'c');
    await mkdir(corpus);
    await writeFile(path.join(corpus, 'a.txt'), '"We will build it," Ana Reyes said.\n');
    const { wire } = await openParts(corpus, { cacheDir: false });
    await mkdir(cache);
    for (let i = 0; i < MAX_SNAPSHOTS + 3; i++) {
      const fake = path.join(cache, `store-${String(i).padStart(16, '0')}.snapshot`);
      await writeFile(fake, 'old');
      await utimes(fake, new Date(2000, 0, 1 + i), new Date(2000, 0, 1 + i));
    }
    const kept = await saveSnapshot(cache, corpus, 'x', wire);
    const names = (await readdir(cache)).filter((n) => n.endsWith('.snapshot'));
    expect(names).toHaveLength(MAX_SNAPSHOTS);
    expect(names).toContain(path.basename(kept));
    expect(names).not.toContain(`store-${'0'.repeat(16)}.snapshot`); // the oldest went
    await rm(root, { recursive: true, force: true });
  });

  it('removes temporary files of interrupted writes, but not one another process may be writing', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'qt-tmp-'));
    const cache = path.join(root, 'cache');
    const corpus = path.join(root, 'c');
    await mkdir(corpus);
    await mkdir(cache);
    await writeFile(path.join(corpus, 'a.txt'), '"We will build it," Ana Reyes said.\n');
    const { wire } = await openParts(corpus, { cacheDir: false });
    const abandoned = path.join(cache, `store-${'a'.repeat(16)}.snapshot.123.1700000000000.tmp`);
    const inFlight = path.join(cache, `store-${'b'.repeat(16)}.snapshot.456.1700000000001.tmp`);
    const unrelated = path.join(cache, 'notes.tmp');
    for (const f of [abandoned, inFlight, unrelated]) await writeFile(f, 'partial');
    const old = new Date(Date.now() - ABANDONED_TMP_MS - 60_000);
    for (const f of [abandoned, unrelated]) await utimes(f, old, old);
    await saveSnapshot(cache, corpus, 'x', wire);
    const names = await readdir(cache);
    expect(names).not.toContain(path.basename(abandoned));
    expect(names).toContain(path.basename(inFlight));
    expect(names).toContain('notes.tmp');
    await rm(root, { recursive: true, force: true });
  });
});
