/**
 * Three page shapes once read wrong: a headline closed by another level's end tag (`<h1>…</h2>`),
 * a `<title>` that is only the site's name above an `<h2>` headline, and an "Updated …" date line that ends
 * with the outlet's name.
 */
import { describe, expect, it } from 'vitest';
import { closeHeadings } from '../../../src/corpus/web/dom.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { isDateLine } from '../../../src/corpus/dates.js';

const BODY = [
  'The ferry board in Kelmoor voted on Tuesday to cut the winter timetable to four crossings a day, citing fuel costs.',
  '“We are not abandoning the islands, we are keeping the boats afloat,” said board chair Runa Estvik.',
  'Islanders who rely on the early crossing to reach the hospital said the cut would leave them stranded overnight.',
  'The board said it would review the timetable in March once the new fuel contract is signed.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('');
const read = (html: string, url?: string) => {
  const r = extractArticle(html, url ? { url } : {});
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a headline closed by another level’s end tag', () => {
  it('keeps the byline and the text out of the title', () => {
    const r = read(
      `<html><head><title>Kelmoor ferry cut | Northsound Echo</title></head><body><article><h1>Kelmoor ferry cut</h2><p class="byline">By Sigrun Vale</p>${paras}</article></body></html>`,
    );
    expect(r.title).toBe('Kelmoor ferry cut');
    expect(r.author).toBe('Sigrun Vale');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('closes the open heading as a browser does; scripts and comments are left as written', () => {
    expect(closeHeadings('<h1>A</h2><p>b</p><h3>C</h3>')).toBe('<h1>A</h1><p>b</p><h3>C</h3>');
    expect(closeHeadings('<script>x = "<h1>a</h2>"</script><!-- <h2>x</h3> -->')).toBe(
      '<script>x = "<h1>a</h2>"</script><!-- <h2>x</h3> -->',
    );
  });
});

describe('a <title> that is only the site’s name', () => {
  const page = (head: string, header: string) =>
    `<html><head><title>Northsound Echo</title>${head}</head><body><header>${header}</header><article><h2>Kelmoor ferry board cuts winter crossings</h2>${paras}</article></body></html>`;

  it('names the outlet; the <h2> above the text is the headline', () => {
    for (const r of [
      read(page('', '<a href="/">Northsound Echo</a> <nav>News Sport</nav>')),
      read(page('<meta property="og:site_name" content="Northsound Echo">', '')),
      read(page('', ''), 'https://www.northsoundecho.example/news/ferry-cuts'),
    ]) {
      expect(r.title).toBe('Kelmoor ferry board cuts winter crossings');
      expect(r.outlet).toBe('Northsound Echo');
      expect(r.text.split('\n\n')).toEqual(BODY);
    }
  });

  it('a <title> the page does not print as its name is still the headline', () => {
    const r = read(
      `<html><head><title>Ferry board cuts winter crossings</title></head><body><header><a href="/">Northsound Echo</a></header><article>${paras}</article></body></html>`,
    );
    expect(r.title).toBe('Ferry board cuts winter crossings');
  });
});

describe('an "Updated" date line ending with the outlet’s name', () => {
  it('dates the page and leaves the text', () => {
    const r = read(
      `<html><head><title>Kelmoor ferry cut | Northsound Echo</title></head><body><article><h1>Kelmoor ferry cut</h1><p>By Sigrun Vale</p><p>Updated 3:05 PM EST, Tue March 4, 2025 / 12:05 PM / Northsound Echo</p>${paras}</article></body></html>`,
    );
    expect(r.date).toBe('2025-03-04');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a name beside a date is a date line; words that are not a name are not', () => {
    expect(isDateLine('Updated 3:05 PM EST, Tue March 4, 2025 / 12:05 PM / Northsound Echo')).toBe(true);
    expect(isDateLine('The Kelmoor Courier | June 14, 2026')).toBe(true);
    expect(isDateLine('June 14, 2026 / the board met again')).toBe(false);
    expect(isDateLine('On June 14, 2026 the board met again')).toBe(false);
  });
});

describe('a German "Stand:" line', () => {
  it('is a date line: it dates the page and leaves the text', () => {
    expect(isDateLine('Stand: 04.03.2025, 15:05 Uhr')).toBe(true);
    const r = read(
      `<html lang="de"><head><title>Fähre fährt seltener | Nordsund Bote</title></head><body><article><h1>Fähre fährt seltener</h1><p>Von Sigrun Vale</p><p>Stand: 04.03.2025, 15:05 Uhr</p>${paras}</article></body></html>`,
    );
    expect(r.date).toBe('2025-03-04');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });
});

describe('a <title> printed as the article’s own header', () => {
  it('is the headline, not the site’s name', () => {
    const r = read(
      `<html><head><title>Kelmoor ferry board cuts winter crossings</title></head><body><article><header><h2>Kelmoor ferry board cuts winter crossings</h2></header>${paras}</article></body></html>`,
    );
    expect(r.title).toBe('Kelmoor ferry board cuts winter crossings');
    expect(r.outlet).toBeNull();
  });
});
