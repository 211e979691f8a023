/** "was it the minister?" in a thread: a role the outlets give someone, answered as "did the minister say it?" is. */
import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { followUpText } from '../../src/render/follow-up.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'a.txt',
    outlet: 'Coast Courier',
    date: '2025-02-03',
    text: story(
      'Ferry subsidy',
      '"The island ferry will keep its winter timetable," Finance Minister Ragna Holt told reporters on Monday.',
      '"We were never asked about the cuts," said harbour master Eino Salo.',
    ),
  },
]);
const thread = { query: 'the island ferry will keep its winter timetable', speaker: null, outlet: null };
const ask = (message: string) => answerFollowUp(store, thread, message);

describe('"was it <role>?" in a thread', () => {
  it('confirms the person whose role it is, saying the outlets describe them so', () => {
    const { answer } = ask('was it the finance minister?');
    expect(answer.kind).toBe('who-said');
    if (answer.kind !== 'who-said') return;
    expect(answer.result.verdict).toBe('verbatim');
    expect(answer.result.matches[0]?.speaker).toBe('Ragna Holt');
    expect(followUpText(answer)).toContain('describe Ragna Holt as the finance minister');
  });

  it('says misattributed for another person’s role, where it said no one was called so', () => {
    const { answer } = ask('was it the harbour master?');
    expect(answer.kind).toBe('who-said');
    if (answer.kind !== 'who-said') return;
    expect(answer.result.verdict).toBe('misattributed');
    expect(answer.result.matches[0]?.speaker).toBe('Ragna Holt');
    expect(followUpText(answer)).not.toContain('No person quoted in the corpus');
  });

  it('leaves what is no one’s role as before: a name, an outlet, a word', () => {
    expect(ask('was it Holt?').answer.kind).toBe('who-said');
    expect(ask('was it Coast Courier?').answer.kind).toBe('dates');
    expect(ask('was it the lighthouse keeper?').answer.kind).toBe('cannot');
    expect(ask('was it a joke?').answer.kind).toBe('cannot');
  });
});
