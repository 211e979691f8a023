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

describe('asking after the people and the outlets of a thread’s words', () => {
  // the Town Bulletin credits Kofi Oduya's words to the bare "Oduya", read as the education chief
  const credits = writtenStore([
    {
      file: 'echo.txt',
      outlet: 'Hill Echo',
      date: '2025-09-02',
      text: story(
        'School merger approved',
        'Education chief Marit Oduya said the merger would go ahead. "Two half-empty schools cannot give children what one full school can," Marit Oduya said.',
        'Parents’ association chair Kofi Oduya opposed it. "Nobody asked the parents before the letters went out," Kofi Oduya said.',
      ),
    },
    {
      file: 'post.txt',
      outlet: 'Valley Post',
      date: '2025-09-03',
      text: story(
        'Parents angry',
        '"Nobody asked the parents before the letters went out," said Kofi Oduya, who chairs the parents’ association.',
      ),
    },
    {
      file: 'bulletin.txt',
      outlet: 'Town Bulletin',
      date: '2025-09-04',
      text: story(
        'Merger row',
        'Education chief Marit Oduya defended the plan on Thursday.',
        '"Nobody asked the parents before the letters went out," Oduya told the hall, to applause.',
      ),
    },
  ]);
  const thread = { query: 'Nobody asked the parents before the letters went out', speaker: null, outlet: null };

  it('"what did the education chief say?": the person of that role, not an outlet the corpus lacks', () => {
    const { answer } = answerFollowUp(credits, thread, 'what did the education chief say?');
    expect(answer.kind).toBe('quotes');
    if (answer.kind === 'quotes') expect(answer.result.speaker?.name).toBe('Marit Oduya');
  });

  it('"which Oduya said it?": who the words are credited to', () => {
    expect(answerFollowUp(credits, thread, 'which Oduya said it?').intent).toEqual({ kind: 'said-by', name: null });
  });

  it('"show me the full sentence in Town Bulletin": the paragraph there, also where it credits someone else', () => {
    const { intent, answer } = answerFollowUp(credits, thread, 'show me the full sentence in Town Bulletin');
    expect(intent).toEqual({ kind: 'context', outlet: 'Town Bulletin' });
    expect(answer.kind).toBe('context');
    if (answer.kind !== 'context') return;
    expect(answer.notCarriedBy).toBeUndefined();
    expect(answer.result?.document).toBe('bulletin.txt');
    const asked = answerFollowUp(credits, thread, 'show the context in Town Bulletin').answer;
    expect(asked.kind === 'context' && asked.result?.document).toBe('bulletin.txt');
  });
});
