/**
 * Two people of one surname in a thread: a name that fits both ("Oduya") means the thread's own person, and the
 * other is named beside the answer, in whichever way the member asks for that person's quotes.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'echo.txt',
    outlet: 'Hill Echo',
    date: '2025-09-02',
    text: story(
      'School merger approved',
      'Education chief Marit Oduya said the merger would go ahead in January. "Two half-empty schools cannot give children what one full school can," Marit Oduya said.',
      'Her brother-in-law, the parents’ association chair Kofi Oduya, opposed it. "Nobody asked the parents before the letters went out," Kofi Oduya said.',
    ),
  },
  {
    file: 'post.txt',
    outlet: 'Valley Post',
    date: '2025-09-03',
    text: story(
      'Parents angry at merger',
      '"Nobody asked the parents before the letters went out," said Kofi Oduya, who chairs the parents’ association.',
      '"Two half-empty schools cannot give children what one full school can," said education chief Marit Oduya.',
    ),
  },
]);

const onKofi = { query: 'Nobody asked the parents before the letters went out', speaker: null, outlet: null };
const onMarit = { query: 'Two half-empty schools cannot give children what one full school can', speaker: null, outlet: null };

describe('a surname two people share, asked in a thread', () => {
  it.each(['what did Oduya say?', 'what did Oduya say about the merger?', 'what else did Oduya say?', 'who is Oduya?', 'and Oduya?'])(
    '%s — the thread’s person, the other named',
    (message) => {
      for (const [ctx, own, other] of [
        [onKofi, 'Kofi Oduya', 'Marit Oduya'],
        [onMarit, 'Marit Oduya', 'Kofi Oduya'],
      ] as const) {
        const { answer } = answerFollowUp(store, ctx, message);
        expect(answer.kind).toBe('quotes');
        if (answer.kind !== 'quotes') return;
        expect(answer.result.speaker?.name).toBe(own);
        expect(answer.result.suggestions).toContain(other);
      }
    },
  );
});
