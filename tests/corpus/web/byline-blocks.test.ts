/**
 * A byline printed with its date in one block, the lines split by `<br>` ("By Rosa Quill<br>March 10, 2026"),
 * and a byline in capitals ("BY ROSA QUILL", as wire stories print it): read as one paragraph the block was
 * neither a byline nor a date line, so it stayed in the text, the page undated and its author unnamed.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions.',
  '“Islanders who work late have had no way home for a decade, and that ends this spring,” said director Sanna Holt.',
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said.',
];
const read = (top: string, after = '') => {
  const r = extractArticle(
    `<html><head><title>Night ferry | Skerry Post</title></head><body><article><h1>Night ferry</h1>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}${after}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a byline and its date in one block of lines', () => {
  it.each([
    ['<p>By Lena Brisk<br>March 12, 2026</p>', 'Lena Brisk'],
    ['<p>BY LENA BRISK<br>MARCH 12, 2026</p>', 'Lena Brisk'],
    ['<div>By Lena Brisk<br>Published March 12, 2026 at 9:14 a.m.</div>', 'Lena Brisk'],
    ['<p>By Lena Brisk and Tom Varde<br>Skerry Post<br>Updated 12 March 2026, 14:05 GMT</p>', 'Lena Brisk, Tom Varde'],
  ])('%s names the author, dates the page and leaves the text', (top, author) => {
    const r = read(top);
    expect(r.author).toBe(author);
    expect(r.date).toBe('2026-03-12');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a byline in capitals on its own line leaves the text', () => {
    const r = read('<p>BY LENA BRISK</p><p>MARCH 12, 2026</p>');
    expect(r.author).toBe('Lena Brisk');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('lines that are neither a byline nor a date keep their block, and so does a block below the text', () => {
    const verse = '<p>“The tide comes in by night,<br>by night the boats go home.”</p>';
    expect(read(verse).text.split('\n\n')[0]).toBe('“The tide comes in by night,\nby night the boats go home.”');
    const late = '<p>By the end of the evening<br>March 12, 2026</p>';
    expect(read('', late).text.split('\n\n').at(-1)).toBe('By the end of the evening\nMarch 12, 2026');
  });
});
