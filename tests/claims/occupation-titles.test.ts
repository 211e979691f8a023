/**
 * A noun of an occupation written as a title before a full name ("Librarian Tomasz Welk", "Principal Ada Ferreira")
 * is no part of the name; a word that is also a given name or surname ("Baker", "Mason", "Hunter") stays one.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: an occupation as a title before a name', () => {
  it('leaves the occupation out of the speaker', () => {
    const qs = speakers(
      'Librarian Tomasz Welk said "The reading room will open on Sundays from next month."',
      'Principal Ada Ferreira said "Every pupil gets a new atlas this term."',
      'Head Librarian Nora Quist said "We lend more maps than novels now."',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Tomasz Welk', 'Ada Ferreira', 'Nora Quist']);
  });

  it('keeps a name whose words are also nouns of people whole', () => {
    const qs = speakers(
      'Baker Rose Hunter said "The ovens stay lit through the night."',
      'Mason Lee Ward said "The old wall will be rebuilt stone by stone."',
      'Rose Baker said "Flour is dearer than last year."',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Baker Rose Hunter', 'Mason Lee Ward', 'Rose Baker']);
  });

  it('takes no title from a name of two words', () => {
    const [q] = speakers('Hunter Vale said "The bridge toll goes up in May."');
    expect(q?.speaker).toBe('Hunter Vale');
  });
});
