/**
 * Live blogs whose entries are stamped by clock times printed as text ("2:15 p.m. ET", "14:05 GMT") rather
 * than `<time datetime>`: each entry keeps its own day and time, read from the page's date, with the zone
 * only when the page states one. Stamps relative to when the page was served ("3 hours ago") date nothing
 * and leave the text; lists of stamped links ("Most read") are no entries. Pages written for these tests,
 * served by a local HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateAt, liveEntries, readClock } from '../../../src/corpus/web/dated-parts.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { parsePage } from '../../../src/corpus/web/page.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const boxed = (published: string, stamps: readonly string[]): string => `<!doctype html><html><head>
<title>Storm crosses the coast: live updates | Harbor Daily</title><meta property="og:site_name" content="Harbor Daily">
<meta property="article:${published}"></head><body><main><h1>Storm crosses the coast: live updates</h1>
<p class="dek">Follow the storm as it moves inland, with warnings and closures across the three coastal counties.</p>
<div class="post"><span class="post-time">${stamps[0]}</span><h2>Bridge closed to traffic</h2><p>State police closed the causeway bridge to all traffic in the afternoon. “Nobody should be on that road for the rest of the day,” said Captain Orla Denning.</p></div>
<div class="post"><span class="post-time">${stamps[1]}</span><h2>Schools send pupils home</h2><p>All schools in the southern county sent pupils home before lunch, the district said, and will stay shut on Monday.</p></div>
<div class="post"><span class="post-time">${stamps[2]}</span><h2>Winds reach the islands</h2><p>Gusts of more than ninety miles an hour were measured on the outer islands at dawn. “The pier is already under water,” said harbormaster Teodor Lisk.</p></div>
</main></body></html>`;

/** Entries between paragraphs, newest first, the last one past midnight. */
const FLAT = `<!doctype html><html><head><title>Budget day as it happened | Capital Wire</title>
<meta property="og:site_name" content="Capital Wire"></head><body><article><h1>Budget day as it happened</h1>
<p class="dateline">Wednesday 18 November 2026</p>
<p>The finance minister presented her budget to parliament, with cuts to fuel duty and a new levy on short-haul flights.</p>
<p><strong>00:40</strong></p>
<p>Shortly after midnight the upper house agreed to debate the levy first, a clerk of the chamber said.</p>
<p><strong>16:45</strong></p>
<p>Markets barely moved after the speech, with the currency ending the day flat against the euro and the dollar.</p>
<p><b>14:05</b> Finance minister Ilse Marten rose to speak at five past two. “This is a budget for people who get up early,” she told the chamber.</p>
</article></body></html>`;

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const entriesOf = (r: ReturnType<typeof read>) =>
  r.datedParts.map((p) => [r.text.slice(p.start, p.end).split('\n\n')[0]!.slice(0, 24), p.date, p.time ?? null, p.zone ?? null]);

