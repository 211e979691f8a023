/**
 * A quotation in a clause opened after a comma by "while", "whereas" or "but" belongs to that clause's own subject, even
 * when an appositive sets it off; a phrase "while being …" set off inside a subject opens no clause. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a contrasting clause with a subject of its own', () => {
  it('gives the words after ", while X, a role," to X, not the first clause’s subject', () => {
    const qs = speakers(
      'Ruiz cut the levy, while Tom Hale, the harbour master, proposed we “start over” and said the budget was “a mess.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('does the same after ", whereas"', () => {
    const [q] = speakers('Ana Ruiz backed the levy, whereas Li Wei, the council leader, called it “a tax on work.”');
    expect(q?.speaker).toBe('Li Wei');
  });

  it('keeps the subject when "while being …" is set off inside it', () => {
    const [q] = speakers('Ana Ruiz, while being interviewed on Harbour Radio on Monday, called the levy “a tax on work.”');
    expect(q?.speaker).toBe('Ana Ruiz');
  });
});
