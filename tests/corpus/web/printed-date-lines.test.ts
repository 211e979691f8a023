/**
 * A date line printed between the headline and the text in elements no class marks as dated (`<div><span>`):
 * Readability leaves it out of the body as no paragraph, so it was never read and the page had no date. It dates
 * the page (a line giving only the day of the last change only when nothing gives another, as `modified`); a
 * masthead's date of the day on a page without a headline dates nothing. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { FERRY } from './pages/articles.js';

const PARAGRAPHS = FERRY.paragraphs.slice(0, 4);
const page = (above: string, headline = '<h1>Ferry terminal delayed</h1>'): string => `<!doctype html><html><head>
<title>Ferry terminal delayed | Fjord Courier</title></head><body><header><div><span>Wednesday, 11 March 2026</span></div></header>
<main>${headline}${above}<div class="story-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a date line printed above the text outside any dated class', () => {
  it('dates the page, its evidence saying where it was read', () => {
    const r = read(page('<div class="story-meta"><span>Published 4 February 2026</span></div>'));
    expect(r.date).toBe('2026-02-04');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toMatch(/^a date line above the article: Published 4 February 2026/);
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a line giving only the last change dates the page when nothing else does, said so, and is kept as modified', () => {
    const r = read(page('<div><span>Updated 14:05 GMT, 4 February 2026</span></div>'));
    expect(r.date).toBe('2026-02-04');
    expect(r.modified).toBe('2026-02-04');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toMatch(/last changed/);
  });

  it('under a standfirst it dates the page; under the text’s paragraphs it is no line above the article', () => {
    const dek =
      '<p class="dek">The harbour office blames winter storms, and the opposition calls the new timetable a broken promise to the villages.</p>';
    expect(read(page(`${dek}<div><span>Published 4 February 2026</span></div>`)).date).toBe('2026-02-04');
    const html = page('').replace('</div></main>', '</div><div><span>Wednesday 18 March 2026</span></div></main>');
    expect(read(html).date).toBeNull();
  });

  it('a page without a headline is not dated by its masthead’s date of the day', () => {
    const r = read(page('', ''));
    expect(r.date).toBeNull();
  });
});
