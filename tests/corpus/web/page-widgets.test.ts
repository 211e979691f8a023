/**
 * What a news page sets beside its article's paragraphs: a poll or quiz (its question and answers are no
 * paragraphs of the article), a chart's credit line ("Chart: … • Source: … • Get the data"), and an author's
 * box (a picture, the name linked to the writer's page, the job) that names the writer. Pages written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const STORY = [
  'Residents of Port Elsby voted by a large majority on Tuesday to keep the town’s century-old ferry running, rejecting a plan to replace it with a bus link around the lake.',
  '“The ferry is who we are,” said Marguerite Oyelaran, who led the campaign to save it. “A bus would take twice as long and nobody asked for it.”',
  'The county had argued that the ferry cost £400,000 a year to run and carried fewer than 200 passengers a day outside the summer months.',
  'County transport chief Desmond Achterberg said the result would be respected, but warned that the money would have to be found elsewhere.',
];

/** The story with `between` set after its second paragraph and `above` before its first. */
const page = (
  between: string,
  above = '',
): string => `<!doctype html><html><head><title>Town votes to keep ferry | Lakeside Sentinel</title>
<meta property="og:site_name" content="Lakeside Sentinel"></head><body><main><article><h1>Town votes to keep ferry</h1>${above}
${STORY.slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('')}${between}${STORY.slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></main></body></html>`;

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('beside the article', () => {
  it('a poll’s title, question and answers leave the text', () => {
    const poll = `<div class="box-7"><h4>Poll</h4><p>Should the county pay for a new ferry?</p><label><input type="radio" name="q"> Yes</label><label><input type="radio" name="q"> No</label><button>Vote</button></div>`;
    expect(read(page(poll)).text).toBe(STORY.join('\n\n'));
  });

  it('a quiz of ticked answers leaves too; one checkbox in a sentence’s box does not take the article with it', () => {
    const quiz = `<section><h3>Quick quiz</h3><p>Which year did the ferry first sail?</p><label><input type="checkbox"> 1921</label><label><input type="checkbox"> 1926</label></section>`;
    expect(read(page(quiz)).text).toBe(STORY.join('\n\n'));
    const lone = `<div><p><input type="checkbox"> Remember me</p></div>`;
    expect(read(page(lone)).text).toContain(STORY[3]);
  });

  it('a chart’s credit line leaves the text; a paragraph citing a source stays', () => {
    const chart = `<div class="chart"><iframe src="https://charts.example/abc"></iframe><p>Chart: Lakeside Sentinel • Source: Port Elsby council • Get the data</p></div>`;
    expect(read(page(chart)).text).toBe(STORY.join('\n\n'));
    const cited = '<p>Source: the council’s own passenger counts, published every spring since the ferry was taken over by the town.</p>';
    expect(read(page(cited)).text).toContain('Source: the council’s own passenger counts');
  });

  it('an author’s box names the writer by the linked name, not by the job beside it; a comment’s author box names none', () => {
    const box = `<div class="author-box"><img src="/a.jpg" alt=""><a href="/by/ana-whitcombe">Ana Whitcombe</a><span>Senior Reporter</span></div>`;
    expect(read(page('', box)).author).toBe('Ana Whitcombe');
    const reader = `<div class="comment-author"><img src="/r.jpg" alt=""><a href="/u/ivo">Ivo Marchetti</a> says</div>`;
    expect(read(page(reader)).author).toBeNull();
  });
});
