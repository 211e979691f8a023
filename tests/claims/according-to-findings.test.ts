/**
 * "according to calculations by X", "estimates from X": a plural noun of what someone worked out, with no determiner,
 * names its author as the source of words in marks in the same sentence. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('"according to" findings by an author', () => {
  it('credits the author after "by" or "from"', () => {
    const [a] = speakers('A “fair fee” for a berth is about $40 a night, according to calculations by Ana Ruiz of the harbour board.');
    expect(a).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
    const [b] = speakers('The levy is “a modest step,” according to estimates from Lea Costa.');
    expect(b).toMatchObject({ speaker: 'Lea Costa' });
  });

  it('leaves other nouns after "according to" as they were', () => {
    const [a] = speakers('The levy is “a modest step,” according to an email from Lea Costa.');
    expect(a).toMatchObject({ speaker: 'Lea Costa' });
    const [b] = speakers('The levy is “a modest step,” according to Radio North.');
    expect(b).toMatchObject({ speaker: 'Radio North' });
  });
});
