/**
 * The benchmark as a correctness check at a small size: it runs end to end (generator, extractor, store,
 * who-said, snapshot, worker reload, one fuse.js query) and its JSON says the store finds what it should.
 * Figures here are not timed assertions: the machine may be busy.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const Size = z.object({
  quotes: z.number().int(),
  load_s: z.number(),
  snapshot_load_s: z.number(),
  rss_mb: z.number(),
  p50_ms: z.number(),
  p95_ms: z.number(),
  p99_ms: z.number(),
  recall_at_1: z.number(),
  not_found_rate: z.number(),
  extraction_recovered: z.number(),
  reload_p99_ms: z.number(),
  reload_same_entries: z.literal(1),
  baseline: z.object({ sampled: z.number(), p50_ms: z.number(), p95_ms: z.number() }),
});
const Report = z.object({ sizes: z.array(Size).length(1) });

describe('npm run bench -- --sizes 2000 --json', () => {
  it('prints valid JSON with high recall and absent queries answered not_found', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--sizes', '2000', '--json', '--per-kind', '20', '--baseline', '1', '--reload-at', '2000'],
      { cwd: root, maxBuffer: 1 << 20 },
    );
    const report = Report.parse(JSON.parse(stdout));
    const [size] = report.sizes;
    expect(size!.quotes).toBe(2000);
    expect(size!.recall_at_1).toBeGreaterThanOrEqual(0.9);
    expect(size!.not_found_rate).toBeGreaterThanOrEqual(0.9);
    expect(size!.extraction_recovered).toBeGreaterThanOrEqual(0.9);
    expect(size!.baseline.sampled).toBe(1);
  }, 90_000);
});
