import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import { openStoreInWorker } from '../../../src/store/worker/host.js';

describe('openStoreInWorker', () => {
  let root: string;
  let corpus: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'qt-worker-'));
    corpus = path.join(root, 'corpus');
    await mkdir(corpus);
    await writeFile(
      path.join(corpus, 'a.txt'),
      'Bridge\n\nMara Lind, the mayor, said: "We will rebuild the harbour bridge before the storms."\n\nSource: Coast Daily\n',
    );
    await writeFile(path.join(corpus, 'b.txt'), 'Ferries\n\n"The ferries keep running every hour," said Tom Hale.\n\nSource: Bay Times\n');
    await writeFile(path.join(corpus, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41]));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('builds off the main thread the same store openStore builds', async () => {
    const here = await openStore(corpus, { cacheDir: false });
    const there = await openStoreInWorker(corpus, { cacheDir: false, sliceSize: 1 });
    expect(there.stats()).toEqual(here.stats());
    expect(there.entries).toEqual(here.entries);
    expect(there.groups).toEqual(here.groups);
    expect([...there.documents.keys()]).toEqual([...here.documents.keys()]);
    expect(there.errors).toEqual(here.errors);
    const q = 'rebuild the harbor bridge';
    expect(there.search(q).map((h) => [h.entry.id, h.score])).toEqual(here.search(q).map((h) => [h.entry.id, h.score]));
  }, 30_000);

  it('uses and refreshes the snapshot like openStore', async () => {
    const cacheDir = path.join(root, 'cache');
    const first = await openStoreInWorker(corpus, { cacheDir });
    const second = await openStore(corpus, { cacheDir });
    expect(second.entries).toEqual(first.entries);
  }, 30_000);

  it('reports a missing folder as a corpus error, not a crash', async () => {
    const store = await openStoreInWorker(path.join(root, 'nope'), { cacheDir: false });
    expect(store.entries).toHaveLength(0);
    expect(store.errors.map((e) => e.code)).toContain('corpus_missing');
  }, 30_000);
});
