/**
 * A blog's post page: the `<h1>` is the blog's name (a link to its front page), the `<title>` only that name,
 * the post's headline an `<h2 class="entry-title">`, its author a name alone in `<span class="author">`, and
 * a picture's caption a `<p>` in its `<figure>`. Read before: titled with the blog's name, no outlet, no
 * author, the caption in the text.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Last night the parish council voted five to two in favour of the quarry extension at Coldharbour Lane. I was one of the two, and people have asked me why.',
  'The company’s own traffic survey says lorry movements will rise by a third. Their planning manager, Carl Whitlow, told the meeting: “The lorries will keep to the agreed hours.”',
  'I don’t doubt he means it. But the agreed hours were broken eleven times last year, according to the council’s own complaints log, and nobody was fined once.',
  'I would have voted for a smaller extension with a weight limit on the lane. That was not on the table.',
];
const page = (meta: string) =>
  `<!doctype html><html><head><title>Hilltop Notes</title></head><body>
<header id="masthead"><h1 class="site-title"><a href="https://hilltopnotes.example/">Hilltop Notes</a></h1></header>
<aside><span class="author">Pat Lowry</span></aside>
<article class="post"><header class="entry-header"><h2 class="entry-title">Why I voted against the quarry extension</h2>
<div class="entry-meta">Posted on <time datetime="2026-02-20T19:10:00+00:00">February 20, 2026</time> ${meta}</div></header>
<div class="entry-content"><p>${BODY[0]}</p><figure class="wp-block-image"><img src="q.jpg"><p>The quarry from the footpath above Coldharbour Lane, January 2026.</p></figure>${BODY.slice(
    1,
  )
    .map((p) => `<p>${p}</p>`)
    .join('')}</div></article></body></html>`;

describe('a blog post page', () => {
  it('is titled by its post’s headline, named by its blog, credited to its author, without its caption', () => {
    const r = extractArticle(page('by <span class="author vcard">Gwen Mabry</span>'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.title).toBe('Why I voted against the quarry extension');
    expect(r.outlet).toBe('Hilltop Notes');
    expect(r.author).toBe('Gwen Mabry');
    expect(r.date).toBe('2026-02-20');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('an author-classed element that is no name credits no one', () => {
    const r = extractArticle(page('by <span class="author">the parish clerk’s office</span>'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.author).toBeNull();
  });
});
