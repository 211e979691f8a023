/**
 * A byline crediting a wire agency or the outlet itself ("By Associated Press", "By The Associated Press",
 * "By AFP staff", "Reuters Staff", "Saltby Herald staff") names no person: the page has no author, and a
 * person named beside the credit is kept alone.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Harbour workers in Saltby agreed a new contract on Monday after six weeks of talks, their union said.',
  '“This deal keeps the night crews whole,” said union rep Dagny Holm.',
  'The port authority said the deal would cost about two million a year and called it fair.',
  'Ships had queued off the coast for days during the dispute, which began in early spring.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');
const authorOf = (head: string, byline = ''): string | null => {
  const r = extractArticle(
    `<html><head><title>Harbour deal | Saltby Herald</title>${head}</head><body><article><h1>Harbour deal</h1>${byline}${BODY}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  expect(r.text).not.toMatch(/^By /m);
  return r.author;
};

describe('bylines crediting an agency or the outlet', () => {
  it('a printed byline naming an agency or the outlet’s staff names no author', () => {
    for (const b of ['By Associated Press', 'By The Associated Press', 'By ASSOCIATED PRESS', 'By Reuters Staff', 'By Saltby Herald Staff'])
      expect(authorOf('', `<div class="byline">${b}</div>`), b).toBeNull();
  });

  it('an author tag or JSON-LD author naming an agency names none either', () => {
    expect(authorOf('<meta name="author" content="Associated Press">')).toBeNull();
    expect(authorOf('<meta name="author" content="AFP staff">')).toBeNull();
    const ld = (author: unknown): string =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour deal', author })}</script>`;
    expect(authorOf(ld({ '@type': 'Organization', name: 'Reuters' }))).toBeNull();
    expect(
      authorOf(
        ld([
          { '@type': 'Person', name: 'Lena Marsh' },
          { '@type': 'Organization', name: 'The Associated Press' },
        ]),
      ),
    ).toBe('Lena Marsh');
  });

  it('a person’s byline is kept, and so is a person beside the credit', () => {
    expect(authorOf('', '<div class="byline">By Lena Marsh and Associated Press</div>')).toBe('Lena Marsh');
    expect(authorOf('', '<div class="byline">By Lena Marsh</div>')).toBe('Lena Marsh');
    expect(authorOf('<meta name="author" content="Pelle Reuter">')).toBe('Pelle Reuter');
  });

  it('a credit that names nobody falls through to the next source naming a person', () => {
    expect(authorOf('<meta name="author" content="Reuters">', '<div class="byline">By Ines Varga</div>')).toBe('Ines Varga');
  });
});
