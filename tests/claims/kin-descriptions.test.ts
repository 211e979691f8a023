/**
 * Round 62: a "he" or "she" after a definite description written with a noun of kinship or sex of its gender ("The
 * mother of the boy said …", "The boy’s father said …") that speaks in the sentence before is that description, as an
 * indefinite one has been since round 61, not the person of that gender named earlier. A bare one ("The mother said")
 * right after a person of its gender is named is likely that person and is read as before; a noun of an office ("the
 * businessman") is too (descriptions.test.ts). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const MAYOR = '“The pier will close for the winter,” said Ana Ruiz, the mayor. Ruiz left early.';

describe('a pronoun after a definite description of kin or sex that spoke the sentence before', () => {
  it('is the description, not the woman named earlier', () => {
    const quotes = speakers(
      MAYOR,
      'A boy fell from the pier on Sunday. The mother of the boy said the school had not called her. “Nobody told us anything,” she said.',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
    expect(quotes.at(-1)).toMatchObject({ speaker: 'the mother of the boy', mention: 'she' });
  });

  it('reads an owner before the noun, and "he" after a noun of a man', () => {
    expect(speakers(MAYOR, 'The boy’s mother said the rails were loose. “Nobody told us anything,” she said.').at(-1)).toMatchObject({
      speaker: 'the boy’s mother',
      mention: 'she',
    });
    expect(
      speakers(
        '“The pier will close for the winter,” said Tom Hale, the harbour master.',
        'A girl was hurt there in May. The father of the girl said the rails were loose. “Nobody told us anything,” he said.',
      ).at(-1),
    ).toMatchObject({ speaker: 'the father of the girl', mention: 'he' });
  });

  it('gives way to a person of that gender named between the two', () => {
    expect(
      speakers(MAYOR, 'The boy’s mother said Clara Vik would answer. Ms. Vik arrived late. “The rails were checked,” she said.').at(-1),
    ).toMatchObject({ speaker: 'Clara Vik', mention: 'she' });
  });

  it('leaves a bare noun right after a person of its gender is named to that person', () => {
    expect(
      speakers('Ana Ruiz lost her son in May. The mother said the inquiry was slow. “Nobody told us anything,” she said.').at(-1),
    ).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
    expect(
      speakers(
        'Tom Hale, 41, lost his job in May. The father of three said the plant closed without warning. “We had no notice,” he said.',
      ).at(-1),
    ).toMatchObject({ speaker: 'Tom Hale', mention: 'he' });
  });
});
