/**
 * The subject of a clause whose verb follows a description in the present tense ("the former mayor loves “…”",
 * "when the board meets to pick …"): the description with its verb opens the clause. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: a description and its present-tense verb open a clause', () => {
  it('credits the description after "while", not the first clause subject', () => {
    const [, q] = speakers('The harbour chief likes “Sea Days,” while the former mayor loves “the long ferry song.”');
    expect(q).toMatchObject({ speaker: 'the former mayor' });
  });

  it('leaves a scare quote in a clause whose subject is a body to no person', () => {
    const [q] = speakers('Ana Ruiz hopes to be a delegate when the board meets next week to pick nine “floating” seats.');
    expect(q?.speaker).not.toBe('Ana Ruiz');
  });
});
