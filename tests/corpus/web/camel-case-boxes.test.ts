/**
 * Boxes marked by class words written in camel case ("imageCaption", "imageCredit", "shareBar") are boxes
 * like "image-caption": a caption's quotation was read as the article's, its credit as a line of text.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The water level in Lake Orren fell to its lowest point since records began in 1921, the regional water authority said on Tuesday.',
  '“If we do not get significant rain by October, we will have to restrict abstraction for farms around the lake,” said the authority’s director, Ruth Mbeki.',
  'Marina owners on the northern shore said boats could no longer reach the main jetty, and several had been moved to deeper moorings.',
  'The authority said drinking water supplies were not at risk, because the city draws most of its water from the reservoir at Kelling.',
];

describe('class words in camel case', () => {
  it('mark captions, credits and share bars', () => {
    const r =
      extractArticle(`<html><head><title>Lake levels hit record low | Westmark Chronicle</title></head><body><article><h1>Lake levels hit record low</h1>
<div class="articleImage"><img src="l.jpg"><div class="imageCaption">“We have never seen the jetty this far out of the water,” said marina owner Felix Abara.</div><span class="imageCredit">Dana Wilk</span></div>
${BODY.map((p) => `<p>${p}</p>`).join('')}<div class="shareBar">Share this story on Facebook</div></article></body></html>`);
    if (!r.ok) throw new Error(r.reason);
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a container whose class reads like a box word holds the article and stays', () => {
    const r = extractArticle(
      `<html><head><title>Lake levels hit record low | Westmark Chronicle</title></head><body><div class="storyCredits">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`,
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.text.split('\n\n')).toEqual(BODY);
  });
});
