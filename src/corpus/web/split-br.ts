/**
 * Paragraphs written as `<p>First<br><br>Second</p>` split into one `<p>` each. Readability turns such
 * breaks into nested paragraphs and then often keeps only their wrapper, losing the rest of the article;
 * separate paragraphs are what it reads best.
 */
import { all, ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

const isBr = (n: DomNode): boolean => n.nodeType === ELEMENT_NODE && (n as DomElement).tagName === 'BR';
const isBlank = (n: DomNode): boolean => n.nodeType === TEXT_NODE && !(n.textContent ?? '').trim();

/** The children of `p` in groups, cut at every run of two or more `<br>` (blank text between them allowed). */
function groups(p: DomElement): { parts: DomNode[][]; breaks: DomNode[] } | null {
  const children = Array.from(p.childNodes);
  const parts: DomNode[][] = [[]];
  const breaks: DomNode[] = [];
  for (let i = 0; i < children.length; ) {
    let j = i;
    let brs = 0;
    while (j < children.length && (isBr(children[j]!) || (brs > 0 && isBlank(children[j]!)))) {
      if (isBr(children[j]!)) brs++;
      j++;
    }
    if (brs >= 2) {
      breaks.push(...children.slice(i, j));
      parts.push([]);
      i = j;
    } else {
      parts[parts.length - 1]!.push(children[i]!);
      i++;
    }
  }
  return breaks.length ? { parts, breaks } : null;
}

/** Splits every `<p>` of `doc` at its `<br><br>` runs, in place. */
export function splitBrParagraphs(doc: DomDocument): void {
  for (const p of all(doc, 'p')) {
    const found = groups(p);
    if (!found) continue;
    const parent = p.parentNode as DomElement | null;
    if (!parent) continue;
    for (const br of found.breaks) (br as DomElement).remove();
    let after: DomElement = p;
    for (const part of found.parts.slice(1)) {
      if (!part.some((n) => !isBlank(n))) continue;
      const next = doc.createElement('p');
      for (const node of part) next.appendChild(node);
      parent.insertBefore(next, after.nextSibling);
      after = next;
    }
  }
}
