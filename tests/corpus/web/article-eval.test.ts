import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeHtml } from '../../../src/corpus/web/charset.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { sharedData } from '../../support/shared-data.js';
import { shingleScore } from './shingle-f1.js';

const dev = sharedData('data/article-extraction/dev');

const GroundTruth = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string().nullish() }));

describe('article extraction benchmark, dev split', () => {
  it.skipIf(!dev.present)(
    dev.title('keeps the mean 4-word shingle F1 ≥ 0.95 and an outlet for ≥ 90 % of pages'),
    () => {
      const truth = GroundTruth.parse(JSON.parse(readFileSync(path.join(dev.path, 'ground-truth.json'), 'utf8')));
      const keys = Object.keys(truth).sort();
      let withOutlet = 0;
      const pairs = keys.map((key) => {
        const bytes = gunzipSync(readFileSync(path.join(dev.path, 'html', `${key}.html.gz`)));
        const result = extractArticle(decodeHtml(bytes).text);
        if (result.ok && result.outlet) withOutlet++;
        return [truth[key]!.articleBody, result.ok ? result.text : ''] as const;
      });
      // Figures only, never a page: the split is for measuring, not for reading.
      expect(shingleScore(pairs).f1).toBeGreaterThanOrEqual(0.95);
      expect(withOutlet / keys.length).toBeGreaterThanOrEqual(0.9);
    },
    120_000,
  );
});
