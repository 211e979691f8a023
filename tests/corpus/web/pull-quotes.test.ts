/**
 * Pull quotes: a quotation printed again beside the paragraph that quotes it, in a `<blockquote>` or a
 * paragraph of its own, classed or not. Kept, the words were quoted twice (once uncredited, or signed by the
 * line below) and answers listed them as two quotations.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const LEAD = 'Millbrook’s town council restored funding for its three branch libraries on Tuesday, reversing a cut approved in the autumn.';
const QUOTE =
  '“A town that closes its libraries is telling its children that reading is a luxury, and we refuse to send that message,” said Councillor Hana Lindqvist, who proposed the reversal.';
const REST = [
  'The restored money, about 310,000 a year, will come from a reserve fund set aside for building repairs, the finance officer said.',
  'Opponents warned that the council would face a harder choice next year if a roof or boiler failed in one of its buildings.',
];
const read = (pull: string, after = '') => {
  const r = extractArticle(
    `<html><head><title>Library funding restored | Millbrook Courier</title></head><body><article><h1>Library funding restored</h1><p>${LEAD}</p><p>${QUOTE}</p>${pull}${REST.map((p) => `<p>${p}</p>`).join('')}${after}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('pull quotes repeated from the article', () => {
  it.each([
    [
      'a blockquote with its cite',
      '<blockquote><p>“A town that closes its libraries is telling its children that reading is a luxury”</p><p><cite>Hana Lindqvist</cite></p></blockquote>',
    ],
    ['a quoted paragraph signed below', '<p>“Reading is a luxury … and we refuse to send that message”</p><p>— Hana Lindqvist</p>'],
    [
      'a quoted paragraph signed on its line',
      '<p>"A town that closes its libraries is telling its children that reading is a luxury" — Hana Lindqvist</p>',
    ],
    [
      'a quotation edited with a bracket',
      '<blockquote>“A town that closes its libraries is telling [the town’s] children that reading is a luxury”</blockquote>',
    ],
    [
      'a box classed as a pull quote, without quotation marks',
      '<div class="pull-quote"><p>A town that closes its libraries is telling its children that reading is a luxury</p><span>Hana Lindqvist</span></div>',
    ],
    [
      'a blockquote crediting its words after the closing mark',
      '<blockquote><p>“A town that closes its libraries is telling its children that reading is a luxury,” Lindqvist said.</p></blockquote>',
    ],
    [
      'a box whose signature runs on from the closing mark',
      '<div class="inline-quote"><span>“</span>Reading is a luxury, and we refuse to send that message<span>”</span><span class="who">Hana Lindqvist</span></div>',
    ],
    ['a pullQuote box', '<div class="article__pullQuote">Reading is a luxury we refuse to send as a message<br>Hana Lindqvist</div>'],
  ])('%s leaves the text', (_, pull) => {
    expect(read(pull)).toEqual([LEAD, QUOTE, ...REST]);
  });

  it('a block quotation the article does not repeat stays, and so does a short echo of a longer block', () => {
    const letter =
      '<blockquote><p>“Libraries are the last warm room in town that asks nothing of you,” the campaign wrote in its letter to the council.</p></blockquote>';
    expect(read('', letter)).toContain(
      '“Libraries are the last warm room in town that asks nothing of you,” the campaign wrote in its letter to the council.',
    );
    // the paragraph quoting part of the longer block is no pull quote of it
    const echo = read('', `${letter}<p>“The last warm room in town,” she repeated.</p>`);
    expect(echo).toContain('“The last warm room in town,” she repeated.');
  });
});

describe('pull quotes among many quoted paragraphs', () => {
  // every paragraph opens with the same words: only its last ones tell where the pull quote's words stand
  const branches = ['Eastgate', 'Northfield', 'Riverside', 'Old Mill', 'Harbour Road', 'Station Hill', 'Kingsmead', 'Westbrook'];
  const quoted = branches.map((b) => `“We will keep the library open every evening for the families of ${b},” the librarian said.`);

  it('a pull quote repeating one of them leaves the text, and no other paragraph goes', () => {
    const pull = '<blockquote>“We will keep the library open every evening for the families of Station Hill”</blockquote>';
    const html = `<html><body><article><h1>Evening hours for branch libraries</h1><p>${LEAD}</p>${quoted
      .slice(0, 6)
      .map((p) => `<p>${p}</p>`)
      .join('')}${pull}${quoted
      .slice(6)
      .map((p) => `<p>${p}</p>`)
      .join('')}${REST.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const r = extractArticle(html);
    if (!r.ok) throw new Error(r.reason);
    expect(r.text.split('\n\n')).toEqual([LEAD, ...quoted, ...REST]);
  });
});
