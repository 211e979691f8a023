/**
 * Names of more than capitalised words. A body named with "of" and its place ("the Department of Justice", "Bank of Ostend") speaks under its whole name:
 * before, the speaker was the place ("Justice", "Ostend") or the body's first word ("University"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a body named with "of" and its place', () => {
  it('speaks under its whole name before the verb', () => {
    expect(speakers('“We are reviewing it,” the Department of Justice said on Friday.')).toMatchObject([
      { speaker: 'Department of Justice' },
    ]);
    expect(speakers('“The rate stays,” the Bank of Ostend said.')).toMatchObject([{ speaker: 'Bank of Ostend' }]);
  });

  it('speaks under its whole name after the verb, with or without "the"', () => {
    expect(speakers('“Our doors are open,” said the University of Ostend.')).toMatchObject([{ speaker: 'University of Ostend' }]);
    expect(speakers('“Nothing changes,” said Bank of Ostend.')).toMatchObject([{ speaker: 'Bank of Ostend' }]);
  });

  it('leaves the person named after the body and a role as the speaker', () => {
    expect(speakers('“Rates will rise,” said Bank of Ostend Governor Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We teach,” said the University of Ostend professor Tom Hale.')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('“We teach,” Tom Hale of the University of Ostend said.')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });
});

describe('a surname opened by name particles in lower case ("de Blasio", "van der Berg")', () => {
  it('is the whole surname, before the verb and after it', () => {
    expect(speakers('“We will build homes,” de Blasio said on Monday.')).toMatchObject([{ speaker: 'de Blasio' }]);
    expect(speakers('“The port stays open,” said van der Berg, the harbour master.')).toMatchObject([{ speaker: 'van der Berg' }]);
  });

  it('joins the full name the article gave before', () => {
    expect(speakers('Mayor Bill de Blasio spoke at noon.', '“We will build homes,” de Blasio said.')).toMatchObject([
      { speaker: 'Bill de Blasio' },
    ]);
  });
});
