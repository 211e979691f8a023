/**
 * An outlet typed by its initials (“NYT”, “n.y.t.”) names it when no outlet's name reads so and one outlet alone
 * has those initials; short or common words are never taken for initials.
 */
import { describe, expect, it } from 'vitest';
import { looseOutlet } from '../../src/answers/carriers.js';

const LABELS = ['The Harbour Valley Times', 'Pellworth Daily Courier', 'Ostby Post', 'DW'];

describe('an outlet typed by its initials', () => {
  it('names the one outlet with those initials, with or without its “the”, dots and case aside', () => {
    expect(looseOutlet('HVT', LABELS)).toBe('The Harbour Valley Times');
    expect(looseOutlet('thvt', LABELS)).toBe('The Harbour Valley Times');
    expect(looseOutlet('p.d.c.', LABELS)).toBe('Pellworth Daily Courier');
  });

  it('reads no initials in two letters, common words, several words, or initials two outlets share', () => {
    expect(looseOutlet('op', LABELS)).toBeNull();
    expect(looseOutlet('the', ['Tarn Herald Express'])).toBeNull();
    expect(looseOutlet('hv times', LABELS)).toBeNull();
    expect(looseOutlet('pdc', ['Pellworth Daily Courier', 'Port Dunmore Chronicle'])).toBeNull();
  });

  it('a name that reads as an outlet is still preferred: “dw” is DW', () => {
    expect(looseOutlet('d.w.', [...LABELS, 'Dunmore Weekly'])).toBe('DW');
  });
});
