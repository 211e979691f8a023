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
