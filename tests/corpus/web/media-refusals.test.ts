/**
 * A page refused for too little text says what it shows instead when it is a video, a recording or a set of
 * pictures, so the moderator who added it knows why the link gave no article.
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
});
