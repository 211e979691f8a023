/**
 * A quotation written over a `<br><br>` inside one `<p>` ("said: “We asked for this last year.<br><br>Now the
 * survey is done.”"): cut there into two paragraphs, its second half opened with no mark and was nobody's words.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const LEAD =
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions.';
const REST = [
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said.',
];
const read = (p: string) => {
  const r = extractArticle(
    `<html><head><title>Night ferry | Skerry Post</title></head><body><article><h1>Night ferry</h1><p>${LEAD}</p>${p}${REST.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n').slice(1, -2);
};

describe('<br><br> inside a quotation', () => {
  it('is a line break of the quotation when its words close in the next part', () => {
    expect(read('<p>Director Sanna Holt said: “We asked for this a year ago.<br><br>Now the boats are ready, and so are we.”</p>')).toEqual(
      ['Director Sanna Holt said: “We asked for this a year ago.\nNow the boats are ready, and so are we.”'],
    );
  });

  it('still parts paragraphs when the next opens with a mark, as a quotation over several paragraphs is printed', () => {
    expect(read('<p>Holt said: “We asked for this a year ago.<br><br>“Now the boats are ready.”</p>')).toEqual([
      'Holt said: “We asked for this a year ago.',
      '“Now the boats are ready.”',
    ]);
  });

  it('parts paragraphs after a closed quotation, and after a mark left open that nothing closes', () => {
    expect(read('<p>Holt called it “overdue” and costly.<br><br>The crews agreed with her.</p>')).toEqual([
      'Holt called it “overdue” and costly.',
      'The crews agreed with her.',
    ]);
    expect(read('<p>Holt said: “We asked for this a year ago.<br><br>The crews agreed.<br><br>The board met on Monday.</p>')).toEqual([
      'Holt said: “We asked for this a year ago.',
      'The crews agreed.',
      'The board met on Monday.',
    ]);
  });
});
