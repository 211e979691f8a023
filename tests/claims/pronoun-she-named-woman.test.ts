/**
 * "She" after a subject the text tells no gender of goes to a woman it names in a later sentence ("… was his
 * daughter, Eva Lind, … “…,” she said"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('pronouns: "she" past a subject of unknown gender', () => {
  it('gives "she" to the woman named after the subject, not to the subject', () => {
    const qs = speakers(
      'Oskar Lind was the star of the final evening.',
      'At center stage was his eldest daughter, Eva Lind, who spoke warmly about her father. “I have seen him fight for this town,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Eva Lind', mention: 'she' });
  });
});
