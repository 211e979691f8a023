/**
 * A document sent to people ("a letter to platform delegates", "Ana Ruiz’s fundraising email to her supporters")
 * is the subject of the verb after them, not the people it was sent to; a document's owner in the possessive, one
 * modifier between them, speaks for it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a document before "to" and its addressees', () => {
  it('makes the document the subject', () => {
    const qs = speakers('A letter to platform delegates calls on the party to treat the flood as "a national emergency."');
    expect(qs[0]).toMatchObject({ mention: 'A letter' });
    expect(speakers('The memo to staff warned that the budget was "out of control."')[0]).toMatchObject({ mention: 'The memo' });
  });

  it('credits the owner of the document', () => {
    expect(speakers('Ruiz’s letter to the council said the plan was "reckless."')[0]).toMatchObject({ speaker: 'Ruiz' });
    const qs = speakers('Ana Ruiz’s fundraising email to her supporters notes that Tomas Berg "has fought for fair rents."');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz’s fundraising email' });
  });

  it('keeps a person related by "to" as the speaker', () => {
    expect(speakers('An adviser to the mayor said the plan was "reckless."')[0]).toMatchObject({ mention: 'An adviser to the mayor' });
  });
});
