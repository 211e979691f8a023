/**
 * Footnote marks: a note's number linked within the page ("<sup><a href="#fn1">1</a></sup>") or to a note's
 * anchor of the page's address, a number in `<sup>` without a link ("arrived<sup>1</sup>", "<sup>[2]</sup>")
 * and a note's link back ("↩︎") leave the text; the notes' words stay. An exponent stays, as a reader sees it
 * ("km<sup>2</sup>" reads "km²").
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

describe('footnote marks', () => {
  it('are not glued to the words they mark, and notes do not end in a back link', () => {
    const r = extractArticle(`<html><head><title>What the minister said about rents | Civic Review</title></head><body><article>
<h1>What the minister said about rents</h1>
<p>Housing minister Aldo Fenwick told parliament on Tuesday that rents “have stopped rising in every region of the country”<sup><a href="#fn1" id="r1">1</a></sup>, a claim his party’s candidates repeated all week.</p>
<p>“Rents have peaked, and the figures prove it,” Fenwick said in a radio interview the next morning.<sup id="r2"><a href="#fn2">[2]</a></sup></p>
<p>The statistics office’s latest index shows rents still rising in four of the nine regions, though more slowly than a year ago, and in the capital they rose 0.4% in the first quarter.</p>
<p>Asked about the gap, the minister’s office said he had been referring to the national average, which was flat over the year.</p>
<section class="footnotes"><ol><li id="fn1"><p>Hansard, 28 April 2026, col. 412. <a href="#r1">↩︎</a></p></li><li id="fn2"><p>Morning Briefing, Radio Civic, 29 April 2026. <a href="#r2">↩︎</a></p></li></ol></section>
</article></body></html>`);
    if (!r.ok) throw new Error(r.reason);
    const paras = r.text.split('\n\n');
    expect(paras[0]).toContain('country”, a claim');
    expect(paras[1]).toBe('“Rents have peaked, and the figures prove it,” Fenwick said in a radio interview the next morning.');
    expect(paras.slice(-2)).toEqual(['Hansard, 28 April 2026, col. 412.', 'Morning Briefing, Radio Civic, 29 April 2026.']);
  });

  const read = (body: string): string[] => {
    const r = extractArticle(`<html><head><title>Wetland plan approved | Marsh Courier</title></head><body><article>
<h1>Wetland plan approved</h1>${body}
<p>Work on the first dykes starts in the spring, and the whole plan should be finished within six years, the authority said.</p>
</article></body></html>`);
    if (!r.ok) throw new Error(r.reason);
    return r.text.split('\n\n');
  };

  it('drops unlinked reference numbers glued to words, in brackets, in lists, or linked to a note of the page’s address', () => {
    const paras =
      read(`<p>The first herons arrived<sup>1</sup> in March, months before anyone expected them, said warden Ilse Brakman.<sup>[2]</sup></p>
<p>“We did not plan for birds this early,” Brakman said.<sup>3,4</sup> The authority had budgeted for surveys from June.<sup>5–7</sup></p>
<p>Counts since then have doubled every year<sup><a href="https://courier.example/wetland-plan#cite_note-8">8</a></sup>, according to the survey office.</p>`);
    expect(paras.slice(0, 3)).toEqual([
      'The first herons arrived in March, months before anyone expected them, said warden Ilse Brakman.',
      '“We did not plan for birds this early,” Brakman said. The authority had budgeted for surveys from June.',
      'Counts since then have doubled every year, according to the survey office.',
    ]);
  });

  it('keeps exponents, printed raised: units, single letters and powers of numbers', () => {
    const paras =
      read(`<p>The reserve will cover 14 km<sup>2</sup> of former farmland and hold 3 million m<sup>3</sup> of water in a wet winter.</p>
<p>Its engineers modelled the flow as y = x<sup>2</sup>, a simplification, at rates of up to 10<sup>6</sup> litres and errors of 10<sup>-3</sup>.</p>
<p>Ordinals are left as printed: the 3<sup>rd</sup> phase opens last.</p>`);
    expect(paras.slice(0, 3)).toEqual([
      'The reserve will cover 14 km² of former farmland and hold 3 million m³ of water in a wet winter.',
      'Its engineers modelled the flow as y = x², a simplification, at rates of up to 10⁶ litres and errors of 10⁻³.',
      'Ordinals are left as printed: the 3rd phase opens last.',
    ]);
  });
});
