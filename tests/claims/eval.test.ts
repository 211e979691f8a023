import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../support/shared-data.js';

const dev = sharedData('data/polnear/dev');
const scorer = sharedData('tools/eval-attribution.mjs');

// Floors under the figures measured now (README, Accuracy): a regression guard. The target for
// attribution is 0.90; the measured figure is below it and the gap is tracked in the README.
const ATTRIBUTION_FLOOR = 0.822;

describe('PolNeAR dev split (shared eval script)', () => {
  it.skipIf(!dev.present || !scorer.present)(
    dev.title('keeps quote recall ≥ 0.95, precision ≥ 0.90 and attribution at its measured floor'),
    () => {
      const out = execFileSync('node', [scorer.path, dev.path], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const score = (k: string) => Number(new RegExp(`${k}=([0-9.]+)`).exec(out)?.[1] ?? NaN);
      expect(score('quote_recall')).toBeGreaterThanOrEqual(0.95);
      expect(score('quote_precision')).toBeGreaterThanOrEqual(0.9);
      expect(score('attribution_accuracy')).toBeGreaterThanOrEqual(ATTRIBUTION_FLOOR);
    },
    120_000,
  );
});
