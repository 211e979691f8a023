/**
 * Words a quotation holds word for word right after words that deny them ("I do not think …", "I've never said …")
 * are found, and the answer says the quotation denies them: on the verdict line, in the explanation and in the
 * ClaimReview rating (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { claimReview } from '../../src/answers/claim-review.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'bridge.txt',
    outlet: 'Marsh Gazette',
    date: '2025-04-01',
    text: story(
      'Bridge vote',
      '"I do not think the council will approve the new footbridge this year," councillor Wenna Tallis said.',
      '"I have never said we should sell the harbour to the marina company," said harbourmaster Olek Brin.',
      '"We will not raise the ferry fares, and the council will approve the new cycle lanes in spring," said Mayor Ines Farr.',
      '"I think the depot will reopen for the winter buses," said depot manager Cai Lund.',
    ),
  },
]);

describe('words the quotation denies', () => {
  it.each([
    ['the council will approve the new footbridge this year', 'I do not think'],
    ['we should sell the harbour to the marina company', 'I have never said'],
  ])('%s', (asked, frame) => {
    const result = whoSaid(store, asked);
    expect(result.verdict).toBe('verbatim');
    expect(result.askedFrame).toBe(frame);
    expect(result.explanation).toContain(`In the quotation they follow “${frame}”, which denies them.`);
    expect(whoSaidText(result).split('\n')[0]).toContain('⚠️ the quotation denies these words');
    expect(claimReview(result).reviewRating.alternateName).toMatch(/^Out of context/);
  });

  it('warns too when the member misspelt a word or two of the stretch', () => {
    for (const asked of ['the council will aprove the new footbridge this year', 'we should sell the harbour to the marina compnay']) {
      const result = whoSaid(store, asked);
      expect(result.verdict, asked).toBe('close');
      expect(result.askedFrame, asked).toMatch(/^I (?:do not think|have never said)$/);
      expect(whoSaidText(result).split('\n')[0], asked).toContain('⚠️ the quotation denies these words');
    }
  });

  it('gives no warning where a word differs by more than a typo, or a short word by a letter', () => {
    for (const asked of [
      'the council will approve the new footbridge next year',
      'the council will approve a new footbridge this year',
      'the council will aprove the new fotbrige thsi year',
    ]) {
      const result = whoSaid(store, asked);
      expect(result.askedFrame, asked).toBeUndefined();
    }
  });

  it('says nothing of the kind for a negation of another clause, a frame that asserts, or the frame asked about', () => {
    for (const asked of [
      'the council will approve the new cycle lanes in spring',
      'the depot will reopen for the winter buses',
      'I do not think the council will approve the new footbridge',
    ]) {
      const result = whoSaid(store, asked);
      expect(result.verdict, asked).toBe('verbatim');
      expect(result.askedFrame, asked).toBeUndefined();
      expect(whoSaidText(result), asked).not.toContain('denies');
    }
  });
});
