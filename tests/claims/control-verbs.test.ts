/**
 * A verb that brings its object to speak ("prompted the council to state", "led Li to declare"): the object says the
 * words, not the subject of the sentence; a verb of asking leaves them to the asker. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('the object of a verb that brings it to speak', () => {
  it('gives the words to the object of "prompted … to state"', () => {
    const [q] = speakers('The ruling prompted the Harbour Council to state, “We will appeal at once.”');
    expect(q).toMatchObject({ speaker: 'Harbour Council', mention: 'the Harbour Council' });
  });

  it('gives the words to the object of "led … to declare that"', () => {
    const [q] = speakers('The vote led Ana Ruiz to declare that “the port is saved for good.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('looks past a clause set off by commas after the object', () => {
    const [q] = speakers(
      'That tally prompted the Harbour Almanac, which tracks every county, to state, “Our county always picks the winner.”',
    );
    expect(q?.mention).toBe('the Harbour Almanac');
  });

  it('takes any verb of saying in its bare form after "to", and the name that ends the object', () => {
    const [q] = speakers('The post was shared widely, leading port officials like Ana Ruiz to counter that “every cent went to the quay.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('leaves words asked for to the one who asks', () => {
    const [q] = speakers('The residents wrote to the mayor. They ask her to make it clear “that the ferry will not be cut.”');
    expect(q?.mention).not.toBe('her');
  });
});
