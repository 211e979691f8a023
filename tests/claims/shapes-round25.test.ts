/**
 * Shapes of attribution probed in round 25 that gave a wrong speaker, each fixed by its general cause. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const ARRIVED = 'Ivo Pell arrived in Ostend on Monday with his staff.';

describe('a surname alone after a title whose office ends in its field ("Minister of Foreign Affairs Pell")', () => {
  it('takes the one name, not the last office word with it', () => {
    expect(speakers(ARRIVED, '“The talks were useful,” said Minister of Foreign Affairs Pell.')).toMatchObject([
      { speaker: 'Ivo Pell', mention: 'Minister of Foreign Affairs Pell' },
    ]);
    expect(speakers(ARRIVED, 'Minister of Foreign Affairs Pell said the talks were “useful.”')).toMatchObject([{ speaker: 'Ivo Pell' }]);
    expect(speakers(ARRIVED, '“The talks were useful,” said Secretary of Homeland Security Pell.')).toMatchObject([
      { speaker: 'Ivo Pell' },
    ]);
    expect(speakers(ARRIVED, '“The talks were useful,” said Chief of Staff Pell.')).toMatchObject([{ speaker: 'Ivo Pell' }]);
  });

  it('still takes a full name after such an office', () => {
    expect(speakers('“The talks were useful,” said Minister of Foreign Affairs Ivo Pell.')).toMatchObject([{ speaker: 'Ivo Pell' }]);
    expect(speakers('“The talks were useful,” said Secretary of Homeland Security Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a surname alone set off after a role ("said the mayor, Hale.")', () => {
  const WON = 'Tom Hale won the vote in May after a long and bitter campaign.';
  it('credits the person the surname names', () => {
    expect(speakers(WON, '“We will appeal,” said the mayor, Hale.')).toMatchObject([{ speaker: 'Tom Hale', mention: 'Hale' }]);
    expect(speakers(WON, 'The mayor, Mr. Hale, said the plan was “doomed.”')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('“We will appeal,” said the mayor, Hale, who won in May.')).toMatchObject([{ speaker: 'Hale' }]);
  });

  it('leaves the role when no name follows its comma', () => {
    expect(speakers('“We will appeal,” said the mayor, Tuesday.')).toMatchObject([{ speaker: 'the mayor' }]);
    expect(speakers('“We will appeal,” said the mayor, adding that the city was ready.')).toMatchObject([{ speaker: 'the mayor' }]);
  });
});
