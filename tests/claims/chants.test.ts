/**
 * Words a crowd calls out together ("chants of “…”", "the chant “…”", "cries of “…”"): said by the chant's owner or by
 * the subject of the verb that takes the chant up, else by no one (never by the person the sentence is about). Names
 * and sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('chants: the subject that takes the chant up', () => {
  it('credits "the crowd" that took up the chant, not the speaker named earlier in the sentence', () => {
    const qs = speakers('Boos rang out when Tomas Hale named the mayor, and the crowd loudly took up the old chant “Fire her now!”');
    expect(qs[0]).toMatchObject({ speaker: 'the crowd' });
  });

  it('credits those who responded with chants of “…”', () => {
    const qs = speakers('Ruiz supporters responded with chants of “Four more years!”');
    expect(qs[0]).toMatchObject({ speaker: 'Ruiz supporters' });
  });

  it('credits the owner of the chant in the possessive', () => {
    const qs = speakers('The crowd’s chant of “No more fees” grew louder.');
    expect(qs[0]).toMatchObject({ speaker: 'the crowd' });
  });
});

describe('chants: no one is said to call them out', () => {
  it('leaves a chant someone walked in to with no speaker, not the one walking in', () => {
    const qs = speakers('Walking into the hall to chants of “Hale! Hale!”, the senator waved.');
    expect(qs[0]).toMatchObject({ speaker: null });
  });

  it('leaves cries someone was met with with no speaker, not the one met with them', () => {
    const qs = speakers('Tomas Hale was met with cries of “Shame!” as he left the hall.');
    expect(qs[0]).toMatchObject({ speaker: null });
  });

  it('leaves cries of “…” in a sentence about someone else with no speaker', () => {
    const qs = speakers(
      'Tomas Hale spoke for an hour in Dover on Friday.',
      'It was not just the spontaneous cries of “Traitor!” that worried his aides.',
    );
    expect(qs[0]).toMatchObject({ speaker: null });
  });

  it('leaves "their chants" with no speaker rather than a place named before', () => {
    const qs = speakers(
      'Over 400 fans cheered when Ohio was called for Ruiz.',
      'But their chants of “Ruiz! Ruiz!” stopped when the screens went dark.',
    );
    expect(qs[0]).toMatchObject({ speaker: null });
  });
});

describe('chants: the verb "cry" or "chant" is no chant noun', () => {
  it('keeps the subject of "… and cry “…”"', () => {
    const qs = speakers('The Harbour Party can’t just point fingers and cry “but they are liars!” when it loses.');
    expect(qs[0]?.speaker).not.toBeNull();
  });

  it('keeps the subject of "told to chant “…”"', () => {
    const qs = speakers('They were told to chant “No war!” loudly.');
    expect(qs[0]).toMatchObject({ speaker: 'they' });
  });
});
