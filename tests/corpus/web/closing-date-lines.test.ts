/**
 * A date line closing a long article ("Published 10 March 2026" under its last paragraph) dates the page when
 * nothing above it, in its markup or in its address does: it was looked for among the first paragraphs only.
 * A line giving only the last change dates it as such. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i + 1}: the harbour office said the new ferry terminal at Saltby would need more work on its ramps before the first crossings, commissioner Lena Vostrik told the council.`,
);
const page = (
  closing: string,
  canonical = '',
): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title>${canonical}</head>
<body><article><h1>Ferry terminal delayed</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${closing}</article></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a date line closing a long article', () => {
  it('dates the page and leaves the text', () => {
    const r = read(page('<p>Published 10 March 2026</p><p>© 2026 Fjord Courier</p>'));
    expect(r.date).toBe('2026-03-10');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toMatch(/^a date line below the article: Published 10 March 2026/);
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('one giving only the last change dates the page as such', () => {
    const r = read(page('<p>Updated: 11 March 2026, 9:14 a.m.</p>'));
    expect(r.date).toBe('2026-03-11');
    expect(r.modified).toBe('2026-03-11');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toMatch(/last changed/);
  });

  it('the date in the page’s address comes first', () => {
    const canonical = '<link rel="canonical" href="https://fjordcourier.example/2026/03/09/ferry-terminal-delayed">';
    expect(read(page('<p>Saturday 14 March 2026</p>', canonical)).date).toBe('2026-03-09');
  });
});
