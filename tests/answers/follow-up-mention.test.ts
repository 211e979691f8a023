/** "was it <@1234>?" in a thread: a Discord mention is no one quoted, said so (not "not understood"), echoing nothing. */
import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { followUpPayload, followUpText } from '../../src/render/follow-up.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'dam.txt',
    outlet: 'Glen Observer',
    date: '2026-06-02',
    text: story('Dam repairs', '"The dam will hold through the spring floods," engineer Petra Kallio told the council.'),
  },
]);
const thread = { query: 'the dam will hold through the spring floods', speaker: null, outlet: null };

describe('a Discord mention asked about in a thread', () => {
  it('is answered as no name, with how to ask', () => {
    for (const message of ['was it <@80351110224678912>?', 'did <@!80351110224678912> say it?']) {
      const { answer } = answerFollowUp(store, thread, message);
      expect(answer.kind, message).toBe('cannot');
      if (answer.kind !== 'cannot') continue;
      expect(answer.result.reason).toEqual({ kind: 'mention' });
      const text = followUpText(answer);
      expect(text).toContain('A Discord mention names a member of this server, not someone the outlets quote');
      expect(JSON.stringify(followUpPayload(answer))).not.toContain('80351110224678912');
    }
  });

  it('leaves a mention of whom the member talks to as before', () => {
    const { answer } = answerFollowUp(store, thread, '<@42> was it Kallio?');
    expect(answer.kind).toBe('who-said');
    const none = answerFollowUp(store, thread, 'what is the weather like?').answer;
    expect(none.kind === 'cannot' && none.result.reason).toBeNull();
  });
});
