/**
 * A byline printed above the article without a byline class ("<p>By Orla Kettering · June 14, 2026</p>"), or
 * opening with another language's word ("Par Claire Dumont", "Von Jonas Weber"), names the page's author;
 * the date beside it dates the page when the markup does not, and the author's bio after the article goes.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Harbour workers in Saltby agreed a new contract on Monday after six weeks of talks, their union said.',
  '“This deal keeps the night crews whole,” said union rep Dagny Holm.',
  'The port authority said the deal would cost about two million a year and called it fair.',
  'Ships had queued off the coast for days during the dispute, which began in early spring.',
];
const read = (top: string, end = '') => {
  const r = extractArticle(
    `<html><head><title>Harbour deal | Saltby Herald</title></head><body><article><h1>Harbour deal</h1>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}${end}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('bylines printed without a byline class', () => {
  it('name the author and date the page', () => {
    const r = read('<p>By Orla Kettering · June 14, 2026</p>', '<p>Orla Kettering is the Herald’s port reporter.</p>');
    expect(r.author).toBe('Orla Kettering');
    expect(r.date).toBe('2026-06-14');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('in other languages too', () => {
    expect(read('<p class="signature">Par Claire Dumont</p>').author).toBe('Claire Dumont');
    expect(read('<p class="author">Von Jonas Weber</p>').author).toBe('Jonas Weber');
  });

  it('a sentence or a day opening with “By” names no one', () => {
    expect(read('<p>By Monday Night</p>').author).toBeNull();
    expect(read('<p>By Tuesday, Ruiz had resigned.</p>').author).toBeNull();
    expect(read('<p>By the time the votes were counted, the hall was empty.</p>').author).toBeNull();
  });

  it('a writer’s line without “By” above the text names the author and leaves the text', () => {
    for (const line of [
      '<p>Gwen Mabry, Transport correspondent</p>',
      '<div class="byline"><span class="name">Gwen Mabry</span>, <span class="role">senior port reporter</span></div>',
      '<p>Gwen Mabry, Editor</p>',
      '<p>Gwen Mabry | Education reporter</p>',
      '<p>Gwen Mabry – Transport correspondent</p>',
      '<p>Gwen Mabry, Transport correspondent<br>Tue 10 Mar 2026 09.00 GMT</p>',
    ]) {
      const r = read(line);
      expect(r.author).toBe('Gwen Mabry');
      expect(r.evidence.find((e) => e.field === 'author')?.detail).toContain("the writer's line above the article");
      expect(r.text.split('\n\n')).toEqual(BODY);
    }
  });

  it('a name and a job in the article’s text, or without a comma, name no author', () => {
    const long = `<p>${BODY[0]} The talks were led by the port's own negotiators, with the city watching closely from the side.</p>`;
    expect(read('', `${long}<p>Dagny Holm, union editor</p>`).author).toBeNull();
    expect(read('<p>Sports Desk Editor</p>').author).toBeNull();
    expect(read('<p>Letters to the Editor</p>').author).toBeNull();
  });
});

describe('a byline naming each writer with the writer’s job', () => {
  it('names the writers, not their jobs, and leaves the text', () => {
    for (const top of [
      '<p>By Orla Kettering, Port correspondent, and Dagny Holm, Political editor</p>',
      '<div class="byline">By Orla Kettering, Senior reporter and Dagny Holm</div>',
    ]) {
      const r = read(top);
      expect(r.author).toBe('Orla Kettering, Dagny Holm');
      expect(r.text.split('\n\n')).toEqual(BODY);
    }
  });
});
