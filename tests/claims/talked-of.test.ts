/**
 * Round 62: a verb of talking with "about" or "of" a few words before a quotation ("talked about keeping the “…”",
 * "speaks of breaking “…”") credits the words to the talker, its subject as for a verb of saying (rule `talked-of`);
 * the nouns ("the talks about", "his talk of") and a verb of saying between them are left to the rules after it.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

const rules = (...paragraphs: string[]) => extractClaims(doc(...paragraphs)).quotes.map((q) => q.rule);

describe('a verb of talking with "about" or "of" before the words', () => {
  it('credits its subject, a description as written', () => {
    const [q] = speakers(
      'Tom Hale was late. The harbour master who ran the port for a decade is already talking about “a new start” for the quay.',
    );
    expect(q).toMatchObject({ speaker: 'the harbour master', mention: 'The harbour master' });
    expect(rules('Ana Ruiz spoke last. She often speaks of keeping “the lights on” for the night crews.')).toEqual(['talked-of']);
  });

  it('takes the nearer talker over a verb of saying later in the sentence', () => {
    const [q] = speakers(
      'Ana Ruiz chairs the board. She often speaks of breaking “the old habits” of the port, and she tells crews that the levy stays.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'She' });
  });

  it('credits the one heard talking, not the one who heard', () => {
    const [q] = speakers('Tom Hale, a docker, said he heard Oskar Lind talk of “betrayal” at the meeting.');
    expect(q).toMatchObject({ speaker: 'Oskar Lind', mention: 'Oskar Lind' });
  });

  it('leaves the nouns and a verb of saying in between to the other rules', () => {
    expect(rules('The talks about the “harbour levy” ended on Monday.')).not.toContain('talked-of');
    expect(rules('Ana Ruiz spoke first. Peace talks about the “harbour line” stalled in May.')).not.toContain('talked-of');
    expect(rules('Ana Ruiz talked about the plan that Tom Hale called “a lifeline” for the port.')).not.toContain('talked-of');
  });
});
