/**
 * An editor's note or a correction (notes.ts): a quotation in a sentence telling what the outlet's own text said
 * (“An earlier version of this article misquoted Karl Dunne as saying …”) is credited to no one; the note's other
 * sentences, and the article's own paragraphs, are read as before. Pages and sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { pageToDocument } from '../../src/corpus/web/document.js';
import { doc } from './helpers.js';

const credits = (...paragraphs: string[]) => extractClaims(doc(...paragraphs)).quotes.map((q) => [q.speaker, q.text, q.rule]);

const BODY = [
  'The council of Saltby voted on Monday to rebuild the north quay, ending two years of argument over the harbour.',
  '“We will not raise a single tax to pay for this,” Mayor Ilse Brandt told the chamber after the vote.',
  'Karl Dunne, who leads the opposition, said the plan was rushed. “Nobody asked the traders,” he said.',
];

describe('quotations in editors’ notes and corrections', () => {
  it.each([
    [
      'Correction: An earlier version of this article misquoted Karl Dunne as saying “the traders were ignored.”',
      'the traders were ignored.',
    ],
    ['Editor’s note: An earlier version of this story attributed the words “a rushed plan” to Ilse Brandt.', 'a rushed plan'],
    ['CLARIFICATION: A report on Tuesday quoted the mayor as calling the vote “a done deal.”', 'a done deal.'],
    ['Editor’s Note — The story said Mr. Dunne had called the fund “a blank cheque.” He did not.', 'a blank cheque.'],
  ])('%s', (note, words) => {
    const quotes = credits(...BODY, note);
    expect(quotes).toContainEqual([null, words, 'editors-note']);
    // the article's own quotations are credited as before
    expect(quotes).toContainEqual(['Ilse Brandt', 'We will not raise a single tax to pay for this,', 'verb-after']);
    expect(quotes).toContainEqual(['Karl Dunne', 'Nobody asked the traders,', 'verb-after']);
  });

  it('reads a note’s sentence that reports what someone said, not what the article said, as any other', () => {
    const note =
      'Correction: An earlier version of this article gave the wrong day for the vote. On Tuesday the harbour master, Oskar Lund, said the berth was “ready for the winter.”';
    expect(credits(...BODY, note)).toContainEqual(['Oskar Lund', 'ready for the winter.', expect.not.stringMatching(/editors-note/)]);
  });

  it('leaves a paragraph without a note’s label as it was', () => {
    const paragraph = 'A report by the audit office quoted Oskar Lund as saying the berth was “ready for the winter.”';
    const quotes = credits(...BODY, paragraph);
    expect(quotes.find((q) => q[1] === 'ready for the winter.')?.[2]).not.toBe('editors-note');
  });

  it('a web page keeps its notes in its text and credits none of their quotations about its earlier text', () => {
    const html = `<html><head><title>Quay works to start in spring | Saltby Courier</title></head><body><article><h1>Quay works to start in spring</h1>
<p><em>Editor’s note: This story was first published on March 9 and has been updated with the council’s vote.</em></p>
${BODY.map((p) => `<p>${p}</p>`).join('')}
<p>Works start in April and should end before the summer season, the harbour office said in a statement.</p>
<p><i>Correction: An earlier version of this article misquoted Karl Dunne as saying “the traders were ignored.”</i></p>
</article></body></html>`;
    const page = pageToDocument('quay.html', new TextEncoder().encode(html));
    if ('code' in page) throw new Error(page.message);
    expect(page.text).toContain('Editor’s note: This story was first published on March 9');
    expect(page.text).toContain('Correction: An earlier version of this article misquoted Karl Dunne');
    expect(extractClaims(page).quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ilse Brandt', 'We will not raise a single tax to pay for this,'],
      ['Karl Dunne', 'Nobody asked the traders,'],
      [null, 'the traders were ignored.'],
    ]);
  });
});
