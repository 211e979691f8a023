/**
 * A name whose appositive ends in a speech verb ("…, Ana Lind, the board's chair, said she …") is the subject
 * of that verb even after an opening clause: a later "she" refers to her; so is a name after "what" ("in what Ana
 * Lind, the board's chair, called …"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('appositive subjects: a name set off from its speech verb by an appositive', () => {
  it('gives "she" to the name before an appositive that ends in "said", after an opening clause', () => {
    const qs = speakers(
      'Mara Quint, a spokeswoman for the port, said the police would guard the quay.',
      'After the meeting of the harbour board ended in shouting, Ana Lind, the board’s chairwoman, said she had received threats.',
      '“They crossed a line,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Lind', mention: 'she' });
  });

  it('does not take a name that opens the appositive for the subject ("the League, Ana Lind, said")', () => {
    const qs = speakers(
      'Oskar Brandt spoke first at the hearing on Monday.',
      'The head of the Harbour League, Tomas Berg, warned that a ban would be “a mistake.”',
      'He said the port “cannot afford to lose the ferries.”',
    );
    expect(qs[1]?.speaker).not.toBe('Harbour League');
  });
});

describe('a name after "what" set off from its verb by an appositive', () => {
  it('credits the name, not a subject earlier in the sentence', () => {
    const [q] = speakers(
      'Tom Hale fought for every ferry licence in 1998, in what Ana Lind, treasurer of the harbour board, called "a street fight."',
    );
    expect(q).toMatchObject({ speaker: 'Ana Lind', mention: 'Ana Lind' });
  });
});
