/**
 * A bare surname two people share, each written out in full as often as the other: the one the headline writes in
 * full (the person the story is about), else the first named. Names and sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a surname two people share, named as often: the headline decides', () => {
  it('gives "Ruiz said" to the Ruiz the headline names, though the other was named first', () => {
    const qs = speakers(
      'Tomas Ruiz: Ana ‘Better Suited To Run The Port Than I Was’',
      'In Dover on Tuesday, while campaigning for his wife, harbour candidate Ana Ruiz, former mayor Tomas Ruiz said she was ready.',
      'Ruiz said, “She knows every boat in this harbour.”',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Tomas Ruiz', mention: 'Ruiz' });
  });

  it('reads the name inside a title-case headline run', () => {
    const qs = speakers(
      'Ana Ruiz Accused Of Shouting At Dock Staff',
      'Karl Berg, a former guard for mayor Tomas Ruiz, has written a book about Ana Ruiz and her years at the port.',
      'In the book, Berg gives an account of Ruiz telling one guard to “Get out!”',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
  });

  it('keeps the first named when the headline names neither', () => {
    const qs = speakers(
      'Port Vote Set For May',
      'Former mayor Tomas Ruiz campaigned on Tuesday for his wife, harbour candidate Ana Ruiz.',
      'Ruiz said, “She knows every boat in this harbour.”',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Tomas Ruiz', mention: 'Ruiz' });
  });
});
