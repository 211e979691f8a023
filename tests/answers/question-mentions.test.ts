/** A question with Discord mentions pasted in ("<@1234> did Falk say …", "@everyone") is read without them. */
import { describe, expect, it } from 'vitest';
import { questionReadings } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'quay.txt',
    outlet: 'Quay Times',
    date: '2026-05-04',
    text: story('Pier works wait', '"The southern pier will reopen before the autumn regatta," harbour master Lene Falk said.'),
  },
]);

describe('mentions in a question', () => {
  it('are left out of the words looked up', () => {
    expect(questionReadings('<@1234> @everyone the southern pier <#99> will reopen <:pier:5678> <@&42> <t:1772719651:f>')[0]!.quote).toBe(
      'the southern pier will reopen',
    );
    // an e-mail address is no mention
    expect(questionReadings('write to desk@here.example')[0]!.quote).toBe('write to desk@here.example');
  });

  it('do not turn a typo’d question into a not-found answer', () => {
    const r = whoSaid(store, '<@1234> @here the southren pier will reopen <@!5678>');
    expect(r.verdict).toBe('close');
    expect(r.matches[0]?.speaker).toBe('Lene Falk');
  });

  it('a question of mentions alone finds nothing and says so', () => {
    const r = whoSaid(store, '<@1234> <@!5678>');
    expect(r.verdict).toBe('not_found');
  });
});
