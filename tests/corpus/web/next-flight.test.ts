/**
 * A Next.js App Router page streams its data as `self.__next_f.push([1,"…"])` chunks (flight data): its
 * article's days are read there when the markup leaves them unsaid, and its article's prose when the markup
 * holds none. Every page and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { el, pushes as pushStream, row, textRow } from './flight-stream.js';
import { parsePage } from '../../../src/corpus/web/page.js';
import { flightData } from '../../../src/corpus/web/next-flight.js';

const HEADLINE = 'Quay works to start in spring';
const PARAGRAPHS = [
  'The council of Saltby voted on Monday to rebuild the north quay, ending two years of argument over the harbour.',
  'Works start in April and should end before the summer season, the harbour office said in a statement after the vote.',
  '“We have waited long enough for a quay that does not flood,” said Mayor Ilse Brandt, who promised no local tax would rise.',
  'Ferry crews had asked for the works to wait until the autumn, when fewer passengers cross to the islands each day.',
];
const BODY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

/** The stream cut into chunks of `size` characters, each pushed by a script (the first as some pages write it). */
const pushes = (stream: string, size = 90): string => pushStream(stream, size, ';self.__next_f.push([2,null])');

const page = (stream: string, { head = '', body = `<main><h1>${HEADLINE}</h1>${BODY}</main>`, extra = '' } = {}): string =>
  `<!doctype html><html lang="en"><head><title>${HEADLINE} | Saltby Courier</title>${head}</head><body>${body}${pushes(stream)}${extra}</body></html>`;

const URL = 'https://saltbycourier.example/news/quay-works';
const read = (html: string) => {
  const r = extractArticle(html, { url: URL });
  if (!r.ok) throw new Error(r.reason);
  return { ...r, dateEvidence: r.evidence.find((e) => e.field === 'date')?.detail ?? '' };
};

/** A layout of header, the page's part and footer, as App Router renders it. */
const layout = (main: unknown): unknown =>
  el('html', {
    lang: 'en',
    children: el('body', {
      children: [
        el('header', { children: 'Saltby Courier' }),
        el('main', { children: main }),
        el('footer', { children: '© Saltby Courier' }),
      ],
    }),
  });
const modules = '1:I[4512,["static/chunks/app/page.js"],"ArticleMeta"]\n2:I[4513,["static/chunks/app/page.js"],"StoryCard"]\n';
const related = [
  el('$L2', { story: { title: 'Ferry fares frozen for the winter', slug: 'ferry-fares', publishedAt: '$D2025-11-02T08:00:00.000Z' } }, 'a'),
  el('$L2', { story: { title: 'Harbour office moves house', slug: 'harbour-office', publishedAt: '$D2025-12-14T08:00:00.000Z' } }, 'b'),
];

