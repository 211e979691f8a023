/**
 * A verb that speaks only with its particle ("fired back", "shot back", "pointed out", "put it") is an ordinary
 * word without it: "fire", "point", "shoot", "hit" or "push" in a role ("said fire chief Mara Doyle", "the point
 * guard, Tom Hale") stays in the noun phrase, which goes on to the name, in every phrase finder (after "according to",
 * in the role the people table gives a name, before a name an inverted verb opens); with its particle it is still the cue.
 * A bare form between a determiner and a lower-case word ("the state police chief") modifies that word. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speechFormAt } from '../../src/claims/speech-verbs.js';
import { tokenizeBlock } from '../../src/claims/tokens.js';
import { speakersIn as speakers } from './helpers.js';

const first = (paragraph: string) => speakers(paragraph)[0]?.speaker;
const said = (tail: string) => first(`“The river is rising,” ${tail}`);
const formAt = (text: string, word: string) => {
  const toks = tokenizeBlock(text, 0, text.length, [], 0, 0, 0);
  return speechFormAt(
    toks,
    toks.findIndex((t) => t.lower === word),
  );
};

describe('a particle verb without its particle in a role', () => {
  it('credits the name after an inverted verb, the role before it with or without a comma', () => {
    expect(said('said fire chief Mara Doyle.')).toBe('Mara Doyle');
    expect(said('said fire marshal Mara Doyle.')).toBe('Mara Doyle');
    expect(said('said state fire chief Mara Doyle.')).toBe('Mara Doyle');
    expect(said('said the fire chief, Mara Doyle.')).toBe('Mara Doyle');
    expect(said('said fire chief Doyle.')).toBe('Doyle');
    expect(said('said point guard Tom Hale.')).toBe('Tom Hale');
    expect(said('said the shoot director, Tom Hale.')).toBe('Tom Hale');
    expect(said('said hit songwriter Ana Ruiz.')).toBe('Ana Ruiz');
    expect(said('said push alerts editor Ana Ruiz.')).toBe('Ana Ruiz');
  });

  it('credits the name before the verb, the role before or after it', () => {
    expect(said('fire chief Mara Doyle said.')).toBe('Mara Doyle');
    expect(said('the fire chief, Mara Doyle, said.')).toBe('Mara Doyle');
    expect(said('Mara Doyle, the fire chief, said.')).toBe('Mara Doyle');
    expect(first('Fire chief Mara Doyle said, “The river is rising.”')).toBe('Mara Doyle');
    expect(first('The point guard, Tom Hale, said: “The river is rising.”')).toBe('Tom Hale');
  });

  it('keeps the role alone as a description', () => {
    expect(said('said the fire chief.')).toBe('the fire chief');
    expect(said('the fire chief said.')).toBe('the fire chief');
  });
});

describe('a particle verb without its particle in the other phrase finders', () => {
  it('keeps the role of a name after "according to"', () => {
    expect(first('According to fire chief Mara Doyle, the river was “rising fast.”')).toBe('Mara Doyle');
  });

  it('gives the person the whole role, so a later description finds them', () => {
    expect(said('the fire chief said.')).toBe('the fire chief');
    expect(speakers('Mara Doyle, the fire chief, arrived at noon. “We are ready,” the fire chief said.')[0]?.speaker).toBe('Mara Doyle');
    expect(speakers('Fire chief Mara Doyle arrived at noon. “We are ready,” the fire chief said.')[0]?.speaker).toBe('Mara Doyle');
  });

  it('reads a name opened by an inverted verb past a role after it', () => {
    expect(first('Said Mara Doyle, fire chief: “The river is rising.”')).toBe('Mara Doyle');
  });

  it('still takes "to" before a bare form as an infinitive', () => {
    expect(formAt('they want to fire the chief', 'fire')).toBe(true);
    expect(formAt('according to fire chief Mara Doyle', 'fire')).toBe(false);
  });
});

describe('a particle verb with its particle', () => {
  it('is still the cue, before or after its speaker', () => {
    expect(said('Mara Doyle fired back.')).toBe('Mara Doyle');
    expect(said('fired back Mara Doyle.')).toBe('Mara Doyle');
    expect(said('fired back fire chief Mara Doyle.')).toBe('Mara Doyle');
    expect(said('the fire chief shot back.')).toBe('the fire chief');
    expect(first('Mara Doyle weighed in: “The river is rising.”')).toBe('Mara Doyle');
    expect(first('As fire chief Mara Doyle put it, “The river is rising.”')).toBe('Mara Doyle');
    expect(first('Fire chief Mara Doyle made clear that “the river is rising.”')).toBe('Mara Doyle');
  });
});

describe('speechFormAt', () => {
  it('reads a bare particle verb before a noun as a word of the phrase', () => {
    expect(formAt('said fire chief Mara Doyle', 'fire')).toBe(false);
    expect(formAt('the point guard, Tom Hale', 'point')).toBe(false);
    expect(formAt('a hit songwriter', 'hit')).toBe(false);
  });

  it('keeps it a verb with its particle, in another form, or after a subject', () => {
    expect(formAt('Doyle fired back at them', 'fired')).toBe(true);
    expect(formAt('the chief shot back', 'shot')).toBe(true);
    expect(formAt('the new ad hits Doyle for it', 'hits')).toBe(true);
    expect(formAt('a promise many people make and few keep', 'make')).toBe(true);
    expect(formAt('the neighbours hit the road', 'hit')).toBe(true);
    expect(formAt('they push for more', 'push')).toBe(true);
  });
});

describe('a bare verb of saying between a determiner and a noun', () => {
  it('modifies the noun after it ("the state police chief")', () => {
    expect(said('the state police chief said.')).toBe('the state police chief');
    expect(said('the state fire marshal said.')).toBe('the state fire marshal');
    expect(first('The state fire marshal said the blaze was “under control.”')).toBe('the state fire marshal');
    expect(formAt('the state police chief', 'state')).toBe(false);
  });

  it('stays a verb where it reports', () => {
    expect(formAt('Doyle said the claim was false', 'said')).toBe(true);
    expect(formAt('officials state that the river is rising', 'state')).toBe(true);
  });
});
