/**
 * Article pages in the shapes of common publishing systems, written for these tests: a WordPress blog with a
 * JSON-LD @graph, a news site with NewsArticle JSON-LD and ads between paragraphs, a Drupal page with Dublin
 * Core dates, an OpenGraph-only page, a page without any metadata, an old CMS with <br><br> paragraphs, and
 * a feature with headings, lists and a blockquote. Each comes with what an extractor should find.
 */
import type { TestArticle } from './articles.js';
import { GLACIER, HARBOUR, MARKET } from './articles.js';
import {
  comments,
  cookieBanner,
  figure,
  footer,
  navigation,
  newsletterBox,
  relatedBox,
  scripts,
  shareBox,
  sidebar,
  text,
} from './chrome.js';

/** What an extractor should find on a page; undefined fields are not checked. */
export interface Expected {
  title?: string | null;
  outlet?: string | null;
  date?: string | null;
  url?: string | null;
  author?: string | null;
  lang?: string | null;
}

/** A page and its truth. `body` is the article text an extractor should return (paragraphs, in order). */
export interface TestPage {
  name: string;
  html: string;
  body: string[];
  expected: Expected;
}

const paras = (a: TestArticle, cls = ''): string => a.paragraphs.map((p) => `<p${cls ? ` class="${cls}"` : ''}>${text(p)}</p>`).join('\n');

/** WordPress with Yoast: JSON-LD @graph (Article + WebPage + Organization), share, related and comments. */
export function wordpressPage(a: TestArticle = HARBOUR): TestPage {
  const url = 'https://www.harbourgazette.example/2024/05/14/flood-wall-vote/';
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': 'https://www.harbourgazette.example/#org', name: 'The Harbour Gazette' },
      { '@type': 'WebPage', '@id': url, url, name: `${a.headline} - The Harbour Gazette` },
      {
        '@type': 'Article',
        headline: a.headline,
        datePublished: '2024-05-14T19:42:00+00:00',
        dateModified: '2024-05-15T08:00:00+00:00',
        author: { '@type': 'Person', name: 'Lena Marsh' },
        publisher: { '@id': 'https://www.harbourgazette.example/#org' },
        mainEntityOfPage: url,
      },
    ],
  };
  const body = [...a.paragraphs.slice(0, 3), '@@FIGURE@@', ...a.paragraphs.slice(3)]
    .map((p) => (p === '@@FIGURE@@' ? figure('The old flood wall at low tide.') : `<p>${text(p)}</p>`))
    .join('\n');
  const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${text(a.headline)} - The Harbour Gazette</title>
