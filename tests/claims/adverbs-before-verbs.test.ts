/**
 * Words between a subject and its verb of saying that mean "nearly" ("all but accused"): no clause of their own, the
 * subject before them still speaks. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: "all but" between a subject and its verb', () => {
  it('gives the words to the subject before "all but"', () => {
    const qs = speakers(
      'Tom Berg has run the Ostend savings bank since 2004.',
      'And in 2011, he all but accused Ana Ruiz of trying to “debase” the krone - except that it rose.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tom Berg', mention: 'he' });
  });

  it('reads a name before "all but" as it reads one before the verb', () => {
    const [q] = speakers('Lena Holm all but accused the port board of a “cover-up in broad daylight.”');
    expect(q?.speaker).toBe('Lena Holm');
  });
});
