/**
 * A thing someone has, then "is"/"was" right before the words ("his guilty pleasure is “…”"), is the owner's to
 * say: a thing says nothing. A person so owned ("her husband was “…”") still speaks. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('the owner of a thing that "is" the words', () => {
  it('credits the owner a possessive pronoun stands for', () => {
    const qs = speakers('Tomas Berg has been busy campaigning in the north, but his guilty pleasure is "Harbour Nights."');
    expect(qs[0]).toMatchObject({ speaker: 'Tomas Berg', mention: 'his' });
  });

  it('credits a named owner', () => {
    const qs = speakers('Tomas Berg spoke first. Ana Ruiz’s favourite line was "We will get it done."');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('leaves a person who is owned to speak', () => {
    const qs = speakers('Ana Ruiz was tired, and her husband was "done with politics."');
    expect(qs[0]).toMatchObject({ mention: 'her husband' });
  });
});
