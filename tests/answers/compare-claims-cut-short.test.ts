/**
 * A thread on a person's /quotes comparing their quotations (`compareClaims`): a quotation one outlet prints cut
 * short, the start of a longer one of the same speaker, says it is that claim's start (`startOf`) and the longer
 * claim lists that outlet as cutting the end, as /compare on a topic does (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare, compareClaims } from '../../src/answers/compare.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { compareText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const full = 'We will turn the old tannery into a swimming pool and keep the canal towpath lit for cyclists every night of the year';
const rest = 'and keep the canal towpath lit for cyclists every night of the year';
const start = 'We will turn the old tannery into a swimming pool';

function storeWith(shorterSentence: string) {
  return writtenStore([
    {
      file: 'tannery-a.txt',
      outlet: 'Canal Gazette',
      date: '2026-04-01',
      text: story('Tannery to become pool', `Mayor Petra Lind said: "${full}."`, 'The plan goes to a vote in May.'),
    },
    {
      file: 'tannery-b.txt',
      outlet: 'Northside Courier',
      date: '2026-04-01',
      text: story('Pool plan for tannery', `"${full}," Petra Lind told a meeting.`),
    },
    {
      file: 'tannery-c.txt',
      outlet: 'Eastgate Echo',
      date: '2026-04-02',
      text: story('A pool at last', shorterSentence, 'Builders are to be chosen this summer.'),
    },
  ]);
}

describe('compareClaims of a quotation printed cut short, grouped apart', () => {
  const store = storeWith('Petra Lind said: "We will turn the old tannery into a swimming pool."');
  const quotes = speakerQuotes(store, 'Petra Lind').quotes.map((q) => q.quote);

  it('marks the shorter claim as the start of the longer one, as /compare on a topic does', () => {
    const result = compareClaims(store, 'Petra Lind', quotes);
    // each quotation compared as itself: the shorter one is not taken for the longer claim that starts with it
    expect(result.claims).toHaveLength(2);
    const longer = result.claims.find((c) => c.quote.includes('every night'))!;
    const shorter = result.claims.find((c) => !c.quote.includes('every night'))!;
    expect(shorter.startOf).toEqual({ claimId: longer.claimId, rest, documents: ['tannery-a.txt', 'tannery-b.txt'] });
    expect(longer.startOf).toBeUndefined();
    const echo = longer.outlets.find((o) => o.outlet === 'Eastgate Echo')!;
    expect(echo.changes).toEqual([{ kind: 'truncated_end', from: rest, to: '' }]);
    const topic = compare(store, 'turn the old tannery into a swimming pool');
    expect(topic.claims.find((c) => !c.quote.includes('every night'))?.startOf).toEqual(shorter.startOf);
    expect(compareText(result)).toContain(`ℹ️ The start of claim ${result.claims.indexOf(longer) + 1}`);
  });

  it('does not mark it when another person is credited with the shorter words', () => {
    const other = storeWith('Councillor Omar Biel said: "We will turn the old tannery into a swimming pool."');
    const result = compareClaims(other, 'Petra Lind', [full, start]);
    expect(result.claims.every((c) => c.startOf === undefined)).toBe(true);
  });

  it('does not call a quotation compared as another’s claim one left out for room', () => {
    const other = storeWith('Councillor Omar Biel said: "We will turn the old tannery into a swimming pool."');
    // the shorter words credited to another person are the longer claim's, compared under it (outlets disagree)
    const result = compareClaims(other, 'Petra Lind', [full, start]);
    expect(result.claims).toHaveLength(1);
    expect(result.explanation).toBe('Petra Lind: 1 quotation compared across 3 documents.');
  });

  it('names the quotations left out for room by their numbers', () => {
    const said = [
      'The bakery on Mill Lane will get a new roof before the first snow',
      'Every school in the district will have a nurse on duty by September',
      'We are planting four hundred oak trees along the ring road this spring',
      'The night buses will run until two in the morning on Fridays',
      'Our harbour will open a ferry link to the islands next summer',
      'Rents in council flats stay frozen for another two years',
      'The market square becomes a car free zone every Sunday afternoon',
    ];
    const many = writtenStore([
      {
        file: 'plans.txt',
        outlet: 'Canal Gazette',
        date: '2026-04-03',
        text: story('Mayor sets out plans', ...said.map((q) => `Mayor Petra Lind said: "${q}."`)),
      },
    ]);
    const result = compareClaims(many, 'Petra Lind', said);
    expect(result.claims).toHaveLength(5);
    expect(result.explanation).toContain('(from the first 5 of 7; name others by number: “compare 6 and 7”)');
  });
});
