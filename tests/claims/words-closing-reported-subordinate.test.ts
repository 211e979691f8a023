/**
 * Words in marks with a comma inside them close a clause of their own and bound the search for a verb of saying before
 * the next quotation, unless they close a clause that a conjunction right after "that" opens inside a report: "said
 * that although the vote was an “important step,” they were “far from perfect”" goes on in the report, so the one who
 * said it says both. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a quotation closing a clause that "that although …" opens in a report', () => {
  it('leaves the next quotation in the report, said by its speaker, not by the pronoun of its clause', () => {
    const qs = speakers(
      'Ana Ruiz said in a statement on Sunday that although the elections were an “important step,” they were “far from perfect.”',
    );
    expect(qs).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'Ana Ruiz' },
      { speaker: 'Ana Ruiz', mention: 'Ana Ruiz' },
    ]);
  });

  it('does so after "while" too, past a name in the clause', () => {
    const qs = speakers(
      'Li Wei spoke first.',
      'Tom Hale said that while the levy was a “fair idea,” Li Wei had come to it “far too late.”',
    );
    expect(qs.map((q) => q.mention)).toEqual(['Tom Hale', 'Tom Hale']);
  });
});
