/**
 * Round 64: a particle verb speaks only with its own particle ("pointed out", "fired back", "weighed in"); with another
 * one it says nothing ("a sticking point in the talks", "shot in the leg", "weighs on the crews"), so it credits no
 * one with the words before or after it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a particle verb with its own particle', () => {
  it('speaks', () => {
    expect(speakers('Ana Ruiz pointed out that the levy was “a trap” for crews.')[0]).toMatchObject({ speaker: 'Ana Ruiz' });
    expect(speakers('Tom Hale fired back, calling the levy “a lifeline” for the port.')[0]).toMatchObject({ speaker: 'Tom Hale' });
    expect(speakers('Ana Ruiz weighed in on Monday, saying the quay was “too short.”')[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('a particle verb with another particle', () => {
  it('says nothing', () => {
    const [q] = speakers('The “harbour tax” of the northern ports has been a sticking point in the talks.');
    expect(q).toMatchObject({ speaker: null });
    const [r] = speakers('The “quiet season” has been a turning point in the year, and a sticking point in the budget.');
    expect(r).toMatchObject({ speaker: null });
  });
});
