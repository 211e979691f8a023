/**
 * A standfirst (the summary under the headline) that repeats a quotation of the article leaves the text, so
 * the words are quoted once, in the paragraph that credits them; a summary or a lead quoting words found
 * nowhere else stays.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The harbour board of Saltby agreed on Tuesday to raise tolls for cargo ships by eight per cent from next spring, citing the cost of dredging.',
  '“We cannot keep the channel open on what we charge today,” said Orla Fenn, who chairs the board. She added that fishing boats would pay the same.',
  'Shipping firms said the rise would be passed on to shops in the town. One operator, Brannock Lines, said it was looking at other ports.',
  'The board will publish the new schedule of tolls next month, after a consultation with the chamber of commerce and the fishermen’s association.',
];
const page = (standfirst: string) =>
  `<html lang="en-GB"><head><title>Harbour tolls to rise | Saltby Herald</title></head><body><article><h1>Harbour tolls to rise</h1>${standfirst}<p class="byline">By Gwen Mabry</p>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const text = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('a standfirst repeating a quotation', () => {
  it.each([
    '<p class="standfirst">“We cannot keep the channel open on what we charge today,” says the board’s chair, as cargo tolls go up</p>',
    '<div class="dek">Cargo tolls go up: “we cannot keep the channel open on what we charge today”</div>',
    '<h2 class="summary-text">"We cannot keep the channel open on what we charge today"</h2>',
  ])('%s leaves the text, the quoting paragraph stays', (standfirst) => {
    expect(text(page(standfirst))).toEqual(BODY);
  });

  it('a standfirst whose quotation the article does not print stays', () => {
    const own = '“The sea wall will not last another decade,” says the board’s chair, as cargo tolls go up';
    expect(text(page(`<p class="standfirst">${own}</p>`))[0]).toBe(own);
  });

  it('a lede crediting the quotation with “said” stays, though a later paragraph quotes it again', () => {
    const lede = '“We cannot keep the channel open on what we charge today,” Orla Fenn said on Tuesday.';
    expect(text(page(`<p>${lede}</p>`))[0]).toBe(lede);
  });

  it('a standfirst saying more than the quotation stays', () => {
    const own =
      'Cargo tolls go up by eight per cent next spring, the fishing fleet is spared, and shipping firms warn that shops in the town will pay more for goods brought in by sea, as the chair says “we cannot keep the channel open”';
    expect(text(page(`<p class="standfirst">${own}</p>`))[0]).toBe(own);
  });
});
