/**
 * Any verb of saying with a "that" clause reports the words inside it, not only the reporting verbs ("noted",
 * "warns"): "investigators say that she told …", "pointed out that …", "boasted Monday night that …". Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('the speaker of a "that" clause', () => {
  it('is the subject of a bare present verb of saying before it', () => {
    const [q] = speakers('If she could do it all again, investigators say that she told one clerk, “I would change nothing at all.”');
    expect(q?.mention).toBe('investigators');
  });

  it('is the subject of a particle verb of saying before it', () => {
    const [q] = speakers('When Ana Ruiz pointed out that Li Wei refers to it as “the harbour for everyone,” he smiled.');
    expect(q?.speaker).toBe('Ana Ruiz');
  });

  it('is the subject of "does state that" after "although"', () => {
    const [q] = speakers(
      'The charter makes no mention of ferries, although it does state that the town agrees to “keep the harbour open.”',
    );
    expect(q?.mention).toBe('it');
  });

  it('is found past a time phrase between the verb and "that"', () => {
    const [q] = speakers('Ana Ruiz boasted Monday night that the plan she promised as mayor “did not cost a single job.”');
    expect(q?.mention).toBe('Ana Ruiz');
  });
});
