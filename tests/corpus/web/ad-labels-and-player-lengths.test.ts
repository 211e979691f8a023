/**
 * An ad slot's label printed inside a paragraph ("… the ramps. Advertisement The delay …"), left there when the
 * slot's markup has no class naming it, and a player's length written in minutes ("Listen · 5 min") leave the
 * text; a sentence about advertisements stays. Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { FERRY } from './pages/articles.js';

const PARAGRAPHS = FERRY.paragraphs.slice(0, 5);
const page = (
  paragraphs: readonly string[],
  top = '',
): string => `<!doctype html><html><head><title>Ferry terminal delayed | Fjord Courier</title></head>
<body><article><h1>Ferry terminal delayed</h1>${top}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const read = (html: string): string => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

describe('an ad label inside a paragraph', () => {
  it.each([
    ['after its last sentence', (p: string) => `${p} Advertisement`],
    ['between two sentences', (p: string) => p.replace('. ', '. ADVERTISEMENT ')],
    ['with its scroll call', (p: string) => `${p} Advertisement - Scroll to continue`],
  ])('%s leaves the text', (_name, withLabel) => {
    const marked = PARAGRAPHS.map((p, i) => (i === 3 ? withLabel(p) : p));
    expect(read(page(marked))).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('between two sentences of one paragraph, the paragraph is whole again', () => {
    const two = `${PARAGRAPHS[0]} ${PARAGRAPHS[1]}`;
    const marked = [`${PARAGRAPHS[0]} Advertisement ${PARAGRAPHS[1]}`, ...PARAGRAPHS.slice(2)];
    expect(read(page(marked))).toBe([two, ...PARAGRAPHS.slice(2)].join('\n\n'));
  });

  it('a sentence about advertisements stays as written', () => {
    const sentence = 'The council said the terminal would carry no advertisement. Advertisement boards on the old pier will go.';
    expect(read(page([...PARAGRAPHS, sentence]))).toContain(sentence);
  });
});

describe('a player’s length in minutes', () => {
  it.each(['Listen · 5 min', 'Listen (4 mins)', 'Listen to this article • 6 minutes'])('“%s” leaves the text', (line) => {
    expect(read(page(PARAGRAPHS, `<p>${line}</p>`))).toBe(PARAGRAPHS.join('\n\n'));
  });
});
