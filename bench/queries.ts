/**
 * Who-said queries of four kinds, built deterministically from known renditions: exact (the words as one
 * outlet printed them), typo'd (two or three words misspelt), partial (a run of about half the words) and
 * absent (words no article carries, which must come back not_found).
 */
import { normalizedPhrase, words } from '../src/store/search/normalize.js';
import { rng } from './generate.js';

export type QueryKind = 'exact' | 'typo' | 'partial' | 'absent';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** The rendition it came from (document id and its printed words); absent queries have none. */
  source: { document: string; text: string } | null;
  /**
   * Renditions that count as the right quote when first: every outlet's wording of the same claim (the
   * synthetic corpus knows them). With `anyDocument`, the same words in any document count too.
   */
  accept: { document: string; text: string }[];
  anyDocument?: boolean;
}

/** True when `document`'s wording `text` is one of the query's right answers. */
export function accepted(q: BenchQuery, document: string, text: string): boolean {
  const want = normalizedPhrase(text);
  return q.accept.some((a) => (q.anyDocument || a.document === document) && normalizedPhrase(a.text) === want);
}

/** One typo: swap two letters, drop one, or double one (only in words of five letters or more). */
function misspell(word: string, r: () => number): string {
  const i = 1 + Math.floor(r() * (word.length - 2));
  const roll = r();
  if (roll < 0.34) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (roll < 0.67) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

/** Two or three misspelt words, never the same word twice. */
export function withTypos(text: string, r: () => number): string {
  const parts = text.split(' ');
  const long = parts.map((w, i) => (w.length >= 5 ? i : -1)).filter((i) => i >= 0);
  const count = Math.min(long.length, 2 + Math.floor(r() * 2));
  for (let k = 0; k < count; k++) {
    const at = long.splice(Math.floor(r() * long.length), 1)[0]!;
    parts[at] = misspell(parts[at]!, r);
  }
  return parts.join(' ');
}

/** A run of about half the words (at least six), from a random start. */
export function partOf(text: string, r: () => number): string {
  const parts = text.split(' ');
  const length = Math.max(6, Math.ceil(parts.length * (0.45 + r() * 0.15)));
  if (length >= parts.length) return text;
  const start = Math.floor(r() * (parts.length - length + 1));
  return parts.slice(start, start + length).join(' ');
}

/**
 * `perKind` queries of each kind from `renditions` (sampled without replacement, seeded); `absent` supplies
 * quotations nobody said.
 */
export function buildQueries(
  renditions: readonly { document: string; text: string; claim?: number }[],
  absent: (n: number) => string[],
  perKind: number,
  seed = 11,
): BenchQuery[] {
  const r = rng(seed);
  const byClaim = new Map<number, { document: string; text: string }[]>();
  for (const x of renditions) {
    if (x.claim === undefined) continue;
    const list = byClaim.get(x.claim);
    if (list) list.push({ document: x.document, text: x.text });
    else byClaim.set(x.claim, [{ document: x.document, text: x.text }]);
  }
  const make = (kind: QueryKind, text: string, x: { document: string; text: string; claim?: number }): BenchQuery => {
    const source = { document: x.document, text: x.text };
    return x.claim === undefined
      ? { kind, text, source, accept: [source], anyDocument: true }
      : { kind, text, source, accept: byClaim.get(x.claim)! };
  };
  const eligible = renditions.filter((x) => words(x.text).length >= 8);
  const pick = (): (typeof renditions)[number] => eligible[Math.floor(r() * eligible.length)]!;
  const out: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    const a = pick();
    out.push(make('exact', a.text, a));
    const b = pick();
    out.push(make('typo', withTypos(b.text, r), b));
    const c = pick();
    out.push(make('partial', partOf(c.text, r), c));
  }
  for (const text of absent(perKind)) out.push({ kind: 'absent', text, source: null, accept: [] });
  return out;
}

/** Latency percentile (nearest rank) of a list of milliseconds. */
export function percentile(ms: readonly number[], p: number): number {
  if (ms.length === 0) return NaN;
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
