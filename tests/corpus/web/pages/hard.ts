/**
 * Pages in shapes where Readability alone reads too much or too little, written for these tests: wrapped
 * paragraphs between ad slots, a body split by a promotion, paragraphs as bare divs, paragraphs full of links,
 * one-sentence paragraphs, sections with subheadings, a table layout, a body only in JSON-LD, and a comment
 * thread whose classes name nothing but whose heading does.
 */
import { GLACIER, HARBOUR, MARKET } from './articles.js';
import { footer, navigation, relatedBox, scripts, sidebar, text } from './chrome.js';

/** A page and the text an extractor should return for it. */
export interface HardPage {
  name: string;
  html: string;
  body: string[];
}

const both = [...HARBOUR.paragraphs, ...GLACIER.paragraphs];
const ps = (paragraphs: readonly string[]): string => paragraphs.map((p) => `<p>${text(p)}</p>`).join('');
const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Story | Site</title>${head}${scripts()}</head><body>${navigation('Site')}<main>${body}</main>${sidebar()}${footer('Site')}</body></html>`;

/** Every hard page. */
export function hardPages(): HardPage[] {
  const sentences = both.flatMap((p) => p.split(/(?<=\.) /));
  const linky = both
    .map(
      (p) =>
        `<p>${text(p)
          .split(' ')
          .map((w, i) => (i % 4 === 0 ? `<a href="/t/${i}">${w}</a>` : w))
          .join(' ')}</p>`,
    )
    .join('');
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Night market returns', articleBody: MARKET.paragraphs.join('\n') });
  const replies = Array.from(
    { length: 8 },
    (_, i) =>
      `<div class="c-item"><p>I think the council made the right decision this time, reader number ${i} wrote, after years of arguing about the wall and the harbour.</p></div>`,
  ).join('');
  return [
    {
      name: 'wrapped paragraphs between ad slots',
      html: page(
        `<div class="article-content">${both.map((p, i) => `<div class="paragraph-wrapper"><p>${text(p)}</p></div>${i % 3 === 2 ? '<div class="inline-unit"><div id="div-gpt-ad-123">&nbsp;</div></div>' : ''}`).join('')}</div>`,
      ),
      body: both,
    },
    {
      name: 'a body split by a promotion',
      html: page(
        `<div class="story-part">${ps(both.slice(0, 5))}</div><div class="inline-cta"><h3>Don't miss a story</h3><p>Get our best journalism every morning, handpicked by our editors and delivered free to your inbox.</p></div><div class="story-part">${ps(both.slice(5))}</div>`,
      ),
      body: both,
    },
    {
      name: 'paragraphs as bare divs',
      html: page(`<div class="body">${both.map((p) => `<div>${text(p)}</div>`).join('')}</div>`),
      body: both,
    },
    { name: 'paragraphs full of links', html: page(`<article>${linky}</article>`), body: both },
    { name: 'one-sentence paragraphs', html: page(`<article>${ps(sentences)}</article>`), body: sentences },
    {
      name: 'sections with subheadings',
      html: page(
        `<article><section><h2>On the quay</h2>${ps(HARBOUR.paragraphs)}</section><section><h2>Under the ice</h2>${ps(GLACIER.paragraphs)}</section></article>`,
      ),
      body: ['On the quay', ...HARBOUR.paragraphs, 'Under the ice', ...GLACIER.paragraphs],
    },
    { name: 'a table layout', html: page(`<table><tr><td class="c">${ps(both)}</td><td>${relatedBox()}</td></tr></table>`), body: both },
    {
      name: 'a body only in JSON-LD',
      html: page(
        `<div id="app"><h1>Night market returns</h1><p>${text(MARKET.paragraphs[0]!)}</p></div>`,
        `<script type="application/ld+json">${ld}</script>`,
      ),
      body: MARKET.paragraphs,
    },
    {
      name: 'a comment thread named by its heading',
      html: page(`<article>${ps(both)}</article><div class="c-list"><h3>Reader replies</h3>${replies}</div>`),
      body: both,
    },
  ];
}

/** A WordPress-style page: screen-reader text inside the body, and an `<h1>` worded unlike og:title. */
export function accessibleWordpressPage(): HardPage {
  const body = HARBOUR.paragraphs
    .map(
      (p, i) =>
        `<p>${text(p)}${i === 2 ? ' <a href="/vote">the vote<span class="screen-reader-text">(opens in a new tab)</span></a>' : ''}</p>`,
    )
    .join('');
  const html = `<html><head><meta property="og:title" content="Marrowick approves flood wall"><title>Marrowick approves flood wall | Gazette</title></head><body>${navigation('Gazette')}
<article><h1 class="entry-title">${text(HARBOUR.headline)}</h1><span class="posted-on"><span class="screen-reader-text">Posted on</span></span><div class="entry-content">${body}</div></article>${footer('Gazette')}</body></html>`;
  const expected = HARBOUR.paragraphs.map((p, i) => (i === 2 ? `${p} the vote` : p));
  return { name: 'screen-reader text and an h1 unlike og:title', html, body: expected };
}
