/**
 * Word forms compared by meaning-change detection: the value of a written figure, a word's American
 * spelling and its form without inflection.
 */
import { NOT_PLURALS, NUMBER_WORDS, PERCENT_WORDS, SCALE_WORDS, SPELLING_RULES } from './words.js';

/** What reading a figure needs of each written word. */
export interface FigurePiece {
  folded: string;
  /** Written in digits ("30", "3.5", "1,000" read as 1000). */
  digits: boolean;
  /** Written with a "%" sign. */
  percent: boolean;
  /** A clause break follows. */
  boundaryAfter: boolean;
}

const percentWords = new Set(PERCENT_WORDS);
const notPlurals = new Set(NOT_PLURALS);

/** Inflection removed: "levels" → level, "organized" → organiz, "countries" → country. */
export function lemma(word: string): string {
  if (word.length <= 3 || notPlurals.has(word)) return word;
  if (/i(es|ed)$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  let base: string | null = null;
  if (word.endsWith('ing') && word.length >= 6) base = word.slice(0, -3);
  else if (word.endsWith('ed') && word.length >= 5) base = word.slice(0, -2);
  if (base !== null) {
    if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|ff|zz)$/.test(base)) base = base.slice(0, -1);
    return base.replace(/e$/, '');
  }
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  const singular = /[^su]s$/.test(word) && !word.endsWith('is') ? word.slice(0, -1) : word;
  return singular.length > 3 ? singular.replace(/e$/, '') : singular;
}

/** American spelling of a folded word. */
export function spelling(word: string): string {
  let out = word;
  for (const [pattern, replacement] of SPELLING_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** True for a written figure or a number word. */
export const isFigure = (p: FigurePiece | undefined): boolean => !!p && (p.digits || NUMBER_WORDS[p.folded] !== undefined);

/** True when number word `unit` continues the figure so far ("thirty" + "five", "hundred" + "twelve", not "five" + "six"). */
function fitsAfter(current: number, unit: number, previous: FigurePiece): boolean {
  if (previous.digits) return false;
  if (current === 0) return true;
  const rest = current % 100;
  return (rest === 0 && unit < 100) || (rest >= 20 && rest % 10 === 0 && unit < 10);
}

/** True for "half a" or "half an" at `i` before a word of scale ("half a million"), in one clause. */
function isHalfOf(ps: FigurePiece[], i: number): boolean {
  const [a, scale] = [ps[i + 1], ps[i + 2]];
  return (
    !ps[i]!.boundaryAfter &&
    !!a &&
    (a.folded === 'a' || a.folded === 'an') &&
    !a.boundaryAfter &&
    SCALE_WORDS[scale?.folded ?? ''] !== undefined
  );
}

/** True for "and a half" at `j` ("one and a half million"), in one clause. */
function isAndAHalf(ps: FigurePiece[], j: number): boolean {
  const [and, a, half] = [ps[j], ps[j + 1], ps[j + 2]];
  return !!half && a?.folded === 'a' && half.folded === 'half' && !and!.boundaryAfter && !a.boundaryAfter;
}

/** A figure starting at `i` ("30", "thirty-five", "two hundred and fifty", "a million", "3.5 million", "half a million", "one and a half million", "30 per cent"). */
export function readFigure(ps: FigurePiece[], i: number): { value: number; percent: boolean; next: number } | null {
  const first = ps[i]!;
  let j = i;
  let total = 0;
  let current = 0;
  if (first.digits) {
    current = Number.parseFloat(first.folded);
    j = i + 1;
  } else if ((first.folded === 'a' || first.folded === 'an') && SCALE_WORDS[ps[i + 1]?.folded ?? ''] && !first.boundaryAfter) {
    current = 1;
    j = i + 1;
  } else if (first.folded === 'half' && isHalfOf(ps, i)) {
    // "half a million": the scale word multiplies a half
    current = 0.5;
    j = i + 2;
  } else if (NUMBER_WORDS[first.folded] === undefined) return null;
  let percent = first.percent;
  while (j < ps.length && (j === i || !ps[j - 1]!.boundaryAfter) && !percent) {
    const p = ps[j]!;
    const unit = p.digits ? undefined : NUMBER_WORDS[p.folded];
    const scale = SCALE_WORDS[p.folded];
    if (unit !== undefined && (j === i || fitsAfter(current, unit, ps[j - 1]!))) current += unit;
    else if (scale !== undefined && scale < 1000) current = (current || 1) * scale;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (p.folded === 'and' && j > i && current > 0 && current < 100 && Number.isInteger(current) && isAndAHalf(ps, j)) {
      // "one and a half million", "2 and a half"
      current += 0.5;
      j += 2;
    } else if (p.folded === 'and' && j > i && current > 0 && current % 100 === 0 && NUMBER_WORDS[ps[j + 1]?.folded ?? ''] !== undefined) {
      // "two hundred and fifty"
    } else if (percentWords.has(p.folded)) percent = true;
    else if (p.folded === 'per' && ps[j + 1]?.folded === 'cent') {
      percent = true;
      j++;
    } else break;
    j++;
  }
  return { value: total + current, percent, next: j };
}
