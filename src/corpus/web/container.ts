/**
 * A second opinion on where the article is, for pages Readability reads badly: the element that holds the
 * most paragraph text that is not link text. Each paragraph (a `<p>`, or an element with a run of bare text
 * of its own, as old pages with `<br><br>` paragraphs have) credits its container in full and the one above
 * by half, the scoring Readability itself starts from, without its pruning of lists and tables.
 */
import { all, countWords, ELEMENT_NODE, TEXT_NODE, textOf, type DomElement, type DomNode } from './dom.js';

/** Bare text (outside child elements) this long makes an element a paragraph holder. */
const BARE_TEXT_WORDS = 20;

function linkWords(el: DomElement): number {
  let n = 0;
  for (const a of all(el, 'a')) n += countWords(textOf(a));
  return n;
}

function bareWords(el: DomElement): number {
  let n = 0;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === TEXT_NODE) n += countWords(child.textContent ?? '');
    else if (
      child.nodeType === ELEMENT_NODE &&
      /^(?:A|B|I|EM|STRONG|SPAN|FONT|U|SMALL|SUP|SUB|Q|CITE|ABBR|TIME|MARK)$/.test((child as DomElement).tagName)
    ) {
      n += countWords(child.textContent ?? '');
    }
  }
  return n;
}

/**
 * The element under `body` holding the most non-link paragraph text, or null when no paragraph is found.
 *
 * @example densestContainer(parsePage(html).body!)?.className // → 'entry-content'
 */
export function densestContainer(body: DomElement): DomElement | null {
  const score = new Map<DomNode, number>();
  const credit = (el: DomNode | null, words: number): void => {
    if (el && el.nodeType === ELEMENT_NODE) score.set(el, (score.get(el) ?? 0) + words);
  };
  for (const p of all(body, 'p')) {
    const words = countWords(textOf(p)) - linkWords(p);
    if (words <= 0) continue;
    credit(p.parentNode, words);
    credit(p.parentNode?.parentNode ?? null, words / 2);
  }
  for (const el of all(body, 'div, td, section, article, font, center')) {
    const words = bareWords(el);
    if (words < BARE_TEXT_WORDS) continue;
    credit(el, words);
    credit(el.parentNode, words / 2);
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el as DomElement;
      bestScore = s;
    }
  }
  return best;
}
