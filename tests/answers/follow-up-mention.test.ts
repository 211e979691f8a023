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
      expect(answer.result.reason).toEqual({ kind: 'mention', of: 'member' });
      const text = followUpText(answer);
      expect(text).toContain('A Discord mention names a member of this server, not someone the outlets quote');
      expect(JSON.stringify(followUpPayload(answer))).not.toContain('80351110224678912');
    }
  });

  it('says what a role mention, a channel link or a mention of everyone names, pinging no one', () => {
    const cases = [
      ['was it <@&80351110224678912>?', 'role', 'A role mention names a role of this server'],
      ['did <@&80351110224678912> say it?', 'role', 'A role mention names a role of this server'],
      ['was it <#80351110224678912>?', 'channel', 'A channel link names a channel of this server'],
      ['was it @everyone?', 'everyone', 'A mention of everyone here names the members of this server'],
      ['was it @here?', 'everyone', 'A mention of everyone here names the members of this server'],
      // the bot's own neutralised "@\u200beveryone" copied back, its invisible space made a space
      ['was it @ everyone?', 'everyone', 'A mention of everyone here names the members of this server'],
    ] as const;
    for (const [message, of, said] of cases) {
      const { answer } = answerFollowUp(store, thread, message);
      expect(answer.kind, message).toBe('cannot');
      if (answer.kind !== 'cannot') continue;
      expect(answer.result.reason, message).toEqual({ kind: 'mention', of });
      expect(followUpText(answer), message).toContain(said);
      const payload = followUpPayload(answer);
      expect(payload.allowed_mentions?.parse).toEqual([]);
      const shown = JSON.stringify(payload);
      expect(shown).not.toContain('80351110224678912');
      expect(shown).not.toMatch(/@(?:everyone|here)/);
    }
  });

  it('leaves custom emoji out of the question, as no one named', () => {
    const { answer } = answerFollowUp(store, thread, '<:thinking:80351110224678912> was it Kallio?');
    expect(answer.kind).toBe('who-said');
  });

  it('leaves a mention of whom the member talks to as before', () => {
    const { answer } = answerFollowUp(store, thread, '<@42> was it Kallio?');
    expect(answer.kind).toBe('who-said');
    const none = answerFollowUp(store, thread, 'what is the weather like?').answer;
    expect(none.kind === 'cannot' && none.result.reason).toBeNull();
  });
});
