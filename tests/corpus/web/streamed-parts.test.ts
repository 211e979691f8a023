/**
 * React's streaming server rendering (Next.js App Router with Suspense, Remix): a part of the page not ready at
 * first is sent later in a hidden box `<div hidden id="S:0">`, with a script `$RC("B:0","S:0")` that moves it into
 * the place of its placeholder's Suspense fallback (`<!--$?--><template id="B:0"></template>…<!--/$-->`). The page
 * is read as a browser shows it once those scripts ran. Every page and sentence here is written for these tests.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/corpus/web/page.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const HEADLINE = 'Quarry road to close for the summer';
const STANDFIRST =
  'The county will shut the quarry road at Brask from June to September while its old bridge is rebuilt from the piers up.';
const PARAGRAPHS = [
  'Lorries from the quarry will use the valley road instead, a detour of eleven kilometres that the haulage firms have agreed to.',
  'The bridge over the Brask stream was built for carts, and engineers found last year that two of its three arches had shifted.',
  '“We could patch it again, but every patch buys a year and costs more than the last,” said county engineer Halvard Ume.',
  'Residents of the hamlet beyond the bridge will keep a footpath across a temporary span, which opens before the road closes.',
];
const CLOSING = 'The county will hold a drop-in session about the works at the Brask village hall on the first Monday of May.';
const SKELETON = 'Loading the story for you, one moment please while we fetch it.';
const TEASERS = [
  'The mill pond at Brask froze over for the first time in a decade, and skaters came from three villages to try it out.',
  'A sheepdog trial on the high common drew more entrants than ever this year, the organisers said after the last run.',
  'The bus to the market town will stop at the quarry gate again after a gap of four years, the operator announced.',
];

/** The runtime Next.js and React inline once before their first call (shortened), then the call. */
const RUNTIME = '$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);};';
const complete = (boundary: string, segment: string, withRuntime = false): string =>
  `<script>${withRuntime ? RUNTIME : ''}$RC("${boundary}","${segment}")</script>`;
const fallback = (id: string, skeleton = `<div class="skeleton"><p>${SKELETON}</p><div class="bar"></div></div>`): string =>
  `<!--$?--><template id="${id}"></template>${skeleton}<!--/$-->`;
const hiddenBox = (id: string, inner: string): string => `<div hidden id="${id}">${inner}</div>`;
const paragraphs = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');

const HEADER = `<header><a href="/" class="logo">Brask Courier</a><nav><a href="/news">News</a><a href="/roads">Roads</a>
<a href="/sport">Sport</a><a href="/letters">Letters</a></nav></header>`;
const FOOTER = `<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms of use</a></li></ul><p>© 2026 Brask Courier. All rights reserved.</p></footer>`;
const page = (body: string): string =>
  `<!doctype html><html lang="en"><head><title>${HEADLINE} | Brask Courier</title></head><body>${HEADER}${body}${FOOTER}</body></html>`;
const URL = 'https://braskcourier.example/roads/quarry-road-closure';

const read = (html: string): { ok: boolean; text: string; title: string | null } => {
  const result = extractArticle(html, { url: URL });
  return result.ok ? { ok: true, text: result.text, title: result.title } : { ok: false, text: '', title: null };
};

