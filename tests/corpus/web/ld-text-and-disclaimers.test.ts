/**
 * JSON-LD strings written with HTML entities ("Benin &amp; Nigeria") read as the page shows them; a JSON-LD
 * author written as a byline ("By Reuters", "By Jane Doe") loses its "By"; an opinion piece's disclaimer below
 * it ("The views expressed here are her own") leaves the body.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'A London museum on Monday returned a bronze mask taken during a colonial raid, its director said.',
  '“This object should never have left,” museum director Helen Achterberg said at a handover ceremony.',
  'Officials said the mask would go on display in a new museum next year, alongside other returned works.',
  'Several other European museums are reviewing similar requests, according to a government statement.',
];
const read = (ld: object, end = '') => {
  const r = extractArticle(
    `<html><head><title>Mask returned | Atlas Daily</title><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...ld })}</script></head><body><article><h1>Mask returned</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}${end}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('JSON-LD text and disclaimers', () => {
  it('decodes HTML entities in JSON-LD headlines and names', () => {
    const r = read({
      headline: 'Museum returns mask to Benin &amp; Nigeria',
      author: { '@type': 'Person', name: 'Siobh&aacute;n O&#8217;Neil' },
    });
    expect(r.title).toBe('Museum returns mask to Benin & Nigeria');
    expect(r.author).toBe('Siobhán O’Neil');
  });

  it('drops the byline word of a JSON-LD author, and an agency so written names no one', () => {
    expect(read({ author: 'By Jane Doe' }).author).toBe('Jane Doe');
    expect(read({ author: 'By Reuters' }).author).toBeNull();
  });

  it('an opinion piece’s disclaimer leaves the body, with the bio it closes', () => {
    const end =
      '<p><em>Ruth Okafor is a former transport correspondent and the author of “Roads to Nowhere”. The views expressed here are her own.</em></p>';
    expect(read({ author: 'Ruth Okafor' }, end).text.split('\n\n')).toEqual(BODY);
    expect(read({}, '<p>Opinions expressed are those of the author.</p>').text.split('\n\n')).toEqual(BODY);
  });
});
