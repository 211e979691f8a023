/**
 * How the words asked differ from the quotation found: a word diff anchored on their shared words (`askedDiff`),
 * and the figures written another way (`sameFigures`, `figuresNote`).
 */
import { containsVerbatim, wordDiff } from '../diff.js';
import { isStopword, words } from '../../store/search/normalize.js';
import { changeTokens } from '../changes/tokens.js';
import { NUMBER_WORDS } from '../changes/words.js';
import type { DiffPart, WhoSaidResult } from '../types.js';

/** Words of the quotation shown before and after the stretch the question covers. */
const DIFF_CONTEXT_WORDS = 4;

/**
 * How `quote` differs from the words asked about, for a close answer: a "close" question may differ from the
 * quotation in the one word that matters ("world war" for "world peace"), and the member sees which. The
 * quotation's words beyond the stretch the question covers are cut to a few, with "…". Null when the words
 * are the same.
 */
export function askedDiff(asked: string, quote: string): DiffPart[] | null {
  const parts = anchoredDiff(asked, quote);
  if (!parts.some((p) => p.op !== 'same')) return null;
  // words the member typed elsewhere ("its children deserve" moved to the front) are in the stretch asked about:
  // the cut keeps them, and a few words beyond. Moved words are two or more the member typed in a row, found in a
  // row in the quotation's words cut: a lone word ("not" of "can not") found further on is the quotation's own
  const runs = parts.filter((p) => p.op === 'removed').map((p) => words(p.text));
  const cut = (text: string, end: boolean): string => {
    const w = text.split(/\s+/).filter(Boolean);
    const folded = ` ${words(text).join(' ')} `;
    const moved = runs.flatMap((r) => r.slice(1).flatMap((x, i) => (folded.includes(` ${r[i]} ${x} `) ? [r[i]!, x] : [])));
    const typed = new Set(moved.filter((x) => !isStopword(x)));
    const isTyped = (token: string): boolean => words(token).some((x) => typed.has(x));
    const first = w.findIndex(isTyped);
    const keep = Math.max(DIFF_CONTEXT_WORDS, end ? w.findLastIndex(isTyped) + 1 : first < 0 ? 0 : w.length - first);
    if (w.length <= keep) return text;
    return end ? `${w.slice(0, keep).join(' ')} …` : `… ${w.slice(-keep).join(' ')}`;
  };
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (first.op === 'added') first.text = cut(first.text, false);
  if (last !== first && last.op === 'added') last.text = cut(last.text, true);
  return parts;
}

/**
 * The diff of the member's words against the quotation, their opening words matched where the quotation holds
 * them nearest the rest: a diff reads the first "I" or "we" of the quotation as the member's, however far before the
 * words asked about, and shows all between as the member's words with the quotation's added ("I [-beleive-]
 * {+believe … I believe+} Donald"). The quotation's words before those the member's content words need are left
 * to open the diff, reaching back only as far as the member typed words before their first, and a few more.
 */
function anchoredDiff(asked: string, quote: string): DiffPart[] {
  const tokens = quote.split(/\s+/).filter(Boolean);
  const matched = (parts: readonly DiffPart[], content: boolean): number =>
    parts
      .filter((p) => p.op === 'same')
      .flatMap((p) => words(p.text))
      .filter((w) => !content || !isStopword(w)).length;
  const from = (k: number): DiffPart[] => wordDiff(asked, tokens.slice(k).join(' '));
  const full = wordDiff(asked, quote);
  // only an opening function word matched far from the member's content words is re-anchored: the diff stands else
  const firstContent = full.findIndex((p) => p.op === 'same' && words(p.text).some((w) => !isStopword(w)));
  const opening = full.slice(0, Math.max(0, firstContent));
  const between = opening.filter((p) => p.op === 'added').flatMap((p) => words(p.text)).length;
  if (!opening.some((p) => p.op === 'same') || between <= ANCHOR_GAP) return full;
  const content = matched(full, true);
  // the latest start keeping every content word matched (fewer as the start moves on: a binary search)
  let [low, high] = [0, tokens.length];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (matched(from(mid), true) === content) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return full;
  // back from there, as far as the member typed words before their first content word, and `ANCHOR_SLACK` more
  const lead = words(asked).findIndex((w) => !isStopword(w));
  let best = { start: low, same: matched(from(low), false) };
  for (let k = low - 1; k >= Math.max(0, low - Math.max(0, lead) - ANCHOR_SLACK); k--) {
    const same = matched(from(k), false);
    if (same > best.same) best = { start: k, same };
  }
  const rest = from(best.start);
  const before = tokens.slice(0, best.start).join(' ');
  if (!before) return rest;
  if (rest[0]?.op === 'added') return [{ op: 'added', text: `${before} ${rest[0].text}` }, ...rest.slice(1)];
  return [{ op: 'added', text: before }, ...rest];
}