<meta property="og:type" content="article"><meta property="og:title" content="${text(a.headline)}"><meta property="og:url" content="${url}">
<meta property="og:site_name" content="The Harbour Gazette"><meta property="article:published_time" content="2024-05-14T19:42:00+00:00">
<link rel="canonical" href="${url}"><script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(graph)}</script>${scripts()}</head>
<body class="post-template-default single single-post">${cookieBanner()}<div id="page" class="site">${navigation('The Harbour Gazette')}
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-1182" class="post-1182 post type-post status-publish">
<header class="entry-header"><span class="cat-links"><a href="/category/local">Local</a></span><h1 class="entry-title">${text(a.headline)}</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/lena">Lena Marsh</a></span> <time class="entry-date published" datetime="2024-05-14T19:42:00+00:00">May 14, 2024</time></div></header>
<div class="entry-content">${body}
${shareBox('sharedaddy sd-sharing-enabled')}${relatedBox('jp-relatedposts')}</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/flood">flood</a>, <a href="/tag/council">council</a></span></footer></article>
${newsletterBox()}${comments()}</main>${sidebar()}</div>${footer('The Harbour Gazette')}</div></body></html>`;
  return {
    name: 'wordpress',
    html,
    body: a.paragraphs,
    expected: { title: a.headline, outlet: 'The Harbour Gazette', date: '2024-05-14', url, author: 'Lena Marsh', lang: 'en-GB' },
  };
}

/** A news site: NewsArticle JSON-LD with publisher, body split in chunks between ad slots and "read more" links. */
export function newsSitePage(a: TestArticle = GLACIER): TestPage {
  const url = 'https://news.northpost.example/science/2023/11/02/hidden-river-glacier';
  const ld = [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: a.headline,
      datePublished: '2023-11-02T06:15:00Z',
      author: [
        { '@type': 'Person', name: 'Marta Quill' },
        { '@type': 'Person', name: 'Jonas Feld' },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'The Northern Post',
        logo: { '@type': 'ImageObject', url: 'https://news.northpost.example/logo.png' },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    },
    { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [] },
  ];
  const chunks: string[] = [];
  a.paragraphs.forEach((p, i) => {
    chunks.push(`<p class="article-body__paragraph" data-el="text">${text(p)}</p>`);
    if (i === 1) chunks.push('<div class="ad-container"><div id="ad-slot-2" class="advertisement">Advertisement</div></div>');
    if (i === 3)
      chunks.push(
        `<div class="interstitial-link"><a href="/science/ice">Read more: ${text('Ice sheets are losing mass faster than expected')}</a></div>`,
      );
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text(a.headline)} | The Northern Post</title>
<meta name="parsely-pub-date" content="2023-11-02T06:15:00Z"><meta name="author" content="Marta Quill, Jonas Feld">
<link rel="canonical" href="${url}"><script type="application/ld+json">${JSON.stringify(ld)}</script>${scripts()}</head>
<body><div id="fusion-app">${navigation('The Northern Post')}<main><article class="article">
<div class="headline-wrapper"><h1 data-qa="headline">${text(a.headline)}</h1><p class="subheadline">A radar survey reveals how meltwater moves under the ice.</p></div>
<div class="byline-wrapper"><span class="author-name">By Marta Quill and Jonas Feld</span><span class="display-date">November 2, 2023 at 6:15 a.m. UTC</span></div>
${shareBox('social-share-bar')}<div class="article-body">${chunks.join('\n')}</div>
<div class="author-bio"><p>Marta Quill covers science and the environment for The Northern Post.</p></div></article>
${relatedBox('more-stories')}</main>${sidebar()}${footer('The Northern Post', 2023)}</div></body></html>`;
  return {
    name: 'news-site',
    html,
    body: a.paragraphs,
    expected: { title: a.headline, outlet: 'The Northern Post', date: '2023-11-02', url, author: 'Marta Quill, Jonas Feld', lang: 'en' },
  };
}

/** Drupal: field--name-body, Dublin Core date, og:site_name, a <time> in the article header. */
export function drupalPage(a: TestArticle = MARKET): TestPage {
  const html = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${text(a.headline)} | City Voice</title>
<meta name="dcterms.date" content="2022-09-21"><meta property="og:site_name" content="City Voice"><meta property="og:title" content="${text(a.headline)}">
<link rel="canonical" href="/news/night-market-returns"><link rel="shortlink" href="/node/5521">${scripts()}</head>
<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">${navigation('City Voice')}
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${text(a.headline)}</span></h1>
<div class="node__meta"><span class="field field--name-uid">Sam Okafor</span> <time datetime="2022-09-21T09:30:00Z">Wed, 09/21/2022 - 09:30</time></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">${paras(a)}</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/tags/markets">Markets</a></div></div></div>
</article></div></main>${sidebar()}${footer('City Voice', 2022)}</div></body></html>`;
  return {
    name: 'drupal',
    html,
    body: a.paragraphs,
    expected: { title: a.headline, outlet: 'City Voice', date: '2022-09-21', url: null, lang: 'en' },
  };
}

/** OpenGraph only: no JSON-LD, no canonical link, the title without a suffix. */
export function openGraphPage(a: TestArticle = MARKET): TestPage {
  const url = 'https://depotnews.example/stories/market';
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${text(a.headline)}</title>
<meta property="og:title" content="${text(a.headline)}"><meta property="og:site_name" content="Depot News"><meta property="og:url" content="${url}">
<meta property="article:published_time" content="2021-04-09T17:00:00+02:00"><meta property="article:author" content="Priya Nand"></head>
<body>${navigation('Depot News')}<div class="container"><div class="story"><h1>${text(a.headline)}</h1>${paras(a)}</div>${sidebar()}</div>${footer('Depot News', 2021)}</body></html>`;
  return {
    name: 'opengraph-only',
    html,
    body: a.paragraphs,
    expected: { title: a.headline, outlet: 'Depot News', date: '2021-04-09', url, author: 'Priya Nand' },
  };
}

