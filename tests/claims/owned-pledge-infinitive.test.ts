/**
 * A name's noun of saying with its infinitive ("Hale’s pledge to stay …") between a verb of saying and the words: the
 * owner of the pledge said them, not the subject of the verb further back. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a pledge a name owns, with its infinitive, before the words', () => {
  it('gives the words to the owner past a passive verb of saying in the subject', () => {
    const [q] = speakers(
      'The worries voiced by many harbour pilots go beyond Li Wei’s controversial pledge to be “neutral” during the talks.',
    );
    expect(q?.speaker).toBe('Li Wei');
  });

  it('gives words a named owner\'s call is "for" to that owner, not to who denounced it', () => {
    const [q] = speakers(
      'Led by the harbour master, the rally denounced port commissioner Li Wei’s call for “a full and total halt to night shipping.”',
    );
    expect(q?.speaker).toBe('Li Wei');
    const [own] = speakers('The rally denounced the call for “a full and total halt to night shipping.”');
    expect(own?.speaker).not.toBe('Li Wei');
  });

  it('leaves a hearer after "to" to the verb before it', () => {
    const [q] = speakers('Ana Ruiz said Li Wei’s remarks to reporters were “careless and wrong.”');
    expect(q?.speaker).toBe('Ana Ruiz');
  });
});
