/**
 * In /compare, the outlets of one group ("Quoted verbatim", "Left it out", …) are listed earliest first, undated ones
 * last, outlets of one day by name, whatever order the corpus holds their documents in (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { compareText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const said = '“The lighthouse keeper’s cottage will become a sailing school,” said parish clerk Wenna Trask.';
const store = writtenStore([
  {
    file: 'a-late.txt',
    outlet: 'Cove Herald',
    date: '2026-06-09',
    text: story('Lighthouse cottage', said, 'The parish bought the cottage in spring for a modest sum after a long vote.'),
  },
  {
    file: 'b-undated.txt',
    outlet: 'Bay Leaflet',
    text: story('Cottage plan', 'Children from four villages could learn to sail there next summer.', said),
  },
  {
    file: 'c-early.txt',
    outlet: 'Tide Sheet',
    date: '2026-06-02',
    text: story('Sailing school', said, 'Boats will be lent by the rowing club, which has moved to the river.'),
  },
  {
    file: 'd-early.txt',
    outlet: 'Anchor Post',
    date: '2026-06-02',
    text: story('Sailing school plan', 'Neighbours worry about parking on the narrow coast road.', said),
  },
]);

describe('a /compare group’s outlets', () => {
  it('are listed by date, undated last, one day’s by name', () => {
    const result = compare(store, 'lighthouse cottage sailing school');
    // the answer's data keeps the corpus's order
    expect(result.claims[0]!.outlets.map((o) => o.document)).toEqual(['a-late.txt', 'b-undated.txt', 'c-early.txt', 'd-early.txt']);
    expect(compareText(result)).toContain(
      'Quoted verbatim (4): Anchor Post · 2026-06-02; Tide Sheet · 2026-06-02; Cove Herald · 2026-06-09; Bay Leaflet',
    );
  });

  it('put a copy of the same day after what it copies', () => {
    const wire = writtenStore([
      { file: 'a-copy.txt', outlet: 'Anchor Post', date: '2026-06-02', text: story('Sailing school', said) },
      { file: 'b-first.txt', outlet: 'Tide Sheet', date: '2026-06-02', text: story('Sailing school', said) },
    ]);
    const result = compare(wire, 'lighthouse cottage sailing school');
    const copy = result.claims[0]!.outlets.find((o) => o.copyOf);
    if (!copy) throw new Error('expected one article to copy the other');
    const original = result.claims[0]!.outlets.find((o) => o.document === copy.copyOf)!;
    const text = compareText(result);
    expect(text.indexOf(`${original.outlet} · 2026-06-02;`)).toBeLessThan(text.indexOf(`${copy.outlet} · 2026-06-02 — copies`));
  });
});
