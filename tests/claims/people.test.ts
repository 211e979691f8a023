/**
 * The people a document names and what a short form of a name, a title or a pronoun refers to: surnames
 * shared by two people, plural titles before a list of names, and the like. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const speakers = (...paragraphs: string[]) =>
  extractClaims(doc(...paragraphs)).quotes.map((q) => ({ text: q.text, speaker: q.speaker, mention: q.speakerMention?.text ?? null }));

describe('people: names and short forms', () => {
  it('gives a shared surname to the person the story names most, not the one named last', () => {
    const qs = speakers(
      'Mayor Greta Holm opened the new bridge on Monday. Greta Holm cut the ribbon herself.',
      'Her brother, the engineer Nils Holm, stood beside her.',
      '“This bridge will carry the town for a hundred years,” Holm said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Greta Holm', mention: 'Holm' });
  });

  it('keeps a plural title before a list of names out of the first name', () => {
    const qs = speakers(
      'Senators Ada Brandt, the committee chair, and Oskar Lind joined the call.',
      '“We will not sign this,” Brandt said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ada Brandt' });
  });
});
