import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dev = '../shared/data/polnear/dev';

describe('PolNeAR dev split (shared eval script)', () => {
  it.skipIf(!existsSync(dev))('meets the quote recall, precision and attribution thresholds', () => {
    const out = execFileSync('node', ['../shared/tools/eval-attribution.mjs', dev], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const score = (k: string) => Number(new RegExp(`${k}=([0-9.]+)`).exec(out)?.[1] ?? NaN);
    expect(score('quote_recall')).toBeGreaterThanOrEqual(0.95);
    expect(score('quote_precision')).toBeGreaterThanOrEqual(0.9);
    expect(score('attribution_accuracy')).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
