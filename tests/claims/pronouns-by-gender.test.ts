/**
 * Shapes of attribution: "she" or "he" resolved to the wrong person. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { givenNameGender } from '../../src/claims/given-names.js';
import { speakersIn as speakers } from './helpers.js';

describe('a man’s given name the French list also writes for a girl', () => {
  it('reads the commonest men’s names as men’s (the French list writes them both ways)', () => {
    for (const name of ['Paul', 'Thomas', 'Michael', 'Pierre', 'Justin', 'Tony']) expect(givenNameGender(name)).toBe('male');
    // names really shared stay undecided
    for (const name of ['Chris', 'Sam', 'Andrea', 'Jean']) expect(givenNameGender(name)).toBeUndefined();
  });

  it('passes "she" over a man the text tells nothing of, to the woman named just before', () => {
    const qs = speakers(
      'Marta Vidal runs the ferry office on the east quay. She has worked there since the storm.',
      'Thomas Brandt, who owns the boatyard next door, hired two welders this spring. “Nobody here wants the quay sold,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Marta Vidal', mention: 'she' });
  });
});

describe('a woman the story goes on calling "she", named further back than the guess window', () => {
  it('passes "she" over a man named in the sentence before, to the woman a sentence-opening "She" stood for', () => {
    const qs = speakers(
      'Clara Moss, who ran the mill for thirty years, spoke to the radio on Friday. She has told the story many times. She has never sold a share.',
      'On Friday, she recalled that after the fire, Oskar Lind phoned the mill again.',
      '“He asked whether we would open on Monday,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Clara Moss', mention: 'she' });
  });
});

describe('a subject before an auxiliary with "not" joined on', () => {
  for (const negated of ["wasn't", 'wasn’t', "didn't"]) {
    it(`takes "Ruiz ${negated} …" for a clause subject a later "he" refers to`, () => {
      const qs = speakers(
        'Oskar Ruiz and Tom Hale met in the hall.',
        'Tom Hale spoke first. "The port is safe," Hale said.',
        `The chair was ready to move on, but Ruiz ${negated} ${negated.startsWith('did') ? 'let it go' : 'having it'}.`,
        '"You see, everybody, this is what they do," he said.',
      );
      expect(qs[1]).toMatchObject({ speaker: 'Oskar Ruiz', mention: 'he' });
    });
  }
});

describe('a given name after a relation noun with a word before it ("his first wife, Ivana,")', () => {
  it('makes the woman a person a later "She" refers to, not the man named after her', () => {
    const qs = speakers(
      'Oskar Lind built the hotel with his first wife, Marta, who ran its kitchen. Tom Hale, a rival, tried to buy it.',
      'She signed a deal with him in 1990, saying it was "a fair price."',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Marta', mention: 'She' });
  });
});

describe('a name set off by commas after the description that opens its sentence', () => {
  it('is the subject a later "he" refers to ("Norway’s trade minister, Erlan Dahl, plays down …")', () => {
    const qs = speakers(
      'A survey by the economist Tavi Sola found wide fears of cheap imports.',
      'Norway’s trade minister, Erlan Dahl, plays down the fears. Imports may grow, but they are good news, he says.',
      '"We should welcome the ships," he said in an interview.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Erlan Dahl', mention: 'he' });
  });
});

describe('"He" opening the paragraph after one whose last sentence has the name speak', () => {
  it('tells the man’s gender over what his given name suggests ("Lindsey" reads female)', () => {
    const qs = speakers(
      'Sen. Lindsey Hale called out his rival Tom Brandt for his plan.',
      'Hale said, “We lose when we shout at our neighbours.”',
      'He continued, “Brandt is wrecking our chances.”',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Lindsey Hale', mention: 'He' });
  });
});

describe('a given name alone after a noun and "named"', () => {
  it('names a person a later "she" refers to ("a resident named Caroline")', () => {
    const qs = speakers(
      'Tom Brandt spoke at the rally on Monday. Oskar Lind wrote about it the next day.',
      'The woman who shouted identified herself to the Herald as a 52-year-old resident named Caroline.',
      '“He truly cares about us,” she said of Brandt.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Caroline', mention: 'she' });
  });
});

describe('a people named between a woman and "she"', () => {
  it('passes "she" over a people’s plural to the woman named in the sentence before', () => {
    const qs = speakers(
      'Tomas Lind has run for mayor three times.',
      'But his wife, Marta, gave an interview to the Harbour Gazette just before New Englanders went to the polls.',
      '“If he wins, he will keep the ferry running,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Marta', mention: 'she' });
  });
});

describe('a group named with a plural between a woman and "her"', () => {
  it('passes "her" over a group’s name to the woman named just before', () => {
    const qs = speakers(
      'Ana Ruiz spoke to the harbour board on Monday.',
      'A new group called Clear Skies ran ads in two towns using her comments to a panel that "I was responsible for quite a bit" of the plan.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });
});

describe('a day of the calendar named between a woman and "she"', () => {
  it('passes "she" over "New Year" to the woman the sentence before names', () => {
    const qs = speakers(
      'The ferry strike is alarming many in Ostend, including Mayor Angela Vos. In her New Year speech, Vos, who has backed the strikers before, warned against anger.',
      'Her residents, she said, should not listen to “those with cold hearts.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Angela Vos', mention: 'she' });
  });

  it('leaves "he" unresolved rather than give it to "New Year" when no man is named close by', () => {
    const qs = speakers(
      'In her New Year speech, the mayor, who has backed the strikers before, warned against anger.',
      'In September, the home of a 26-year-old Ostend man was raided by police after he had posted a photo. Along with the photo, he had posted: “Sink the ferries!”',
    );
    expect(qs[0]?.speaker).toBe('he');
  });
});
