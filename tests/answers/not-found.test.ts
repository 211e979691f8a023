/** What a not-found answer says of why, on articles of our own. */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'a.txt',
    outlet: 'Morning Wire',
    date: '2025-06-05',
    text: story(
      'Storm season',
      '"Red tide now," said fisherman Ott Kask on the quay.',
      '"This wall is a promise made of sand," said Marek Sallo.',
    ),
  },
]);
const ask = (quote: string, options = {}) => whoSaid(store, quote, options);

describe('a not-found answer', () => {
  it('of three words with a typo in a short word stays not found, and says it was too short to match safely', () => {
    const result = ask('red tid nw');
    expect(result.verdict).toBe('not_found');
    expect(result.matches).toEqual([]);
    expect(result.hint).toEqual({ kind: 'short_question', words: 3 });
    expect(whoSaidText(result)).toContain('Your question has 3 words: too few to match safely');
    // spelt right, the same three words are found; a typo in a longer word of a longer question is too
    expect(ask('red tide now').verdict).toBe('verbatim');
    expect(ask('promise made of snad').verdict).toBe('close');
  });

  it('of a speaker’s name points to /quotes instead', () => {
    const result = ask('Marek Sallo');
    expect(result.verdict).toBe('not_found');
    expect(result.hint).toEqual({ kind: 'speaker_name', speaker: 'Marek Sallo' });
    expect(whoSaidText(result)).toContain('That is the name of a speaker in the corpus, not words they said: /quotes speaker:Marek Sallo');
  });

  it('gives no hint where the reason is another: function words only, an outlet filter, a long question', () => {
    expect(ask('of the').hint).toBeUndefined();
    expect(ask('red tid nw', { outlet: 'Morning Wire' }).hint).toBeUndefined();
    expect(ask('nobody in this town ever printed these invented words').hint).toBeUndefined();
    expect(ask('red tide now').hint).toBeUndefined();
  });

  it('does not count the words of a script written without spaces as one short word', () => {
    for (const q of ['加强各级沟通', 'ความร่วมมือทางทหาร', '協力を強化する']) {
      const result = ask(q);
      expect(result.verdict, q).toBe('not_found');
      expect(result.hint, q).toBeUndefined();
      expect(whoSaidText(result), q).not.toContain('Your question has 1 word');
    }
    // a short question in a spaced script still is one
    expect(ask('Красный прилив').hint).toEqual({ kind: 'short_question', words: 2 });
  });
});
