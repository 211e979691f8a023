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

const election = (ld: string): string => `<!doctype html><html><head><title>Election night live | Fjord Courier</title>${ld}</head>
<body><main><h1>Election night live</h1><div class="live-filter"><button>All posts</button><button>Key events</button></div>
<div class="post"><span class="rel">2h ago</span><time datetime="2026-09-14T01:10:00+02:00">01:10</time><p>Turnout rose to 78 per cent, the highest since the 1990s, the election commission said shortly after one in the morning.</p><p>“People wanted their say,” said commission chair Ebba Strand.</p></div>
<div class="post"><span class="rel">5h ago</span><time datetime="2026-09-13T22:05:00+02:00">22:05</time><p>The first exit poll puts the Coastal Party narrowly ahead, with the Greens close behind and the governing party in third place.</p></div>
<div class="post"><span class="rel">7h ago</span><time datetime="2026-09-13T20:00:00+02:00">20:00</time><p>Polls have now closed across the country, and counting has begun in all of the country’s two hundred and ninety districts.</p></div>
</main></body></html>`;
const LIVE_LD = `<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'LiveBlogPosting',
  headline: 'Election night live',
  coverageStartTime: '2026-09-13T18:00:00+02:00',
  dateModified: '2026-09-14T01:10:00+02:00',
})}</script>`;

describe('a live blog stamped “2h ago” beside each entry’s time', () => {
  it('reads no stamp glued to the time (“2h ago01:10”) into the text', () => {
    const r = extractArticle(election(''));
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).not.toMatch(/ago|01:10|22:05/);
    expect(r.text.split('\n\n')[0]).toMatch(/^Turnout rose/);
  });

  it('is dated by its declared start (LiveBlogPosting coverageStartTime) when it declares no datePublished', () => {
    const r = extractArticle(election(LIVE_LD));
    if (!r.ok) throw new Error(r.reason);
    expect(r.date).toBe('2026-09-13');
    expect(r.modified).toBe('2026-09-14');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toMatch(/coverageStartTime/);
  });

  it('dated by nothing else, is dated by its earliest entry stamp, the day it began', () => {
    const r = extractArticle(election(''));
    if (!r.ok) throw new Error(r.reason);
    expect(r.date).toBe('2026-09-13');
    expect(r.evidence.find((e) => e.field === 'date')?.detail).toMatch(/earliest of the live blog's 3 entry stamps/);
  });
});

describe('a live blog whose stamps open each entry’s one paragraph', () => {
  const entry = (stamp: string, words: string) => `<div class="entry"><p>${stamp}${words}</p></div>`;
  const html = `<!doctype html><html><head><title>Storm live | Fjord Courier</title>
<meta property="article:published_time" content="2026-02-04T08:00:00Z"></head><body><main><h1>Storm live</h1>
${entry('<span class="time">14:05</span>', 'The harbour master Ilse Dunmore said the whole harbour would stay closed until the wind dropped below gale force tonight.')}
${entry('<strong>12:30 GMT</strong>', 'Power cuts have been reported in three villages on the north shore, where about two thousand homes were without electricity.')}
${entry('<b>10:42</b> ', 'Good morning and welcome to our live coverage of the storm sweeping across the Saltby coast, with all ferry crossings cancelled.')}
</main></body></html>`;

  it('reads each entry without its stamp glued to the first sentence, the time kept as the entry’s', () => {
    const r = extractArticle(html);
    if (!r.ok) throw new Error(r.reason);
    const paragraphs = r.text.split('\n\n');
    expect(paragraphs.map((p) => p.slice(0, 16))).toEqual(['The harbour mast', 'Power cuts have ', 'Good morning and']);
    expect(r.datedParts.map((p) => [r.text.slice(p.start, p.start + 9), p.date, p.time])).toEqual([
      ['The harbo', '2026-02-04', '14:05'],
      ['Power cut', '2026-02-04', '12:30'],
      ['Good morn', '2026-02-04', '10:42'],
    ]);
  });

  it('a timeline’s times printed at the start of its paragraphs, in no box of their own, stay its words', () => {
    const timeline = html.replace(/<div class="entry">|<\/div>/g, '');
    const r = extractArticle(timeline);
    if (!r.ok) throw new Error(r.reason);
    expect(r.text).toContain('10:42 Good morning');
  });
});
