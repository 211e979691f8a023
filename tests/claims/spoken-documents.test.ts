/**
 * Words in marks followed by "in an interview" or "in a speech": the interview speaks for no one; the person subject of
 * the verb that casts the words does, and with no person there no one does. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: an interview or a speech is no speaker', () => {
  it('gives the words to the person who brought them up in the interview, not to the main clause’s subject', () => {
    const qs = speakers(
      'Ana Ruiz runs the Ostend port board.',
      'Tom Berg looked into the ferry’s late arrival, a delay Ruiz brought up as “plainly avoidable” in an interview with The Ostend Courier aired on Monday.',
    );
    expect(qs[0]?.speaker).toBe('Ana Ruiz');
  });

  it('credits no one when no person casts the words', () => {
    const qs = speakers('The ferry fire, long described as “deeply odd” in an interview on local radio, is back in the news.');
    expect(qs[0]?.speaker ?? null).toBeNull();
  });
});