/** Words of the quotation's before the member's opening words an anchored diff may reach back ("we are" for "I believe we’re"). */
const ANCHOR_SLACK = 2;

/** Most words of the quotation's between the member's opening words and their first content word left as the diff reads them. */
const ANCHOR_GAP = 6;

/** A figure's value, written as a figure or a number word ("3", "three"); null for any other word. */
function figureValue(text: string): number | null {
  const word = text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (/^\d+$/.test(word)) return Number(word);
  return word !== 'both' && NUMBER_WORDS[word] !== undefined ? NUMBER_WORDS[word]! : null;
}

/** A figure the member wrote one way and the quotation the other ("3" for "three"): the same figure. */
type SameFigure = NonNullable<WhoSaidResult['askedFigures']>[number];

/**
 * The figures of a diff written one way by the member and the other by the quotation, with the same value: a
 * figure of the member's struck, beside the quotation's word in its place (the first word of what follows it, or
 * the last of what comes before, which may run on into the quotation's words beyond the stretch asked about).
 */
export function sameFigures(diff: readonly DiffPart[]): SameFigure[] {
  const pairs: SameFigure[] = [];
  const bare = (t: string): string => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  for (const [i, part] of diff.entries()) {
    const typed = part.text.trim();
    if (part.op !== 'removed' || /\s/.test(typed) || figureValue(typed) === null) continue;
    // the quotation's words beside the struck figure, nearest first: the diff may put the word in its place at either
    // end of them ("I do not think 2" beside a struck "two")
    const ends = (p: DiffPart | undefined, nearFirst: boolean): string[] => {
      const w = p?.op === 'added' ? p.text.trim().split(/\s+/) : [];
      return (nearFirst ? [w[0], w.at(-1)] : [w.at(-1), w[0]]).filter((x): x is string => !!x);
    };
    const quoted = [...ends(diff[i + 1], true), ...ends(diff[i - 1], false)].find((w) => figureValue(w) === figureValue(typed));
    if (quoted) pairs.push({ typed: bare(typed), quoted: bare(quoted) });
  }
  return pairs;
}

/**
 * The figures of one word (`pairs`) with those of several words or signs the member wrote one way and the
 * quotation the other, with the same value ("thirty thousand" for "30,000", "10%" for "10 per cent", "half a
 * million" for "500,000"), in the member's order; a figure the quotation also holds as typed is not written otherwise.
 */
export function withLargerFigures(pairs: readonly SameFigure[], asked: string, quote: string): SameFigure[] {
  const figuresOf = (text: string) =>
    changeTokens(text)
      .filter((t) => t.role === 'number' && t.opensWord && t.closesWord && /^#[\d.]+%?$/.test(t.norm))
      .map((t) => ({ value: t.norm, text: text.slice(t.start, t.end), words: words(text.slice(t.start, t.end)).join(' ') }))
      .filter((f) => f.words !== 'both');
  const larger = (f: { text: string; words: string }): boolean => f.words.includes(' ') || /[.,%]/.test(f.text);
  const quoted = figuresOf(quote);
  const found: SameFigure[] = [];
  for (const f of figuresOf(asked)) {
    if (quoted.some((q) => q.value === f.value && q.words === f.words)) continue;
    const q = quoted.find((q) => q.value === f.value);
    if (q && (larger(f) || larger(q))) found.push({ typed: f.text, quoted: q.text });
  }
  // a figure of one word read within a larger one ("12" of "12%") is named once, as the larger
  const within = (p: SameFigure): boolean => found.some((f) => words(f.typed).includes(words(p.typed)[0] ?? ''));
  return [...found, ...pairs.filter((p) => !within(p))].sort((a, b) => asked.indexOf(a.typed) - asked.indexOf(b.typed));
}

export const namedFigures = (figures: readonly SameFigure[]): string =>
  figures.map((f) => `“${f.quoted}” for your “${f.typed}”`).join(', ');

/**
 * What a close answer says of figures written the other way: the same words when, the figures written as the
 * quotation writes them, the member's words are in it as typed; else small differences besides.
 */
export function figuresNote(figures: readonly SameFigure[], asked: string, quote: string): string {
  const named = namedFigures(figures);
  let rewritten = asked;
  for (const f of figures)
    rewritten = rewritten.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${f.typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'),
      f.quoted,
    );
  return containsVerbatim(quote, rewritten)
    ? `the same words, with figures written otherwise: ${named}`
    : `small wording differences; figures written otherwise: ${named}`;
}
