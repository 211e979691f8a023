/**
 * A verb after a second relative clause set off by commas, on a noun whose own "who" has no comma before it: the
 * second clause speaks of the noun nearest it, the verb belongs to the first noun; with an "and" closing the list the
 * verbs go on the series of "who" clauses, each one's subject the "who" nearest it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('verbs after a series of relative clauses', () => {
  it('gives a verb after a clause on a later noun to the noun the first "who" follows', () => {
    const [q] = speakers('The lawyer who represented Tom Hale, who died in May, said the case was “closed for good.”');
    expect(q).toMatchObject({ speaker: 'the lawyer', mention: 'The lawyer' });
  });

  it('credits the verbs of a list of "who" clauses to the person the list describes, through its nearest "who"', () => {
    const qs = speakers(
      'Mayor Ana Ruiz spoke on Monday.',
      'This was the Ruiz we all knew, the Ruiz who questions the council, who fights with reporters, claims that the Courier “takes its orders” from the port, and asserts that the levy is “killing us.”',
    );
    expect(qs.map((q) => [q.speaker, q.mention])).toEqual([
      ['Ana Ruiz', 'who'],
      ['Ana Ruiz', 'who'],
    ]);
  });

  it('leaves a "who" clause set off after a name to the name', () => {
    const [q] = speakers('Ana Ruiz, who chairs the board, who took office in May, said the levy was “fair to all.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });
});
