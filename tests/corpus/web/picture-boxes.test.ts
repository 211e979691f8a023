/**
 * A picture set with its caption in a box without `<figure>` (`<div><img><div>caption</div></div>`): the caption
 * leaves the text as a figure's does (a quotation in it was read as carried by the article). A feature's sections
 * of a picture beside a paragraph of its own (three or more in a row), and an old page's `<div><img> Text …</div>`
 * paragraph, stay.
 * Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { FERRY } from './pages/articles.js';

const PARAGRAPHS = FERRY.paragraphs.slice(0, 5);
const page = (between: string): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title></head>
<body><article><h1>Ferry terminal delayed</h1><p>${PARAGRAPHS[0]}</p>${between}${PARAGRAPHS.slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a picture and its caption set in a box without <figure>', () => {
  it.each([
    [
      'a caption in a div beside the picture',
      '<div class="media"><img src="/q.jpg" alt=""><div class="txt">Lena Vostrik at the quay on Tuesday.</div></div>',
    ],
    [
      'a linked picture, a caption with a quotation and its credit',
      '<div><a href="/gallery"><picture><img src="/q.jpg"></picture></a><p>Tomas Brekke: “A broken promise to the villages.”</p><span>Ola Bakken</span></div>',
    ],
  ])('%s leaves the text', (_name, box) => {
    expect(read(page(box)).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a feature’s sections, each a picture beside a paragraph of its own, stay', () => {
    const sections = ['pier.jpg', 'ramp.jpg', 'hall.jpg']
      .map((pic, i) => `<section class="step"><img src="/${pic}"><p>${PARAGRAPHS[i]}</p></section>`)
      .join('');
    const html = `<!doctype html><html><head><title>The pier | Fjord Courier</title></head><body><article><h1>The pier</h1>${sections}<p>${PARAGRAPHS[3]}</p><p>${PARAGRAPHS[4]}</p></article></body></html>`;
    expect(read(html).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a single feature section, a picture beside a paragraph of its own, keeps its paragraph', () => {
    for (const i of [0, 1, 2]) {
      const section = `<section class="step"><img src="/pier.jpg"><p>${PARAGRAPHS[i]}</p></section>`;
      const rest = PARAGRAPHS.filter((_, j) => j !== i);
      const html = `<!doctype html><html><head><title>The pier | Fjord Courier</title></head><body><article><h1>The pier</h1>${rest
        .slice(0, i)
        .map((p) => `<p>${p}</p>`)
        .join('')}${section}${rest
        .slice(i)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`;
      expect(read(html).text).toBe(PARAGRAPHS.join('\n\n'));
    }
  });

  it.each([
    [
      'a long caption with its credit',
      '<p>Commuters wait on the old wooden pier at Saltby on a winter morning, as the new terminal rises behind them. Photo: Ola Bakken</p>',
    ],
    [
      'a long caption saying where its people stand',
      '<p>Harbour commissioner Lena Vostrik (left) walks with two engineers along the storm-damaged ramps of the old pier at Saltby on Tuesday.</p>',
    ],
    [
      'a long caption in <em>',
      '<p><em>Harbour commissioner Lena Vostrik walks with two engineers along the storm-damaged ramps of the old pier at Saltby on Tuesday.</em></p>',
    ],
  ])('%s still leaves the text', (_name, caption) => {
    expect(read(page(`<div><img src="/q.jpg">${caption}</div>`)).text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('an old page’s paragraph written as a div with a picture in its words stays', () => {
    const line =
      '<div><img src="/icon.gif"> Ferry tickets bought before the delay will be valid on the new terminal’s first crossings.</div>';
    expect(read(page(line)).text).toContain('Ferry tickets bought before the delay');
  });
});

describe('reading picture boxes stays linear in the page', () => {
  it('a strip of 3,000 captioned pictures beside the article is read in seconds', () => {
    const strip = Array.from({ length: 3000 }, (_, i) => `<div><img src="/${i}.jpg"><span>Picture ${i} of the quay.</span></div>`).join('');
    const started = Date.now();
    const r = extractArticle(page(`<div class="strip">${strip}</div>`));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.ok).toBe(true);
  });
});
