/**
 * An element's text as paragraphs: every block element (p, headings, list items, blockquotes, table cells,
 * divs …) ends a paragraph, `<br><br>` splits one, a single `<br>` is a line break inside it. Whitespace is
 * collapsed as a browser shows it (kept in `<pre>`). Each paragraph knows how much of it is link text (each
 * line's too, when it has two or more).
 * A data table (`isDataTable`) is read a row a paragraph, its cells joined by " | ", as a reader reads across.
 */
import { countWords, ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode, SPACE_RUNS } from './dom.js';

/** One paragraph of page text. */
export interface Paragraph {
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Lower-case tag of the block element that holds it ("p", "h2", "li", "blockquote", "td" …). */
  tag: string;
  /** The `<li>` holding it (a number per list item, in document order), when it is inside one. */
  item?: number;
  /** Characters inside links on each of its lines (`<br>`), when it has two or more. */
  lineLinkChars?: number[];
}

const BLOCK = new Set(
  'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption'.split(
    ' ',
  ),
);
const SKIP = new Set(
  'script style noscript template svg button select textarea iframe object head title input option canvas math'.split(' '),
);
const QUOTING = new Set(['blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'td', 'th', 'dd', 'dt', 'figcaption']);

class Collector {
  readonly out: Paragraph[] = [];
  private parts: string[] = [];
  /** Link characters of each part of `parts`, so each line's can be told. */
  private partLinks: number[] = [];
  private linkChars = 0;
  private breaks = 0;
  private readonly tags: string[] = ['div'];
  private readonly items: number[] = [];
  private nextItem = 0;

  text(s: string, inLink: boolean, pre: boolean): void {
    const t = pre ? s : s.replace(SPACE_RUNS, ' ');
    if (!t) return;
    if (t.trim()) {
      if (this.breaks) {
        this.parts.push('\n');
        this.partLinks.push(0);
      }
      this.breaks = 0;
    }
    this.parts.push(t);
    this.partLinks.push(inLink ? t.trim().length : 0);
    if (inLink) this.linkChars += t.trim().length;
  }

  lineBreak(): void {
    if (++this.breaks >= 2) this.flush();
  }

  open(tag: string): void {
    this.flush();
    this.tags.push(tag);
    if (tag === 'li') this.items.push(this.nextItem++);
  }

  close(): void {
    this.flush();
    if (this.tags.pop() === 'li') this.items.pop();
  }

  /** A paragraph made whole elsewhere (a table's row). */
  add(paragraph: Paragraph): void {
    this.flush();
    this.out.push(paragraph);
  }

  /** Link characters of each non-empty line of the parts, when there are two lines or more matching `text`'s. */
  private lineLinks(text: string): number[] | undefined {
    const lines: { text: string; link: number }[] = [{ text: '', link: 0 }];
    for (const [i, part] of this.parts.entries()) {
      const pieces = part.split('\n');
      for (const [j, piece] of pieces.entries()) {
        if (j > 0) lines.push({ text: '', link: 0 });
        lines[lines.length - 1]!.text += piece;
      }
      lines[lines.length - 1]!.link += this.partLinks[i] ?? 0;
    }
    const kept = lines.filter((l) => l.text.trim());
    if (kept.length < 2 || kept.length !== text.split('\n').length) return undefined;
    return kept.map((l) => l.link);
  }

  flush(): void {
    this.breaks = 0;
    const text = this.parts
      .join('')
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) {
      const tag = [...this.tags].reverse().find((t) => QUOTING.has(t)) ?? this.tags[this.tags.length - 1] ?? 'div';
      const item = this.items[this.items.length - 1];
      const lines = this.lineLinks(text);
      this.out.push({
        text,
        linkChars: Math.min(this.linkChars, text.length),
        tag,
        ...(item === undefined ? {} : { item }),
        ...(lines ? { lineLinkChars: lines } : {}),
      });
    }
    this.parts = [];
    this.partLinks = [];
    this.linkChars = 0;
  }
}

/** Words a data table's cell holds at most: a cell holding a story is a layout table's. */
const DATA_CELL_WORDS = 50;
/** The separator a reader reads between a row's cells. */
export const CELL_SEPARATOR = ' | ';

/** A table's cells, its own (not a nested table's). */
function cellsOf(row: DomElement): DomElement[] {
  return Array.from(row.children).filter((c) => /^t[dh]$/i.test(c.tagName));
}

/**
 * A table of data (figures, results, a timetable), not a page laid out in a table: not marked as layout
 * (`role="presentation"`/`"none"`), no table inside it, no cell holding a story (over 50 words, or a heading),
 * mostly text that is not links (a menu laid out as a table), and either headed (`<th>`, `<thead>`, `<caption>`)
 * or two rows of two cells or more.
 */
export function isDataTable(table: DomElement): boolean {
  const role = table.getAttribute('role')?.toLowerCase();
  if (role === 'presentation' || role === 'none') return false;
  if (table.querySelector('table, h1, h2, h3, h4, h5, h6')) return false;
  const rows = Array.from(table.querySelectorAll('tr'));
  const cells = rows.flatMap(cellsOf);
  if (cells.some((cell) => countWords(cell.textContent ?? '') > DATA_CELL_WORDS)) return false;
  const text = (table.textContent ?? '').replace(/\s+/g, '').length;
  const links = Array.from(table.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  if (text === 0 || links > text / 2) return false;
  if (table.querySelector('th, thead, caption')) return true;
  return rows.filter((row) => cellsOf(row).length >= 2).length >= 2;
}

/** A data table's row as one paragraph: each cell's text on one line, the cells joined. */
function readRow(row: DomElement, c: Collector, inLink: boolean, depth: number): void {
  const texts: string[] = [];
  let linkChars = 0;
  for (const cell of cellsOf(row)) {
    const inner = new Collector();
    walk(cell, inner, inLink, false, depth + 1);
    inner.flush();
    const text = inner.out
      .map((p) => p.text.replace(/\s*\n\s*/g, ' '))
      .join(' ')
      .trim();
    if (!text) continue;
    texts.push(text);
    linkChars += inner.out.reduce((n, p) => n + p.linkChars, 0);
  }
  const text = texts.join(CELL_SEPARATOR);
  if (text) c.add({ text, linkChars: Math.min(linkChars, text.length), tag: 'tr' });
}

function walk(node: DomNode, c: Collector, inLink: boolean, pre: boolean, depth: number, dataTable = false): void {
  if (node.nodeType === TEXT_NODE) {
    c.text(node.textContent ?? '', inLink, pre);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE || depth > 200) return;
  const el = node as DomElement;
  const tag = el.tagName.toLowerCase();
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    c.lineBreak();
    return;
  }
  if (tag === 'tr' && dataTable) {
    readRow(el, c, inLink, depth);
    return;
  }
  const inData = tag === 'table' ? isDataTable(el) : dataTable;
  const block = BLOCK.has(tag);
  if (block) c.open(tag);
  const link = inLink || tag === 'a';
  const isPre = pre || tag === 'pre';
  for (const child of Array.from(el.childNodes)) walk(child, c, link, isPre, depth + 1, inData);
  if (block) c.close();
}

/**
 * The paragraphs of `root`, in document order.
 *
 * @example toParagraphs(parsePage('<p>One<br><br>Two</p><ul><li>Three</li></ul>').body!).map((p) => p.text) // → ['One', 'Two', 'Three']
 */
export function toParagraphs(root: DomElement): Paragraph[] {
  const c = new Collector();
  walk(root, c, false, false, 0);
  c.flush();
  return c.out;
}
