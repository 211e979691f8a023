/**
 * Other stories' headlines printed as links inside the body, longer than a short link line — one alone after a
 * bullet or ">>", or several in one paragraph split by line breaks, a short title above them or not — leave the
 * text; a sentence of the article linked whole, ending with its stop, and a paragraph of lines that are not all
 * links stay. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { FERRY } from './pages/articles.js';

const PARAGRAPHS = FERRY.paragraphs.slice(0, 5);
/** Other stories' headlines, each over twelve words, as sites link them. */
const RAMPS = '<a href="/news/ramps">Why the harbour office redesigned the ramps after winter storms damaged the old pier twice</a>';
const COMMUTERS = '<a href="/news/early-boats">Commuters on the early boats say the new timetable leaves them waiting in the cold</a>';

const page = (box: string): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title></head>
<body><article><h1>Ferry terminal delayed</h1><div class="entry-content">
${PARAGRAPHS.slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('')}${box}${PARAGRAPHS.slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('')}</div></article></body></html>`;

const read = (html: string): string => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

describe('other stories’ headlines linked inside the body', () => {
  it.each([
    ['alone after a bullet', `<p>• ${RAMPS}</p>`],
    ['alone after ">>"', `<p>&gt;&gt; ${RAMPS}</p>`],
    ['alone in brackets', `<p><em>[${RAMPS}]</em></p>`],
    ['alone and bare', `<p>${RAMPS}</p>`],
    ['two lines after dashes', `<p>- ${RAMPS}<br>- ${COMMUTERS}</p>`],
    ['two lines under a title', `<p><strong>Related coverage</strong><br>${RAMPS}<br>${COMMUTERS}</p>`],
  ])('%s leave the text', (_name, box) => {
    expect(read(page(box))).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a sentence of the article linked whole stays', () => {
    const sentence =
      '<a href="/docs/contract.pdf">The harbour office published the full contract with the ramp builder on its website on Monday evening.</a>';
    expect(read(page(`<p>${sentence}</p>`))).toContain(
      'The harbour office published the full contract with the ramp builder on its website on Monday evening.',
    );
  });

  it('lines that are not all links stay', () => {
    const lines = `<p>Ferries to Orn leave at 6.10 and 7.40 until the terminal opens.<br>${RAMPS}</p>`;
    expect(read(page(lines))).toContain('Ferries to Orn leave at 6.10 and 7.40 until the terminal opens.');
  });
});
