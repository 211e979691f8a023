/**
 * An outlet's articles of one day that carried a claim alike are listed once, with how many, not the same label
 * over and over (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { compareText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const tollStory = (file: string, outlet: string, ...paragraphs: string[]) => ({
  file,
  outlet,
  date: '2026-05-04',
  text: story('Harbour toll debate', ...paragraphs),
});

const store = writtenStore([
  tollStory('quay-1.txt', 'Quay Ledger', '“The harbour toll will pay for the new breakwater,” said port treasurer Anselm Brook.'),
  tollStory('gazette-1.txt', 'Saltmere Gazette', 'The harbour toll was debated again at the council meeting on Monday.'),
  tollStory('gazette-2.txt', 'Saltmere Gazette', 'Fishermen protested the harbour toll outside the council chamber.'),
]);

describe('one outlet’s articles of one day in a group', () => {
  it('are named once, with how many documents', () => {
    const text = compareText(compare(store, 'harbour toll'));
    expect(text).toContain('Left it out (2): Saltmere Gazette · 2026-05-04 (2 documents)');
    expect(text).not.toContain('Saltmere Gazette · 2026-05-04; Saltmere Gazette · 2026-05-04');
  });
});
