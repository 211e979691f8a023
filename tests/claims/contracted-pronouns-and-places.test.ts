/**
 * Shapes of attribution: a pronoun with a contracted auxiliary ("They’ve said", "she’d", "you’ll") is
 * the subject it is; a bare verb of saying after people and a short phrase of place ("Residents of the old town say")
 * is their verb, not a noun, and the phrase of place may open with "each" or "every" or end in a word that is also a
 * verb of saying after its determiner ("voters in each state say"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a pronoun with a contracted auxiliary', () => {
  it('is the subject of the verb of saying after it', () => {
    expect(speakers('They’ve said the ferry plan is “dead in the water.”')).toMatchObject([{ speaker: 'they', mention: 'They' }]);
    expect(speakers("They'll say the levy is “a fair price.”")).toMatchObject([{ speaker: 'they', mention: 'They' }]);
    expect(speakers('You’ve called the pier “a hazard.”')).toMatchObject([{ speaker: 'you', mention: 'You' }]);
  });

  it('is the subject after the words too', () => {
    expect(speakers('“The quay will close by winter,” they’ve warned for years.')).toMatchObject([{ speaker: 'they', mention: 'they' }]);
  });

  it('resolves to the person named before, as the pronoun alone does', () => {
    expect(
      speakers('Marta Olsen, the harbour master, spoke on Monday.', 'She’d told the board the levy was “a mistake from the start.”'),
    ).toMatchObject([{ speaker: 'Marta Olsen', mention: 'She' }]);
    expect(speakers('Tomas Berg chairs the ferry board.', 'He’ll argue that the fares are “far too low.”')).toMatchObject([
      { speaker: 'Tomas Berg', mention: 'He' },
    ]);
  });

  it('leaves the narration’s "I’m" and "we’ve" whole, credited to no one named', () => {
    const quotes = speakers(
      'Marta Olsen spoke first.',
      'We’ve heard this sort of “harbour talk” before.',
      'I’m told the pier is “finished.”',
    );
    for (const q of quotes) expect(q.speaker ?? '').not.toMatch(/Olsen|^(I|We)[’']/);
  });
});

describe('a bare verb of saying after people and a phrase of place', () => {
  it('is their verb', () => {
    expect(speakers('Residents of the old town say the ferry is “a lifeline,” though few agree.')).toMatchObject([
      { speaker: 'Residents of the old town' },
    ]);
    expect(speakers('Officials in the ministry insist that the levy is “temporary,” though few believe it.')).toMatchObject([
      { speaker: 'Officials in the ministry' },
    ]);
  });

  it('keeps a phrase of place that opens with "each" or "every", or ends in "state" after its determiner', () => {
    expect(speakers('Voters in each town said the ferry is “a lifeline,” though few agree.')).toMatchObject([
      { speaker: 'Voters in each town' },
    ]);
    expect(speakers('Workers at every port insist the levy is “too steep,” though the board disagrees.')).toMatchObject([
      { speaker: 'Workers at every port' },
    ]);
    expect(speakers('Nearly half of voters in each state say the two plans are “about right,” though many disagree.')).toMatchObject([
      { speaker: 'voters in each state' },
    ]);
    expect(speakers('Officials in the state say the quay is “safe,” though few believe them.')).toMatchObject([
      { speaker: 'Officials in the state' },
    ]);
  });

  it('stays a noun when a noun follows it', () => {
    const [q] = speakers('Workers at the county state office said the budget was “tight.”');
    expect(q?.speaker ?? '').not.toBe('Workers at the county');
  });
});
