/**
 * /quotes of a misspelt name: the person so named, not a longer speaker the name is only part of (a campaign, an
 * aide "of" the person), which the search finds as well.
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'roads.txt',
    outlet: 'Moor Gazette',
    date: '2026-04-01',
    text: story('Moor roads', '"The moor road will be gritted every night this winter," the Ilse Brandtner campaign said.'),
  },
  {
    file: 'buses.txt',
    outlet: 'Moor Gazette',
    date: '2026-04-02',
    text: story('Bus routes', '"Every village on the moor keeps its bus," councillor Ilse Brandtner said.'),
  },
]);

describe('/quotes of a misspelt name', () => {
  it('answers the person of as many words, naming the longer speaker as another with that name', () => {
    expect([...store.speakers.values()].map((s) => s.name).sort()).toEqual(['Ilse Brandtner', 'the Ilse Brandtner campaign']);
    for (const typed of ['ilse brandtnr', 'Ilse Brantner', 'Ilse Brandtner', 'Brandtner']) {
      const r = speakerQuotes(store, typed);
      expect(r.speaker?.name, typed).toBe('Ilse Brandtner');
      expect(r.quotes[0]?.quote, typed).toContain('Every village on the moor keeps its bus');
    }
  });

  it('still answers the longer speaker when that is what was typed', () => {
    expect(speakerQuotes(store, 'the Ilse Brandtner campaign').speaker?.name).toBe('the Ilse Brandtner campaign');
  });
});

describe('/quotes says when the name was spelt otherwise', () => {
  it('names what was typed as a misspelling answered with the closest speaker', () => {
    for (const typed of ['Ilse Brantner', 'ilse brandtnr']) expect(speakerQuotes(store, typed).closestTo, typed).toBe(typed);
  });

  it('says nothing of case, accents, spacing, a title, a surname or a role the outlets give', () => {
    for (const typed of [
      'ilse brandtner',
      'ILSE BRANDTNER',
      'Ilse Brändtner',
      'Brandtner',
      'I. Brandtner',
      'councillor Ilse Brandtner',
      "Ilse Brandtner's",
    ])
      expect(speakerQuotes(store, typed).closestTo, typed).toBeUndefined();
  });
});
