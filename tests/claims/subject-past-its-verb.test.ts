/**
 * Subject phrases cut past their own verb ("the Harbour Gazette focuses on …"): the name or pronoun right before that
 * verb is the subject, never the whole clause. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a subject phrase that runs past its verb', () => {
  it('gives the words to the name right before the verb, not the clause', () => {
    const [q] = speakers(
      'To make its case, the Harbour Gazette focuses on how many berths the port lost: “Two in three are gone since the levy came in.”',
    );
    expect(q?.speaker).toBe('the Harbour Gazette');
  });

  it('gives the words to the person a pronoun right before the verb stands for', () => {
    const [, q] = speakers(
      '“We are nearly there,” Ana Ruiz said.',
      'The main risk she sees for the plan is “the anger we have on the quay and in the council chamber.”',
    );
    expect(q?.speaker).toBe('Ana Ruiz');
  });
});
