/**
 * Of "go" with a particle only "went on" speaks: "go back to work", "went out" are no verbs of saying, so the sentence's
 * verb of saying before them still names who speaks in the next sentence. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('"go" with a particle other than "on"', () => {
  it('is no verb of saying: the verb of saying before it names the speaker of the next sentence', () => {
    const [q] = speakers('Ana Ruiz says too many nurses are worn out when they go back to work. “They feel like they failed everyone.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('leaves "went on" a verb of saying', () => {
    const [q] = speakers('“We will finish the pier,” Ana Ruiz went on.');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });
});
