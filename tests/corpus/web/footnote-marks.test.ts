/**
 * Footnote marks: a note's number linked within the page ("<sup><a href="#fn1">1</a></sup>") and a note's
 * link back ("↩︎") leave the text; the notes' words stay.
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
});
