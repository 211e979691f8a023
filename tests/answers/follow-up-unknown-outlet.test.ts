/**
 * "what did <outlet> say?" in a thread, of an outlet the corpus lacks and no outlet is spelt like: the reply names
 * the outlets that carry the thread's quotation, to ask about instead.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { followUpPayload, followUpText } from '../../src/render/follow-up.js';
import { messagePayloadProblems } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'weir.txt',
    outlet: 'Brook Herald',
    date: '2026-05-11',
    text: story('Weir repairs', '"The old weir will be rebuilt in stone before the autumn rains," river warden Tove Halvorsen said.'),
  },
  {
    file: 'weir-2.txt',
    outlet: 'Millpond Weekly',
    date: '2026-05-12',
    text: story('Weir to be rebuilt', '"The old weir will be rebuilt in stone before the autumn rains," Halvorsen said.'),
  },
  {
    file: 'fair.txt',
    outlet: 'Orchard Times',
    date: '2026-05-13',
    text: story('Apple fair', '"The apple fair moves to the market square this year," organiser Bram Veldkamp said.'),
  },
]);
const thread = { query: 'the old weir will be rebuilt in stone', speaker: null, outlet: null };

describe('an outlet the corpus lacks, asked about in a thread', () => {
  it('names the outlets that carry the quotation, not every outlet', () => {
    const { answer } = answerFollowUp(store, thread, 'what did the Salt Courier say?');
    expect(answer.kind).toBe('help');
    if (answer.kind !== 'help') return;
    expect(answer.unknownOutlet).toBe('the Salt Courier');
    expect(answer.suggestions).toBeUndefined();
    expect([...(answer.carriers ?? [])].sort()).toEqual(['Brook Herald', 'Millpond Weekly']);
    const text = followUpText(answer);
    expect(text).toContain('No outlet called “the Salt Courier” is in the corpus');
    expect(text).toMatch(/This quotation was carried by (Brook Herald, Millpond Weekly|Millpond Weekly, Brook Herald): ask what did/);
    expect(text).not.toContain('Orchard Times');
    expect(messagePayloadProblems(followUpPayload(answer))).toEqual([]);
  });

  it('keeps the closest spellings when there are some, without the carriers', () => {
    const { answer } = answerFollowUp(store, thread, 'what did the Brok Herald say?');
    expect(answer.kind).toBe('help');
    if (answer.kind !== 'help') return;
    expect(answer.suggestions).toEqual(['Brook Herald']);
    expect(answer.carriers).toBeUndefined();
  });

  it('in a thread on a /compare topic, names no carriers of the topic’s words as if they were one quotation', () => {
    const topicThread = { query: 'old weir rebuilt', speaker: null, outlet: null, command: 'compare' as const };
    const { answer } = answerFollowUp(store, topicThread, 'what did the Salt Courier say?');
    expect(answer.kind).toBe('help');
    if (answer.kind !== 'help') return;
    expect(answer.carriers).toBeUndefined();
    expect(followUpText(answer)).not.toContain('This quotation was carried by');
  });
});
