/**
 * /outlets counts a quotation an outlet repeats (in the lead and again below, or in two of its articles) apart from
 * the distinct quotations, as /quotes counts them: "3 quotes" beside one quotation listed read as two missing.
 */
import { describe, expect, it } from 'vitest';
import { outlets } from '../../src/answers/lists.js';
import { outletsText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const pool = '"The outdoor pool will stay open until October," swimming coach Ilona Strand said.';
const store = writtenStore([
  {
    file: 'pool-a.txt',
    outlet: 'Lakeside Echo',
    date: '2026-06-01',
    text: story(
      'Pool season longer',
      pool,
      `Swimmers cheered. ${pool.replace('swimming coach Ilona Strand said', 'Strand told them again')}`,
    ),
  },
  { file: 'pool-b.txt', outlet: 'Lakeside Echo', date: '2026-06-02', text: story('Pool open late', pool) },
  {
    file: 'pool-c.txt',
    outlet: '',
    text: story('Pool staff', '"We will train four new lifeguards this summer," Ilona Strand said.'),
  },
]);

describe('/outlets with a quotation quoted more than once', () => {
  it('says how many distinct quotations the quotes are, per outlet and per document', () => {
    const result = outlets(store);
    const echo = result.outlets.find((o) => o.outlet === 'Lakeside Echo')!;
    expect(echo.quotes).toBe(3);
    expect(echo.quotations).toBe(1);
    const text = outletsText(result);
    expect(text).toContain('2 documents · 3 quotes (1 distinct quotation) · 2026-06-01 to 2026-06-02');
    expect(text).toContain('— Pool season longer — 2 quotes (1 distinct quotation)');
    expect(text).toContain('— Pool open late — 1 quote\n');
  });

  it('heads a document naming no outlet with that, not with a count of one document', () => {
    const text = outletsText(outlets(store));
    expect(text).toContain('pool-c.txt\n  names no outlet · 1 quote');
  });
});
