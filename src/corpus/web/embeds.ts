/**
 * Posts embedded in an article (a tweet, a Bluesky post) as the words of their author. A page serves an
 * embed as a blockquote: the post's text in a `<p>`, then "— Name (@handle) date". Nothing marks the text as
 * a quotation, so it would read as the article's own narration; its text is put in quotation marks, which the
 * claims layer then credits to the name signed below it, as it does “…” ― Name in any article.
 */
import { all, TEXT_NODE, textOf, type DomDocument, type DomElement } from './dom.js';

/** Blockquotes that the embed scripts of X/Twitter and Bluesky turn into posts. */
const EMBEDDED_POSTS = 'blockquote.twitter-tweet, blockquote.bluesky-embed';
/** Links to the post's attached picture: a reader sees the picture, not this text. */
const PICTURE_LINK = /^(?:https?:\/\/)?pic\.(?:twitter|x)\.com\//i;
const OPENING_MARK = /^\s*["“„«]/;

/**
 * Puts the text of every embedded post of `doc` in quotation marks (in place), its picture links removed.
 * Posts that already open with a mark are left as they are.
 *
 * @example markEmbeddedPosts(doc) // <blockquote class="twitter-tweet"><p>Shame on them!</p>— Ana (@ana) …
 * //                              → <p>“Shame on them!”</p>— Ana (@ana) …
 */
export function markEmbeddedPosts(doc: DomDocument): void {
  for (const post of all(doc, EMBEDDED_POSTS)) {
    const text = post.querySelector('p');
    if (!text) continue;
    for (const link of all(text, 'a')) if (PICTURE_LINK.test(textOf(link).trim())) link.remove();
    if (!textOf(text).trim() || OPENING_MARK.test(textOf(text))) continue;
    wrap(doc, text);
  }
}

function wrap(doc: DomDocument, element: DomElement): void {
  element.insertBefore(doc.createTextNode('“'), element.childNodes[0] ?? null);
  // The closing mark goes after the last words, not after trailing spaces the link removal left.
  const last = element.childNodes[element.childNodes.length - 1];
  if (last?.nodeType === TEXT_NODE && last.textContent) (last as { textContent: string }).textContent = last.textContent.trimEnd();
  element.appendChild(doc.createTextNode('”'));
}
