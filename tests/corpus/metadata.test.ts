import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/corpus/clean.js';
import { findDate, isDateLine, parseDate } from '../../src/corpus/dates.js';
import { inferMetadata } from '../../src/corpus/metadata.js';
import { pageUrl, registrableDomain } from '../../src/corpus/outlet.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { sharedData } from '../support/shared-data.js';

const meta = (text: string) => inferMetadata(cleanText(text).lines);
const BODY =
  'The committee met for six hours on Tuesday and agreed on a budget that covers roads, schools, water pipes and the harbour, officials said after the vote.';
const seed = (name: string): string => {
  const dir = path.resolve(import.meta.dirname, '../../seeds');
  return readFileSync(path.join(dir, name), 'utf8');
};

describe('dates', () => {
  it.each([
    ['date 2023-07-04 0', '2023-07-04'],
    ['July 3, 2023', '2023-07-03'],
    ['Tuesday 4 July 2023 - 04:32', '2023-07-04'],
    ['3 July 2023', '2023-07-03'],
    ['Sept. 12, 2016', '2016-09-12'],
    ['Published 1st of March, 2024', '2024-03-01'],
    ['04.07.2023', '2023-07-04'],
    ['Published 14/06/2026', '2026-06-14'],
    ['Updated: 6/14/2026 07:45 AM', '2026-06-14'],
    ['14-06-2026', '2026-06-14'],
    ['2026年6月14日', '2026-06-14'],
    ['Sonntag, 14. Juni 2026, 07:45 Uhr', '2026-06-14'],
    ['publié le 1er mai 2026 à 07h45', '2026-05-01'],
    ['domingo 14 de junio de 2026', '2026-06-14'],
    ['3 marzo 2026', '2026-03-03'],
  ])('finds %s → %s', (s, iso) => {
    expect(findDate(s)?.iso).toBe(iso);
  });

  it('refuses dates without a year and impossible days', () => {
    expect(findDate('July 3')).toBeNull();
    expect(findDate('on 3 July at noon')).toBeNull();
    expect(findDate('2023-02-30')).toBeNull();
    expect(findDate('in February 2022')).toBeNull();
    // slashed with both numbers 12 or less: 4 July or 7 April?
    expect(findDate('04/07/2023')).toBeNull();
    expect(findDate('12-11-2023')).toBeNull();
  });

  it('tells a date line from a sentence with a date in it', () => {
    expect(isDateLine('Tuesday 4 July 2023 - 04:32')).toBe(true);
    expect(isDateLine('Updated: 5 May 2024, 10:15 GMT')).toBe(true);
    expect(isDateLine('The vote on 5 May 2024 was close.')).toBe(false);
    for (const line of [
      'Jun. 14, 2026 7:45 a.m. ET',
      'Published 14/06/2026',
      'Sonntag, 14. Juni 2026, 07:45 Uhr',
      'le 14 juin 2026 à 07h45',
    ])
      expect(isDateLine(line)).toBe(true);
    expect(isDateLine('Le 14 juin 2026, le conseil municipal a voté le budget.')).toBe(false);
  });

  it('parses a whole value only', () => {
    expect(parseDate('2024-05-05')).toBe('2024-05-05');
    expect(parseDate('May 5, 2024')).toBe('2024-05-05');
    expect(parseDate('soon, May 5, 2024')).toBeNull();
  });
});

describe('outlet clues', () => {
  it('unwraps proxy-wrapped URLs and keeps the inner host', () => {
    expect(pageUrl('https://proxy.example.net:443/https/news.example.org/a/1')).toEqual({
      url: 'https://news.example.org/a/1',
      host: 'news.example.org',
    });
    expect(pageUrl('https://www.example.com/story')?.host).toBe('www.example.com');
    expect(pageUrl('https://twitter.com/someone/status/1')).toBeNull();
  });

  it('reduces hosts to the registrable domain', () => {
    expect(registrableDomain('p.dw.com')).toBe('dw.com');
    expect(registrableDomain('www.example.co.uk')).toBe('example.co.uk');
  });
});

