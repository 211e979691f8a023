/**
 * A participle that gives a thing its name ("a group called Clear Skies", "a program dubbed Orbit") is no verb of
 * saying: the thing is not the speaker of words in marks later in the sentence. A person or a definite subject
 * before "called" still calls someone something. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('naming participles before a name', () => {
  it('does not credit a thing named by "called" with words later in its sentence', () => {
    const [q] = speakers(
      'Ana Ruiz spoke to the harbour board on Monday.',
      'A newly formed super PAC called Harbour 45 ran its first ads in two towns using her comments before a panel that "I was responsible for quite a bit" of the plan.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });

  it('does not take a program "dubbed" a name as the one who said the words before it', () => {
    const [q] = speakers('The clerk said he had a "what now" moment and wiped the files with a program dubbed Orbit.');
    expect(q?.mention).not.toBe('a program');
  });

  it('keeps "called" a verb of saying after a person or a definite subject', () => {
    const [a] = speakers('Mayor Li Wei called Tomas Hale "a danger to the port."');
    expect(a).toMatchObject({ speaker: 'Li Wei' });
    const [b] = speakers('The harbour board called Hale "reckless" on Friday.');
    expect(b?.mention).toBe('The harbour board');
  });
});
