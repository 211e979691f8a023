/**
 * A page refused for too little text says what it shows instead when it is a video, a recording, a set of
 * pictures or a list of links, so the moderator who added it knows why the link gave no article.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const page = (inside: string) =>
  `<html lang="en"><head><title>Harbour tolls explained | Saltby Herald</title></head><body><header><img src="/logo.png" alt=""><img src="/menu.svg" alt=""><img src="/search.svg" alt=""></header><article><h1>Harbour tolls explained</h1>${inside}<p>Our reporter explains what the new tolls mean for the town.</p></article></body></html>`;
const reason = (html: string): string => {
  const r = extractArticle(html);
  if (r.ok) throw new Error('read as an article');
  return r.reason;
};

describe('refusals of pages without enough text', () => {
  it.each([
    ['<video src="/tolls.mp4" controls></video>', 'the page is a video with only 11 words of text beside it'],
    ['<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>', 'the page is a video'],
    ['<audio src="/tolls.mp3" controls></audio>', 'the page is a recording'],
    ['<img src="/1.jpg"><img src="/2.jpg"><img src="/3.jpg">', 'the page is a set of pictures'],
  ])('%s', (inside, said) => {
    expect(reason(page(inside))).toContain(said);
  });

  it('a short page without them, its site logo and icons aside, is only short', () => {
    expect(reason(page(''))).toBe('the page holds only 11 words of text, too few for an article');
  });

  it('a section front of linked headlines says it is a list of links, not "0 words of text"', () => {
    const links = Array.from(
      { length: 12 },
      (_, i) => `<li><a href="/harbour/${i}">Harbour board story ${i + 1} on the tolls, the ferry and the quay</a></li>`,
    );
    const html = `<html><head><title>Harbour | Saltby Herald</title></head><body><nav><a href="/">Home</a></nav><main><h2>Harbour</h2><ul>${links.join('')}</ul></main></body></html>`;
    expect(reason(html)).toMatch(/^the page is a list of links \(\d+ % of its \d+ words are links\), not an article$/);
  });

  it('a short page of a few linked headlines and no text says it is a list of links too', () => {
    const links = ['Ferry terminal delayed again as storms hit', 'Council to vote on the budget next week', 'New hall opens in April']
      .map((t, i) => `<li><a href="/harbour/${i}">${t}</a></li>`)
      .join('');
    const html = `<html><head><title>Harbour | Saltby Herald</title></head><body><ul>${links}</ul></body></html>`;
    expect(reason(html)).toBe('the page is a list of links (100 % of its 18 words are links), not an article');
  });

  it('a page whose few words are all page furniture says it holds no article text, not "0 words of text"', () => {
    const html = '<html><head><title>Saltby Herald</title></head><body><main><p>Advertisement</p><p>Sign in</p></main></body></html>';
    expect(reason(html)).toBe('the page holds no text that reads as an article');
  });
});
