import { describe, expect, it } from 'vitest';
import { MAX_WORD, OPTION_MAX, optionText } from '../../src/answers/question-text.js';
import { articleId } from '../../src/library/ids.js';

describe('a document id typed back as an option', () => {
  const page = {
    title: 'The harbour authority announces a new riverside park along the eastern embankment for next summer',
    outlet: null,
    url: null,
    fileName: null,
    hash: 'ab12cd34ef56',
  };

  it('keeps an added article id longer than any word whole, so /source and remove find it', () => {
    const id = articleId(page, new Set());
    expect(id.length).toBeGreaterThan(MAX_WORD);
    expect(optionText(OPTION_MAX.name).parse(id)).toBe(id);
    const taken = articleId(page, new Set([id]));
    expect(optionText(OPTION_MAX.name).parse(` ${taken}\u200b `)).toBe(taken);
  });

  it('still cuts over-long words in free text (quotations, topics)', () => {
    const word = 'x'.repeat(MAX_WORD * 3);
    expect(optionText(OPTION_MAX.quote).parse(`said ${word}`)).toBe(`said ${'x'.repeat(MAX_WORD)}`);
    expect(optionText(OPTION_MAX.name).parse(word)).toBe('x'.repeat(OPTION_MAX.name));
  });
});
