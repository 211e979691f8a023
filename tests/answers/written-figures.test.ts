/**
 * Figures written the other way: "3 of the 5 schools" finds "Three of the five schools" (and the other way
 * round) as a close match that says how the words differ; "4" for "Three" is a change of meaning; a weak hit
 * stays not found (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { figureReadings } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'schools.txt',
    outlet: 'Fenmoor Echo',
    date: '2025-05-01',
    text: story(
      'Village schools',
      '"Three of the five village schools will close before the winter term," said education officer Bryn Caddock.',
      '"We expect 12 new buses on the eastern routes by June," transport chief Ilse Varga said.',
      '"Nobody in this valley could ever compare the two, and nobody should try," said museum curator Odile Fenn.',
      '"I do not think 2 of the old mills will reopen," said councillor Wenna Tallis.',
    ),
  },
]);

describe('figures written the other way', () => {
  it('reads number words as figures and figures as words, whole words only', () => {
    expect(figureReadings('3 of the 5 schools')).toEqual(['three of the five schools']);
    expect(figureReadings('Three of the five schools')).toEqual(['3 of the 5 schools']);
    expect(figureReadings('twenty-five people, 3.5 million, 3,000, 5%, $5, A5, 07')).toEqual([]);
  });

  it('finds figures typed for words, as close, the same words said', () => {
    const result = whoSaid(store, '3 of the 5 village schools will close');
    expect(result.verdict).toBe('close');
    expect(result.matches[0]!.speaker).toBe('Bryn Caddock');
    expect(result.askedFigures).toEqual([
      { typed: '3', quoted: 'Three' },
      { typed: '5', quoted: 'five' },
    ]);
    expect(result.askedChanges).toBeUndefined();
    expect(result.explanation).toContain('the same words, with figures written otherwise: “Three” for your “3”, “five” for your “5”');
  });

  it('finds words typed for figures', () => {
    const result = whoSaid(store, 'we expect twelve new buses on the eastern routes');
    expect(result.verdict).toBe('close');
    expect(result.matches[0]!.speaker).toBe('Ilse Varga');
    expect(result.askedFigures).toEqual([{ typed: 'twelve', quoted: '12' }]);
    expect(result.askedChanges).toBeUndefined();
  });

  it('names a figure the diff runs on into the quotation’s further words', () => {
    const result = whoSaid(store, 'nobody in this valley could ever compare the 2');
    expect(result.verdict).toBe('close');
    expect(result.askedFigures).toEqual([{ typed: '2', quoted: 'two' }]);
    expect(result.explanation).toContain('(the same words, with figures written otherwise: “two” for your “2”)');
  });

  it('reads the figures of the words a question asks about, and of words a quotation denies', () => {
    const asked = whoSaid(store, 'Did Caddock say 3 of the 5 village schools will close?');
    expect(asked.verdict).toBe('close');
    expect(asked.askedSpeaker).toBe('Caddock');
    expect(asked.askedFigures).toEqual([
      { typed: '3', quoted: 'Three' },
      { typed: '5', quoted: 'five' },
    ]);
    const denied = whoSaid(store, 'two of the old mills will reopen');
    expect(denied.askedFigures).toEqual([{ typed: 'two', quoted: '2' }]);
    expect(denied.askedFrame).toBe('I do not think');
  });

  it('says another figure changes the meaning', () => {
    const result = whoSaid(store, '4 of the 5 village schools will close');
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toEqual([{ kind: 'number', from: 'Three', to: '4' }]);
    expect(result.askedFigures).toEqual([{ typed: '5', quoted: 'five' }]);
    expect(result.explanation).toContain('Your version changes its meaning: “Three” → “4”.');
  });

  it('keeps words found as typed verbatim, and a weak hit not found', () => {
    expect(whoSaid(store, 'three of the five village schools will close').verdict).toBe('verbatim');
    expect(whoSaid(store, 'we expect 12 new buses').askedFigures).toBeUndefined();
    expect(whoSaid(store, '3 of the 5 harbour cranes will be sold to the ferry line').verdict).toBe('not_found');
  });
});