describe('inferMetadata', () => {
  it('reads the seeds: dates from header lines, headlines, DW from URL + menu, DN from a Source line', () => {
    const d0 = prepareDocument('0', seed('000_f83aa7529c895b80.txt')).meta;
    expect(d0).toMatchObject({ date: '2023-07-04', title: 'China Seeks to Expand Cooperation with Russian Navy', outlet: null });
    const d1 = prepareDocument('1', seed('001_bee019fe0c51243f.txt')).meta;
    expect(d1).toMatchObject({ date: '2023-07-03', title: 'Chinese defense chief wants to expand cooperation with Russia', outlet: null });
    const d3 = prepareDocument('3', seed('003_efc4b3a9b3049d34.txt')).meta;
    expect(d3).toMatchObject({ outlet: 'DW', date: '2023-07-03', url: 'https://p.dw.com/p/4TLXn' });
    expect(d3.title).toBe('Chinese defense minister meets with Russian navy chief');
    expect(d3.evidence.find((e) => e.field === 'outlet')).toMatchObject({ source: 'text' });
    expect(d3.evidence.find((e) => e.field === 'outlet')!.detail).toMatch(/dw\.com.*Skip to more DW sites/);
    const d4 = prepareDocument('4', seed('004_58fe8462cd8d2dcd.txt')).meta;
    expect(d4).toMatchObject({ outlet: 'DN', date: null, title: null });
    expect(d4.evidence).toEqual([{ field: 'outlet', source: 'text', detail: 'Source: DN' }]);
  });

  it('keeps the line each value came from as evidence', () => {
    const m = meta(`Harbour deal agreed\nPublished: 12 March 2024\n\n${BODY}`);
    expect(m.date).toBe('2024-03-12');
    expect(m.title).toBe('Harbour deal agreed');
    expect(m.evidence).toEqual([
      { field: 'date', source: 'text', detail: 'Published: 12 March 2024' },
      { field: 'title', source: 'text', detail: 'Harbour deal agreed' },
    ]);
  });

  it('ignores dates in the body and in link lists, and dates without a year', () => {
    expect(meta(`Harbour deal agreed\n\n${BODY}\n\nThe next vote is on 3 July 2024.`).date).toBeNull();
    expect(meta(`Harbour deal agreed\n12 March\n\n${BODY}`).date).toBeNull();
    const list = [
      'Harbour deal agreed',
      BODY,
      'More stories',
      'Bridge reopens',
      '2 May 2024',
      'Ferry fares rise',
      '1 May 2024',
      'Port strike ends',
      '1 May 2024',
    ];
    expect(meta(list.join('\n')).date).toBeNull();
  });

  it('reads the date closing a byline or masthead line of the header, not one inside a sentence there', () => {
    for (const line of [
      'By Mira Holt — The Brinmoor Courier, 24 November 2026',
      'By Mira Holt | Brinmoor Courier | Nov. 24, 2026, 9:30 a.m.',
      'The Brinmoor Courier (24 November 2026)',
    ]) {
      expect(meta(`Harbour deal agreed\n${line}\n\n${BODY}`).date, line).toBe('2026-11-24');
    }
    expect(meta(`Harbour deal agreed\nThe deal was first proposed on 24 November 2016\n\n${BODY}`).date).toBeNull();
    expect(
      meta(`Harbour deal agreed\nBy Mira Holt, who covered the first vote on 24 November 2016 for this paper\n\n${BODY}`).date,
    ).toBeNull();
  });

  it('does not take a chrome line or a body paragraph for the title', () => {
    expect(meta(`1. Skip to content\nPoliticsEurope\nBudget passes after long night\n${BODY}`).title).toBe(
      'Budget passes after long night',
    );
    expect(meta(BODY).title).toBeNull();
    expect(meta(`“We will not move,” she said.\n${BODY}`).title).toBeNull();
  });

  it('names the outlet by the domain unless the page itself gives the short name', () => {
    expect(meta(`Title line\nhttps://proxy.example.net:443/https/www.harbourtimes.com/a/1\n${BODY}`).outlet).toBe('harbourtimes.com');
    const named = meta(`Skip to more HT sites\nTitle line\nhttps://ht.com/a/1\n${BODY}`);
    expect(named.outlet).toBe('HT');
    expect(named.url).toBe('https://ht.com/a/1');
  });

  it('reads a Source line and a copyright footer; leaves an unknown outlet null', () => {
    expect(meta(`Title line\n${BODY}\nSource: Harbour Wire`).outlet).toBe('Harbour Wire');
    expect(meta(`Title line\n${BODY}\n© 2024 Harbour Times. All rights reserved.`).outlet).toBe('Harbour Times');
    expect(meta(`Title line\n${BODY}\nFILE PHOTO: the port. © Port Authority`).outlet).toBeNull();
    expect(meta(`Title line\n${BODY}`).outlet).toBeNull();
  });

  it('lets manifest values win, with manifest evidence', () => {
    const lines = cleanText(`Title line\nJuly 3, 2023\n${BODY}\nSource: Harbour Wire`).lines;
    const m = inferMetadata(lines, { file: 'a.txt', outlet: 'The Harbour', date: '2023-07-05' });
    expect(m).toMatchObject({ outlet: 'The Harbour', date: '2023-07-05', title: 'Title line' });
    expect(m.evidence).toContainEqual({ field: 'outlet', source: 'manifest', detail: 'a.txt: outlet = "The Harbour"' });
    expect(m.evidence).toContainEqual({ field: 'date', source: 'manifest', detail: 'a.txt: date = "2023-07-05"' });
    expect(m.evidence).toContainEqual({ field: 'title', source: 'text', detail: 'Title line' });
  });
});

const polnear = sharedData('data/polnear');

describe.skipIf(!polnear.present)(polnear.title('inferMetadata on PolNeAR (read from ../shared at run time)'), () => {
  it('takes each article headline as its title (metadata.tsv title, or its part before the subtitle)', () => {
    const root = polnear.path;
    const rows = readFileSync(path.join(root, 'metadata.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const train = rows.filter((r) => r[0] === 'train');
    expect(train.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    for (const r of train) {
      const text = readFileSync(path.join(root, 'train/text', `${r[1]}.txt`), 'utf8');
      const title = inferMetadata(cleanText(text).lines).title;
      if (!title || !norm(r[7]!).startsWith(norm(title)) || norm(title).length < 5) wrong.push(`${r[1]}: ${title}`);
    }
    expect(wrong).toEqual([]);
  });
});
