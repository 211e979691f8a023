/**
 * A quotation inside a longer one carries it: an outlet that quotes someone repeating another person's words
 * is listed under that person, with the outlet that quotes the person directly.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'quoted.txt',
    outlet: 'Daily Drum',
    text: story(
      'Berg attacks harbour plan',
      'Harbour director Ana Ruiz gave evidence on Monday.',
      '“The board ‘will not finish the northern pier before the autumn storms arrive.’ Shameful!” Tom Berg wrote, quoting Ruiz’s statement.',
    ),
  },
  {
    file: 'direct.txt',
    outlet: 'Evening Bell',
    text: story(
      'Pier late',
      'Harbour director Ana Ruiz said the board "will not finish the northern pier before the autumn storms arrive."',
    ),
  },
]);

describe('a quotation nested in a longer one', () => {
  it('lists the outlet that carries it inside another quotation under the person quoted', () => {
    const answer = whoSaid(store, 'will not finish the northern pier before the autumn storms arrive');
    const best = answer.matches[0]!;
    expect(best.speaker).toBe('Ana Ruiz');
    expect(best.outlets.map((o) => o.document).sort()).toEqual(['direct.txt', 'quoted.txt']);
    expect(best.conflict).toBeNull();
  });

  it('keeps the longer quotation its own speaker’s', () => {
    const best = whoSaid(store, 'the board will not finish the northern pier before the autumn storms arrive shameful').matches[0]!;
    expect(best.speaker).toBe('Tom Berg');
    expect(best.outlets.map((o) => o.document)).toEqual(['quoted.txt']);
  });
});