describe('clock times printed as entry stamps', () => {
  it('read as times, with the zone only when written', () => {
    expect(readClock('2:15 p.m. ET')).toEqual({ minutes: 855, time: '14:15', zone: 'ET' });
    expect(readClock('Updated 9.05am BST')).toEqual({ minutes: 545, time: '09:05', zone: 'BST' });
    expect(readClock('12:30 a.m.')).toEqual({ minutes: 30, time: '00:30' });
    expect(readClock('10 a.m.')).toEqual({ minutes: 600, time: '10:00' });
    expect(readClock('14h05')).toEqual({ minutes: 845, time: '14:05' });
    for (const no of ['10', '2026', '25:10', '13:05 p.m.', 'Chapter 3', '3.5 million', '4:3 win for the hosts', '12.50', '3.45'])
      expect(readClock(no)).toBeNull();
  });

  it('a live blog in boxes: each entry keeps the page’s day, its time and the stated zone', () => {
    const r = read(boxed('published_time" content="2026-03-14T08:00:00-05:00', ['2:15 p.m. ET', '11:40 a.m. ET', '9:05 a.m. ET']));
    expect(entriesOf(r)).toEqual([
      ['Bridge closed to traffic', '2026-03-14', '14:15', 'ET'],
      ['Schools send pupils home', '2026-03-14', '11:40', 'ET'],
      ['Winds reach the islands', '2026-03-14', '09:05', 'ET'],
    ]);
    expect(r.datedParts[0]!.detail).toBe("the entry's time “2:15 p.m. ET” on the page's day");
    expect(r.text).not.toMatch(/\bET\b/);
  });

  it('stamps among the paragraphs, past midnight: the next day, no zone invented', () => {
    const r = read(FLAT);
    expect(r.date).toBe('2026-11-18');
    expect(entriesOf(r)).toEqual([
      ['Shortly after midnight t', '2026-11-19', '00:40', null],
      ['Markets barely moved aft', '2026-11-18', '16:45', null],
      ['14:05 Finance minister I', '2026-11-18', '14:05', null],
    ]);
    const doc = { meta: { date: r.date, datedParts: r.datedParts } };
    expect(dateAt(doc, r.text.indexOf('upper house'))).toBe('2026-11-19');
    expect(dateAt(doc, r.text.indexOf('get up early'))).toBe('2026-11-18');
  });

  it('a page dated by its last update dates its newest entry on that day', () => {
    const html = boxed('section" content="Weather', ['1:10 a.m.', '11:40 p.m.', '9:05 p.m.']).replace(
      '<p class="dek">',
      '<p class="dateline">Updated March 15, 2026</p><p class="dek">',
    );
    const r = read(html);
    expect(r.date).toBe('2026-03-15');
    expect(r.datedParts.map((p) => [p.date, p.time])).toEqual([
      ['2026-03-15', '01:10'],
      ['2026-03-14', '23:40'],
      ['2026-03-14', '21:05'],
    ]);
  });

  it('without a page date the entries get no day (none is guessed)', () => {
    const html = boxed('section" content="Weather', ['2:15 p.m.', '11:40 a.m.', '9:05 a.m.']);
    const r = read(html);
    expect(r.date).toBeNull();
    expect(r.datedParts).toEqual([]);
  });

  it('stamps relative to when the page was served leave the text and date nothing', () => {
    const html = boxed('published_time" content="2026-10-12T06:00:00Z', ['2 hours ago', '5 hours ago', '7 hours ago']).replace(
      '<p class="dek">',
      '<div class="byline"><span>Updated 3 hours ago</span></div><p class="dek">',
    );
    const r = read(html);
    expect(r.text).not.toMatch(/\bago\b/);
    expect(r.datedParts).toEqual([]);
  });

  it('a list of stamped links (most read) is no live blog', () => {
    const cards = [
      ['2026-04-01T09:00:00Z', 'Bus drivers vote to strike over the spring timetable after talks broke down on Monday night'],
      ['2026-03-30T09:00:00Z', 'Ring road works to close the northern junction for a month while engineers replace the deck'],
      ['2026-03-28T09:00:00Z', 'New cycle lanes open along the river embankment this weekend, with two more routes promised'],
    ];
    const html = `<html><body><article><h1>Council approves new tram line</h1><p>The council voted on Thursday to build a tram line to the eastern suburbs.</p>
<section>${cards.map(([iso, t]) => `<div class="card"><time datetime="${iso}">${iso!.slice(5, 10)}</time><p><a href="/s">${t}</a></p></div>`).join('')}</section>
<ul>${cards.map(([, t], i) => `<li><span>${10 - i}:15</span> <a href="/t">${t}</a></li>`).join('')}</ul></article></body></html>`;
    expect(liveEntries(parsePage(html))).toEqual([]);
    expect(liveEntries(parsePage(html.replace(/<\/?a[^>]*>/g, '')))).toHaveLength(3);
  });
});

describe('a clock-stamped live blog added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(FLAT);
    });
  });
  afterAll(() => server.close());

  it('keeps each entry’s day and time in the stored document', async () => {
    const page = await fetchPage(newsUrl(server, '/budget'), policyFor(server));
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    const doc = pageToDocument('added/budget', page.body, { contentType: page.contentType, url: page.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.meta.datedParts?.map((p) => [p.date, p.time])).toEqual([
      ['2026-11-19', '00:40'],
      ['2026-11-18', '16:45'],
      ['2026-11-18', '14:05'],
    ]);
  });
});

/** An article (no live blog) with teasers of its videos: a title and a duration ("1:42") read like a clock time. */
const VIDEOS = (teaser: (title: string, duration: string) => string): string => `<!doctype html><html><head>
<title>Ferry strike ends after pay offer | Saltby Herald</title><meta property="article:published_time" content="2026-05-12T10:00:00Z">
</head><body><article><h1>Ferry strike ends after pay offer</h1>
<p>Ferry crews in Saltby returned to work on Tuesday after accepting a pay offer worth six percent over two years, their union said.</p>
<p>“Nobody wanted to strike through the spring,” said union rep Dagny Holm. “We wanted to be heard, and now we have been.”</p>
${teaser('Crews cheer as the first ferry leaves the quay', '1:42')}
<p>The ferry company said sailings would return to the full timetable by Thursday, after two days of safety checks on the boats.</p>
${teaser('Union rep on why the crews walked out', '3:05')}
<p>Passengers had faced three weeks of cancelled sailings, with island schoolchildren taught online for much of that time.</p>
<p>The company's chief executive, Rolf Ekdahl, said the offer was “the most we can pay without raising fares”.</p>
</article></body></html>`;

describe('video durations are no clock times', () => {
  it('a teaser box (a title and its duration) stamps no entry', () => {
    const r = read(VIDEOS((t, d) => `<div class="video-block"><p class="video-title">${t}</p><span class="duration">${d}</span></div>`));
    expect(r.datedParts).toEqual([]);
  });

  it('a duration over a thumbnail in a figure stamps no entry', () => {
    const r = read(VIDEOS((_t, d) => `<figure class="clip"><img src="clip.jpg" alt=""><span class="duration">${d}</span></figure>`));
    expect(r.datedParts).toEqual([]);
  });
});
