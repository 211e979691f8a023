/**
 * Who-said queries of four kinds, built deterministically from known renditions: exact (the words as one
 * outlet printed them), typo'd (two or three words misspelt), partial (a run of about half the words) and
 * absent (words no article carries, which must come back not_found).
 */
import { words } from '../src/store/normalize.js';
import { rng } from './generate.js';

export type QueryKind = 'exact' | 'typo' | 'partial' | 'absent';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** The rendition it came from (document id and its printed words); absent queries have none. */
  source: { document: string; text: string } | null;
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
  renditions: readonly { document: string; text: string }[],
  absent: (n: number) => string[],
  perKind: number,
  seed = 11,
): BenchQuery[] {
  const r = rng(seed);
  const eligible = renditions.filter((x) => words(x.text).length >= 8);
  const pick = (): { document: string; text: string } => eligible[Math.floor(r() * eligible.length)]!;
  const out: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    const a = pick();
    out.push({ kind: 'exact', text: a.text, source: a });
    const b = pick();
    out.push({ kind: 'typo', text: withTypos(b.text, r), source: b });
    const c = pick();
    out.push({ kind: 'partial', text: partOf(c.text, r), source: c });
  }
  for (const text of absent(perKind)) out.push({ kind: 'absent', text, source: null });
  return out;
}

/** Latency percentile (nearest rank) of a list of milliseconds. */
export function percentile(ms: readonly number[], p: number): number {
  if (ms.length === 0) return NaN;
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
