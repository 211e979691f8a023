/**
 * A box set inside a paragraph (an ad, a "Read more" link, a picture) makes the parser close the `<p>` there, so
 * the sentence was read as two paragraphs and a quotation's speaker stood apart from the rest of its sentence.
 * The two halves are one paragraph again when the first leaves the sentence open and the second goes on in
 * lower case. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const LEAD =
  'Harbour commissioner Lena Vostrik said on Tuesday that the new ferry terminal at Saltby would open in the spring, two months later than the council had promised in its budget.';
const LATER = [
  'The delay has angered commuters who cross the fjord every morning, and the opposition leader Tomas Brekke called the new timetable a broken promise to the villages.',
  'Brekke said his party would ask the council to publish the contract in full at its next meeting so that residents could see who pays for the extra months of work.',
];
const page = (middle: string): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title></head>
<body><article><h1>Ferry terminal delayed</h1><p>${LEAD}</p>${middle}${LATER.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const textOf = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('a sentence broken by a box set inside its paragraph', () => {
  it.each([
    ['an ad', '<div class="ad-container"><span>Advertisement</span></div>'],
    ['a teaser link', '<div class="inline-teaser"><a href="/fares">Read more: Ferry fares to rise</a></div>'],
  ])('by %s: one paragraph again', (_name, box) => {
    const html = page(
      `<p>“We will not cut corners on safety, and we will not open a hall that is not ready,” Vostrik told reporters at the quay, ${box} adding that the contractor had asked for more time.</p>`,
    );
    expect(textOf(html)).toEqual([
      LEAD,
      '“We will not cut corners on safety, and we will not open a hall that is not ready,” Vostrik told reporters at the quay, adding that the contractor had asked for more time.',
      ...LATER,
    ]);
  });

  it('paragraphs ending on a stop, and a heading, stay apart from a paragraph opening in lower case', () => {
    const html = page(
      '<p>The ferry runs every hour.</p><p>iPads on board show the timetable, the operator said in a statement on Monday.</p><h2>what comes next</h2><p>councillors will vote in March on the new timetable and the fares the operator asked for.</p>',
    );
    expect(textOf(html)).toContain('The ferry runs every hour.');
    expect(textOf(html)).toContain('what comes next');
  });
});
