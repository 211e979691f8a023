/**
 * Declarative shadow DOM (`<template shadowrootmode="open">`, "closed", the older `shadowroot=`): a browser shows
 * the template's content in its host's place, the host's own children only where a `<slot>` takes them. Read as
 * any template, skipped, a component's article was refused. Every page and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { parsePage } from '../../../src/corpus/web/page.js';

const HEADLINE = 'Lighthouse keepers return to Skerry Point';
const PARAGRAPHS = [
  'For the first time in forty years, two keepers will live at the Skerry Point lighthouse through the winter, the trust said.',
  'The trust restored the keepers’ cottage over the summer after storms damaged its roof and flooded the lamp room twice.',
  'Volunteers will take turns at the station in pairs, logging the weather every three hours and keeping the foghorn working.',
  'The lighthouse has run automatically since the eighties, but people on site spot damage long before sensors report it.',
];
const LIGHT = 'Applications from volunteers close at the end of the month, and training starts in early October at the harbour.';
const HIDDEN = 'This ordinary template holds words that no browser ever shows to any reader of the page at all, however long.';
const p = (text: string): string => `<p>${text}</p>`;
const page = (main: string): string =>
  `<!doctype html><html lang="en"><head><title>${HEADLINE} | Coastline Weekly</title></head><body><header><a href="/">Coastline Weekly</a></header>` +
  `<main>${main}</main><template><p>${HIDDEN}</p></template></body></html>`;
const read = (html: string) => extractArticle(html, { url: 'https://coastline.example/news/skerry-keepers' });
const textOf = (html: string): string => {
  const result = read(html);
  expect(result.ok).toBe(true);
  return result.ok ? result.text : '';
};

/** A component whose shadow root prints the article, a slot taking the host's last paragraph. */
const component = (mode: string): string =>
  page(
    `<article-view><template ${mode}><article><h1>${HEADLINE}</h1><slot name="byline"></slot>${PARAGRAPHS.slice(0, 3).map(p).join('')}` +
      `<slot></slot>${p(PARAGRAPHS[3]!)}</article></template><p slot="byline">By Maren Holt</p>${p(LIGHT)}</article-view>`,
  );

describe('declarative shadow roots', () => {
  it('reads the shadow tree in its host’s place, slots taking the host’s children', () => {
    const result = read(component('shadowrootmode="open"'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.split('\n\n')).toEqual([...PARAGRAPHS.slice(0, 3), LIGHT, PARAGRAPHS[3]!]);
    expect(result.title).toBe(HEADLINE);
    expect(result.author).toBe('Maren Holt');
  });

  it('reads a closed root and the older shadowroot attribute alike', () => {
    const open = read(component('shadowrootmode="open"'));
    for (const mode of ['shadowrootmode="closed"', 'shadowrootmode="Open"', 'shadowroot="open"', 'shadowroot="closed"'])
      expect(read(component(mode))).toEqual(open);
  });

  it('leaves an ordinary template, or one of no valid mode, unread', () => {
    expect(textOf(component('shadowrootmode="open"'))).not.toContain(HIDDEN);
    const unmoded = read(component('shadowrootmode="none"'));
    expect(unmoded.ok ? unmoded.text : '').not.toContain(PARAGRAPHS[0]!);
  });

  it('shows none of the host’s children when the shadow tree has no slot, as a browser does', () => {
    const html = page(
      `<story-body><template shadowrootmode="open"><h1>${HEADLINE}</h1>${PARAGRAPHS.map(p).join('')}</template>` +
        `<p>${LIGHT}</p><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Maren Holt"}}</script></story-body>`,
    );
    const text = textOf(html);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).not.toContain(LIGHT);
    // the host's data script stays readable
    expect(read(html)).toMatchObject({ author: 'Maren Holt' });
  });

  it('reads a shadow root declared inside another, and a slot’s own words when nothing is assigned', () => {
    const inner = `<quote-box><template shadowrootmode="open">${p(PARAGRAPHS[2]!)}<slot>${p(PARAGRAPHS[3]!)}</slot></template></quote-box>`;
    const html = page(
      `<article-view><template shadowrootmode="open"><article><h1>${HEADLINE}</h1>${PARAGRAPHS.slice(0, 2).map(p).join('')}${inner}</article></template></article-view>`,
    );
    expect(textOf(html).split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('leaves no template nor slot in the parsed page; a second root of one host stays unread', () => {
    const html = page(
      `<div><template shadowrootmode="open">${PARAGRAPHS.map(p).join('')}</template><template shadowrootmode="open">${p(LIGHT)}</template></div>`,
    );
    const body = parsePage(html).body;
    expect(body?.querySelectorAll('template[shadowrootmode], slot').length).toBe(0);
    expect(body?.textContent).toContain(PARAGRAPHS[3]!);
    expect(textOf(html)).not.toContain(LIGHT);
  });

  it('leaves a template on an element that cannot host a shadow root an ordinary one', () => {
    const html = page(
      `<h1>${HEADLINE}</h1>${PARAGRAPHS.map(p).join('')}<ul><template shadowrootmode="open"><li>${LIGHT}</li></template></ul>`,
    );
    expect(textOf(html)).not.toContain(LIGHT);
  });
});
