/**
 * A data table inside an article reads as a reader reads it, one line per row with its cells joined by " | ",
 * not one paragraph per cell; a page laid out in a table, a table marked as layout and a menu laid out as a
 * table are read as before. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/corpus/web/page.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { toParagraphs } from '../../../src/corpus/web/paragraphs.js';

const LEAD = [
  'Water in the three upland reservoirs fell for a fifth month running in August, the water board said on Tuesday, as a dry summer left rivers at their lowest in a decade.',
  '“We are asking every household to cut its use by a tenth until the autumn rains come,” board director Halvard Ostenby told reporters at the Kesby dam.',
];
const AFTER = [
  'The board said a hosepipe ban would follow if levels dropped below half, which it expects by the end of October without heavy rain.',
  'Farmers in the valley said they had already stopped watering some fields, and that the harvest would be smaller than last year’s.',
];

const article = (table: string): string => `<!doctype html><html><head><title>Reservoir levels fall again | Upland Tribune</title>
<meta property="og:site_name" content="Upland Tribune"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Reservoir levels fall again</h1>${LEAD.map((p) => `<p>${p}</p>`).join('')}
${table}
${AFTER.map((p) => `<p>${p}</p>`).join('')}</article><footer>© Upland Tribune</footer></body></html>`;

const paragraphsOf = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('a data table in an article', () => {
  it('reads a row a line, its header row too, the caption as its own line', () => {
    const table = `<table><caption>Reservoir levels, end of month</caption>
<thead><tr><th>Reservoir</th><th>June</th><th>July</th><th>August</th></tr></thead>
<tbody><tr><td>Kesby</td><td>81%</td><td>74%</td><td>66%</td></tr>
<tr><td><a href="/marlow">Marlow Water</a></td><td>77%</td><td>70%</td><td>61%</td></tr>
<tr><td>Thorne</td><td><p>69%</p></td><td>63%</td><td>58%</td></tr></tbody></table>`;
    expect(paragraphsOf(article(table))).toEqual([
      ...LEAD,
      'Reservoir levels, end of month',
      'Reservoir | June | July | August',
      'Kesby | 81% | 74% | 66%',
      'Marlow Water | 77% | 70% | 61%',
      'Thorne | 69% | 63% | 58%',
      ...AFTER,
    ]);
  });

  it('reads a table without headings the same when it has two rows of two cells or more', () => {
    const table = `<table><tr><td>Rainfall in August</td><td>12 mm</td></tr><tr><td>Usual for August</td><td>71 mm</td></tr></table>`;
    expect(paragraphsOf(article(table))).toEqual([...LEAD, 'Rainfall in August | 12 mm', 'Usual for August | 71 mm', ...AFTER]);
  });

  it('leaves out empty cells instead of printing empty separators', () => {
    const table = `<table><tr><th></th><th>2025</th><th>2026</th></tr><tr><td>Kesby</td><td>88%</td><td></td></tr></table>`;
    expect(paragraphsOf(article(table))).toEqual([...LEAD, '2025 | 2026', 'Kesby | 88%', ...AFTER]);
  });
});

describe('a table that lays out a page', () => {
  it('a whole page in a table keeps its story’s paragraphs apart and its menu out', () => {
    const story = [...LEAD, ...AFTER];
    const html = `<html><head><title>Reservoir levels fall again - Upland Weekly</title></head><body><table width="100%"><tr>
<td class="leftnav"><a href="/">Home</a><br><a href="/local">Local</a><br><a href="/sport">Sport</a></td>
<td class="story"><h1>Reservoir levels fall again</h1>${story.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></body></html>`;
    const text = paragraphsOf(html);
    expect(text).toEqual(story);
  });

  it('a table marked as layout, or a menu laid out as one, is read cell by cell as before', () => {
    const layout = parsePage('<table role="presentation"><tr><td>Kesby</td><td>81%</td></tr><tr><td>Thorne</td><td>69%</td></tr></table>')
      .body!;
    expect(toParagraphs(layout).map((p) => p.text)).toEqual(['Kesby', '81%', 'Thorne', '69%']);
    const menu = parsePage(
      '<table><tr><td><a href="/a">Local news</a></td><td><a href="/b">Sport</a></td></tr><tr><td><a href="/c">Letters</a></td><td><a href="/d">Weather</a></td></tr></table>',
    ).body!;
    expect(toParagraphs(menu).map((p) => p.text)).toEqual(['Local news', 'Sport', 'Letters', 'Weather']);
  });
});
