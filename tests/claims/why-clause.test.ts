/**
 * "why" opens a clause with a subject of its own: in "That is why he wanted to “…”" the words in marks are the
 * wording of "he", not of "That". Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a clause opened by "why"', () => {
  it('credits the person subject after "why" with a scare quote', () => {
    const [a] = speakers(
      'Ivo Marsh is a retired teacher in Leith. That is why he wanted to “go an extra step” to understand the new voters.',
    );
    expect(a).toMatchObject({ speaker: 'Ivo Marsh', mention: 'he' });
    const [b] = speakers('Ivo Marsh is a retired teacher in Leith. That’s why Marsh wanted to “go an extra step” for them.');
    expect(b).toMatchObject({ speaker: 'Ivo Marsh', mention: 'Marsh' });
  });

  it('leaves a thing after "why" no speaker', () => {
    const [a] = speakers('That is why the ferry plan needs “a second look” before the vote.');
    expect(a?.speaker).toBeNull();
  });
});
