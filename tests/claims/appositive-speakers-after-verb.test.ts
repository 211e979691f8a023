/**
 * The speaker named after an inverted speech verb ("“…,” said the mayor, Tom Hale."): a role set off from the name
 * that follows it stands for that name; a name that owns a role ("Hale’s deputy") opens a description of someone
 * else, never the owner; a role goes on with the body it serves ("a spokesperson for the ministry"). Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const said = (tail: string) => speakers(`“The river is rising,” ${tail}`)[0]?.speaker;

describe('a role, then the name it describes, after the verb', () => {
  it('credits the name, not the role ("said the mayor, Tom Hale")', () => {
    expect(said('said the mayor, Tom Hale.')).toBe('Tom Hale');
    expect(said('said the city’s mayor, Tom Hale.')).toBe('Tom Hale');
    expect(said('said the company’s chief executive, Ana Ruiz.')).toBe('Ana Ruiz');
    expect(said('said the mayor, Tom Hale, on Friday.')).toBe('Tom Hale');
    expect(said('said the mayor, Tom Hale, who was tired.')).toBe('Tom Hale');
    expect(said('said a spokeswoman for the council, Ana Ruiz.')).toBe('Ana Ruiz');
  });

  it('gives one speaker to the name said both ways in a story', () => {
    const qs = speakers('Tom Hale said the dam would “hold for now.”', '“The river is rising,” said the mayor, Tom Hale.');
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('credits the names a plural role sets off as one joint speaker', () => {
    expect(said('wrote Hale’s lawyers, Tom Reed and Ana Ruiz.')).toBe('Tom Reed and Ana Ruiz');
  });

  it('keeps what already worked: a name first, a role alone, an appositive that is no name', () => {
    expect(said('said Tom Hale, the mayor.')).toBe('Tom Hale');
    expect(said('the mayor, Tom Hale, said.')).toBe('Tom Hale');
    expect(said('said the mayor, who was tired.')).toBe('the mayor');
    expect(said('said the mayor, a Democrat.')).toBe('the mayor');
    expect(said('Hale told the mayor’s deputy, Maria Costa.')).toBe('Hale');
  });
});

describe('a name that owns a role', () => {
  it('credits the person in the role, never the owner ("said Hale’s deputy, Maria Costa")', () => {
    expect(said('said Hale’s deputy, Maria Costa.')).toBe('Maria Costa');
    expect(said('Hale’s deputy, Maria Costa, said.')).toBe('Maria Costa');
    expect(said('said Hale’s deputy.')).toBe('Hale’s deputy');
    expect(said('said Hale’s former deputy, Maria Costa, adding that the dam held.')).toBe('Maria Costa');
  });

  it('still reads a role word before a full name as a title ("said Hale’s campaign manager Ana Ruiz")', () => {
    expect(said('said Hale’s campaign manager Ana Ruiz.')).toBe('Ana Ruiz');
  });

  it('credits the name before such an appositive, as with "the mayor’s deputy" ("Costa, Hale’s deputy, said")', () => {
    const lead = (subject: string) => speakers(`${subject} said: “The river is rising.”`)[0]?.speaker;
    expect(lead('Costa, Hale’s deputy,')).toBe('Costa');
    expect(lead('Costa, the mayor’s deputy,')).toBe('Costa');
    expect(lead('Maria Costa, Hale’s lawyer,')).toBe('Maria Costa');
    expect(lead('Ruiz, the company’s chief executive,')).toBe('Ruiz');
  });

  it('gives a scare quote to a name’s people as the subject of their clause, not to the owner ("Hale’s lawyers")', () => {
    const [q] = speakers(
      'Tom Hale is running for mayor. Hale’s lawyers relied on old maps to defend the view that he is in fact “a true local” in the town.',
    );
    expect(q?.speaker).toBe('Hale’s lawyers');
  });
});

describe('a role and the body it serves', () => {
  it('keeps the body in the description, after or before the verb', () => {
    expect(said('said a spokesperson for the ministry.')).toBe('a spokesperson for the ministry');
    expect(said('a spokesperson for the ministry said.')).toBe('a spokesperson for the ministry');
    expect(said('said a spokeswoman for the city council.')).toBe('a spokeswoman for the city council');
    expect(said('a spokesperson for the ministry told reporters.')).toBe('a spokesperson for the ministry');
    const [q] = speakers('A spokesperson for the ministry said: “The river is rising.”');
    expect(q?.speaker).toBe('a spokesperson for the ministry');
    expect(said('said a spokesman for Hale.')).toBe('a spokesman for Hale');
  });

  it('still resolves the role to the person the story gave it', () => {
    const qs = speakers(
      'Ana Ruiz, a spokeswoman for the ministry, said the dam held.',
      '“The river is rising,” said the spokeswoman for the ministry.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the spokeswoman for the ministry' });
  });
});
