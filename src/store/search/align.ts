/**
 * How well a query matches one stored wording. Three measures, each 0..1 and weighted so rare words count
 * more than function words:
 * - `ordered`: the share of the query found in the wording in the same order, allowing typos (a longest
 *   common subsequence over words) — partial quotes and typos keep a high score;
 * - `bag`: the share of the query's content stems found anywhere in the wording — a paraphrase keeps the
 *   words that matter but changes their order and form;
 * - `exact`: the query's words occur contiguously, word for word.
 */
import { withinEdits } from './edit-distance.js';
import { allowedEdits } from './term-index.js';
import { isStopword, stem } from './normalize.js';
import { isNeighbour, meaningNeighbours } from './synonyms.js';

/** Function words weigh this much of a content word: present, but not enough to carry a match. */
const STOPWORD_WEIGHT = 0.15;
/**
 * A word of the same meaning counts this much of the word itself in the bag measure: evidence of a paraphrase,
 * weaker than the word (common words have many near-synonyms, and a bag of them must not look like a quote).
 */
export const SYNONYM_WEIGHT = 0.6;

export interface PreparedQuery {
  words: string[];
  stems: string[];
  weights: number[];
  totalWeight: number;
  contentWeight: number;
  phrase: string;
  /** Per query: target word → which query words it matches (the same words recur across candidates). */
  matchCache: Map<string, Uint8Array>;
  /** Word ids of the query words in the store's lexicon (−1: not stored), for `alignIds`. */
  ids: Int32Array;
  /** Per query: target word id → its column (as `matchCache`, keyed by id). */
  idCache: Map<number, Uint8Array>;
  /** Per query word: the lemmas that mean the same (paraphrase evidence), or null (function words, none known). */
  neighbours: (ReadonlySet<string> | null)[];
}

export interface Alignment {
  ordered: number;
  bag: number;
  exact: boolean;
  /** Content words of the query found anywhere (the word or its stem; words of the same meaning not counted). */
  contentMatched: number;
  /** Content words of the query found anywhere as the word, its stem or a word of the same meaning. */
  contentCovered: number;
  /** Words of the wording from the first to the last word the in-order match used (0: none). */
  span: number;
  /** Query words in the in-order match (typos allowed; function words count as words here). */
  orderedWords: number;
  /** Words in the wording. */
  length: number;
}

/**
 * Weights query words by rarity (`idf` of the word's stem, or a default for unseen words); `wordId` maps a
 * word to its id in the lexicon `alignIds` will be given (−1 when absent).
 */
export function prepareQuery(words: string[], idf: (word: string) => number, wordId: (word: string) => number = () => -1): PreparedQuery {
  const stems = words.map(stem);
  const weights = words.map((w) => (isStopword(w) ? STOPWORD_WEIGHT : Math.max(1, idf(w))));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const contentWeight = words.reduce((a, w, i) => a + (isStopword(w) ? 0 : weights[i]!), 0);
  return {
    words,
    stems,
    weights,
    totalWeight,
    contentWeight,
    phrase: ` ${words.join(' ')} `,
    matchCache: new Map(),
    ids: Int32Array.from(words, wordId),
    idCache: new Map(),
    neighbours: words.map((w) => (isStopword(w) ? null : meaningNeighbours(w))),
  };
}

function wordsMatch(q: string, qStem: string, w: string, wStem: string): boolean {
  if (q === w || qStem === wStem) return true;
  const edits = allowedEdits(Math.min(q.length, w.length));
  return edits > 0 && withinEdits(q, w, edits);
}

let scratch = new Float64Array(256);
/** Per cell, where the in-order match it holds starts and ends in the wording (rows as `scratch`). */
let starts = new Int32Array(256);
let ends = new Int32Array(256);
/** Per cell, how many query words its in-order match holds. */
let counts = new Int32Array(256);

/** Scores `query` against one wording's folded words. */
export function align(query: PreparedQuery, targetWords: readonly string[]): Alignment {
  const n = query.words.length;
  const m = targetWords.length;
  const exact = n > 0 && ` ${targetWords.join(' ')} `.includes(query.phrase);
  if (n === 0 || m === 0) return { ordered: 0, bag: 0, exact, contentMatched: 0, contentCovered: 0, span: 0, orderedWords: 0, length: m };
  // column j: which query words target word j matches (computed once per distinct word per query)
  const columns: Uint8Array[] = targetWords.map((w) => {
    let col = query.matchCache.get(w);
    if (!col) {
      col = column(query, w);
      query.matchCache.set(w, col);
    }
    return col;
  });
  return score(query, columns, exact);
}

/**
 * Bit 1: `w` matches the query word allowing typos (the ordered measure); bit 2: same word or stem (the bag
 * measure); bit 4: a word of the same meaning (the bag measure at `SYNONYM_WEIGHT`: a paraphrase may say
 * "safeguarding" for "protecting").
 */
