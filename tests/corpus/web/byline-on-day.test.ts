/**
 * A byline printed with its day after "on" ("By Nora Fell on April 14", the year left to a `<time>`) leaves the
 * text as any byline does, also when its linked name was read apart ("By on April 14"). The article's own
 * sentences opening with "By" stay. Every page and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The harbour board of Saltby agreed on Tuesday to raise tolls for cargo ships by eight per cent from next spring, citing dredging.',
  'Shipping firms said the rise would be passed on to shops in the town, and one operator said it was looking at other ports.',
  'The board will publish the new schedule of tolls next month, after a consultation with the chamber of commerce and the fishermen.',
  'The chair, Orla Fenn, said the channel could not be kept open on what the port charged today, and that boats would pay the same.',
];
const page = (top: string) =>
  `<html><head><title>Tolls to rise</title></head><body><article><h1>Tolls to rise</h1>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a byline with its day after "on"', () => {
  it.each([
    '<p>By Nora Fell on April 14</p>',
    '<address>By Nora Fell on <time datetime="2026-04-14">Tue 14 April</time></address>',
    '<address>By <a rel="author" href="/by/nora-fell">Nora Fell</a> on <time datetime="2026-04-14">April 14</time></address>',
    '<p>By Nora Fell on April 14, 2026</p>',
  ])('%s leaves the text', (top) => {
    expect(read(page(top)).text.split('\n\n')).toEqual(BODY);
  });

  it('a sentence of the article opening with "By" stays', () => {
    const sentence = 'By then on April 14 the board had voted, and the tolls were set.';
    expect(read(page(`<p>${sentence}</p>`)).text).toContain(sentence);
  });
});
