/**
 * Words of a wording as meaning-change detection compares them: contractions expanded ("won't" → will not),
 * figures read as values ("thirty" = "30", "3.5 million" = "3,500,000", "30 per cent" = "30%"), spelling
 * and inflection folded away, and each word given the role it plays (negation, modal, figure, condition…).
 */
import { stemmer } from 'stemmer';
import { type FigurePiece, isFigure, lemma, readFigure, spelling } from './forms.js';
import {
  CLITICS,
  CONDITION_MARKERS,
  FIXED_PHRASES,
  FUNCTION_WORDS,
  MODALS,
  NEGATIONS,
  NOT_CONTRACTION_BASES,
  QUANTITIES,
  SAME_QUANTITY,
  TRANSLITERATION_LETTERS,
  UNMARKED_NOT_BASES,
} from './words.js';

const UNMARKED_NOT = new Set(UNMARKED_NOT_BASES);

export type TokenRole = 'negation' | 'modal' | 'number' | 'condition' | 'function' | 'content';

/** Where a written word stands in the wording: kept from its pieces to its tokens. */
export interface WordPlace {
  /** Span of the written word(s) in the wording. */
  start: number;
  end: number;
  /** False for the second token of a written word that gave two ("not" of "won't"). */
  opensWord: boolean;
  /** False for the first token of a written word that gave two ("will" of "won't"). */
  closesWord: boolean;
  capital: boolean;
}

export interface ChangeToken extends WordPlace {
  /** Position in the wording's token list. */
  index: number;
  /** The form compared: folded, American spelling, no inflection; a figure is `#value` (`#30%` for a percentage). */
  norm: string;
  /** Lower-case word without accents or apostrophes. */
  folded: string;
  /** The word shown when only part of a written word is meant (the "not" of "won't"). */
  display: string;
  /** A clause break (comma, full stop, dash, ellipsis…) follows. */
  boundaryAfter: boolean;
  role: TokenRole;
  /** Index of the marker opening the condition clause this token is in, or -1. */
  clause: number;
  /** For content words: the Porter stem and the letters left without vowel-like ones (name spellings). */
  stem: string;
  skeleton: string;
}

/** A written word (or one half of a contraction) before its role is known. */
interface Piece extends FigurePiece, WordPlace {}

const PIECE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{L}\p{N}])(\s?%)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const BOUNDARY = /[,;:.!?…()[\]{}–—]|\s-|-\s/;
const sets = {
  negation: new Set(NEGATIONS),
  modal: new Set(MODALS),
  quantity: new Set(QUANTITIES),
  function: new Set(FUNCTION_WORDS),
};
const MARKERS = CONDITION_MARKERS.map((m) => m.split(' ')).sort((a, b) => b.length - a.length);
/** The markers by their first word, longest first as in `MARKERS`: a token is compared only with those it opens. */
const MARKERS_BY_FIRST = new Map<string, string[][]>();
for (const marker of MARKERS) MARKERS_BY_FIRST.set(marker[0]!, [...(MARKERS_BY_FIRST.get(marker[0]!) ?? []), marker]);

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/’/g, "'");
}

