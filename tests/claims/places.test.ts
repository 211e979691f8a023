/**
 * Places are never people: a capitalised run that spells out a country or a US state ("the United States", "South
 * Carolina") is not a person of the document, and "he" or "she" never refers to it. A longer name that holds a place
 * name ("Virginia Lind", "Dana Washington") stays a person. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/claims/document.js';
import { PLACES } from '../../src/claims/words/index.js';
import { doc, speakersIn as speakers } from './helpers.js';

const people = (...paragraphs: string[]) => {
  const d = doc(...paragraphs);
  return [...buildModel(d.text, d.blocks).people.people.keys()];
};

describe('places: the lexicon', () => {
  it('holds countries by name and alias, and the US states, in lower case', () => {
    for (const p of ['united states', 'america', 'usa', 'france', 'new hampshire', 'south carolina', 'washington d.c.'])
      expect(PLACES).toContain(p);
    expect(PLACES).not.toContain('lind');
  });
});

describe('places: no person in the table', () => {
  it('keeps a country or a state out of the people a document names', () => {
    const names = people(
      'Ana Ruiz flew home from the United States on Monday.',
      'New Hampshire votes next week, and Li Wei met South Carolina delegates in Ruiz’s New York office.',
    );
    expect(names).toEqual(expect.arrayContaining(['Ana Ruiz', 'Li Wei']));
    for (const place of ['United States', 'New Hampshire', 'South Carolina', 'New York']) expect(names).not.toContain(place);
  });

  it('keeps a name that holds a place name, or a place word after a title, a person', () => {
    const names = people(
      'Virginia Lind spoke first; later Dana Washington joined her, and then Sen. Georgia Ruiz arrived from the quay with plans.',
    );
    expect(names).toEqual(expect.arrayContaining(['Virginia Lind', 'Dana Washington', 'Georgia Ruiz']));
  });
});

describe('places: pronouns pass over them', () => {
  it('gives “he” to the man named before a country that opens a sentence', () => {
    const [q] = speakers(
      'Li Wei spoke to rice farmers in the valley on Monday.',
      'The United States has lost its nerve on trade. “We need new markets,” he said.',
    );
    expect(q).toMatchObject({ speaker: 'Li Wei', mention: 'he' });
  });

  it('gives “she” to the woman named before a state that is a subject', () => {
    const [q] = speakers(
      'Ana Ruiz campaigned in three towns on Friday.',
      'South Carolina votes on Saturday. “I am ready for it,” she said.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('still gives “she” to a woman whose given name is a state', () => {
    const [q] = speakers('Virginia Lind toured the ferry quay on Monday.', '“It is far too short,” she said.');
    expect(q).toMatchObject({ speaker: 'Virginia Lind', mention: 'she' });
  });
});
