/**
 * The article extraction benchmark's metric: word tokens, 4-word shingles counted with multiplicity, true
 * and false positives and negatives normalised per page; precision and recall averaged over pages, and
 * their F1. Same definition as the shared scorer, so a test can guard the figure it reports.
 */

const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const key = t.slice(i, i + 4).join('\u0001');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** [tp, fp, fn] of one page, each divided by their sum. */
export function pageCounts(truth: string, predicted: string): [number, number, number] {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precision = ([tp, fp, fn]: [number, number, number]): number =>
  fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
const recall = ([tp, fp, fn]: [number, number, number]): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Mean precision, recall and their F1 over pages of [truth, predicted] text. */
export function shingleScore(pairs: readonly (readonly [string, string])[]): { precision: number; recall: number; f1: number } {
  const counts = pairs.map(([t, p]) => pageCounts(t, p));
  const p = mean(counts.filter((c) => c[0] + c[1] > 0).map(precision));
  const r = mean(counts.filter((c) => c[0] + c[2] > 0).map(recall));
  return { precision: p, recall: r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}