/** The words a written word stands for: "won't" → will, not; "we'll" → we, will; "country's" → country, 's. */
function expand(folded: string): string[] {
  if (folded === 'cannot') return ['can', 'not'];
  const not = /^(.+)n't$/.exec(folded) ?? /^([a-z]+)nt$/.exec(folded);
  if (not && (folded.includes("'") || UNMARKED_NOT.has(not[1]!))) return [NOT_CONTRACTION_BASES[not[1]!] ?? not[1]!, 'not'];
  const clitic = /^(.+)'([a-z]+)$/.exec(folded);
  if (clitic && (clitic[2] === 'd' || CLITICS[clitic[2]!])) return [clitic[1]!.replace(/'/g, ''), CLITICS[clitic[2]!] ?? "'d"];
  return [folded.replace(/'/g, '')];
}

function pieces(text: string): Piece[] {
  const matches = [...text.matchAll(PIECE)];
  const out: Piece[] = [];
  matches.forEach((m, i) => {
    const start = m.index;
    const end = start + m[0].length;
    const next = matches[i + 1]?.index ?? text.length;
    const boundaryAfter = i === matches.length - 1 || BOUNDARY.test(text.slice(end, next));
    const capital = m[0][0] !== m[0][0]!.toLowerCase();
    if (m[1] !== undefined) {
      out.push({
        folded: m[1].replace(/,/g, ''),
        start,
        end,
        opensWord: true,
        closesWord: true,
        capital,
        boundaryAfter,
        digits: true,
        percent: !!m[2],
      });
      return;
    }
    const words = expand(fold(m[0]));
    words.forEach((w, j) => {
      const last = j === words.length - 1;
      out.push({
        folded: w,
        start,
        end,
        opensWord: j === 0,
        closesWord: last,
        capital,
        boundaryAfter: last && boundaryAfter,
        digits: false,
        percent: false,
      });
    });
  });
  // "'d" is "had" before a past participle ("we'd agreed"), "would" otherwise ("we'd agree")
  out.forEach((p, i) => {
    if (p.folded !== "'d") return;
    const next = out[i + 1]?.folded ?? '';
    p.folded = /(ed|en)$/.test(next) || next === 'been' || next === 'better' ? 'had' : 'would';
  });
  return out;
}

function roleOf(folded: string, ps: Piece[], i: number): TokenRole {
  if (sets.negation.has(folded)) return 'negation';
  // "May 5", "5 May": the month
  if (folded === 'may' && (isFigure(ps[i + 1]) || isFigure(ps[i - 1]))) return 'content';
  if (sets.modal.has(folded)) return 'modal';
  if (sets.quantity.has(folded)) return 'number';
  if (sets.function.has(folded)) return 'function';
  return 'content';
}

/** The tokens of `text`, in order, with condition clauses marked. */
export function changeTokens(text: string): ChangeToken[] {
  const ps = pieces(text);
  const out: ChangeToken[] = [];
  const push = (from: number, to: number, norm: string, role: TokenRole) => {
    const a = ps[from]!;
    const b = ps[to - 1]!;
    // a figure's written form does not matter ("5%" and "5" are not one word split in two)
    const folded = norm.startsWith('#')
      ? norm
      : ps
          .slice(from, to)
          .map((p) => p.folded)
          .join('');
    const whole = a.opensWord && b.closesWord;
    const display = whole ? text.slice(a.start, b.end) : folded;
    out.push({
      index: out.length,
      norm,
      folded,
      display,
      start: a.start,
      end: b.end,
      opensWord: a.opensWord,
      closesWord: b.closesWord,
      capital: a.capital,
      boundaryAfter: b.boundaryAfter,
      role,
      clause: -1,
      stem: role === 'content' ? stemmer(folded) : '',
      skeleton: role === 'content' ? folded.replace(TRANSLITERATION_LETTERS, '') : '',
    });
  };
  let i = 0;
  while (i < ps.length) {
    const p = ps[i]!;
    // "as much as" before "at least": the longer phrase first, its words within one clause
    const long = FIXED_PHRASES[`${p.folded} ${ps[i + 1]?.folded} ${ps[i + 2]?.folded}`];
    if (long !== undefined && !p.boundaryAfter && !ps[i + 1]!.boundaryAfter) {
      push(i, i + 3, long, roleOf(long, ps, i));
      i += 3;
      continue;
    }
    const phrase = FIXED_PHRASES[`${p.folded} ${ps[i + 1]?.folded}`];
    if (phrase !== undefined && !p.boundaryAfter) {
      push(i, i + 2, phrase, roleOf(phrase, ps, i));
      i += 2;
      continue;
    }
    const figure = readFigure(ps, i);
    if (figure) {
      push(i, figure.next, `#${figure.value}${figure.percent ? '%' : ''}`, 'number');
      i = figure.next;
      continue;
    }
    const role = roleOf(p.folded, ps, i);
    const norm = role === 'content' ? lemma(spelling(p.folded)) : (SAME_QUANTITY[p.folded] ?? p.folded);
    push(i, i + 1, norm, role);
    i++;
  }
  markConditions(out);
  return out;
}

/** Marks each condition marker ("if", "as long as") and its clause: up to the next clause break. */
function markConditions(tokens: ChangeToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const opened = MARKERS_BY_FIRST.get(tokens[i]!.folded);
    if (!opened) continue;
    const marker = opened.find((words) =>
      words.every((w, k) => tokens[i + k]?.folded === w && (k === words.length - 1 || !tokens[i + k]!.boundaryAfter)),
    );
    if (!marker) continue;
    for (let k = 0; k < marker.length; k++) tokens[i + k]!.role = 'condition';
    let end = i + marker.length - 1;
    while (end < tokens.length - 1 && !tokens[end]!.boundaryAfter) end++;
    for (let k = i; k <= end; k++) tokens[k]!.clause = i;
    i = end;
  }
}

/**
 * Tokens of the wordings read last, shared read-only: one answer compares every outlet with the same reference and
 * reads the quotation and the member's words several times (the stretch they cover, the frame before it, the flips
 * confirmed). A token list depends on its text alone, so answers over different corpora may share it.
 */
const cachedTokens = new Map<string, readonly ChangeToken[]>();
const CACHED_WORDINGS = 2000;
export function changeTokensOf(text: string): readonly ChangeToken[] {
  let tokens = cachedTokens.get(text);
  if (!tokens) {
    tokens = changeTokens(text);
    if (cachedTokens.size >= CACHED_WORDINGS) cachedTokens.delete(cachedTokens.keys().next().value!);
    cachedTokens.set(text, tokens);
  }
  return tokens;
}
