import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { accessibleWordpressPage, hardPages } from './pages/hard.js';
import { shingleScore } from './shingle-f1.js';

describe('pages Readability alone reads badly', () => {
  it.each([...hardPages(), accessibleWordpressPage()].map((p) => [p.name, p] as const))(
    '%s: the article, paragraph by paragraph',
    (_name, page) => {
      const result = extractArticle(page.html);
      if (!result.ok) throw new Error(result.reason);
      expect(shingleScore([[page.body.join('\n\n'), result.text]]).f1).toBe(1);
      expect(result.text.split('\n\n')).toEqual(page.body);
    },
  );
});
