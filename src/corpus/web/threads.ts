/**
 * Reader threads (comment sections) and the boxes a page is cut into, as pruning and the reading of dates both
 * tell them: the date reader must leave readers' words out before pruning runs, so they share this module
 * (and neither imports the other).
 */
import { all, countWords, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** Headings that open a reader thread ("3 comments", "Have your say"). */
export const THREAD_HEADING =
  /^(?:\d+\s+)?(?:comments?|reader (?:comments|replies)|replies|responses|discussion|join the (?:conversation|discussion)|what (?:our )?readers (?:say|think|are saying)|have your say|your (?:comments|views|say)|leave a (?:reply|comment)|kommentare|commentaires|comentarios|комментарии)\s*:?$/i;

/** A box opened by such a heading is removed unless it holds this share of the page's paragraph words. */
const NAMED_BOX_SHARE = 0.5;

/** Words of `<p>` text inside each element, counted in one pass over the paragraphs. */
export function paragraphWordsByElement(root: DomElement): Map<DomNode, number> {
  const words = new Map<DomNode, number>();
  for (const p of all(root, 'p')) {
    const n = countWords(textOf(p));
    for (let el: DomNode | null = p; el; el = el.parentNode) words.set(el, (words.get(el) ?? 0) + n);
  }
  return words;
}

/** An element's class and id words, as one string to test box names against. */
export function marks(el: DomElement): string {
  return `${typeof el.className === 'string' ? el.className : ''} ${el.id ?? ''}`;
}

/** Elements that are never a box beside the article, whatever they are called. */
export function markableBox(el: DomElement): boolean {
  const tag = el.tagName.toLowerCase();
  return tag !== 'body' && tag !== 'html' && tag !== 'main' && tag !== 'article';
}

/** Class or id words of a reader thread ("comments", "discussion", "disqus_thread"). */
const THREAD_BOX = /(?:^|[\s_-])(?:comments?|discussion|disqus|respond)(?:$|[\s_-])/i;

export function markedAsThread(el: DomElement): boolean {
  return markableBox(el) && THREAD_BOX.test(marks(el).replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2'));
}

/**
 * Whether a box named as beside the article (by its heading, or as a reader thread by its class) may go: it holds
 * less than half the page's paragraph words, and neither the headline, nor the article's body, nor an `<article>`
 * holding half the page (a thread's comments printed each as an `<article>` of their own are no such thing).
 */
export function threadBox(box: DomElement, body: DomElement, words: Map<DomNode, number>): boolean {
  const half = NAMED_BOX_SHARE * (words.get(body) ?? 0);
  if ((words.get(box) ?? 0) >= half || box.querySelector('h1, [itemprop="articleBody"]')) return false;
  return !all(box, 'article').some((a) => (words.get(a) ?? 0) >= half);
}

/**
 * The reader threads of a page, as pruning tells them: boxes marked as one by class or id, or opened by a
 * heading naming one, short of half the page's paragraph words and holding neither the headline nor the
 * article's body. Read before pruning by what must not take readers' words for the page's (the order its
 * numeric dates are written in).
 */
export function readerThreads(doc: DomDocument): Set<DomElement> {
  const threads = new Set<DomElement>();
  const body = doc.body;
  if (!body) return threads;
  const words = paragraphWordsByElement(body);
  // a thread holds its comments' words in blocks; a line of the article's header classed "comments-open" or
  // a "12 comments" link beside the byline holds none, and its date is the page's
  const holdsComments = (box: DomElement): boolean => box.querySelector('p, li, article, blockquote') !== null;
  for (const el of all(body, '[class], [id]')) {
    if (markedAsThread(el) && holdsComments(el) && threadBox(el, body, words)) threads.add(el);
  }
  for (const heading of all(body, 'h2, h3, h4, h5')) {
    const box = heading.parentElement;
    if (!box || box.children[0] !== heading || !THREAD_HEADING.test(textOf(heading)) || !markableBox(box)) continue;
    if (holdsComments(box) && threadBox(box, body, words)) threads.add(box);
  }
  return threads;
}