describe('days in a Next.js App Router page’s flight data', () => {
  it('dates the page by its article’s own object ($D dates), keeping the last change apart', () => {
    const article = { title: HEADLINE, publishedAt: '$D2026-03-09T10:15:00.000Z', updatedAt: '$D2026-03-11T16:00:00.000Z' };
    const r = read(page(modules + row('0', layout([el('$L1', { article }), el('aside', { children: related })]))));
    expect(r.date).toBe('2026-03-09');
    expect(r.modified).toBe('2026-03-11');
    expect(r.dateEvidence).toMatch(
      /^Next\.js flight data \(self\.__next_f\) flight.*\.article\.publishedAt = "2026-03-09T10:15:00\.000Z"$/,
    );
  });

  it('finds the article among listed stories by its slug, not by the stories beside it', () => {
    const cards = [
      ...related,
      el('$L2', { story: { title: 'What the quay vote means', slug: 'quay-works', firstPublished: '2026-03-09' } }, 'c'),
    ];
    expect(read(page(modules + row('0', layout(el('ul', { children: cards }))))).date).toBe('2026-03-09');
  });

  it('takes no day from listed stories when none is the page’s', () => {
    expect(read(page(modules + row('0', layout(el('section', { children: related }))))).date).toBeNull();
  });

  it('reads a part of the page streamed in a row of its own, referred to as "$L5"', () => {
    const stream = modules + row('0', layout('$L5')) + row('5', el('$L1', { post: { name: HEADLINE, publishDate: 1773051300000 } }));
    expect(read(page(stream)).date).toBe('2026-03-09');
  });

  it('comes after what the markup declares', () => {
    const head = '<meta property="article:published_time" content="2026-03-08T22:00:00Z">';
    const r = read(page(modules + row('0', layout(el('$L1', { article: { title: HEADLINE, publishedAt: '2026-03-09' } }))), { head }));
    expect(r.date).toBe('2026-03-08');
  });

  it('skips malformed chunks and rows, and reads texts by their length in bytes', () => {
    const note = 'Ein Satz über die Kaimauer, mit “Anführungszeichen” – und mehr.';
    const stream =
      modules +
      textRow('3', note) +
      'zz:not a row\n' +
      '4:{"broken":\n' +
      row('0', layout(el('$L1', { article: { title: HEADLINE, summary: '$3', publishedAt: '2026-03-09' } })));
    const broken = '<script>self.__next_f.push([1,"unterminated</script><script>self.__next_f.push([1, 42])</script>';
    const html = page(stream, { extra: broken });
    expect(read(html).date).toBe('2026-03-09');
    const roots = flightData(parsePage(html));
    expect(JSON.stringify(roots)).toContain(JSON.stringify(note));
  });
});

describe('flight data decoding', () => {
  it('is empty for a page that streams none, and never throws on references that loop', () => {
    expect(flightData(parsePage('<p>No scripts here.</p>'))).toEqual([]);
    const loop = row('0', { a: '$1' }) + row('1', { b: '$0', price: '$$5' });
    const roots = flightData(parsePage(pushes(loop, 7)));
    expect(roots).toEqual([{ a: { b: null, price: '$5' } }]);
  });

  it('reads the chunks a script pushes after code that only names the array', () => {
    const script =
      'if(!self.__next_f){console.log("no stream yet")};queue.push(1);self.__next_f.push(pending);' +
      `self.__next_f.push(${JSON.stringify([1, row('0', { note: 'Read after the code.' })])})`;
    expect(flightData(parsePage(`<script>${script}</script>`))).toEqual([{ note: 'Read after the code.' }]);
  });

  it('reads rows pushed as bytes ([3, base64]) in their order among the others', () => {
    const bytes = Buffer.from(row('0', { note: 'Written on the quay, “by hand”.' }), 'utf8').toString('base64');
    const html = `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([3,"${bytes}"])</script>`;
    expect(flightData(parsePage(html))).toEqual([{ note: 'Written on the quay, “by hand”.' }]);
  });
});

describe('the article of a script-built App Router page, read from its flight data', () => {
  const shell = (stream: string) => page(stream, { body: '<div id="app"></div>' });

  it('reads paragraphs rendered as elements, links read through, captions and listed stories left out', () => {
    const words = (p: string): unknown =>
      p.startsWith('The council')
        ? el('p', { children: ['The ', el('a', { href: '/council', children: 'council' }), p.slice('The council'.length)] })
        : el('p', { children: p });
    const figure = el('figure', {
      children: [
        el('img', { src: '/quay.jpg', alt: 'The north quay' }),
        el('figcaption', { children: 'The north quay at high tide, seen from the ferry pier.' }),
      ],
    });
    const story = el('article', {
      children: [el('h1', { children: HEADLINE }), words(PARAGRAPHS[0]!), figure, ...PARAGRAPHS.slice(1).map(words)],
    });
    const r = read(shell(modules + row('0', layout([story, el('aside', { children: related })]))));
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads a body of HTML streamed as a text row ("$7")', () => {
    const html = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const stream = modules + textRow('7', html) + row('0', layout(el('$L1', { story: { title: HEADLINE, bodyHtml: '$7' } })));
    expect(read(shell(stream)).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('leaves a shell refused when its flight data holds no article', () => {
    const r = extractArticle(shell(modules + row('0', layout(el('section', { children: related })))), { url: URL });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/built by scripts/);
  });
});
