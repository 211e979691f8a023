/**
 * The data a Next.js App Router page streams in its markup: `<script>self.__next_f.push([1,"…"])</script>`
 * chunks (React Server Components' flight data). Their strings, joined in order (a chunk may end inside a row),
 * are rows `id:JSON`, `id:T<hex byte length>,<text>` (a long text, referred to as `"$id"`), or rows of other
 * kinds (`I` modules, `HL` hints, `E` errors …) that hold no page data. Values are read as plain JSON: a React
 * element `["$", type, key, props]` becomes an object `{ type, …props }` (its text-holding `<p>`, headings,
 * `<li>` and `<blockquote>` with their children as one string), `"$id"` references are replaced by the row they
 * name, `"$D…"` dates by their ISO text. Decoded only when asked (pages can be large), at most once per page,
 * boundedly; a malformed chunk or row is skipped, nothing throws.
 */
import { z } from 'zod';
import { all, type DomDocument } from './dom.js';

/** Bytes of flight data read at most (the rest of a larger page's stream is left unread). */
const MAX_BYTES = 8 * 1024 * 1024;
/** Rows read at most, nodes of resolved values made at most, and their depth. */
const MAX_ROWS = 50_000;
const MAX_NODES = 300_000;
const MAX_DEPTH = 200;

/** Characters from the name `__next_f` to its `.push(` at most. */
const PUSH_NEAR = 40;
/** A pushed chunk: `[1, text]`, or `[3, base64]` for bytes (the bootstrap `[0]` and form state `[2, …]` hold no rows). */
const textChunk = z.tuple([z.literal(1), z.string()]);
const binaryChunk = z.tuple([z.literal(3), z.string()]);

