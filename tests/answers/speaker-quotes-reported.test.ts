/**
 * /quotes marks a statement every outlet only reports (`reported`), and the renderers show it by that mark alone:
 * without quotation marks, said to be reported (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import type { SpeakerQuotesResult } from '../../src/answers/types.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'mill.txt',
    outlet: 'Valley Ledger',
    date: '2026-03-10',
    text: story(
      'Mill reopens',
      'Mill owner Agathe Moreau said that the old paper mill would hire forty workers from the valley by autumn.',
      '"The river has always fed this mill, and it will again," Agathe Moreau told reporters.',
    ),
  },
]);

describe('a statement only reported', () => {
  it('is marked reported in the answer, and the quotation is not', () => {
    const result = speakerQuotes(store, 'Agathe Moreau');
    const reported = result.quotes.find((q) => q.quote.includes('forty workers'));
    const quoted = result.quotes.find((q) => q.quote.includes('river has always'));
    expect(reported?.reported).toBe(true);
    expect(quoted?.reported).toBeUndefined();
    const text = speakerQuotesText(result);
    expect(text).toContain(`Reported, not quoted: ${reported!.quote}`);
    expect(text).toContain('“The river has always fed this mill, and it will again');
  });

  it('is shown by the mark alone', () => {
    const result = speakerQuotes(store, 'Agathe Moreau');
    const unmarked: SpeakerQuotesResult = { ...result, quotes: result.quotes.map(({ reported: _r, ...q }) => q) };
    expect(speakerQuotesText(unmarked)).not.toContain('Reported, not quoted');
  });
});
