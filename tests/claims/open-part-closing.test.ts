/**
 * Round 64: a quotation that goes on from the speaker's last one in the sentence before but is left open at the end of
 * its paragraph is named by the attribution of its closing part in the next paragraph (rule `open-part-closing`), as
 * a quotation left open that opens its paragraph already was (`closing-part-speaker`); one closed in its paragraph
 * still goes on from the sentence before. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

const rules = (...paragraphs: string[]) => extractClaims(doc(...paragraphs)).quotes.map((q) => q.rule);

describe('a quotation left open after the speaker’s last one', () => {
  it('takes the mention of its closing part', () => {
    const paragraphs = [
      'Mayor Tove Lind met the crews on Monday.',
      '“We need a longer quay,” Lind told the board. “Not a plan that changes every week and waits on the next vote.',
      '“The crews deserve better!” she said.',
    ];
    const [, open, closing] = speakers(...paragraphs);
    expect(open).toMatchObject({ speaker: 'Tove Lind', mention: 'she' });
    expect(closing).toMatchObject({ speaker: 'Tove Lind', mention: 'she' });
    expect(rules(...paragraphs)[1]).toBe('open-part-closing');
  });

  it('leaves a quotation closed in its paragraph to the sentence before', () => {
    const paragraphs = [
      'Mayor Tove Lind met the crews on Monday.',
      '“We need a longer quay,” Lind told the board. “Not a plan that changes every week.”',
      '“The crews deserve better!” she said.',
    ];
    const [, closed] = speakers(...paragraphs);
    expect(closed).toMatchObject({ speaker: 'Tove Lind', mention: 'Lind' });
    expect(rules(...paragraphs)[1]).toBe('next-sentence < verb-after');
  });
});
