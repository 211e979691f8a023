/**
 * Pronouns that went to the wrong person: a given name alone after a relation noun
 * ("his wife, Maria,") names a person a later "she" may take; a bare surname that spoke ("Cruz said"), named in full
 * nowhere, is who a later "he" refers to rather than a woman. Names and sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a given name alone after a relation noun', () => {
  it('gives a later "she" to "his wife, Maria," over the man', () => {
    const qs = speakers(
      'Tomas Hale spoke at the rally with his wife, Maria, at his side.',
      '“We will win this state,” Hale said.',
      '“I have never seen a crowd like this,” she said.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Maria', mention: 'she' });
  });

  it('gives a later "he" to "Her father, Oskar," over the daughter named before', () => {
    const qs = speakers(
      'Clara Berg, 15, held up a sign at the fair. Her father, Oskar, 41, worried that few people read the news.',
      '“People are tired of both parties,” he said.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Oskar', mention: 'he' });
  });

  it('leaves "he" with the man named after the son ("… replaced Lind. He …")', () => {
    const qs = speakers(
      'Oskar Lind hosted the morning show for years.',
      'Lind’s son, Tom, defended his father on Tuesday.',
      'Last year Ana Ruiz replaced Lind on the morning show. He later moved to the evening news.',
      'Last month, he said the mayor should “resign at once.”',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Oskar Lind', mention: 'he' });
  });

  it('does not register a word the name lists do not give the noun’s gender ("his wife, Paris,")', () => {
    const qs = speakers('Tomas Hale arrived with his son, Maria, on Monday.', '“We are here to stay,” she said.');
    expect(qs.at(-1)?.speaker).not.toBe('Maria');
  });
});

describe('a bare surname that spoke, named in full nowhere', () => {
  it('gives a later "he" to "Varga said" rather than the woman named after him', () => {
    const qs = speakers(
      'The senator spoke in Ohio on Monday.',
      '“We will win this state,” Varga said.',
      'Maria Lopez, a voter, was not convinced. “He has no plan,” she said.',
      '“I have never seen a crowd like this,” he said.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Varga', mention: 'he' });
  });

  it('leaves "she" with the woman', () => {
    const qs = speakers(
      '“We will win this state,” Varga said.',
      'Maria Lopez, a voter, was not convinced.',
      '“I have never seen a crowd like this,” she said.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Maria Lopez', mention: 'she' });
  });

  it('does not take a place or an agency in capitals for a surname ("AFP reported")', () => {
    const qs = speakers(
      'The port closed on Monday, AFP reported.',
      'Maria Lopez, a voter, was not convinced.',
      '“I have never seen a crowd like this,” he said.',
    );
    expect(qs.at(-1)?.speaker).not.toBe('AFP');
  });
});
