/**
 * Of the subjects of one sentence, "he" or "she" takes the one the text says is of its gender over a later one it
 * tells nothing of ("Mr. Brandt was blunt, claiming that Kim Berg … “…,” he said"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('pronouns: a subject of known gender over a later one of unknown gender in its sentence', () => {
  it('gives "he" to the man the sentence opens with, not to the person his clause names after him', () => {
    const qs = speakers(
      '“The ferries must keep running,” Ana Lind said on Monday.',
      'The day before, at a rally in Harbourtown, Mr. Brandt was just as blunt, claiming that Governor Kim Berg wanted to close the port. “That would be madness,” he said.',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Brandt', mention: 'he' });
  });
});
