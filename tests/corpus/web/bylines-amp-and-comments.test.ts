/**
 * Page shapes news sites publish, each read wrong before its fix — a byline of two names
 * joined in the page's own language ("Par A et B", "Von A und B"), a wire byline with the agency after the last
 * name in capitals ("By JORDAN PIKE and KELSEY MARR Associated Press"), an AMP player's placeholder text
 * ("Loading video"), and a picture's caption in a Next.js page's article data.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Ferry crews on the northern route agreed a new rota on Monday after four weeks of talks, their union said.',
  '“The rota keeps the late sailings running all winter,” said union organiser Brita Lund.',
  'The operator said the change would cost about half a million a year and called it a fair settlement.',
  'Passengers had faced cancelled evening crossings for most of the autumn, which angered island residents.',
];
const page = (top: string, extra = '', head = '') =>
  `<html><head><title>Ferry rota | Northsound Post</title>${head}</head><body><article><h1>Ferry rota</h1>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}${extra}</article></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('bylines of several names', () => {
  it('joined by the page language’s “and”', () => {
    expect(read(page('<p class="auteur">Par Camille Roux et Julien Mercier</p>')).author).toBe('Camille Roux, Julien Mercier');
    expect(read(page('<p class="autor">Von Katrin Vogel und Jonas Weber</p>')).author).toBe('Katrin Vogel, Jonas Weber');
    expect(read(page('<p class="firma">Por María Calvo y Andrés Gil</p>')).author).toBe('María Calvo, Andrés Gil');
    expect(read(page('<p class="auteur">Par Camille Roux et Julien Mercier</p>')).text.split('\n\n')).toEqual(BODY);
  });

  it('a wire byline: the agency after the last name is no part of it, and names in capitals are written as names', () => {
    const r = read(page('<div class="author">By JORDAN PIKE and KELSEY MARR Associated Press</div>'));
    expect(r.author).toBe('Jordan Pike, Kelsey Marr');
    expect(read(page('<p class="byline">By Lucia Ferrante and Tomas Hald, Reuters</p>')).author).toBe('Lucia Ferrante, Tomas Hald');
    expect(read(page('<p class="byline">By Ana DeLuca</p>')).author).toBe('Ana DeLuca');
  });
});

describe('bylines naming the writer’s part', () => {
  it('“Words by”, “Written by”, beside a photographer’s credit', () => {
    expect(read(page('<p class="byline">Photographs by Noor Haddad. Words by Eli Brennan</p>')).author).toBe('Eli Brennan');
    expect(read(page('<p class="byline">Written by Eli Brennan</p>')).author).toBe('Eli Brennan');
    const r = read(page('<p>Words by Eli Brennan</p>'));
    expect(r.author).toBe('Eli Brennan');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });
});

describe('section breaks', () => {
  it('a line of marks between or after the paragraphs (“___”, “* * *”) is no paragraph', () => {
    const html = page('', '<p>___</p><p>* * *</p><p>—</p>');
    expect(read(html).text.split('\n\n')).toEqual(BODY);
  });
});

describe('reader comments inside the article element', () => {
  const replies = (cls: string, heading: string) =>
    `<section class="${cls}"><h2>${heading}</h2>${['Finally! “Keeps the late sailings running” — exactly right, my whole family commutes on that boat.', 'The rota was never the problem. The old boat breaks down every second week and nobody fixes it properly.', 'Thanks everyone for the support. We will post the new timetable on the noticeboard at the pier this Friday.'].map((c, i) => `<article class="reply-item"><header><strong>Reader ${i + 1}</strong> <time datetime="2026-03-30T1${i}:15:00Z">March 30, 2026 1${i}:15</time></header><p>${c}</p></article>`).join('')}</section>`;
  it('a box classed “discussion”, or headed “What readers say”, is no part of the article', () => {
    expect(read(page('', replies('discussion', 'Comments from the community'))).text.split('\n\n')).toEqual(BODY);
    expect(read(page('', replies('thread-box', 'What readers say'))).text.split('\n\n')).toEqual(BODY);
  });
});

describe('AMP pages', () => {
  it('a player’s placeholder and fallback text is no part of the article', () => {
    const player =
      '<amp-iframe width="600" height="340" layout="responsive" sandbox="allow-scripts" src="https://video.example/e/1"><div placeholder>Loading video</div><div fallback>Your browser does not support this video</div></amp-iframe>';
    expect(read(page('', player)).text.split('\n\n')).toEqual(BODY);
    const video = '<div class="player"><video controls src="/v/ferry.mp4"><p>Your browser does not support HTML video.</p></video></div>';
    expect(read(page('', video)).text.split('\n\n')).toEqual(BODY);
  });
});

describe('a Next.js page’s article data', () => {
  it('a picture’s block and its caption are no part of the article', () => {
    const blocks = [
      { type: 'paragraph', text: BODY[0] },
      { type: 'paragraph', text: BODY[1] },
      { type: 'image', src: '/img/ferry.jpg', caption: 'The morning ferry leaves the northern pier in heavy rain. Photo: Northsound Post' },
      { type: 'paragraph', text: BODY[2] },
      { type: 'gallery', items: 4, title: 'In pictures: a winter on the ferry route with the night crews.' },
      { type: 'paragraph', text: BODY[3], credit: 'Additional reporting by the night desk staff team.' },
    ];
    const data = JSON.stringify({ props: { pageProps: { article: { headline: 'Ferry rota', body: blocks } } } });
    const html = `<html><head><title>Ferry rota | Northsound Post</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${data}</script></body></html>`;
    expect(read(html).text.split('\n\n')).toEqual(BODY);
  });
});
