/**
 * "what about <outlet>?" in a thread, of an outlet that quotes the claim's speaker saying something else that shares
 * a word or two with the claim: that outlet does not carry the claim (in the thread and in /compare alike), and what
 * it quotes the speaker saying is shown apart, never as a version of the claim. Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { followUpPayload, followUpText } from '../../src/render/follow-up.js';
import { compareText } from '../../src/render/text.js';
import { messagePayloadProblems } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const CLAIM = 'reinforce crossings at all piers';
const store = writtenStore([
  {
    file: 'isle-herald.txt',
    outlet: 'Isle Herald',
    date: '2026-05-02',
    text: story(
      'Ferries to grow',
      'The islands council met on the harbour front.',
      `Council leader Marit Solberg said the plan would "${CLAIM}" within two years.`,
    ),
  },
  {
    file: 'sound-courier.txt',
    outlet: 'Sound Courier',
    date: '2026-05-03',
    text: story('Council backs ferry plan', 'Islanders packed the meeting hall.', `Marit Solberg promised to "${CLAIM}" within two years.`),
  },
  {
    file: 'pier-gazette.txt',
    outlet: 'Pier Gazette',
    date: '2026-05-03',
    text: story(
      'Ferry plan splits the council',
      'Islanders packed the meeting hall.',
      'Council leader Marit Solberg said the council would "reinforce night crossings" next spring.',
    ),
  },
]);
const thread = { query: CLAIM, speaker: null, outlet: null };

describe('an outlet quoting the speaker in other words', () => {
  it('is left out by /compare, not listed as quoting the claim with other words', () => {
    const claim = compare(store, CLAIM).claims[0]!;
    const gazette = claim.outlets.find((o) => o.outlet === 'Pier Gazette');
    expect(gazette?.rendering).toBe('absent');
    expect(claim.outlets.filter((o) => o.rendering === 'verbatim').map((o) => o.outlet)).toEqual(['Isle Herald', 'Sound Courier']);
    expect(compareText(compare(store, CLAIM))).not.toContain('Quoted with other words');
  });

  it('"what about <outlet>?" says it does not carry the words and lists what it quotes the speaker saying, apart', () => {
    const { answer } = answerFollowUp(store, thread, 'what about Pier Gazette?');
    expect(answer.kind).toBe('compare');
    if (answer.kind !== 'compare') return;
    expect(answer.result.explanation).toBe('Pier Gazette does not carry the claim on this topic; other outlets do (below).');
    expect(answer.speakerElsewhere).toEqual({
      outlet: 'Pier Gazette',
      speaker: 'Marit Solberg',
      quotes: [{ document: 'pier-gazette.txt', text: 'reinforce night crossings' }],
    });
    const text = followUpText(answer);
    expect(text).not.toContain('Quoted with other words');
    expect(text).toContain('Left it out (1): Pier Gazette');
    expect(text).toContain('Pier Gazette quotes Marit Solberg saying other things: listed apart below, as they are not these words.');
    expect(text).toMatch(/Other words of Marit Solberg in Pier Gazette \(not this quotation\)\n {2}• “reinforce night crossings”/);
    const payload = followUpPayload(answer);
    expect(messagePayloadProblems(payload)).toEqual([]);
    const field = payload.embeds?.[0]?.fields?.find((f) => f.name.startsWith('Other words of Marit Solberg'));
    expect(field?.value).toBe('• *“reinforce night crossings”*');
  });

  it('adds nothing for an outlet that carries the claim', () => {
    const { answer } = answerFollowUp(store, thread, 'what about Isle Herald?');
    expect(answer.kind === 'compare' && answer.speakerElsewhere).toBeUndefined();
    expect(followUpText(answer)).toContain('Quoted verbatim (1): Isle Herald');
  });
});
