/**
 * Word counts behind the web layer's length thresholds: runs of letters or digits, in any script; Chinese and
 * Japanese, written without spaces, two characters a word; an emoji is none; a letter written as two UTF-16 units
 * (`𝒜`) is one letter.
 */
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/corpus/web/dom.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['The ferry, at 6:40, was late.', 7],
    ['Mayor Ana Ruiz—re-elected—spoke', 6],
    ['Žofie Dvořáková und Ωμέγα Привет', 5],
    ['東京都の予算', 3],
    ['budget 東京都 2026', 4],
    ['ok 😀 👍🏽 go', 2],
    ['𝒜𝒷c x', 2],
    // a combining accent is no letter: it parts the run, as an accent written apart does
    ['e\u0301t\u00e9', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
