/**
 * Quotations inside quotations: the inner words are the quoted person's, credited to whom the sentence says is
 * quoted ("quoting X", "citing X", "in X's words"), else to no one; the outer quotation keeps its speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { findNested, findQuotes } from '../../src/claims/quotes.js';
import { doc } from './helpers.js';

const said = (...paragraphs: string[]) =>
  extractClaims(doc(...paragraphs)).quotes.map((q) => [q.text, q.kind, q.speaker, q.rule?.startsWith('nested') ? 'nested' : 'outer']);

describe('findNested', () => {
  it('finds single marks inside double ones, passing over apostrophes and plural possessives', () => {
    const d = doc('“The voters’ mood isn’t the point: the board ‘never read the report,’ and that is all,” Ruiz said.');
    const outer = findQuotes(d.text, d.blocks);
    expect(outer).toHaveLength(1);
    expect(findNested(d.text, outer[0]!).map((s) => d.text.slice(s.innerStart, s.innerEnd))).toEqual(['never read the report,']);
  });

  it('finds nothing inside a single-marked quotation', () => {
    const d = doc('The mayor called it ‘a bold step’ yesterday.');
    expect(findNested(d.text, findQuotes(d.text, d.blocks)[0]!)).toEqual([]);
  });
});

describe('nested quotations as quotations of their own', () => {
  it('credits the inner words to the person quoted, the outer to who repeats them', () => {
    expect(
      said(
        'Harbour director Ana Ruiz spoke on Monday.',
        '“The pier ‘will not be finished before the autumn storms arrive.’ Shameful!” Tom Berg wrote, quoting Ruiz’s statement.',
      ),
    ).toEqual([
      ['The pier ‘will not be finished before the autumn storms arrive.’ Shameful!', 'quote', 'Tom Berg', 'outer'],
      ['will not be finished before the autumn storms arrive.', 'quote', 'Ana Ruiz', 'nested'],
    ]);
  });

  it('reads "in X\'s words" and "citing X"', () => {
    const inWords = said(
      'Senator Mia Holt visited the port.',
      '“We were told, in Holt’s words, ‘the port will stay open all winter long,’” Berg said.',
    );
    expect(inWords[1]).toEqual(['the port will stay open all winter long,', 'quote', 'Mia Holt', 'nested']);
    const citing = said(
      'Senator Mia Holt visited the port.',
      'Berg said, citing Holt: “She promised ‘no ship will be turned away this year’ and left.”',
    );
    expect(citing[1]).toEqual(['no ship will be turned away this year', 'quote', 'Mia Holt', 'nested']);
  });

  it('leaves inner words unattributed when the sentence does not say whose they are, never to the outer speaker', () => {
    expect(said('“My neighbour said ‘the water is rising faster than last year,’ so we left,” Berg said.')[1]).toEqual([
      'the water is rising faster than last year,',
      'quote',
      null,
      'nested',
    ]);
  });

  it('keeps a short scare quote inside a quotation a phrase, not a claim', () => {
    expect(said('“They call it a ‘quick fix’ and nothing more,” Berg said.')[1]).toEqual(['quick fix', 'phrase', null, 'nested']);
  });
});
