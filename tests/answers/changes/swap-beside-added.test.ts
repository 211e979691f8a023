/**
 * A word swapped beside words the outlet added past a matched word: the swap names the words put in its place only,
 * and the added words are an addition of their own, so the Meaning line never reads as a nonsense swap ("replaces
 * “repair” → “mend the old”"). Negations, modals and figures in the same stretch are still named.
 */
import { describe, expect, it } from 'vitest';
import { type MeaningChange, meaningChanges } from '../../../src/answers/changes/changes.js';
import { changesLine } from '../../../src/render/depth.js';

const change = (kind: MeaningChange['kind'], from: string, to: string): MeaningChange => ({ kind, from, to });

/** The Meaning line as a reader sees it. */
const meaningLine = (reference: string, wording: string): string =>
  (changesLine(meaningChanges(reference, wording)) ?? []).map((s) => (typeof s === 'string' ? s : s.text)).join('');

describe('a swap beside added words', () => {
  it('names the swap and the added words apart when a matched word stands between them', () => {
    expect(meaningChanges('the council will repair the bridge this spring', 'the council will mend the old bridge this spring')).toEqual([
      change('substitution', 'repair', 'mend'),
      change('addition', '', 'old'),
    ]);
    expect(
      meaningChanges('we will plant trees along the river next year', 'we will plant trees and hedges along the canal next year'),
    ).toEqual([change('addition', '', 'hedges'), change('substitution', 'river', 'canal')]);
    expect(meaningLine('the mayor will close the library on sundays', 'the mayor will shut the main library on sundays')).toBe(
      '⚠️ Meaning: replaces “close” → “shut”; adds “main”',
    );
  });

  it('keeps words put in at the swap itself as what replaces it', () => {
    expect(
      meaningLine('we will keep the pond open and build a fence', 'we will keep the pond clear before the rains and build a fence'),
    ).toBe('⚠️ Meaning: replaces “open” → “clear before the rains”');
  });

  it('shows words added or left out from the preposition that opens them', () => {
    expect(
      meaningLine('we will keep the pond open and build a fence', 'we will keep the pond open before the rains and build a fence'),
    ).toBe('⚠️ Meaning: adds “before the rains”');
    expect(
      meaningLine('we will keep the pond open before the rains and build a fence', 'we will keep the pond open and build a fence'),
    ).toBe('⚠️ Meaning: leaves out “before the rains”');
    expect(meaningLine('the mayor will close the library', 'the mayor will shut the main library for the summer')).toBe(
      '⚠️ Meaning: replaces “close” → “shut”; adds “main”; adds “for the summer”',
    );
  });

  it('still names a negation, a modal and a figure in the same stretch', () => {
    expect(meaningLine('the council will repair the bridge', 'the council will not mend the old bridge')).toBe(
      '⚠️ Meaning: adds the negation “not”; replaces “repair” → “mend”; adds “old”',
    );
    expect(meaningLine('we will plant 30 trees along the river', 'we may plant 40 trees and hedges along the canal')).toBe(
      '⚠️ Meaning: changes the modal “will” → “may”; changes a figure “30” → “40”; adds “hedges”; replaces “river” → “canal”',
    );
  });
});