/** A page with no metadata at all: no title element, no meta tags, no links to itself. */
export function bareDocument(a: TestArticle = GLACIER): TestPage {
  const html = `<html><body><div id="wrap"><div class="top"><a href="/">Home</a> | <a href="/archive">Archive</a></div><div class="main"><h2>${text(a.headline)}</h2>${paras(a)}</div></div></body></html>`;
  return { name: 'no-metadata', html, body: a.paragraphs, expected: { outlet: null, date: null, url: null, author: null, lang: null } };
}

/** An old CMS: a table layout, the body in one cell with paragraphs separated by <br><br>. */
export function brParagraphsPage(a: TestArticle = HARBOUR): TestPage {
  const cell = a.paragraphs.map(text).join('<br><br>\n');
  const html = `<html><head><title>Harbour Weekly - ${text(a.headline)}</title><meta name="date" content="2019-03-02"></head><body><table width="100%"><tr>
<td class="leftnav" width="150"><a href="/">Home</a><br><a href="/local">Local</a><br><a href="/sport">Sport</a><br><a href="/letters">Letters</a></td>
<td class="story" valign="top"><font size="5"><b>${text(a.headline)}</b></font><br><br>\n${cell}<br><br><i>Copyright 2019 Harbour Weekly</i></td></tr></table></body></html>`;
  return { name: 'br-paragraphs', html, body: a.paragraphs, expected: { date: '2019-03-02', title: a.headline, outlet: 'Harbour Weekly' } };
}

/** A feature with subheadings, a list and a blockquote inside the body. */
export function featurePage(): TestPage {
  const a = GLACIER;
  const items = ['Radar surveys from snow vehicles', 'Temperature probes lowered into shafts', 'Dye tracing of meltwater'];
  const body = [
    ...a.paragraphs.slice(0, 2),
    'How the survey worked',
    ...items,
    ...a.paragraphs.slice(2, 4),
    'The glacier is a plumbing system, not a block of ice.',
    ...a.paragraphs.slice(4),
  ];
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${text(a.headline)} — Field Notes</title>
<meta name="application-name" content="Field Notes"><meta name="pubdate" content="20230115"></head><body>${navigation('Field Notes')}
<article class="post"><h1>${text(a.headline)}</h1><div class="post-body">
<p>${text(a.paragraphs[0]!)}</p><p>${text(a.paragraphs[1]!)}</p><h2>How the survey worked</h2>
<ul>${items.map((i) => `<li>${text(i)}</li>`).join('')}</ul><p>${text(a.paragraphs[2]!)}</p><p>${text(a.paragraphs[3]!)}</p>
<blockquote><p>The glacier is a plumbing system, not a block of ice.</p></blockquote>
${a.paragraphs
  .slice(4)
  .map((p) => `<p>${text(p)}</p>`)
  .join('')}</div>${shareBox()}</article>${footer('Field Notes', 2023)}</body></html>`;
  return { name: 'feature', html, body, expected: { title: a.headline, outlet: 'Field Notes', date: '2023-01-15' } };
}

/** Every article page above. */
export function articlePages(): TestPage[] {
  return [wordpressPage(), newsSitePage(), drupalPage(), openGraphPage(), bareDocument(), brParagraphsPage(), featurePage()];
}
