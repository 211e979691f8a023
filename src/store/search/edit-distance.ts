/**
 * Typo distance: optimal string alignment (Levenshtein plus the transposition of two neighbouring letters as
 * one edit, so "recieve" is one typo from "receive", as a reader counts it). Bounded: the index and the
 * alignment only ask whether two words are within one or two edits, so rows stop as soon as every cell
 * passes the bound. Allocation-free on the hot path (rows are reused).
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** True when `a` and `b` are at most `max` edits apart (insert, delete, substitute, swap neighbours). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return false;
  if (rows[0]!.length < m + 1) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [before, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return false;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[m]! <= max;
}
