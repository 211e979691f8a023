/**
 * Notes a page prints beside a link about the file it leads to ("(PDF, 2.1MB)", "[PDF]") or where it opens
 * ("(opens in a new window)") leave the text with the space before them; brackets of the article's own stay.
 * Every page and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const LEAD =
  'The council of Saltby approved the harbour plan on Monday after a long debate that ran late into the evening and split the chamber.';
const CLOSE =
  'Opposition leader Karl Dunne said the vote was rushed and that he would ask for a review of the spending at the next session.';
const LAST =
  'Work on the quay is due to start in the spring, once the regional fund has confirmed its share of the cost and the ferries have a new berth.';
const page = (middle: string) =>
  `<html><head><title>Harbour plan approved | Saltby Courier</title></head><body><article><h1>Harbour plan approved</h1><p>${LEAD}</p>${middle}<p>${CLOSE}</p><p>${LAST}</p></article></body></html>`;
const paragraphs = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('link notes', () => {
  it.each([
    [
      '<p>The full plan is on <a href="/plan.pdf">the council website</a> (PDF, 2.1MB). Critics say the costs are too high.</p>',
      'The full plan is on the council website. Critics say the costs are too high.',
    ],
    [
      '<p>Read <a href="/c.pdf">the consultation report</a> [PDF] and <a href="/b.pdf">the budget summary (PDF)</a>. Both came out on Friday.</p>',
      'Read the consultation report and the budget summary. Both came out on Friday.',
    ],
    [
      '<p>The <a href="/e.pdf">engineers’ review</a> <span class="file-info">(pdf, 340 KB)</span>, which ran to 80 pages, found no faults.</p>',
      'The engineers’ review, which ran to 80 pages, found no faults.',
    ],
    [
      '<p>See <a href="/m.docx">the minutes</a> <a href="/m.docx">[DOCX]</a>. The <a href="https://ferry.example/">ferry company’s statement</a> (opens in a new window) said little.</p>',
      'See the minutes. The ferry company’s statement said little.',
    ],
    ['<p>The <a href="/t.xlsx">tolls table</a> (Excel, 12 KB) lists every berth.</p>', 'The tolls table lists every berth.'],
    [
      '<p>The <a href="/r.pdf">annual report</a> <span class="file-size">PDF, 1.4 MB</span> shows a loss.</p>',
      'The annual report shows a loss.',
    ],
  ])('%s', (middle, expected) => {
    expect(paragraphs(page(middle))).toEqual([LEAD, expected, CLOSE, LAST]);
  });

  it('keeps brackets of the article’s own, linked or not', () => {
    const middle =
      '<p>The mayor said <a href="/plan">the plan</a> (drafted in 2019) was ready, and the ferry firm (<a href="/f">Brannock Lines</a>) agreed with her. Residents can download it as <a href="/p.pdf">PDF</a>.</p>';
    expect(paragraphs(page(middle))[1]).toBe(
      'The mayor said the plan (drafted in 2019) was ready, and the ferry firm (Brannock Lines) agreed with her. Residents can download it as PDF.',
    );
  });
});
