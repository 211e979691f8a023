/**
 * “…,” came shouts from the crowd: a crowd's cries brought by "came" right after the words name who called them out,
 * as a reply does ("came the reply from Ana"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('cries that come right after the words', () => {
  it('credits the crowd the shouts came from', () => {
    const [q] = speakers('The chair called for a voice vote. “Count them all,” came shouts from the dock workers, as Ana Ruiz frowned.');
    expect(q?.speaker).toBe('the dock workers');
  });
});
