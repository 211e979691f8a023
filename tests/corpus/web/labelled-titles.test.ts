/**
 * og:title or twitter:title with a section's label or the site's name beside the headline the `<h1>` prints
 * ("Opinion | H", "H | The Daily Ledger") gives the headline alone; "H | Opinion | The Daily Ledger" in the
 * `<title>` names the site, not "Opinion | The Daily Ledger"; a newsletter's pitch in French or German leaves the body.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const H = 'We built the bypass and the traffic came anyway';
const BODY = [
  'When the bypass opened in 2006, the mayor promised that the high street would breathe again, and shops would return.',
  'I was a junior reporter then, and I wrote down every word. “In five years you will not recognise this town,” he said.',
  'He was right, though not in the way he meant. The traffic came back within three years, and it brought friends.',
  'Now the council wants a second bypass. Before it spends a penny, it should read its own reports from the first one.',
];
const read = (head: string, h1 = H, end = '') => {
  const r = extractArticle(`<html><head>${head}</head><body><h1>${h1}</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}${end}</body></html>`);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('labelled titles', () => {
  it('og:title and twitter:title with a label or the site beside the <h1>’s headline give the headline', () => {
    expect(read(`<title>${H}</title><meta property="og:title" content="Opinion | ${H}">`).title).toBe(H);
    expect(read(`<title>${H}</title><meta name="twitter:title" content="${H} | The Daily Ledger">`).title).toBe(H);
    // a headline with its own colon is the headline
    expect(read(`<meta property="og:title" content="EXCLUSIVE: ${H}">`, `EXCLUSIVE: ${H}`).title).toBe(`EXCLUSIVE: ${H}`);
  });

  it('a section’s label between the headline and the site’s name in <title> is no part of the outlet', () => {
    const r = read(`<title>${H} | Opinion | The Daily Ledger</title>`);
    expect(r.title).toBe(H);
    expect(r.outlet).toBe('The Daily Ledger');
  });

  it('a newsletter’s pitch in French or German leaves the body', () => {
    const end = '<p>Abonnez-vous à notre newsletter</p><p>Jetzt Newsletter abonnieren</p>';
    expect(read(`<title>${H}</title>`, H, end).text.split('\n\n')).toEqual(BODY);
  });
});
