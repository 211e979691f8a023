/**
 * Speakers named wrongly: a group in a headline taken for a person, a speaker after words
 * that end in a full stop with a description after the name, names of different people grouped across documents.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { buildSpeakerIndex } from '../../src/claims/speakers.js';
import { claims, doc, speakersIn as speakers } from './helpers.js';

describe('a role noun in the plural before "Say(s)" in a title-case headline is a group, no name', () => {
  it('credits the group, never a person called "Shoppers Say"', () => {
    const d = doc('Bread Prices Are ‘Out Of Control,’ Shoppers Say', 'Bread cost more again in May.');
    const found = extractClaims(d);
    expect(found.quotes.map((q) => [q.text, q.speaker])).toEqual([['Out Of Control,', 'shoppers']]);
    expect((found.people ?? []).map((p) => p.name)).not.toContain('Shoppers Say');
  });

  it('keeps the words before the plural noun ("Local Residents Say") and plurals without -s ("Police Say")', () => {
    expect(speakers('Tram Fares Are “Far Too High,” Local Residents Say', 'Fares rose in May.')).toEqual([
      expect.objectContaining({ speaker: 'Local residents', mention: 'Local Residents' }),
    ]);
    expect(speakers('Tram Fares Are “Far Too High,” Police Say', 'Fares rose in May.')).toEqual([
      expect.objectContaining({ speaker: 'police', mention: 'Police' }),
    ]);
  });

  it('still credits a person the headline names ("…,’ Hale Says")', () => {
    expect(speakers('Tram Plan Is ‘Dead,’ Hale Says', 'Tomas Hale spoke on Monday.')).toEqual([
      expect.objectContaining({ speaker: 'Tomas Hale', mention: 'Hale' }),
    ]);
  });

  it('takes a plural role noun before a name as no part of the name ("Democrats Ana Ruiz, …")', () => {
    expect(
      speakers('At the forum, Democrats Ana Ruiz and Tomas Hale spoke to voters.', '"We can win the county," said Ruiz, the senator.'),
    ).toEqual([expect.objectContaining({ speaker: 'Ana Ruiz' })]);
  });
});

describe('words that end in a full stop, then a name, a description and the verb ("…sound.” X, the …, said.")', () => {
  const lead = 'The harbour board met on Tuesday.';

  it('credits the name before the description', () => {
    for (const close of ['said.', 'said on Tuesday.', 'said in a statement.']) {
      expect(speakers(lead, `“The tunnel plan is sound.” Dmitri Halvorsen, the transport secretary, ${close}`)).toEqual([
        expect.objectContaining({ speaker: 'Dmitri Halvorsen', mention: 'Dmitri Halvorsen' }),
      ]);
    }
  });

  it('reads a long description too ("…, the head of the regional ferry authority, said")', () => {
    expect(speakers(lead, '"We will not cut the night ferry." Ines Moravec, the head of the regional ferry authority, said.')).toEqual([
      expect.objectContaining({ speaker: 'Ines Moravec' }),
    ]);
  });

  it('credits as before with a comma inside the marks or no description', () => {
    expect(speakers(lead, '"The tunnel plan is sound," Dmitri Halvorsen, the transport secretary, said.')).toEqual([
      expect.objectContaining({ speaker: 'Dmitri Halvorsen' }),
    ]);
    expect(speakers(lead, '"The tunnel plan is sound." Dmitri Halvorsen said.')).toEqual([
      expect.objectContaining({ speaker: 'Dmitri Halvorsen' }),
    ]);
  });
});

describe('grouping names across documents keeps descriptions and bodies apart from people', () => {
  it('never groups a person with a description whose last word folds like the surname ("an essay two weeks ago")', () => {
    // "Yago" folds to "ago" (a "y" before a vowel is dropped), the description's first word "a" reads as an initial
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('an essay two weeks ago') },
      { documentId: 'b', claims: claims('Marisol Yago', 'Yago') },
    ]);
    expect(index.resolve('a', 'an essay two weeks ago')?.name).toBe('an essay two weeks ago');
    expect(index.resolve('b', 'Marisol Yago')?.name).toBe('Marisol Yago');
    expect(index.resolve('b', 'Yago')?.name).toBe('Marisol Yago');
  });

  it('keeps someone working for a body apart from the body ("A correspondent for Radio Nordvik")', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('A correspondent for Radio Nordvik') },
      { documentId: 'b', claims: claims('Radio Nordvik') },
    ]);
    expect(index.resolve('a', 'A correspondent for Radio Nordvik')?.name).toBe('A correspondent for Radio Nordvik');
    expect(index.resolve('b', 'Radio Nordvik')?.name).toBe('Radio Nordvik');
  });

  it('still groups a name with its particles and a spelling variant ("Ana de la Cruz", "Ana De la Cruz")', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Ana de la Cruz') },
      { documentId: 'b', claims: claims('Ana De la Cruz', 'Nikolai Yevmenov') },
      { documentId: 'c', claims: claims('Nikolay Evmenov') },
    ]);
    expect(index.resolve('b', 'Ana De la Cruz')).toBe(index.resolve('a', 'Ana de la Cruz'));
    expect(index.resolve('c', 'Nikolay Evmenov')).toBe(index.resolve('b', 'Nikolai Yevmenov'));
  });
});
