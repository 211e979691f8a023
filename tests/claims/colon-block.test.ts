/**
 * Clause subjects and lead paragraphs in attribution: a clause opened by a participle after "and" has no subject of
 * its own, and a quotation inside a paragraph that a colon lead sets off is part of the words it quotes. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: a participle after "and" opens no clause subject', () => {
  it('gives the sentence subject a quotation in a participle clause after "and"', () => {
    const [q] = speakers(
      'Ana Ruiz spoke at the harbour on Monday. She applauded him for defying the board and fighting for Dover’s ferries “again and again.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'She' });
  });

  it('credits a participle of saying after "and" to the speaker, not to an object before it', () => {
    const [, q] = speakers('Li Wei said the plan for the tunnel and keeping its budget would be “hard,” adding, “We will try anyway.”');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });
});

describe('attribution: a quotation inside a paragraph a colon lead sets off', () => {
  it('credits the first quotation of the paragraph to the speaker of the lead', () => {
    const [q] = speakers(
      'Ana Ruiz, the harbour master, explained her plan in a letter to the board:',
      'The quay is too short, and the “quick fix” proposed last year will not hold through another winter.',
    );
    expect(q).toMatchObject({ text: 'quick fix', speaker: 'Ana Ruiz' });
  });

  it('takes a person before the colon as the speaker even without a verb of saying', () => {
    const [q] = speakers('Li Wei described the vote in his column:', 'Voters were tired. In the end the “harbour party” took every seat.');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });

  it('credits no one after a lead that quotes no one', () => {
    const [q] = speakers(
      'The board met on Monday. Here is what it decided:',
      'The quay will close in March, and the “quick fix” will be dropped.',
    );
    expect(q?.speaker).toBeNull();
    const [h] = speakers('SHORT READS:', 'A long piece on the “harbour question” by the weekly paper.');
    expect(h?.speaker).toBeNull();
  });

  it('leaves a quotation whose own clause has a person for subject to that clause', () => {
    const [q] = speakers('Ana Ruiz wrote to the board:', 'Tove Lind, the mayor, calls the quay a “relic” of the old port.');
    expect(q).toMatchObject({ speaker: 'Tove Lind' });
  });
});

describe('attribution: a list written one paragraph an item after a colon lead', () => {
  it('credits a quotation in a later item to the speaker of the lead', () => {
    const qs = speakers(
      'Ana Ruiz, the harbour master, argued that:',
      '• The quay has been repaired twice in ten years, and both repairs came in under budget.',
      '• The situation here is “entirely different” from the one in Dover, where the ferries stopped.',
    );
    expect(qs).toMatchObject([{ text: 'entirely different', speaker: 'Ana Ruiz' }]);
  });

  it('reads a lone "l" before a capitalised word as a lost bullet', () => {
    const qs = speakers(
      'Ana Ruiz, the harbour master, argued that:',
      'l The quay has been repaired twice in ten years.',
      'l The situation here is “entirely different” from the one in Dover.',
    );
    expect(qs).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('leaves paragraphs that are no list items to the rules as before', () => {
    const qs = speakers(
      'Ana Ruiz, the harbour master, argued that:',
      'The quay has been repaired twice in ten years.',
      'Tomas Hale, a ferry captain, thinks the plan is “entirely different” from the one in Dover.',
    );
    expect(qs[0]?.speaker).toBe('Tomas Hale');
  });
});
