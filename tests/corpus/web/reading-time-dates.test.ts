/**
 * A date line printed with a reading time ("June 14, 2026 · 5 min read", "Published 14 June 2026 | 4 minute
 * read") leaves the body and dates the page when its markup does not; a declared date still wins.
 */
import { describe, expect, it } from 'vitest';
import { dateLineDate, isDateLine } from '../../../src/corpus/dates.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Harbour workers in Saltby agreed a new contract on Monday after six weeks of talks, their union said.',
  '“This deal keeps the night crews whole,” said union rep Dagny Holm.',
  'The port authority said the deal would cost about two million a year and called it fair.',
  'Ships had queued off the coast for days during the dispute, which began in early spring.',
];
const read = (head: string, line: string) => {
  const r = extractArticle(
    `<html><head><title>Harbour deal | Saltby Herald</title>${head}</head><body><article><h1>Harbour deal</h1>${line}${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('date lines with a reading time', () => {
  it('are date lines', () => {
    for (const l of [
      'June 14, 2026 · 5 min read',
      'Published 14 June 2026 | 4 minute read',
      '14 June 2026 — 3 mins read',
      '5 min read · Jun 14, 2026',
    ])
      expect(isDateLine(l), l).toBe(true);
    expect(isDateLine('June 14, 2026: talks ran 5 minutes over')).toBe(false);
  });

  it('date the page and leave the body', () => {
    for (const line of [
      '<p>June 14, 2026 · 5 min read</p>',
      '<div class="meta"><span>Published 14 June 2026 | 4 minute read</span></div>',
    ]) {
      const r = read('', line);
      expect(r.date, line).toBe('2026-06-14');
      expect(r.text.split('\n\n')).toEqual(BODY);
    }
  });

  it('a published and an updated date on one line, and foreign reading times, leave the body and date the page', () => {
    for (const l of [
      'Publié le 14 juin 2026 à 10h32 · Mis à jour le 14 juin 2026 à 12h05',
      'Published June 14, 2026 · Updated June 15, 2026',
      '14.06.2026, 18:30 Uhr · Lesezeit: 2 Min.',
    ])
      expect(isDateLine(l), l).toBe(true);
    // two dates without a word of change are a span, no date line
    expect(isDateLine('June 14, 2026 – July 2, 2026')).toBe(false);
    const r = read('', '<p>Publié le 14 juin 2026 à 10h32 · Mis à jour le 15 juin 2026 à 12h05</p><p>Lecture : 3 min</p>');
    expect(r.date).toBe('2026-06-14');
    expect(r.text.split('\n\n')).toEqual(BODY);
    expect(read('', '<p>Lesezeit: 2 Min.</p>').text.split('\n\n')).toEqual(BODY);
  });

  it('more date lines: “First published on …”, Spanish and Italian times, and the published day after an updated one', () => {
    for (const l of [
      'First published on Thu 14 Jun 2026 09.00 BST',
      'Publicado el 14 de junio de 2026 a las 10:32',
      'Pubblicato il 14 giugno 2026 alle ore 10:32',
    ])
      expect(isDateLine(l), l).toBe(true);
    expect(dateLineDate('Updated June 15, 2026 12:01 am ET | Published June 14, 2026')?.iso).toBe('2026-06-14');
    expect(dateLineDate('Published June 14, 2026 · Updated June 15, 2026')?.iso).toBe('2026-06-14');
    expect(read('', '<p>Updated June 15, 2026 12:01 am ET | Published June 14, 2026</p>').date).toBe('2026-06-14');
  });

  it('do not beat a declared date', () => {
    expect(read('<meta property="article:published_time" content="2026-06-13T22:00:00Z">', '<p>June 14, 2026 · 5 min read</p>').date).toBe(
      '2026-06-13',
    );
  });
});
