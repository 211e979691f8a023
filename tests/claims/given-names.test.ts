/**
 * What a given name suggests of a person's gender (given-names.ts), a weak guess gender.ts takes only for people
 * the text says nothing of, and that resolve.ts lets change a pronoun's answer only to a person of its gender
 * named close by. Names and sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { givenName, givenNameGender, nameGender } from '../../src/claims/given-names.js';
import { speakersIn as speakers } from './helpers.js';

describe('given names: what the name lists agree on', () => {
  it('reads a given name every list that knows it labels one way', () => {
    expect(givenNameGender('Ana')).toBe('female');
    expect(givenNameGender('clara')).toBe('female');
    expect(givenNameGender('Oskar')).toBe('male');
    expect(givenNameGender('Anton')).toBe('male');
  });

  it('leaves undecided a name the lists label both ways, or only lists other than English know', () => {
    for (const name of ['Chris', 'Andrea', 'Jean', 'Sam', 'Li', 'Wei', 'Florent', 'Lind']) expect(givenNameGender(name)).toBeUndefined();
  });

  it('takes the first word of a full name, not a surname-first name', () => {
    expect(givenName('Ana Ruiz')).toBe('Ana');
    expect(givenName('Oskar J. Lind')).toBe('Oskar');
    expect(givenName('Ruiz')).toBeUndefined();
    expect(givenName('Han Seo-yun')).toBeUndefined();
    expect(givenName('Moon Ha Jin')).toBeUndefined();
    expect(nameGender('Clara Lind')).toBe('female');
    expect(nameGender('Li Wei')).toBeUndefined();
  });
});

describe('given names: a husband and wife who share a surname', () => {
  const story = [
    'Oskar Lind and Clara Lind opened the harbour festival on Friday.',
    'Oskar Lind has run the festival for a decade. Oskar Lind thanked the volunteers and the fishing crews.',
  ];

  it('gives "Mrs. Lind" to the woman, not to the Lind named most often', () => {
    const qs = speakers(...story, 'Mrs. Lind said: “We will be back next summer.”');
    expect(qs[0]).toMatchObject({ speaker: 'Clara Lind', mention: 'Mrs. Lind' });
  });

  it('gives "she" after a bare "Lind" to the woman named close by', () => {
    const qs = speakers(...story, 'Clara Lind stayed on the pier. Lind waved to the boats. “The town needs this night,” she said.');
    expect(qs[0]).toMatchObject({ speaker: 'Clara Lind', mention: 'she' });
  });
});

describe('given names: never over the text, never past a doubt', () => {
  it('keeps what the text says over the name ("Kelly" reads female, the text says he)', () => {
    const qs = speakers('Oskar Lind chaired the meeting.', 'Kelly Dahl said he would stay on the board. “We are not done yet,” he said.');
    expect(qs[0]).toMatchObject({ speaker: 'Kelly Dahl', mention: 'he' });
  });

  it('leaves a name the lists disagree on undecided: "she" stays with Chris Ruiz', () => {
    const qs = speakers('Ana Lopez opened the debate.', 'Chris Ruiz took the floor. “The port must stay public,” she said.');
    expect(qs[0]).toMatchObject({ speaker: 'Chris Ruiz', mention: 'she' });
  });

  it('leaves "Li Wei" undecided: "he" stays with Li Wei', () => {
    const qs = speakers('Oskar Lind opened the debate.', 'Li Wei took the floor. “The port must stay public,” he said.');
    expect(qs[0]).toMatchObject({ speaker: 'Li Wei', mention: 'he' });
  });

  it('does not move a pronoun to someone named far back', () => {
    const qs = speakers(
      'Clara Lind founded the choir in a church hall.',
      'The hall was cold. The roof leaked. The piano was out of tune. The town paid for none of it.',
      'Oskar Dahl took over the choir last spring. “We sing in every weather,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Oskar Dahl', mention: 'she' });
  });
});
