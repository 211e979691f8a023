/**
 * A live blog's controls and entry notes: "Pinned post", "Key events", "Show key events only" leave the text,
 * and an entry's own change stamp printed under its paragraphs ("Updated at 12.41 GMT") is neither text nor an
 * entry of its own (read as one, it took the next entry's paragraph and time). Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const LIVE = `<!doctype html><html><head><title>Saltby storm live: ferries cancelled | Fjord Courier</title>
<meta property="og:site_name" content="Fjord Courier"></head><body><main><h1>Saltby storm live: ferries cancelled</h1>
<p class="dateline">Updated 14:05 GMT, 4 February 2026</p>
<div class="key-events"><h2>Key events</h2><button>Show key events only</button></div>
<div class="entries">
<div class="entry"><div class="pinned">Pinned post</div><p class="ts">14:05 GMT</p><h3>Harbour closed</h3>
<p>The harbour master Ilse Dunmore said the whole harbour would stay closed until the wind dropped below gale force, and that no boat would leave before the evening.</p>
<p>“We are not taking any chances with crews tonight,” Dunmore said.</p></div>
<div class="entry"><p class="ts">12:30 GMT</p>
<p>Power cuts have been reported in three villages on the north shore, where the grid operator said about two thousand homes were without electricity by lunchtime.</p>
<p class="updated">Updated at 12.41 GMT</p></div>
<div class="entry"><p class="ts">10:42 GMT</p>
<p>Good morning and welcome to our live coverage of the storm sweeping across the Saltby coast, with all ferry crossings cancelled for the day by the operator.</p>
<p>The operator’s spokesman Arvid Kell said passengers would get their money back and could rebook on any crossing later in the week.</p></div>
</div></main></body></html>`;

describe('a live blog’s controls and change stamps', () => {
  const r = extractArticle(LIVE);
  if (!r.ok) throw new Error(r.reason);

  it('reads the entries’ words in order without controls or stamps', () => {
    for (const furniture of ['Pinned post', 'Key events', 'Show key events', 'Updated at', '12.41', '14:05'])
      expect(r.text).not.toContain(furniture);
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs[0]).toBe('Harbour closed');
    expect(paragraphs.at(-1)).toMatch(/^The operator’s spokesman Arvid Kell said/);
  });

  it('keeps each entry with its own time, the change stamp none', () => {
    const entries = r.datedParts.map((p) => [r.text.slice(p.start, p.end).slice(0, 14), p.date, p.time]);
    expect(entries).toEqual([
      ['Harbour closed', '2026-02-04', '14:05'],
      ['Power cuts hav', '2026-02-04', '12:30'],
      ['Good morning a', '2026-02-04', '10:42'],
    ]);
    expect(r.date).toBe('2026-02-04');
  });
});
