/**
 * A verb of saying joined to an earlier verb by "and" or "but" keeps that verb's subject: past a quotation the first
 * verb holds ("thanked its members “…” and called"), and after "but" for a reporting verb with a bare clause ("but now
 * said Li had “…”"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('verbs of saying joined to an earlier verb', () => {
  it('gives a reporting verb after "but" with a clause and no "that" the subject of the first clause', () => {
    const [q] = speakers('Ana Ruiz used to back Tom Lind, but now said Li Wei had “the best plan for the whole town.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('joins a verb after "and" to a past verb whose object holds a quotation', () => {
    const qs = speakers(
      'The union backs Li Wei.',
      'It has become such a presence that Li Wei thanked its members “for their help in my campaign” and called the Harbour Union “one of the best friends of my campaign.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Li Wei', 'Li Wei']);
  });

  it('joins the verb to the reporting verb when the past verb sits in the clause it reports', () => {
    const qs = speakers(
      'Li Wei spoke last.',
      'Ana Ruiz did say she found Li Wei “very charming” and called his lead in the polls “unheard of.”',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('leaves a description before the past verb to the clause subject', () => {
    const qs = speakers(
      'Li Wei spoke last.',
      'A group of forty artists, writers and scientists this week published a letter about the “cruel words of Li Wei” and called on people to “remember what happened the last time.”',
    );
    expect(qs[1]?.mention).toBe('A group');
  });
});
