/**
 * Hostile page shapes: thousands of nested boxes are read or refused with a reason, never a thrown error (the
 * walks that counted a page's words recursed once per level and overflowed the call stack). Every page and
 * sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_PAGE_DEPTH, MAX_PAGE_START_TAGS } from '../../../src/corpus/web/extract.js';

const PARAGRAPHS = [
  'The harbour board met on Tuesday evening and agreed to rebuild the northern quay wall before the winter storms reach the bay.',
  'Work begins next month and should take about twelve weeks, the board’s engineer told members, with the fish market kept open throughout.',
  '“The wall has held for ninety years, and we want it to hold for ninety more,” said the board’s chair, Ilse Varga.',
];
const ARTICLE = `<article><h1>Harbour board rebuilds the quay wall</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
const nested = (levels: number, closed = true) =>
  `<!doctype html><html lang="en"><head><title>Quay wall | Bay News</title></head><body>${'<div>'.repeat(levels)}${ARTICLE}${closed ? '</div>'.repeat(levels) : ''}</body></html>`;

describe('pages of deeply nested boxes', () => {
  it('reads an article under 4,900 nested boxes', () => {
    const result = extractArticle(nested(4_900));
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads one under 4,900 boxes on a page with scripts and an app’s empty mount', () => {
    const html = nested(4_900).replace('<body>', '<body><div id="app"></div><script src="/app.js"></script>');
    const result = extractArticle(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it.each([
    ['closed', true],
    ['never closed', false],
  ])('refuses one nested deeper than any article page (%s), within seconds', (_, closed) => {
    const started = performance.now();
    const result = extractArticle(nested(20_000, closed));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^the page nests its elements 20,0\d\d levels deep, deeper than any article page$/);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(MAX_PAGE_DEPTH).toBeLessThan(20_000);
  });
});

describe('pages of very many elements', () => {
  const page = (inside: string) =>
    `<!doctype html><html lang="en"><head><title>Quay wall | Bay News</title></head><body>${inside}${ARTICLE}</body></html>`;

  it('refuses one opening far more elements than any article page before parsing it, within a second', () => {
    const started = performance.now();
    const result = extractArticle(page('<i>a</i>'.repeat(MAX_PAGE_START_TAGS + 1)));
    expect(result).toStrictEqual({
      ok: false,
      code: 'no_article',
      reason: 'the page has over 200,000 elements, more than any article page holds',
    });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reads an article beside scripts, styles and comments holding that many tags as text', () => {
    const tags = '<i>a</i>'.repeat(MAX_PAGE_START_TAGS + 1);
    const html = page(`<script>var t = "${tags}";</script><style>/* ${tags} */</style><!-- ${tags} -->`);
    const result = extractArticle(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('a page that only shows a PDF document', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><title>Annual report | Bay News</title></head><body>${body}</body></html>`;
  const reasonOf = (html: string) => {
    const result = extractArticle(html, { url: 'https://baynews.example/reports/annual' });
    return result.ok ? `read: ${result.text}` : result.reason;
  };

  it.each([
    [
      'an <object>',
      '<object data="/files/annual.pdf" type="application/pdf" width="100%" height="800"><p>Your browser cannot show this file. <a href="/files/annual.pdf">Download it</a>.</p></object>',
    ],
    ['an <embed>', '<embed src="https://baynews.example/files/annual.pdf" width="100%" height="800">'],
    ['a frame', '<iframe src="/files/annual.pdf?v=2"></iframe>'],
    ['a viewer told by its type alone', '<embed src="/viewer?id=annual" type="application/pdf">'],
  ])('in %s is said to be one, with its address', (name, body) => {
    const address = name.includes('type alone')
      ? 'https://baynews.example/viewer?id=annual'
      : name === 'a frame'
        ? 'https://baynews.example/files/annual.pdf?v=2'
        : 'https://baynews.example/files/annual.pdf';
    expect(reasonOf(page(body))).toBe(`the page only shows a PDF document, ${address}, and the bot reads only web pages and plain text`);
  });

  it('an article linking or embedding a PDF beside its text is read', () => {
    const html = page(
      `${ARTICLE}<p><a href="/files/annual.pdf">The full report (PDF)</a></p><embed src="/files/annual.pdf" width="600" height="400">`,
    );
    expect(reasonOf(html)).toBe(`read: ${PARAGRAPHS.join('\n\n')}`);
  });
});