describe('parts a React page streams after its first markup', () => {
  it('reads a streamed article body in its place, between the text printed before and after it', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1><p>${STANDFIRST}</p>${fallback('B:0')}<p>${CLOSING}</p></article></main>` +
        hiddenBox('S:0', `<div class="article-body">${paragraphs(PARAGRAPHS)}</div>`) +
        complete('B:0', 'S:0', true),
    );
    const { ok, text } = read(html);
    expect(ok).toBe(true);
    expect(text).toBe([STANDFIRST, ...PARAGRAPHS, CLOSING].join('\n\n'));
  });

  it('reads an article streamed whole, headline and all, where the page showed a skeleton', () => {
    const html = page(
      `<main>${fallback('B:0')}</main>` +
        hiddenBox('S:0', `<article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}</article>`) +
        complete('B:0', 'S:0', true),
    );
    const { ok, text, title } = read(html);
    expect(ok).toBe(true);
    expect(title).toBe(HEADLINE);
    expect(text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
  });

  it('never reads a skeleton fallback’s text, also when the part arrives', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${fallback('B:0', `<div class="loading"><p>${SKELETON}</p><p>${SKELETON}</p></div>`)}</article></main>` +
        hiddenBox('S:0', paragraphs([STANDFIRST, ...PARAGRAPHS])) +
        complete('B:0', 'S:0'),
    );
    expect(read(html).text).not.toContain('Loading the story');
    expect(parsePage(html).body?.textContent).not.toContain('Loading the story');
  });

  it('places nested parts streamed out of order, and boundaries and parts numbered apart', () => {
    // the inner part arrives first, while its placeholder still stands in the outer part's hidden box
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${fallback('B:0')}<p>${CLOSING}</p></article></main>` +
        hiddenBox('S:4', paragraphs(PARAGRAPHS.slice(2))) +
        complete('B:1', 'S:4', true) +
        hiddenBox('S:2', `<p>${STANDFIRST}</p>${paragraphs(PARAGRAPHS.slice(0, 2))}${fallback('B:1')}`) +
        complete('B:0', 'S:2'),
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS, CLOSING].join('\n\n'));
  });

  it('puts a pending segment in its placeholder’s place ($RS)', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, PARAGRAPHS[0]!])}<template id="P:3"></template><p>${CLOSING}</p></article></main>` +
        hiddenBox('S:3', paragraphs(PARAGRAPHS.slice(1))) +
        '<script>$RS("S:3","P:3")</script>',
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS, CLOSING].join('\n\n'));
  });

  it('places a part no script names in the placeholder of its number (a page saved without its scripts)', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${fallback('B:5')}</article></main>${hiddenBox('S:5', paragraphs([STANDFIRST, ...PARAGRAPHS]))}`,
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
  });

  it('puts a part in place of its placeholder alone when no comments frame the fallback', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1><template id="B:0"></template><div class="skeleton"><span>Loading</span></div></article></main>` +
        hiddenBox('S:0', paragraphs([STANDFIRST, ...PARAGRAPHS])) +
        complete('B:0', 'S:0'),
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
  });

  it('leaves a page without streamed parts as it parses (completed boundaries and other templates too)', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1><!--$--><p>${STANDFIRST}</p><!--/$--><template id="card"><p>Card</p></template>${paragraphs(PARAGRAPHS)}</article></main>`,
    );
    const served = parseHTML(html).document.toString();
    expect((parsePage(html) as unknown as { toString(): string }).toString()).toBe(served);
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
  });

  it('still prunes a hidden box of another id, and a streamed box no script or placeholder pairs', () => {
    const hiddenSentence = 'This hidden note about the quarry road was never shown to any reader of the page at all.';
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}${fallback('B:0', '<div class="skeleton"></div>')}</article></main>` +
        `<div hidden id="S-note"><p>${hiddenSentence}</p></div><div hidden id="promo"><p>${hiddenSentence}</p></div>` +
        hiddenBox('S:7', `<p>${hiddenSentence}</p>`) +
        // a call naming a box the page lacks moves nothing
        complete('B:0', 'S:9'),
    );
    const { text } = read(html);
    expect(text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
    expect(text).not.toContain('hidden note');
  });

  it('leaves a box holding its own placeholder where it is', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}</article></main>` +
        hiddenBox('S:0', `<p>${TEASERS[0]}</p>${fallback('B:0')}`) +
        complete('B:0', 'S:0'),
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
  });

  it('does not take a streamed part of related stories’ cards for the article', () => {
    const cards = `<section class="more-stories"><h2>More from Brask</h2>${TEASERS.map(
      (t, i) => `<article><h3><a href="/news/story-${i}">Story ${i + 1} of the week in Brask</a></h3><p>${t}</p></article>`,
    ).join('')}</section>`;
    // beside an article the markup prints
    const beside = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}</article>${fallback('B:0')}</main>` +
        hiddenBox('S:0', cards) +
        complete('B:0', 'S:0', true),
    );
    const { text } = read(beside);
    expect(text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
    // on a page whose article is not there: the cards are no article
    const alone = page(`<main><h1>${HEADLINE}</h1>${fallback('B:0')}</main>${hiddenBox('S:0', cards)}${complete('B:0', 'S:0', true)}`);
    const result = read(alone);
    for (const teaser of TEASERS) expect(result.text).not.toContain(teaser);
  });

  it('drops the fallback of a part of other stories’ cards left hidden, its words no article’s', () => {
    const cards = TEASERS.map(
      (t, i) => `<div><h3><a href="/news/story-${i}">Story ${i + 1} of the week in Brask</a></h3><p>${t}</p></div>`,
    ).join('');
    const waiting = 'More stories from around the valley are loading for you, so please wait a moment while we fetch them.';
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}</article>${fallback('B:0', `<div><p>${waiting}</p></div>`)}</main>` +
        hiddenBox('S:0', cards) +
        complete('B:0', 'S:0', true),
    );
    const { text } = read(html);
    expect(text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
    expect(parsePage(html).body?.textContent).not.toContain(waiting);
  });

  it.each([
    ['a fragment', (i: number) => `#entry-${i}`],
    ['a permalink on the page’s path', (i: number) => `/roads/quarry-road-closure?entry=${i}`],
  ])('reads a streamed live blog whose entries’ headings link to themselves (%s), as printed in place', (_name, href) => {
    const groups = [
      [STANDFIRST, PARAGRAPHS[0]!],
      [PARAGRAPHS[1]!, PARAGRAPHS[2]!],
      [PARAGRAPHS[3]!, CLOSING],
    ];
    const entries = groups
      .map((ps, i) => `<div class="entry"><h3><a href="${href(i)}">Update ${i + 1}</a></h3>${paragraphs(ps)}</div>`)
      .join('');
    const streamed = read(
      page(`<main><h1>${HEADLINE}</h1>${fallback('B:0')}</main>${hiddenBox('S:0', entries)}${complete('B:0', 'S:0', true)}`),
    );
    const printed = read(page(`<main><h1>${HEADLINE}</h1>${entries}</main>`));
    expect(streamed.ok).toBe(true);
    expect(streamed).toEqual(printed);
    for (const p of PARAGRAPHS) expect(streamed.text).toContain(p);
  });

  it('moves a bounded number of parts on a huge page, in little time', () => {
    const count = 3_000;
    const boundaries = Array.from({ length: count }, (_, i) => fallback(`B:${i.toString(16)}`, '<span>…</span>')).join('');
    const parts = Array.from(
      { length: count },
      (_, i) => hiddenBox(`S:${i.toString(16)}`, `<p>Part ${i}</p>`) + complete(`B:${i.toString(16)}`, `S:${i.toString(16)}`),
    ).join('');
    const started = performance.now();
    const doc = parsePage(`<html><body><main>${boundaries}</main>${parts}</body></html>`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(doc.querySelectorAll('main p').length).toBe(2_000);
  });
});

