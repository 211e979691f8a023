/**
 * Pages carrying thousands of dated boxes beside the article — newsletter sign-up links each with a `<time>`,
 * or a live blog of hundreds of stamped entries — read as a normal page does: the stamps are counted once up
 * the page's tree, not asked of every ancestor of every stamp. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const PARAGRAPHS = Array.from(
  { length: 12 },
  (_, i) =>
    `Pier ${i + 1} will close for repairs before the summer season, the Saltby harbour board said on Tuesday, after divers found the old timber piles rotten below the waterline.`,
);

const head = `<!doctype html><html lang="en"><head><title>Harbour piers close | Saltby Ledger</title>
<meta property="og:site_name" content="Saltby Ledger"></head><body><header><a href="/">Saltby Ledger</a></header>`;

const article = `<article><h1>Harbour piers close</h1><p class="byline">By Gwen Mabry</p>
<time datetime="2026-03-10T09:00:00Z">March 10, 2026</time>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>`;

const day = (i: number): string => String(1 + (i % 28)).padStart(2, '0');

/** 3,000 sign-up links beside the article, each with a `<time>` of its own. */
function signUpPage(): string {
  const items = Array.from(
    { length: 3000 },
    (_, i) =>
      `<div class="item"><a href="/newsletters/signup-${i}">Sign up for the morning briefing ${i}</a> <time datetime="2026-03-${day(i)}T08:00:00Z">${1 + (i % 28)} March 2026</time></div>`,
  );
  return `${head}${article}<aside>${items.join('\n')}</aside></body></html>`;
}

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a page with thousands of stamps', () => {
  it('reads the article beside 3,000 dated sign-up links as it would without them', () => {
    const r = read(signUpPage());
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
    expect([r.title, r.outlet, r.date, r.author]).toEqual(['Harbour piers close', 'Saltby Ledger', '2026-03-10', 'Gwen Mabry']);
    expect(r.datedParts).toEqual([]);
  });

  it('dates each of a live blog’s 800 entries by its stamp', () => {
    const entries = Array.from(
      { length: 800 },
      (_, i) =>
        `<div class="entry"><time datetime="2026-03-${day(27 - (i % 28))}T${String(i % 24).padStart(2, '0')}:15:00Z">${String(i % 24).padStart(2, '0')}:15 GMT</time><p>Entry ${800 - i}: the harbour office posted its count of boats waiting at the closed piers, ${i} more than an hour before.</p></div>`,
    );
    const r = read(`${head}<main><h1>Harbour piers close: live</h1>${entries.join('\n')}</main></body></html>`);
    expect(r.datedParts).toHaveLength(800);
    expect(r.datedParts.every((p) => p.kind === 'entry')).toBe(true);
    expect(r.datedParts[0]).toMatchObject({ date: '2026-03-28', time: '00:15' });
    expect(r.text.slice(r.datedParts[0]!.start)).toMatch(/^Entry 800: /);
    expect(r.datedParts[799]).toMatchObject({ date: `2026-03-${day(27 - (799 % 28))}`, time: '07:15' });
    expect(r.text.slice(r.datedParts[799]!.start)).toMatch(/^Entry 1: /);
  });
});
