/**
 * Words in marks inside the "that" clause of an owner's noun of saying after a verb of saying ("mocking his remark that
 * the quay was “unsafe”", "mocking Berg's remark that …") are the owner's, not the verb's subject's; words the verb's
 * subject says of that remark stay the subject's. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: an owner’s noun of saying and its "that" clause after a verb of saying', () => {
  it('gives the words in the clause to a possessive pronoun’s person', () => {
    const [q] = speakers('Ana Ruiz answered Tom Berg’s letter, mocking his remark that the quay was “unsafe” for boats.');
    expect(q).toMatchObject({ speaker: 'Tom Berg', mention: 'his' });
  });

  it('gives them to a named owner when the noun is the verb’s own object', () => {
    const [q] = speakers('Ana Ruiz answered Tom Berg’s letter, mocking Berg’s remark that the quay was “unsafe” for boats.');
    expect(q?.speaker).toBe('Tom Berg');
  });

  it('leaves the verb’s subject the words past the clause', () => {
    const qs = speakers(
      'Tom Berg wrote to the council in May.',
      'Ana Ruiz said his remark that the quay was unsafe was “plain nonsense.”',
      'Ana Ruiz later described his claim that the quay was unsafe as “a ghost story.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('attribution: an owner’s noun of saying before a participle set off after it', () => {
  const first = (...paragraphs: string[]) => speakers(...paragraphs)[0]?.speaker;

  it('gives the words to the owner, not to the hearers before the aside', () => {
    expect(
      first(
        'Ana Lind clerked for Tom Hale, the judge; Hale’s dictum to his clerks (repeated to me over the years) was, “Read every footnote.”',
      ),
    ).toBe('Tom Hale');
    expect(first('Tom Hale’s advice to the students (repeated) was, “Read every footnote.”')).toBe('Tom Hale');
    expect(first('Tom Hale’s advice to the students, repeated for years, was: “Read every footnote.”')).toBe('Tom Hale');
  });

  it('keeps a verb of saying after a comma that opens its own report', () => {
    expect(first('Ana Ruiz, who has many followers, tweeted, “The quay is open.”')).toBe('Ana Ruiz');
    expect(first('At the rally, Governor Ana Ruiz (D-Kent), said, “The quay is open.”')).toBe('Ana Ruiz');
    expect(first('Ana Ruiz, speaking to reporters, called the levy “a mess.”')).toBe('Ana Ruiz');
  });
});
