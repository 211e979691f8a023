import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/log.js';
import { loadAndExtract } from '../../src/store/parallel-load.js';

function capturingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const noop = (): void => {};
  const logger = { debug: noop, info: noop, error: noop, warn: (f: { file?: string }) => warnings.push(f.file ?? ''), child: () => logger } as unknown as Logger;
  return { logger, warnings };
}

describe('loadAndExtract on two threads', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'qt-par-'));
    await mkdir(path.join(dir, 'sub'));
    for (let i = 0; i < 25; i++) {
      const who = ['Mara Lind', 'Tom Hale', 'Ines Okafor'][i % 3];
      await writeFile(path.join(dir, i % 4 ? `a${i}.txt` : `sub/b${i}.md`), `Story ${i}\n\n"We will open harbour number ${i} in spring," ${who} said.\n\nSource: Outlet ${i % 5}\n`);
    }
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 255, 254, 0, 0]));
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'sources.json'), JSON.stringify([{ file: 'a1.txt', outlet: 'Coast Daily' }, { file: 'missing.txt', outlet: 'X' }]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives the same documents, errors and claims as one thread, and logs every error once', async () => {
    const one = capturingLogger();
    const two = capturingLogger();
    const single = await loadAndExtract(dir, { threads: 1, logger: one.logger });
    const parallel = await loadAndExtract(dir, { threads: 2, minFilesForThreads: 0, logger: two.logger });
    expect(parallel.corpus).toEqual(single.corpus);
    for (const doc of single.corpus.documents) expect(parallel.claimsOf(doc)).toEqual(single.claimsOf(doc));
    expect(two.warnings.sort()).toEqual(one.warnings.sort());
    expect(single.corpus.errors.length).toBeGreaterThan(1);
  });
});