function column(query: PreparedQuery, w: string): Uint8Array {
  const n = query.words.length;
  const wStem = stem(w);
  const col = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const same = query.words[i] === w || query.stems[i] === wStem;
    if (same) col[i] = 3;
    else if (wordsMatch(query.words[i]!, query.stems[i]!, w, wStem)) col[i] = 1;
    else if (query.neighbours[i] && !isStopword(w) && isNeighbour(w, query.neighbours[i]!)) col[i] = 4;
  }
  return col;
}

/** True when `ids` occurs contiguously in `target` (the word-for-word test, on integers). */
function containsRun(target: Int32Array, ids: Int32Array): boolean {
  const n = ids.length;
  if (n === 0 || n > target.length) return false;
  for (let i = 0; i < n; i++) if (ids[i]! < 0) return false;
  outer: for (let s = 0; s + n <= target.length; s++) {
    for (let k = 0; k < n; k++) if (target[s + k] !== ids[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * `align` over a stored wording given as word ids into `lexicon` (the ids `prepareQuery` was given): the
 * same scores, without tokenising the wording or comparing strings for words already seen this query.
 */
export function alignIds(query: PreparedQuery, target: Int32Array, lexicon: readonly string[]): Alignment {
  const n = query.words.length;
  const exact = containsRun(target, query.ids);
  if (n === 0 || target.length === 0)
    return { ordered: 0, bag: 0, exact, contentMatched: 0, contentCovered: 0, span: 0, orderedWords: 0, length: target.length };
  const columns = new Array<Uint8Array>(target.length);
  for (let j = 0; j < target.length; j++) {
    const id = target[j]!;
    let col = query.idCache.get(id);
    if (!col) {
      col = column(query, lexicon[id]!);
      query.idCache.set(id, col);
    }
    columns[j] = col;
  }
  return score(query, columns, exact);
}

function score(query: PreparedQuery, columns: readonly Uint8Array[], exact: boolean): Alignment {
  const n = query.words.length;
  const m = columns.length;
  // weighted LCS, one rolling row (scratch rows reused across calls: align runs ~100 times a query); each
  // cell also keeps where its match starts and ends, preferring the shorter of equal matches
  if (scratch.length < 2 * (m + 1)) {
    scratch = new Float64Array(4 * (m + 1));
    starts = new Int32Array(4 * (m + 1));
    ends = new Int32Array(4 * (m + 1));
    counts = new Int32Array(4 * (m + 1));
  }
  let prev = 0;
  let cur = m + 1;
  // only values need clearing: a cell's start, end and count are read only where its value is above zero
  scratch.fill(0, 0, 2 * (m + 1));
  for (let i = 1; i <= n; i++) {
    const w = query.weights[i - 1]!;
    scratch[cur] = 0;
    for (let j = 1; j <= m; j++) {
      const up = scratch[prev + j]!;
      const left = scratch[cur + j - 1]!;
      let value = up;
      let start = starts[prev + j]!;
      let end = ends[prev + j]!;
      let count = counts[prev + j]!;
      if (left > value || (left === value && left > 0 && starts[cur + j - 1]! > start)) {
        value = left;
        start = starts[cur + j - 1]!;
        end = ends[cur + j - 1]!;
        count = counts[cur + j - 1]!;
      }
      if (columns[j - 1]![i - 1]! & 1) {
        const before = scratch[prev + j - 1]!;
        const diag = before + w;
        const diagStart = before > 0 ? starts[prev + j - 1]! : j;
        if (diag > value || (diag === value && diagStart > start)) {
          value = diag;
          start = diagStart;
          end = j;
          count = before > 0 ? counts[prev + j - 1]! + 1 : 1;
        }
      }
      scratch[cur + j] = value;
      starts[cur + j] = start;
      ends[cur + j] = end;
      counts[cur + j] = count;
    }
    [prev, cur] = [cur, prev];
  }
  const lcs = scratch[prev + m]!;
  const span = lcs > 0 ? ends[prev + m]! - starts[prev + m]! + 1 : 0;
  const orderedWords = lcs > 0 ? counts[prev + m]! : 0;
  let bagWeight = 0;
  let contentMatched = 0;
  let contentCovered = 0;
  for (let i = 0; i < n; i++) {
    if (isStopword(query.words[i]!)) continue;
    // a paraphrase changes order, not spelling: typo'd words would let unrelated wordings look alike
    if (columns.some((col) => (col[i]! & 2) !== 0)) {
      bagWeight += query.weights[i]!;
      contentMatched++;
      contentCovered++;
    } else if (columns.some((col) => (col[i]! & 4) !== 0)) {
      // adds to the share, not to the count of words in common: a paraphrase still needs words of its own
      bagWeight += SYNONYM_WEIGHT * query.weights[i]!;
      contentCovered++;
    }
  }
  return {
    ordered: lcs / query.totalWeight,
    bag: query.contentWeight > 0 ? bagWeight / query.contentWeight : 0,
    exact,
    contentMatched,
    contentCovered,
    span,
    orderedWords,
    length: m,
  };
}
