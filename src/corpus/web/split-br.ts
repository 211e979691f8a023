/**
 * Paragraphs written as `<p>First<br><br>Second</p>` split into one `<p>` each. Readability turns such
 * breaks into nested paragraphs and then often keeps only their wrapper, losing the rest of the article;
 * separate paragraphs are what it reads best.
 */
import { all, ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

const isBr = (n: DomNode): boolean => n.nodeType === ELEMENT_NODE && (n as DomElement).tagName === 'BR';
const isBlank = (n: DomNode): boolean => n.nodeType === TEXT_NODE && !(n.textContent ?? '').trim();

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/**
 * Whether a quotation is left open at the end of `text`: more opening than closing marks (“…”, «…», „…“), or an
 * odd number of straight ones.
 */
function quotationOpen(text: string): boolean {
  if (text.includes('„')) return count(text, '„') > count(text, '“');
  return count(text, '“') > count(text, '”') || count(text, '«') > count(text, '»') || count(text, '"') % 2 === 1;
}

/** Where the next run of two or more `<br>` starts at or after `from` (the end of `children` when none does). */
function nextRun(children: readonly DomNode[], from: number): number {
  for (let k = from; k < children.length; k++) {
    if (!isBr(children[k]!)) continue;
    let m = k + 1;
    while (m < children.length && isBlank(children[m]!)) m++;
    if (m < children.length && isBr(children[m]!)) return k;
  }
  return children.length;
}

/** The first visible character of these nodes' text. */
const firstChar = (nodes: readonly DomNode[]): string =>
  nodes
    .map((n) => n.textContent ?? '')
    .join('')
    .trim()[0] ?? '';
/** Marks a paragraph opens with to carry on a quotation left open in the one before (the news convention). */
const CARRIES_ON = /["“„«‘']/;

/**
 * The children of `p` in groups, cut at every run of two or more `<br>` (blank text between them allowed) — but
 * not inside a quotation: a run after an opening mark whose words go on without one and close in the next part
 * ("said: “We asked for this last year.<br><br>Now the survey is done.”") is a line break of the quotation, so
 * its words stay one quotation (cut, the second half was nobody's words). A quotation whose next part opens with a mark is cut, as the news
 * convention of a quotation over several paragraphs reads.
 */
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
    const part = parts[parts.length - 1]!;
    const before = brs >= 2 ? part.map((n) => n.textContent ?? '').join('') : '';
    const next = brs >= 2 ? children.slice(j, nextRun(children, j)) : [];
    const within = quotationOpen(before) && !quotationOpen(before + next.map((n) => n.textContent ?? '').join(''));
    if (brs >= 2 && within && !CARRIES_ON.test(firstChar(next))) {
      // one line break of the quotation: the first <br> stays, the rest of the run goes
      part.push(children[i]!);
      breaks.push(...children.slice(i + 1, j).filter(isBr));
      i = j;
    } else if (brs >= 2) {
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
