/** A title-case line that ends with a quotation credits it to the person it opens with, before its verb. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const credits = (...paragraphs: string[]) => extractClaims(doc(...paragraphs)).quotes.map((q) => [q.text, q.speaker, q.rule]);

describe('headline-name', () => {
  it('credits a title-case line’s quotation to the person named at its start, not to a caption it runs into', () => {
    const quotes = credits(
      'PHOTO Senator Oskar Lind shakes hands with Mayor Ana Ruiz at the pier 9:41PMAna Ruiz Wants The Port ‘Open Every Single Day Of The Year’',
      'Mayor Ana Ruiz spoke to dock workers on Friday about the harbour.',
    );
    expect(quotes[0]).toEqual(['Open Every Single Day Of The Year', 'Ana Ruiz', 'headline-name']);
  });

  it('reads a name of two words before the verb', () => {
    const quotes = credits(
      'Ana Ruiz Calls Harbour Fees ‘A Tax On Every Fisherman In The Bay’',
      'Mayor Ana Ruiz spoke to dock workers on Friday about the harbour.',
    );
    expect(quotes[0]).toEqual(['A Tax On Every Fisherman In The Bay', 'Ana Ruiz', 'headline-name']);
  });

  it('leaves a line whose opening words name no one the document knows', () => {
    const quotes = credits(
      'Harbour Anger Grows Over ‘A Tax On Every Fisherman In The Bay’',
      'Mayor Ana Ruiz spoke to dock workers on Friday about the harbour.',
    );
    expect(quotes[0]?.[2]).not.toBe('headline-name');
  });

  it('does not read a sentence in ordinary case as a headline', () => {
    const quotes = credits(
      'Mayor Ana Ruiz spoke to dock workers on Friday about the harbour.',
      'Oskar Lind said Ruiz wants the port to stay “Open Every Single Day Of The Year”.',
    );
    expect(quotes[0]?.[1]).toBe('Oskar Lind');
  });
});

describe('headline-lead', () => {
  it('credits a headline’s quotation to the person before its colon', () => {
    const quotes = credits(
      'Lind: Mayor Ruiz Is A ‘Total Failure’ On The Harbour',
      'Mayor Ana Ruiz and Oskar Lind spoke to dock workers on Friday about the harbour.',
    );
    expect(quotes[0]).toEqual(['Total Failure', 'Oskar Lind', 'headline-lead']);
  });

  it('leaves a title in marks after a colon that names no one the document knows', () => {
    const quotes = credits(
      'Harbour Week: Watch ‘The Last Ferry’ Tonight',
      'Mayor Ana Ruiz spoke to dock workers on Friday about the harbour.',
    );
    expect(quotes[0]?.[1]).toBeNull();
  });

  it('does not read a long paragraph with a colon as a headline', () => {
    const quotes = credits(
      'Mayor Ana Ruiz spoke to dock workers on Friday about the harbour.',
      `Ruiz: ${'the harbour board met again on Monday and talked for hours about the fees, '.repeat(2)}then watched “The Last Ferry” together.`,
    );
    expect(quotes[0]?.[1]).toBeNull();
  });
});
