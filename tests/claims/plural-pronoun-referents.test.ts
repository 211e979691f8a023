/**
 * What "they", "them" and "their" resolve to: something that can be more than one person or speak as a body (an
 * organisation, a plural, a description of a body or of people, two people joined by "and"), never one person's name
 * alone nor a place; with nothing of that kind before it the pronoun stays unresolved, written as it is. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const Q = '“We will not back down,”';

describe('"they" after one named person', () => {
  it('is not credited to that person', () => {
    const [q] = speakers('Ana Ruiz spoke to reporters on the quay on Monday.', `${Q} they said.`);
    expect(q).toMatchObject({ speaker: 'they', mention: 'they' });
  });

  it('is not credited to one person after a sentence about several', () => {
    const [q] = speakers('The dockers voted to strike. Ana Ruiz, their leader, called the vote on Monday.', `${Q} they said.`);
    expect(q?.speaker).toBe('they');
  });

  it('leaves a participle to the person, past a clause whose subject is "they"', () => {
    const [q] = speakers(
      'Ana Ruiz apologized for the posts after they came out, saying they were old and have “nothing to do with who I am.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('credits no one person with "their" owning the words', () => {
    const [q] = speakers('Ana Ruiz shares more with the harbour campaign than their slogan, “Ports First.”');
    expect(q).toMatchObject({ speaker: 'their', mention: 'their' });
  });
});

describe('"they" after a place', () => {
  it('is not credited to the place', () => {
    expect(speakers('City Hall was quiet on Monday.', `${Q} they said.`)[0]?.speaker).toBe('they');
    expect(speakers('Wall Street, instead of helping, made it worse.', `${Q} they said.`)[0]?.speaker).toBe('they');
    expect(speakers('Along the way, City Hall stayed shut.', 'As they walked, they chanted “no more cuts.”')[0]?.speaker).toBe('they');
  });
});

describe('"they" after a group or a body', () => {
  it('resolves to the body officials work at', () => {
    const [q] = speakers('Officials at the Harbour Authority met on Monday.', '“We will finish the pier by June,” they said.');
    expect(q).toMatchObject({ speaker: 'Harbour Authority', mention: 'they' });
  });

  it('resolves to a description of bodies or of people that opens the sentence before', () => {
    expect(speakers('The two companies signed the deal on Monday.', '“It is a good day for the port,” they said.')[0]?.speaker).toBe(
      'the two companies',
    );
    expect(speakers('The protesters marched past City Hall on Monday.', `${Q} they said.`)[0]?.speaker).toBe('the protesters');
  });

  it('resolves to an organisation and to a plural name', () => {
    expect(speakers('The Harbour Trust met on Monday.', `${Q} they said.`)[0]?.speaker).toBe('Harbour Trust');
    expect(speakers('Iowa Democrats met on Monday.', `${Q} they said.`)[0]?.speaker).toBe('Iowa Democrats');
  });

  it('resolves to two people joined by "and", as one speaker', () => {
    expect(speakers('Ana Ruiz and Tom Hale met on Monday.', `${Q} they said.`)[0]?.speaker).toBe('Ana Ruiz and Tom Hale');
    const [q] = speakers(
      'Ana Ruiz met Tom Hale in May.',
      'When I met with Ms. Ruiz and Mr. Hale, they were tight-lipped about it.',
      `${Q} they said.`,
    );
    expect(q?.speaker).toBe('Ana Ruiz and Tom Hale');
  });
});
