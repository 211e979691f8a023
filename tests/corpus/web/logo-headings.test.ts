/**
 * A site's name printed as an `<h1>` in its header ("<h1 class="site-logo"><a href="/">Riverside Courier</a></h1>")
 * is no headline: before, it became the title and the `<title>`'s headline became the outlet.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Riverside council approved the eastern tram extension early on Saturday after a session that ran past midnight.',
  '“This is the biggest decision this chamber has taken in a generation,” said council leader Priya Anand.',
  'Opposition councillors argued the cost, estimated at 410 million, would squeeze other services for a decade.',
  'Construction is expected to start next spring and take four years, the council said.',
];
const read = (logo: string) => {
  const r = extractArticle(
    `<html><head><title>Council backs tram extension | Riverside Courier</title></head><body><header>${logo}</header><div class="main"><h1>Council backs tram extension</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a site logo printed as <h1>', () => {
  it.each([
    '<h1 class="site-logo"><a href="/">Riverside Courier</a></h1>',
    '<h1><a href="https://riverside.example/">Riverside Courier</a></h1>',
    '<h1 id="masthead">Riverside Courier</h1>',
  ])('%s is not the headline', (logo) => {
    const r = read(logo);
    expect(r.title).toBe('Council backs tram extension');
    expect(r.outlet).toBe('Riverside Courier');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a headline linked to its own article is still the headline', () => {
    const r = extractArticle(
      `<html><head><title>Riverside Courier</title></head><body><h1><a href="/news/tram-extension">Council backs tram extension</a></h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
    );
    expect(r.ok && r.title).toBe('Council backs tram extension');
  });
});