/** The instructions as React writes them for its external runtime: templates carrying the ids, no scripts. */
const completeData = (boundary: string, segment: string): string =>
  `<template data-rci="" data-bid="${boundary}" data-sid="${segment}"></template>`;
const completeWithStylesData = (boundary: string, segment: string): string =>
  `<template data-rri="" data-bid="${boundary}" data-sid="${segment}" data-sty="[[&quot;/_next/static/css/story.css&quot;,&quot;high&quot;]]"></template>`;
const segmentData = (segment: string, placeholder: string): string =>
  `<template data-rsi="" data-sid="${segment}" data-pid="${placeholder}"></template>`;
const clientRenderData = (boundary: string): string => `<template data-rxi="" data-bid="${boundary}" data-dgst="3021145567"></template>`;
const EXTERNAL_RUNTIME = '<script src="/_next/static/chunks/react-dom-server.external-runtime.js" async=""></script>';

describe('parts a React page streams with its instructions written as data (external runtime)', () => {
  it('reads a part a `data-rci` template completes as the `$RC` call would', () => {
    const body = (instruction: string): string =>
      page(
        `<main><article><h1>${HEADLINE}</h1><p>${STANDFIRST}</p>${fallback('B:1')}<p>${CLOSING}</p></article></main>` +
          hiddenBox('S:3', `<div class="article-body">${paragraphs(PARAGRAPHS)}</div>`) +
          instruction,
      );
    // boundaries and segments are numbered apart: only the instruction pairs them
    const asData = read(body(EXTERNAL_RUNTIME + completeData('B:1', 'S:3')));
    expect(asData.text).toBe([STANDFIRST, ...PARAGRAPHS, CLOSING].join('\n\n'));
    expect(asData).toEqual(read(body(complete('B:1', 'S:3', true))));
    expect(parsePage(body(completeData('B:1', 'S:3'))).body?.textContent).not.toContain('Loading the story');
  });

  it('reads a part a `data-rri` template completes once its stylesheets load', () => {
    const html = page(
      `<main>${fallback('B:0')}</main>` +
        hiddenBox('S:2', `<article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}</article>`) +
        completeWithStylesData('B:0', 'S:2'),
    );
    const { ok, text, title } = read(html);
    expect(ok).toBe(true);
    expect(title).toBe(HEADLINE);
    expect(text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
  });

  it('puts a segment in its placeholder’s place (`data-rsi` with `data-sid` and `data-pid`)', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, PARAGRAPHS[0]!])}<template id="P:3"></template><p>${CLOSING}</p></article></main>` +
        hiddenBox('S:3', paragraphs(PARAGRAPHS.slice(1))) +
        segmentData('S:3', 'P:3'),
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS, CLOSING].join('\n\n'));
  });

  it('places nested parts streamed out of order, the instructions run in the page’s order', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${fallback('B:0')}<p>${CLOSING}</p></article></main>` +
        hiddenBox('S:4', paragraphs(PARAGRAPHS.slice(2))) +
        completeData('B:1', 'S:4') +
        hiddenBox('S:2', `<p>${STANDFIRST}</p>${paragraphs(PARAGRAPHS.slice(0, 2))}${fallback('B:1')}`) +
        // a page may hold both forms: each runs where it stands
        complete('B:0', 'S:2', true),
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS, CLOSING].join('\n\n'));
  });

  it('leaves a boundary given up on (`data-rxi`, `$RX`) with its fallback, and puts no box of its number there', () => {
    const fallbackNote = 'The reader comments on this story could not be shown, so please reload the page to see them.';
    const hiddenSentence = 'This hidden note about the quarry road was never shown to any reader of the page at all.';
    for (const givenUp of [clientRenderData('B:5'), '<script>$RX("B:5","3021145567")</script>']) {
      const html = page(
        `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}</article>${fallback('B:5', `<div class="note"><p>${fallbackNote}</p></div>`)}</main>` +
          hiddenBox('S:5', `<p>${hiddenSentence}</p>`) +
          givenUp,
      );
      const shown = parsePage(html).body?.textContent ?? '';
      expect(shown).toContain(fallbackNote);
      const { text } = read(html);
      expect(text).toContain(PARAGRAPHS[3]!);
      expect(text).not.toContain('hidden note');
    }
  });

  it('keeps a part of other stories’ cards hidden, its fallback dropped', () => {
    const cards = TEASERS.map(
      (t, i) => `<div><h3><a href="/news/story-${i}">Story ${i + 1} of the week in Brask</a></h3><p>${t}</p></div>`,
    ).join('');
    const waiting = 'More stories from around the valley are loading for you, so please wait a moment while we fetch them.';
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}</article>${fallback('B:0', `<div><p>${waiting}</p></div>`)}</main>` +
        hiddenBox('S:1', cards) +
        completeData('B:0', 'S:1'),
    );
    const { text } = read(html);
    expect(text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
    for (const teaser of TEASERS) expect(text).not.toContain(teaser);
    expect(parsePage(html).body?.textContent).not.toContain(waiting);
  });

  it('ignores an instruction template missing an id, and one naming a box the page lacks', () => {
    const hiddenSentence = 'This hidden note about the quarry road was never shown to any reader of the page at all.';
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${paragraphs([STANDFIRST, ...PARAGRAPHS])}${fallback('B:0', '<div class="skeleton"></div>')}</article></main>` +
        hiddenBox('S:7', `<p>${hiddenSentence}</p>`) +
        '<template data-rci="" data-bid="B:0"></template>' +
        completeData('B:0', 'S:9'),
    );
    expect(read(html).text).toBe([STANDFIRST, ...PARAGRAPHS].join('\n\n'));
  });
});

