/**
 * A page whose body is one huge paragraph (hostile, or a site that drops its paragraph marks) is read like any
 * other: every quotation in it is found and credited. The rules once looked over the whole block for each
 * quotation, so such a paragraph took time growing with its square; how long it takes is the bench's business.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const SPEAKERS = ['Wendela Marsh', 'Tobias Quine'];

/** One paragraph of `count` short news sentences, every third a quotation its speaker said. */
function hugeParagraph(count: number): string {
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 3 === 0) sentences.push(`“The ferry timetable number ${i} will change in spring,” ${SPEAKERS[i % 2]} said.`);
    else sentences.push(`The harbour board met on day ${i} to look at the costs of the new pier.`);
  }
  return sentences.join(' ');
}

describe('a huge paragraph', () => {
  it('finds and credits every quotation in it', () => {
    const count = 3000;
    const claims = extractClaims(doc(`${SPEAKERS[0]} chairs the harbour board; ${SPEAKERS[1]} runs the ferries.`, hugeParagraph(count)));
    const quotes = claims.quotes.filter((q) => q.text.startsWith('The ferry timetable'));
    expect(quotes).toHaveLength(count / 3);
    for (const [n, q] of quotes.entries()) {
      expect(q.text).toBe(`The ferry timetable number ${n * 3} will change in spring,`);
      expect(q.speaker).toBe(SPEAKERS[(n * 3) % 2]);
    }
  });
});
