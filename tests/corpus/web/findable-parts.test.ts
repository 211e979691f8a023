/**
 * Parts a page hides until found (`hidden="until-found"`: an accordion's collapsed sections, a "Read more" part)
 * are words a browser finds and shows, as a closed `<details>` holds: read as printed. Every page and sentence
 * here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { parsePage } from '../../../src/corpus/web/page.js';

const HEADLINE = 'North pier to grow by forty metres';
const PARAGRAPHS = [
  'The harbour board voted on Tuesday to lengthen the north pier by forty metres, ending a dispute that has run for six years.',
  'Fishing crews had asked for the extension since the winter storms of the last decade battered boats moored at the old quay.',
  'The work will be paid for from the port levy and a regional grant, and should begin in the spring once the tender closes.',
  '“We have waited long enough, and the crews deserve a safe berth,” said board chair Ilse Varnum after the vote was counted.',
  'Opponents on the board said the money would be better spent dredging the channel, which silts up every summer now.',
  'The board will publish the tender next month, and a public meeting on the plans will be held at the harbour office.',
];
const paragraphs = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
const page = (article: string): string =>
  `<!doctype html><html lang="en"><head><title>${HEADLINE} | Harbour Gazette</title></head><body><header><a href="/">Harbour Gazette</a>` +
  `<nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header><main><article><h1>${HEADLINE}</h1>${article}</article></main>` +
  '<footer><p>© 2026 Harbour Gazette. All rights reserved.</p></footer></body></html>';
const URL = 'https://harbourgazette.example/news/north-pier';
const read = (html: string) => extractArticle(html, { url: URL });

/** The article with its later sections collapsed, each behind its heading, hidden as `hidden` says. */
const sectioned = (hidden: string): string =>
  page(
    paragraphs(PARAGRAPHS.slice(0, 2)) +
      `<section><h2>What it costs</h2><div ${hidden}>${paragraphs(PARAGRAPHS.slice(2, 4))}</div></section>` +
      `<section><h2>Who objects</h2><div ${hidden}>${paragraphs(PARAGRAPHS.slice(4))}</div></section>`,
  );

describe('parts a page hides until found', () => {
  it('reads collapsed sections as the same page printed open', () => {
    const open = read(sectioned(''));
    expect(open.ok).toBe(true);
    for (const hidden of ['hidden="until-found"', 'hidden="Until-Found"', "hidden='until-found'"]) {
      const found = read(sectioned(hidden));
      expect(found).toEqual(open);
    }
    if (open.ok) for (const p of PARAGRAPHS) expect(open.text).toContain(p);
  });

  it('shows them in the parsed page, as a browser does once it finds them', () => {
    const body = parsePage(sectioned('hidden="until-found"')).body;
    expect(body?.querySelectorAll('[hidden]').length).toBe(0);
    expect(body?.textContent).toContain(PARAGRAPHS[5]!);
  });

  it('still leaves out parts hidden outright', () => {
    const result = read(sectioned('hidden'));
    const text = result.ok ? result.text : '';
    for (const p of PARAGRAPHS.slice(2)) expect(text).not.toContain(p);
  });

  it('prunes a box of other stories found that way as one shown', () => {
    const related =
      '<aside class="related-stories" hidden="until-found"><h2>Related</h2><ul>' +
      ['Ferry timetable changes for winter', 'Lifeboat crew honoured at the guildhall', 'New fish market opens on the quay']
        .map((t, i) => `<li><a href="/news/story-${i}">${t}</a></li>`)
        .join('') +
      '</ul></aside>';
    const result = read(page(paragraphs(PARAGRAPHS) + related));
    expect(result.ok && result.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});
