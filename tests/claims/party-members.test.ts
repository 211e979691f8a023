/**
 * A party word closing a capitalised run ("a Lakeside Democrat", "the Marsh County Republican") describes one
 * member of a party, it is no person's name: a later "he" or "she" passes over it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('party members: a run ending in a party word is no name', () => {
  it.each(['Democrat', 'Republican'])('gives "he" after "a Lakeside %s" to the person it describes', (party) => {
    const qs = speakers(
      'Tomas Brandt is running for the Senate this year.',
      `Brandt, a Lakeside ${party} who has been endorsed by the teachers, has made school funding his first priority.`,
      '“Every classroom will have the books it needs,” he said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tomas Brandt', mention: 'he' });
  });

  it('gives "he" after a sentence opened by "the Marsh County Republican" to the person named before', () => {
    const qs = speakers(
      'Oskar Lind said in the interview that the budget had to pass this month.',
      'The Marsh County Republican did praise the governor, but he said the plan was late.',
      '“We cannot wait another year,” he said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Oskar Lind', mention: 'he' });
  });
});
