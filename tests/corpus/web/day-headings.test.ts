/**
 * Day headings printed between a live blog's entries ("Thursday 19 November") give the clock-stamped entries
 * after them their day, then leave the text (no entry's words); relative headings ("Yesterday") give none. Pages written for these tests, served by
 * a local HTTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDayHeading } from '../../../src/corpus/web/dated-parts.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const entry = (time: string, text: string): string => `<div class="entry"><p class="stamp">${time}</p><p>${text}</p></div>`;

/** Oldest first, over two days, every entry later in the day than the one before: no midnight to tell the days apart. */
const blog = (head1: string, head2: string): string => `<!doctype html><html><head><title>Flood defences vote: live | Lowmere Echo</title>
<meta property="og:site_name" content="Lowmere Echo"><meta property="article:published_time" content="2026-11-18T07:30:00Z"></head>
<body><main><h1>Flood defences vote: live</h1>
<p class="dek">Councillors in Lowmere debate the river wall, the pumping stations and who pays for them, over two days.</p>
<h2>${head1}</h2>
${entry('08:00 GMT', 'The chamber opened with a minute’s silence for the families who lost homes in the spring floods along the Lowe.')}
${entry('12:20 GMT', '“The wall has to be built this winter, not next,” councillor Anouk Brisco told the meeting before the lunch break.')}
<h2>${head2}</h2>
${entry('13:05 GMT', 'Day two began with the engineers’ report, which put the cost of the northern pumping station at eleven million.')}
${entry('16:40 GMT', '“We will not sign a blank cheque,” said finance lead Ravi Oduya as the vote on the budget was delayed again.')}
</main></body></html>`;

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const days = (r: ReturnType<typeof read>) => r.datedParts.map((p) => [p.date, p.time]);

describe('day headings between live entries', () => {
  it('read as days, the year nearest the page’s date', () => {
    expect(readDayHeading('Thursday 19 November', '2026-11-18')).toBe('2026-11-19');
    expect(readDayHeading('November 19', '2026-11-18')).toBe('2026-11-19');
    expect(readDayHeading('Thu, 1 Jan', '2026-12-31')).toBe('2027-01-01');
    expect(readDayHeading('Monday 3 March 2025', null)).toBe('2025-03-03');
    for (const no of ['Yesterday', 'Today', 'Thursday', '19', 'Key events', '31 February'])
      expect(readDayHeading(no, '2026-11-18')).toBeNull();
  });

  it('entries under “Thursday 19 November” are dated that day, not the blog’s first', () => {
    const r = read(blog('Wednesday 18 November', 'Thursday 19 November'));
    expect(days(r)).toEqual([
      ['2026-11-18', '08:00'],
      ['2026-11-18', '12:20'],
      ['2026-11-19', '13:05'],
      ['2026-11-19', '16:40'],
    ]);
  });

  it('the headings leave the text once they have dated the entries, and the evidence names them', () => {
    for (const [head1, head2] of [
      ['Wednesday 18 November', 'Thursday 19 November'],
      ['Wednesday, 18 November', 'November 19, 2026'],
    ] as const) {
      const r = read(blog(head1, head2));
      expect(r.text).not.toContain(head1);
      expect(r.text).not.toContain(head2);
      expect(days(r).map(([d]) => d)).toEqual(['2026-11-18', '2026-11-18', '2026-11-19', '2026-11-19']);
      // each entry's part starts at its own paragraph and ends before the next entry's
      expect(r.datedParts.map((p) => r.text.slice(p.start, p.end).split('\n\n').length)).toEqual([1, 1, 1, 1]);
      expect(r.datedParts[2]!.detail).toBe(`the entry's time “13:05 GMT” under the day heading “${head2}”`);
    }
  });

  it('day headings between entries stamped by <time datetime> leave the text too', () => {
    const stamped = blog('Wednesday 18 November', 'Thursday 19 November').replace(
      /<p class="stamp">(\d\d):(\d\d) GMT<\/p>/g,
      (_m, h: string, m: string) => `<time datetime="2026-11-${Number(h) < 13 ? 18 : 19}T${h}:${m}:00Z">${h}:${m}</time>`,
    );
    const r = read(stamped);
    expect(r.datedParts).toHaveLength(4);
    expect(r.text).not.toMatch(/Wednesday 18 November|Thursday 19 November/);
    expect(r.text).toContain('The chamber opened with a minute’s silence');
  });

  it('a day heading printed inside its first entry’s box is not that entry’s first line: the entry keeps its words and day', () => {
    const inside = blog('Wednesday 18 November', 'Thursday 19 November').replace(
      '<h2>Thursday 19 November</h2>\n<div class="entry">',
      '<div class="entry"><h3>Thursday 19 November</h3>',
    );
    const r = read(inside);
    expect(r.text).not.toContain('Thursday 19 November');
    expect(days(r)).toEqual([
      ['2026-11-18', '08:00'],
      ['2026-11-18', '12:20'],
      ['2026-11-19', '13:05'],
      ['2026-11-19', '16:40'],
    ]);
    const stamped = inside.replace(
      /<p class="stamp">(\d\d):(\d\d) GMT<\/p>/g,
      (_m, h: string, m: string) => `<time datetime="2026-11-${Number(h) < 13 ? 18 : 19}T${h}:${m}:00Z">${h}:${m}</time>`,
    );
    const t = read(stamped);
    expect(t.datedParts.map((p) => [t.text.slice(p.start, p.start + 11), p.date])).toEqual([
      ['The chamber', '2026-11-18'],
      ['“The wall h', '2026-11-18'],
      ['Day two beg', '2026-11-19'],
      ['“We will no', '2026-11-19'],
    ]);
  });

  it('relative headings (“Yesterday”, “Today”) set no day', () => {
    const r = read(blog('Yesterday', 'Today'));
    expect(days(r).map(([d]) => d)).toEqual(['2026-11-18', '2026-11-18', '2026-11-18', '2026-11-18']);
  });
});

describe('a live blog with day headings added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(blog('Wednesday 18 November', 'Thursday 19 November'));
    });
  });
  afterAll(() => server.close());

  it('stores each entry with its heading’s day', async () => {
    const page = await fetchPage(newsUrl(server, '/flood-live'), policyFor(server));
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    const doc = pageToDocument('added/flood-live', page.body, { contentType: page.contentType, url: page.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.meta.datedParts?.map((p) => p.date)).toEqual(['2026-11-18', '2026-11-18', '2026-11-19', '2026-11-19']);
    expect(doc.text).not.toContain('November');
  });
});
