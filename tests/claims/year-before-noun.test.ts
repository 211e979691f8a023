/**
 * A verb of saying's -s form after a year ("the 2011 harbour attacks", "the 2016 claims") is a noun, no verb whose
 * subject says the words after it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a year before a plural noun of saying', () => {
  it('reads "the 2011 harbour attacks" as a noun and finds the asker', () => {
    const qs = speakers(
      'Ana Ruiz testified before the council on the 2011 harbour attacks in Dover, and Tomas Berg kept asking her why the board had tied the damage to "spontaneous" storms.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('reads "the 2011 attacks" as a noun too', () => {
    const qs = speakers(
      'Ana Ruiz spoke about the 2011 attacks, and Tomas Berg kept asking her why the board tied them to "spontaneous" storms.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('keeps the verb after a subject that a year opens', () => {
    const qs = speakers('In 2011 Ana Ruiz claims she was "never told."');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});
