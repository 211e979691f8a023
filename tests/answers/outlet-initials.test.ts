/**
 * An outlet typed by its initials (“NYT”, “n.y.t.”) names it when no outlet's name reads so and one outlet alone
 * has those initials; short or common words are never taken for initials.
 */
import { describe, expect, it } from 'vitest';
import { looseOutlet } from '../../src/answers/carriers.js';
import { compare } from '../../src/answers/compare.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { compareText } from '../../src/render/text.js';
import { ClaimStore } from '../../src/store/store.js';

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

describe('/compare with an outlet typed loosely', () => {
  const articles = [
    {
      file: 'hvt-1.txt',
      outlet: 'The Harbour Valley Times',
      text: 'Pier reopens\n\n"The pier will reopen to anglers on Saturday," said warden Ilse Amankwah.\n',
    },
    {
      file: 'post-1.txt',
      outlet: 'Ostby Post',
      text: 'Anglers return\n\n"The pier will reopen to anglers on Saturday," Ilse Amankwah said.\n',
    },
  ];
  const documents = articles.map((a) => prepareDocument(a.file, a.text, { file: a.file, outlet: a.outlet, date: '2025-06-07' }));
  const store = ClaimStore.fromCorpus({ dir: 'outlet-initials', documents, errors: [] });

  it('names the outlet as the corpus does (`outletNames`), keeping the filter as typed', () => {
    const r = compare(store, 'pier reopen anglers', { outlets: ['hvt'] });
    expect(r.outletFilter).toEqual(['hvt']);
    expect(r.outletNames).toEqual(['The Harbour Valley Times']);
    expect(r.claims[0]?.outlets.map((o) => o.document)).toEqual(['hvt-1.txt']);
    expect(compareText(r)).toContain('Outlets: The Harbour Valley Times');
  });

  it('sets no `outletNames` when each outlet was typed as the corpus names it', () => {
    expect(compare(store, 'pier reopen anglers', { outlets: ['Ostby Post'] }).outletNames).toBeUndefined();
  });
});
