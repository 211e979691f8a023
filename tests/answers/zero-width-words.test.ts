/** A zero-width mark typed or pasted inside a word joins it, in a quotation, a name or an outlet. */
import { describe, expect, it } from 'vitest';
import { OPTION_MAX, optionText } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'a.txt',
    outlet: 'Coast Courier',
    date: '2025-02-03',
    text: story('Ferry fares', '"The island ferry will keep its winter timetable," Finance Minister Ragna Holt said on Monday.'),
  },
]);
const name = (s: string) => optionText(OPTION_MAX.name).parse(s);
const quote = (s: string) => optionText(OPTION_MAX.quote).parse(s);

describe('zero-width marks in what members type', () => {
  it('join the word they are in, and part words only where they stand between them', () => {
    expect(name('Ra\u200bgna Ho\u2060lt')).toBe('Ragna Holt');
    expect(name('Ragna\u00adHolt')).toBe('RagnaHolt');
    expect(name('Ragna \u200b Holt')).toBe('Ragna Holt');
    expect(name('Ragna\u200e Holt\u200b')).toBe('Ragna Holt');
    expect(quote('the isl\u200band ferry')).toBe('the island ferry');
  });

  it('leave the speaker the member named, and the outlet, as they meant them', () => {
    const result = whoSaid(store, quote('the island ferry will keep its win\u200bter timetable'), {
      speaker: name('Ho\u200blt'),
      outlet: name('Coast Cou\u200crier'),
    });
    expect(result.verdict).toBe('verbatim');
    expect(result.matches[0]?.speaker).toBe('Ragna Holt');
  });
});
