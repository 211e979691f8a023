/**
 * A /quotes or /source answer that finds nothing, not even a close name, says what the member can try next
 * instead of ending on "not found".
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotesText, sourceText } from '../../src/render/text.js';
import * as f from './fixtures.js';

describe('not-found answers say what to try next', () => {
  it('/quotes of a name with nothing close: check the spelling, the surname alone, or /who-said', () => {
    const text = speakerQuotesText({
      ...f.speakerResult,
      query: 'Wilhelmina Oxtoby',
      speaker: null,
      suggestions: [],
      quotes: [],
      total: 0,
    });
    expect(text).toContain('No speaker in the corpus matches “Wilhelmina Oxtoby”.');
    expect(text).toContain('give the surname alone; /who-said');
  });

  it('/quotes with a close name offers it, and no other advice', () => {
    const text = speakerQuotesText({ ...f.speakerResult, speaker: null, suggestions: ['Mara Quint'], quotes: [], total: 0 });
    expect(text).toContain('Did you mean: Mara Quint?');
    expect(text).not.toContain('/who-said');
  });

  it('/source of a name with nothing close points to /outlets, which lists every document', () => {
    const text = sourceText({ ...f.sourceResult, document: 'harbour-notes', found: false, suggestions: [] });
    expect(text).toContain('No document in the corpus is named “harbour-notes”.');
    expect(text).toContain('/outlets lists every document');
  });
});
