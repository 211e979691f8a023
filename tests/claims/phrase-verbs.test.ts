/**
 * A noun phrase ends before a verb that follows its head with an object ("the ad targets a …", "the videos show a …",
 * "the campaign sent out …") or with "with" or "to" ("the clip ends with …"), a determiner standing alone before its
 * past ("Another advised, “…”"), so the clause subject is the phrase alone. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a noun phrase before its verb', () => {
  it('ends before the third person of a common verb with its object', () => {
    const [q] = speakers('The new ad targets a “harbour deal made in back rooms by people who never sail.”');
    expect(q?.mention).toBe('The new ad');
  });

  it('ends before a third person that takes a "that" clause', () => {
    const [q] = speakers('The Ruiz campaign projects that “a small fee on every ferry ticket” would pay for the quay.');
    expect(q?.mention).toBe('The Ruiz campaign');
  });

  it('ends before an irregular past with its particle', () => {
    const [q] = speakers('As the polls opened, the Lind campaign sent out an email with a photo, and called its rivals “cowards.”');
    expect(q?.mention).toBe('the Lind campaign');
  });

  it('ends before the bare form of a common verb after a plural noun', () => {
    const [q] = speakers('His early posts show a “patient, careful and quiet planner,” unlike the man we see now.');
    expect(q?.mention).toBe('His early posts');
  });

  it('ends before the third person of a common verb that "with" or "to" follows', () => {
    expect(speakers('The 30 second clip ends with music and a line: “Vote for the quay.”')[0]?.mention).toBe('The 30 second clip');
    expect(speakers('The new ad turns to the harbour and calls it “a relic.”')[0]?.mention).toBe('The new ad');
  });

  it('keeps a plural noun that a singular one modifies before "for" in the phrase', () => {
    expect(speakers('The harbour plans for the quay were “a gift to developers.”')[0]?.mention).toBe('The harbour plans');
  });

  it('keeps a noun that a verb follows in the phrase', () => {
    const [q] = speakers('By noon the harbour plans were called “a gift to developers” by Ana Ruiz.');
    expect(q?.speaker).toBe('Ana Ruiz');
  });
});

describe('a determiner standing alone before its past', () => {
  it('is the subject when the quotation follows', () => {
    const quotes = speakers('One banner read, “Save the quay.” Another advised, “Keep the ferry running.”');
    expect(quotes.map((q) => q.mention)).toEqual(['One banner', 'Another']);
  });

  it('is the subject when an object with a number follows', () => {
    const [q] = speakers('Another featured three old photos telling “the story of the first ferry.”');
    expect(q?.mention).toBe('Another');
  });
});
