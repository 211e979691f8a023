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

describe('attribution: an occupation as a title before a surname alone', () => {
  it('gives the words to the person the document names in full with that surname and occupation, before or after', () => {
    const earlier = speakers(
      'Librarian Tomasz Welk opened the new wing on Monday.',
      'Librarian Welk said "The reading room will stay open until nine."',
    );
    expect(earlier.map((q) => [q.speaker, q.mention])).toEqual([['Tomasz Welk', 'Librarian Welk']]);
    const later = speakers(
      '"The ferry will run twice a day," Boatman Orsk said on the quay.',
      'Pavel Orsk, the boatman, drew up the timetable with the harbour board.',
    );
    expect(later.map((q) => q.speaker)).toEqual(['Pavel Orsk']);
  });

  it('keeps both words when the document names no one of that surname, or gives that person no such occupation', () => {
    const [q] = speakers('Librarian Welk said "The reading room will stay open until nine."');
    expect(q?.speaker).toBe('Librarian Welk');
    // (the occupation may be a given name: the full name is someone else's)
    const [other] = speakers(
      'Potter Lund said "The kiln will be lit on Friday."',
      'The timetable was drawn up by Greta Lund and the harbour board.',
    );
    expect(other?.speaker).toBe('Potter Lund');
  });

  it('keeps a name whose first word is a given name too, or an adjective', () => {
    const qs = speakers(
      'Joe Biden thanked the crew on Friday.',
      'Hunter Biden said "The talks went well."',
      'Lena Marsh chairs the harbour board.',
      'Native Marsh said "Nobody asked the fishermen."',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Hunter Biden', 'Native Marsh']);
  });
});