/**
 * A page rendered with React's `identifierPrefix` (several roots on one page) writes each part's id after the
 * prefix: `newsB:0`, `newsS:0`, `newsP:1`, in the markup and in the instructions alike.
 */
describe('parts streamed with an identifierPrefix', () => {
  const expected = [STANDFIRST, ...PARAGRAPHS, CLOSING].join('\n\n');
  const body = (prefix: string, instruction: string): string =>
    page(
      `<main><article><h1>${HEADLINE}</h1><p>${STANDFIRST}</p>${fallback(`${prefix}B:0`)}<p>${CLOSING}</p></article></main>` +
        hiddenBox(`${prefix}S:0`, `<div class="article-body">${paragraphs(PARAGRAPHS)}</div>`) +
        instruction,
    );

  it.each(['news', 'app-1_', 'R:'])('joins the parts a call names with the prefix %s', (prefix) => {
    const withCall = read(body(prefix, complete(`${prefix}B:0`, `${prefix}S:0`, true)));
    expect(withCall.text).toBe(expected);
    expect(read(body(prefix, completeData(`${prefix}B:0`, `${prefix}S:0`))).text).toBe(expected);
    // a page saved without its scripts: the box goes to the placeholder of its prefix and number
    expect(read(body(prefix, '')).text).toBe(expected);
  });

  it('keeps two roots’ parts of the same numbers apart, each in its own placeholder', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1>${fallback('topB:0')}${fallback('mainB:0')}<p>${CLOSING}</p></article></main>` +
        hiddenBox('mainS:0', paragraphs(PARAGRAPHS)) +
        hiddenBox('topS:0', `<p>${STANDFIRST}</p>`),
    );
    expect(read(html).text).toBe(expected);
  });

  it('puts a prefixed pending segment in its placeholder’s place ($RS)', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1><p>${STANDFIRST}</p><template id="newsP:3"></template><p>${CLOSING}</p></article></main>` +
        hiddenBox('newsS:3', paragraphs(PARAGRAPHS)) +
        '<script>$RS("newsS:3","newsP:3")</script>',
    );
    expect(read(html).text).toBe(expected);
  });

  it('pairs no box with a placeholder of another prefix', () => {
    const html = page(
      `<main><article><h1>${HEADLINE}</h1><p>${STANDFIRST}</p>${fallback('topB:0')}<p>${CLOSING}</p></article></main>` +
        hiddenBox('mainS:0', paragraphs(PARAGRAPHS)),
    );
    expect(read(html).text).not.toContain(PARAGRAPHS[0]!);
  });
});
