/**
 * A thread on a person asking which claim is meant lists their reported speech as reported, without quotation
 * marks, as /quotes shows it (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type FollowUpContext } from '../../src/answers/follow-up.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { followUpText } from '../../src/render/follow-up.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'weir.txt',
    outlet: 'Osterby Mail',
    date: '2026-04-14',
    text: story(
      'Weir repairs delayed',
      '“The weir will be repaired before the spring floods,” said river warden Gudrun Ashcombe.',
      'Ashcombe said the council had ignored three warnings about the cracked sluice gates.',
    ),
  },
]);

describe('which claim of a person, with reported speech among them', () => {
  it('marks the reported claim as reported, not quoted', () => {
    const listed = speakerQuotes(store, 'Gudrun Ashcombe').quotes;
    expect(listed.some((q) => q.reported)).toBe(true);
    const thread: FollowUpContext = { query: 'Gudrun Ashcombe', speaker: 'Gudrun Ashcombe', outlet: null, command: 'quotes', outlets: [] };
    const { answer } = answerFollowUp(store, thread, 'who said it?');
    expect(answer.kind).toBe('cannot');
    if (answer.kind !== 'cannot' || answer.result.reason?.kind !== 'which-claim') return;
    expect(answer.result.reason.claims.filter((c) => c.reported)).toHaveLength(1);
    const text = followUpText(answer);
    expect(text).toMatch(/\d\. Reported, not quoted: .*cracked sluice gates/);
    expect(text).not.toMatch(/“[^”]*cracked sluice gates/);
    expect(text).toMatch(/\d\. “The weir will be repaired/);
  });

  it('shows reported speech found by who-said without quotation marks', () => {
    const result = whoSaid(store, 'the council ignored three warnings about the cracked sluice gates');
    expect(result.matches[0]?.speaker).toBe('Gudrun Ashcombe');
    const text = whoSaidText(result);
    expect(text).toMatch(/Reported, not quoted: .*cracked sluice gates/);
    expect(text).not.toMatch(/“[^”]*cracked sluice gates[^”]*”\n\s*Speaker/);
    // words an outlet quotes keep their quotation marks
    expect(whoSaidText(whoSaid(store, 'the weir will be repaired before the spring floods'))).toMatch(/“The weir will be repaired/);
  });
});
