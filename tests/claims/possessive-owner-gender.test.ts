/**
 * A possessive pronoun that owns a noun of saying ("his remark that …", "her “…” pledge") refers to its clause's
 * subject only when that subject may be of the pronoun's gender; past one the text or the name lists take to be of
 * the other gender, or a plural noun of people ("Residents rejected his claim …"), it resolves like any pronoun.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('possessive owners: the gender of "his" and "her"', () => {
  it('passes over a subject of the other gender to the man named before', () => {
    const qs = speakers('Tom Berg wrote to the council in May.', 'Ana Ruiz laughed off his comment that the quay was “unsafe for boats.”');
    expect(qs[0]).toMatchObject({ speaker: 'Tom Berg', mention: 'his' });
  });

  it('passes over it with the words between the owner and the noun', () => {
    const qs = speakers('Tom Berg wrote to the council in May.', 'Ana Ruiz was unmoved by his “harbour for all” remark.');
    expect(qs[0]).toMatchObject({ speaker: 'Tom Berg', mention: 'his' });
  });

  it('takes "her" past a man the text says is one', () => {
    const qs = speakers(
      'Mayor Ana Ruiz opened the hearing on Monday.',
      'Mr. Dahl later laughed off her claim that the ferry would run “every hour, all winter.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });

  it('keeps the subject whose gender matches the pronoun', () => {
    const qs = speakers('Tom Berg wrote to the council in May.', 'Ana Ruiz stood by her claim that the quay was “unsafe for boats.”');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });

  it('keeps the subject when nothing tells its gender', () => {
    const qs = speakers('Tom Berg wrote to the council in May.', 'Kestrin Vald stood by his claim that the quay was “unsafe for boats.”');
    expect(qs[0]).toMatchObject({ speaker: 'Kestrin Vald', mention: 'his' });
  });

  it("keeps the subject when no one of the pronoun's gender is named before it", () => {
    const qs = speakers('The council met in May.', 'Ana Ruiz laughed off his comment that the quay was “unsafe for boats.”');
    expect(qs[0]?.speaker).toBe('Ana Ruiz');
  });

  it('passes over a plural noun of people that opens the sentence', () => {
    const qs = speakers('Tom Berg wrote to the council in May.', 'Residents rejected his claim that the fees are “entirely fair.”');
    expect(qs[0]).toMatchObject({ speaker: 'Tom Berg', mention: 'his' });
  });
});