/** Row tags followed by a hex byte length and a comma: `T` text, and typed arrays' bytes (skipped). */
const LENGTH_TAGS = new Set('TAOoUSsLlGgMmVb'.split('').map((c) => c.charCodeAt(0)));
/** First bytes of a JSON value: `[`, `{`, `"`, a digit, `-`, `t`rue, `f`alse, `n`ull. */
const JSON_START = /^[[{"\d\-tfn]/;

type Row = { text: string } | { model: unknown };

/** The index of the `]` closing the array opened at `start`, strings read whole; -1 when it is not closed. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b) depth++;
    else if (c === 0x5d && --depth === 0) return i;
  }
  return -1;
}

/** The chunks pushed by the page's scripts, in order, as bytes (at most `MAX_BYTES` together). */
function pushedBytes(doc: DomDocument): Buffer | null {
  const parts: Buffer[] = [];
  let size = 0;
  for (const script of all(doc, 'script')) {
    const text = script.textContent ?? '';
    let at = text.indexOf('__next_f');
    while (at >= 0 && size < MAX_BYTES) {
      const push = text.indexOf('.push(', at);
      if (push < 0) break;
      // the push is the array's own (`self.__next_f.push(`, `(self.__next_f=self.__next_f||[]).push(`), not a later one
      if (push - at > PUSH_NEAR) {
        at = text.indexOf('__next_f', at + 1);
        continue;
      }
      const open = text.indexOf('[', push);
      if (open < 0 || !/^\s*$/.test(text.slice(push + 6, open))) {
        at = text.indexOf('__next_f', at + 1);
        continue;
      }
      const close = closingBracket(text, open);
      // an array left open: the rest of the script is no chunk to read
      if (close < 0) break;
      try {
        const chunk: unknown = JSON.parse(text.slice(open, close + 1));
        const asText = textChunk.safeParse(chunk);
        const asBytes = asText.success ? null : binaryChunk.safeParse(chunk);
        const bytes = asText.success
          ? Buffer.from(asText.data[1], 'utf8')
          : asBytes?.success
            ? Buffer.from(asBytes.data[1], 'base64')
            : null;
        if (bytes) {
          parts.push(bytes.subarray(0, MAX_BYTES - size));
          size += Math.min(bytes.length, MAX_BYTES - size);
        }
      } catch {
        // a chunk that is no JSON array is skipped; the stream goes on
      }
      at = text.indexOf('__next_f', close);
    }
  }
  return parts.length ? Buffer.concat(parts) : null;
}

/** The stream's rows by id: texts and JSON values (rows of other kinds, and malformed ones, left out). */
function flightRows(stream: Buffer): Map<string, Row> {
  const rows = new Map<string, Row>();
  let pos = 0;
  let count = 0;
  const lineEnd = (from: number): number => {
    const nl = stream.indexOf(0x0a, from);
    return nl < 0 ? stream.length : nl;
  };
  while (pos < stream.length && count++ < MAX_ROWS) {
    const colon = stream.indexOf(0x3a, pos);
    if (colon < 0) break;
    const id = stream.toString('latin1', pos, colon);
    if (!/^[0-9a-f]{1,8}$/i.test(id)) {
      // no row opens here: go on at the next line
      pos = lineEnd(pos) + 1;
      continue;
    }
    const start = colon + 1;
    const tag = stream[start];
    if (tag !== undefined && LENGTH_TAGS.has(tag)) {
      const comma = stream.indexOf(0x2c, start);
      const hex = comma > start ? stream.toString('latin1', start + 1, comma) : '';
      if (/^[0-9a-f]{1,8}$/i.test(hex)) {
        // the length counts UTF-8 bytes, and no line break ends the text
        const end = Math.min(comma + 1 + Number.parseInt(hex, 16), stream.length);
        if (tag === 0x54) rows.set(id.toLowerCase(), { text: stream.toString('utf8', comma + 1, end) });
        pos = end;
        continue;
      }
    }
    const end = lineEnd(start);
    const line = stream.toString('utf8', start, end);
    pos = end + 1;
    if (!JSON_START.test(line)) continue;
    try {
      rows.set(id.toLowerCase(), { model: JSON.parse(line) });
    } catch {
      // a row cut short or malformed is skipped
    }
  }
  return rows;
}

/** Elements whose children are one piece of text (a paragraph with its links and emphasis). */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption']);
/** A reference to another row: `$1f`, `$L1f` (lazy), `$@1f` (promise), with a path into it (`$1f:props:children`). */
const REFERENCE = /^\$(?:L|@)?([0-9a-f]{1,8})((?::[^:]+)*)$/i;

/** Elements made from flight data (`{ type, …props }`), told from other objects by the readers that need to. */
const elements = new WeakSet<object>();
export const isFlightElement = (v: unknown): boolean => typeof v === 'object' && v !== null && elements.has(v);
/** Text blocks whose children held a link (`<h3><a href>…</a></h3>`): read as one string, the link is kept as a mark. */
const linkedBlocks = new WeakSet<object>();
export const heldLink = (v: unknown): boolean => typeof v === 'object' && v !== null && linkedBlocks.has(v);

/** Whether an element's children hold a link (an element with an `href`). */
function holdsLink(v: unknown, depth = 0): boolean {
  if (depth > 20 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((item) => holdsLink(item, depth + 1));
  if (!isFlightElement(v)) return false;
  const el = v as Record<string, unknown>;
  return typeof el.href === 'string' || heldLink(el) || holdsLink(el.children, depth + 1);
}

/** An element's children as text (links and emphasis inside a paragraph read through; `<br>` a line break). */
function flatText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(flatText).join('');
  if (isFlightElement(v)) {
    const el = v as Record<string, unknown>;
    return el.type === 'br' ? '\n' : flatText(el.children);
  }
  return '';
}

/** The rows' values resolved: references replaced by what they name, elements by objects. */
function resolver(rows: Map<string, Row>) {
  let nodes = 0;
  const resolving = new Set<string>();
  const resolved = new Map<string, unknown>();
  const reference = (rowId: string, path: string): unknown => {
    const id = rowId.toLowerCase();
    const row = rows.get(id);
    if (!row) return null;
    if ('text' in row) return path ? null : row.text;
    if (!path && resolved.has(id)) return resolved.get(id);
    if (resolving.has(id)) return null;
    resolving.add(id);
    let target: unknown = row.model;
    for (const key of path.split(':').slice(1)) {
      // an element's props are at index 3 of its array
      if (Array.isArray(target) && target[0] === '$' && key === 'props') target = target[3];
      else target = target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
      if (target === undefined) break;
    }
    const value = resolvedValue(target ?? null, 0);
    resolving.delete(id);
    if (!path) resolved.set(id, value);
    return value;
  };
  const resolvedValue = (v: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return null;
    if (typeof v === 'string') {
      if (!v.startsWith('$')) return v;
      if (v.startsWith('$$')) return v.slice(1);
      if (v.startsWith('$D')) return v.slice(2);
      const ref = REFERENCE.exec(v);
      return ref ? reference(ref[1]!, ref[2] ?? '') : null;
    }
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      // (a development build adds the element's owner and stack after its props)
      if (v.length >= 4 && v.length <= 7 && v[0] === '$' && typeof v[1] === 'string') return element(v[1], v[3], depth);
      return v.map((item) => resolvedValue(item, depth + 1));
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[key] = resolvedValue(item, depth + 1);
    return out;
  };
  const element = (type: string, props: unknown, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = { type };
    if (props && typeof props === 'object' && !Array.isArray(props))
      for (const [key, item] of Object.entries(props)) if (key !== 'type') out[key] = resolvedValue(item, depth + 1);
    if (TEXT_BLOCKS.has(type) && typeof out.children !== 'string') {
      if (holdsLink(out.children)) linkedBlocks.add(out);
      out.children = flatText(out.children);
    }
    elements.add(out);
    return out;
  };
  return { reference, value: resolvedValue };
}

/** Ids of the rows some row refers to (they are read where they are referred to, not as roots). */
function referredIds(rows: Map<string, Row>): Set<string> {
  const ids = new Set<string>();
  let nodes = 0;
  const walk = (v: unknown, depth: number): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      const ref = REFERENCE.exec(v);
      if (ref) ids.add(ref[1]!.toLowerCase());
    } else if (v !== null && typeof v === 'object') for (const item of Object.values(v)) walk(item, depth + 1);
  };
  for (const row of rows.values()) if ('model' in row) walk(row.model, 0);
  return ids;
}

/**
 * The page's flight data as JSON-like roots: the value of row 0 (the page's tree), then each other row no row
 * refers to; empty when the page streams none.
 */
function decode(doc: DomDocument): unknown[] {
  const stream = pushedBytes(doc);
  if (!stream) return [];
  const rows = flightRows(stream);
  const referred = referredIds(rows);
  const { reference } = resolver(rows);
  const roots = [...rows.entries()]
    .filter(([id, row]) => 'model' in row && (id === '0' || !referred.has(id)))
    .sort(([a], [b]) => Number(b === '0') - Number(a === '0'))
    .map(([id]) => reference(id, ''));
  return roots;
}

const decoded = new WeakMap<DomDocument, unknown[]>();

/** The page's flight data (decoded at the first call, kept for the page), or an empty list when it has none. */
export function flightData(doc: DomDocument): unknown[] {
  let roots = decoded.get(doc);
  if (!roots) {
    try {
      roots = decode(doc);
    } catch {
      // flight data too odd to read is no data
      roots = [];
    }
    decoded.set(doc, roots);
  }
  return roots;
}
