/**
 * The edits between a claim's reference wording and one outlet's wording that change what it says: a
 * negation or a modal added or dropped, a condition dropped, a figure changed, the quotation cut, a part
 * left out, words added or replaced. Rewording that keeps the meaning is not named: spelling variants,
 * punctuation, case, quote marks, hyphenation, transliterated names, function words, contractions and
 * figures written in words. The words are aligned with the `diff` package; each stretch the alignment
 * leaves unmatched (a hunk) is then named, most specific kind first.
 */
import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import { type ChangeToken, changeTokens, changeTokensOf } from './tokens.js';
import { POSSESSIVE_DETERMINERS, PREPOSITIONS, PRONOUNS, SUBJECT_PRONOUNS } from './words.js';

const POSSESSIVES: ReadonlySet<string> = new Set(POSSESSIVE_DETERMINERS);
const OPENS_PHRASE: ReadonlySet<string> = new Set(PREPOSITIONS);
const STAND_INS: ReadonlySet<string> = new Set([...PRONOUNS, ...POSSESSIVE_DETERMINERS]);
const SUBJECTS: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);

/** What the outlet's article says around its wording, where it bears on what an edit means. */
export interface WordingContext {
  /**
   * The outlet's own sentence names the subject outside the quotation marks and the quotation continues it (“The
   * board, Solvang said, "will close the gate"”): a subject pronoun dropped from the quotation's start ("We will
   * close the gate") is restored by that sentence, no cut.
   */
  subjectOutside?: boolean;
}

export type ChangeKind =
  | 'negation'
  | 'modality'
  | 'condition'
  | 'number'
  | 'truncated_start'
  | 'truncated_end'
  | 'omission'
  | 'addition'
  | 'substitution';

/** One meaning-changing edit: `from` is the reference's words, `to` the outlet's ('' when there are none). */
export interface MeaningChange {
  kind: ChangeKind;
  from: string;
  to: string;
}

/** Two capitalised words that spell one name in two transliterations (Nikolai / Nikolay, Yevmenov / Evmenov, Kyiv / Kiev). */
function sameName(a: ChangeToken, b: ChangeToken): boolean {
  return a.skeleton === b.skeleton && Math.min(a.folded.length, b.folded.length) >= 4 && distance(a.folded, b.folded) <= 2;
}

function sameWord(a: ChangeToken, b: ChangeToken): boolean {
  if (a.norm === b.norm) return true;
  if (a.role !== 'content' || b.role !== 'content') return false;
  if (Math.abs(a.folded.length - b.folded.length) > 2) return false;
  if (a.capital && b.capital && sameName(a, b)) return true;
  // inflections the suffix rules miss ("installed" / "install"), never distant words sharing a stem (general / generous)
  return a.stem === b.stem && Math.min(a.folded.length, b.folded.length) >= 4 && distance(a.folded, b.folded) <= 2;
}

/** Words removed and added at one spot, with no matched word between them. */
interface Spot {
  removed: ChangeToken[];
  added: ChangeToken[];
}

/** One stretch left unmatched by the alignment: reference words removed, outlet words added. */
interface Hunk extends Spot {
  /**
   * The spots the hunk joins across short runs of matched function words, in text order: "replaces" pairs words of
   * one spot only (“mend the old bridge” for “repair the bridge” replaces “repair” → “mend” and adds “old”, it does
   * not replace “repair” → “mend the old”).
   */
  spots: Spot[];
  /** No word but function words matched before it / after it. */
  atStart: boolean;
  atEnd: boolean;
}

/** Most function words between two hunks that are joined into one ("joint cruises [and] joint drills" left out). */
const MAX_BRIDGE = 3;

function hunks(reference: readonly ChangeToken[], wording: readonly ChangeToken[]): Hunk[] {
  // diffArrays only reads its arrays (its types ask for mutable ones); these are shared token lists
  const parts = diffArrays(reference as ChangeToken[], wording as ChangeToken[], { comparator: sameWord });
  const out: Hunk[] = [];
  let r = 0;
  let w = 0;
  let current: Hunk | null = null;
  // a short run of function words matched between two hunks: the alignment's pick among equal ones
  let bridge: { removed: ChangeToken[]; added: ChangeToken[] } | null = null;
  let matchedBefore = false;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      const removed = reference.slice(r, r + n);
      const added = wording.slice(w, w + n);
      r += n;
      w += n;
      if (current && n <= MAX_BRIDGE && !removed.some(significant)) bridge = { removed, added };
      else {
        if (current) out.push(current);
        current = null;
        bridge = null;
      }
      matchedBefore ||= removed.some(significant);
      continue;
    }
    if (current && bridge) {
      current.removed.push(...bridge.removed);
      current.added.push(...bridge.added);
      current.spots.push({ removed: [], added: [] });
    } else current ??= { removed: [], added: [], spots: [{ removed: [], added: [] }], atStart: !matchedBefore, atEnd: false };
    bridge = null;
    const spot = current.spots.at(-1)!;
    if (part.removed) {
      const taken = reference.slice(r, r + n);
      current.removed.push(...taken);
      spot.removed.push(...taken);
      r += n;
    } else {
      const taken = wording.slice(w, w + n);
      current.added.push(...taken);
      spot.added.push(...taken);
      w += n;
    }
  }
  // only function words (or nothing) matched after the last hunk: it reaches the end
  if (current) out.push({ ...current, atEnd: true });
  return out;
}

/** The written words of `tokens`: a run of neighbours as written, separate runs joined by " … ". */
function shown(text: string, tokens: readonly ChangeToken[], side: readonly ChangeToken[]): string {
  const unmatched = new Map(side.map((t) => [t.index, t]));
  // function words of the hunk between two shown words are shown too ("more than half", not "more … half")
  const bridges = (from: number, to: number) => {
    for (let i = from + 1; i < to; i++) if (unmatched.get(i)?.role !== 'function') return false;
    return true;
  };
  const runs: ChangeToken[][] = [];
  for (const t of [...tokens].sort((x, y) => x.index - y.index)) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && bridges(previous.index, t.index)) {
      for (let i = previous.index + 1; i < t.index; i++) run.push(unmatched.get(i)!);
      run.push(t);
    } else runs.push([t]);
  }
  return runs
    .map((run) => {
      const first = run[0]!;
      const last = run.at(-1)!;
      // a run that starts or ends inside a written word (the "not" of "won't") shows its words, not the text
      if (!first.opensWord || !last.closesWord) return run.map((t) => t.display).join(' ');
      return text.slice(first.start, last.end);
    })
    .join(' … ');
}

/** True when the only word of substance in `tokens` is a subject pronoun ("we", "and we"). */
function droppedSubject(tokens: readonly ChangeToken[]): boolean {
  const kept = tokens.filter(significant);
  return kept.length === 1 && SUBJECTS.has(kept[0]!.folded);
}

/** True when `short` spells the initials of the capitalised words of `long` ("U.S." / "United States", "NATO"). */
function isAcronymOf(short: readonly ChangeToken[], long: readonly ChangeToken[]): boolean {
  const letters = short.map((t) => t.folded).join('');
  const spelled = short.every((t) => t.folded.length === 1) || (short.length === 1 && /^[A-Z]{2,6}$/.test(short[0]!.display));
  const words = long.filter(significant);
  const initials = words.map((t) => t.folded[0]).join('');
  return spelled && letters.length >= 2 && words.every((t) => t.capital) && letters === initials;
}

const significant = (t: ChangeToken): boolean => t.role !== 'function';

/** `tokens` without the function words at either end ("the talks" → "talks"). */
function trimmed(tokens: readonly ChangeToken[]): ChangeToken[] {
  const sorted = [...tokens].sort((a, b) => a.index - b.index);
  let a = 0;
  let b = sorted.length;
  while (a < b && !significant(sorted[a]!)) a++;
  while (b > a && !significant(sorted[b - 1]!)) b--;
  return sorted.slice(a, b);
}

/**
 * Words added or left out as a reader follows them: `trimmed`, but from the last preposition of the function words
 * before the first word of substance ("before the rains", not "rains"; "and in March" → "in March").
 */
function phrase(tokens: readonly ChangeToken[]): ChangeToken[] {
  const kept = trimmed(tokens);
  const first = kept[0];
  if (!first) return kept;
  const before = [...tokens].sort((a, b) => a.index - b.index).filter((t) => t.index < first.index);
  const opening = before.findLastIndex((t) => OPENS_PHRASE.has(t.folded));
  return opening < 0 ? kept : [...before.slice(opening), ...kept];
}

const normsOf = (tokens: readonly ChangeToken[]): string =>
  tokens
    .map((t) => t.norm)
    .sort()
    .join(' ');

/** The meaning changes one hunk makes, in a fixed order: condition, negation, modality, number, then the rest. */
function changesOf(
  hunk: Hunk,
  reference: string,
  wording: string,
  figures: { reference: Set<string>; wording: Set<string> },
  context: WordingContext,
): MeaningChange[] {
  const { removed, added } = hunk;
  if (!removed.some(significant) && !added.some(significant)) return [];
  // "stand-by" / "standby", "cease fire" / "ceasefire"; "U.S." / "United States"
  if (removed.map((t) => t.folded).join('') === added.map((t) => t.folded).join('')) return [];
  if (isAcronymOf(removed, added) || isAcronymOf(added, removed)) return [];
  if (editorialBrackets(hunk, wording)) return [];
  const out: MeaningChange[] = [];
  const emit = (kind: ChangeKind, from: readonly ChangeToken[], to: readonly ChangeToken[]) =>
    out.push({ kind, from: from.length ? shown(reference, from, removed) : '', to: to.length ? shown(wording, to, added) : '' });
  let r = removed;
  let a = added;
  const take = (fromR: readonly ChangeToken[], fromA: readonly ChangeToken[]) => {
    r = r.filter((t) => !fromR.includes(t));
    a = a.filter((t) => !fromA.includes(t));
  };

  // a condition clause whose marker was dropped or added goes as a whole ("if talks fail")
  const clauseR = inDroppedClause(r);
  const clauseA = inDroppedClause(a);
  if (clauseR.length || clauseA.length) {
    const fromR = clauseR.length ? clauseR : r;
    const fromA = clauseA.length ? clauseA : a;
    emit('condition', fromR, fromA);
    take(fromR, fromA);
  }

  const contentR = r.filter((t) => t.role === 'content');
  const contentA = a.filter((t) => t.role === 'content');
  // a stretch of content dropped or added: negations and figures inside it belong to it
  if (contentR.length && !a.some(significant)) {
    // cut at an end: the words cut as written; left out inside: the words without the function words around them,
    // from the preposition that opens them (`phrase`)
    const kind = hunk.atStart === hunk.atEnd ? 'omission' : hunk.atStart ? 'truncated_start' : 'truncated_end';
    // a subject pronoun alone cut from the start, the outlet's sentence naming the subject: nothing said was lost
    if (kind === 'truncated_start' && context.subjectOutside && droppedSubject(r)) return out;
    emit(kind, kind === 'omission' ? phrase(r) : r, []);
    return out;
  }
  if (contentA.length && !r.some(significant)) {
    emit('addition', [], phrase(a));
    return out;
  }

  const negR = r.filter((t) => t.role === 'negation');
  const negA = a.filter((t) => t.role === 'negation');
  // "not" for "never" keeps the polarity; one more or one less negation flips it
  if (negR.length % 2 !== negA.length % 2) emit('negation', negR, negA);
  take(negR, negA);
  for (const [role, kind] of [
    ['modal', 'modality'],
    ['number', 'number'],
  ] as const) {
    let fromR = r.filter((t) => t.role === role);
    let fromA = a.filter((t) => t.role === role);
    // a figure only on one side, at a spot where the other side puts words of its own ("relations" for "the
    // relationship between the two militaries"), went with the words reworded: no figure was given in its place, so
    // it is part of that replacement, not a figure changed
    if (kind === 'number' && !fromA.length) fromR = fromR.filter((t) => !rewordedAt(hunk.spots, t, a));
    if (kind === 'number' && !fromR.length) fromA = fromA.filter((t) => !rewordedAt(hunk.spots, t, r));
    // a figure only on one side that the other wording states elsewhere ("the two countries … the two
    // militaries") moved with the words around it: the quantity did not change
    const moved =
      kind === 'number' &&
      (fromR.length === 0 || fromA.length === 0) &&
      (fromR.length ? fromR.every((t) => figures.wording.has(t.norm)) : fromA.every((t) => figures.reference.has(t.norm)));
    if (normsOf(fromR) !== normsOf(fromA) && !moved) emit(kind, fromR, fromA);
    take(fromR, fromA);
  }

  // the words left, spot by spot: words added or dropped beyond a matched word are their own edit, not part of the
  // words a swap puts in
  for (const spot of hunk.spots) {
    const restR = trimmed(spot.removed.filter((t) => r.includes(t)));
    const restA = trimmed(spot.added.filter((t) => a.includes(t)));
    if (restR.length && restA.length) emit('substitution', restR, restA);
    else if (restR.length) emit('omission', phrase(spot.removed.filter((t) => r.includes(t))), []);
    else if (restA.length) emit('addition', [], phrase(spot.added.filter((t) => a.includes(t))));
  }
  return out;
}

/** True when the spot of `figure` has, on the other side, a content word still among `other` (words put in its place). */
function rewordedAt(spots: readonly Spot[], figure: ChangeToken, other: readonly ChangeToken[]): boolean {
  const spot = spots.find((s) => s.removed.includes(figure) || s.added.includes(figure));
  if (!spot) return false;
  const across = spot.removed.includes(figure) ? spot.added : spot.removed;
  return across.some((t) => t.role === 'content' && other.includes(t));
}

/** Roles that change what is said wherever they come from, brackets or not. */
const KEY_ROLES = new Set<ChangeToken['role']>(['negation', 'modal', 'number', 'condition']);

/** True when `[start, end)` of `text` lies inside one pair of square brackets. */
function inBrackets(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('[', start);
  const close = text.indexOf(']', end);
  return open >= 0 && close >= 0 && !text.slice(open + 1, start).includes(']') && !text.slice(end, close).includes('[');
}

/**
 * Words an outlet puts in square brackets to say who or what the speaker meant ("[The city] will not …" for
 * "We will not …", "whatever [the Transport Ministry] decides"): the outlet marks them as its own and they
 * replace no word of substance (only pronouns and function words), so they are no edit of the quotation.
 * A bracketed negation, modal, figure or condition, or brackets over a replaced content word, still count.
 */
function editorialBrackets(hunk: Hunk, wording: string): boolean {
  const { removed, added } = hunk;
  if (!added.length || removed.some((t) => t.role !== 'function' && !STAND_INS.has(t.folded))) return false;
  if (added.some((t) => KEY_ROLES.has(t.role))) return false;
  return added.every((t) => inBrackets(wording, t.start, t.end));
}

/** Tokens of condition clauses whose marker is among `tokens` (the clause was dropped or added with it). */
function inDroppedClause(tokens: readonly ChangeToken[]): ChangeToken[] {
  const markers = new Set(tokens.filter((t) => t.role === 'condition').map((t) => t.clause));
  return tokens.filter((t) => markers.has(t.clause) && t.clause >= 0);
}

/** A wording's words in lower case, nothing else: equal for wordings that differ only in punctuation and case. */
const plainWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%$€£]+/gu, ' ')
    .trim();

/**
 * The edits between a claim's reference wording and one outlet's wording that change its meaning, in text order;
 * `context`, what the outlet's sentence says around its wording (a subject named outside the marks).
 */
export function meaningChanges(reference: string, wording: string, context: WordingContext = {}): MeaningChange[] {
  // the same words (case, punctuation and quote marks aside) change nothing: most outlets quote verbatim
  if (plainWords(reference) === plainWords(wording)) return [];
  const ref = changeTokensOf(reference);
  const out = changeTokensOf(wording);
  const figuresOf = (tokens: readonly ChangeToken[]) => new Set(tokens.filter((t) => t.role === 'number').map((t) => t.norm));
  const figures = { reference: figuresOf(ref), wording: figuresOf(out) };
  return withoutMovedWords(hunks(ref, out).flatMap((h) => changesOf(h, reference, wording, figures, context)));
}

/**
 * A key per content word of a change side: its stem's first five letters ("relations" / "relationship").
 * Possessive determiners go with the noun they stand before ("their relations" / "the relationship").
 */
const contentStemsOf = (text: string): string[] =>
  changeTokens(text)
    .filter((t) => t.role === 'content' && !POSSESSIVES.has(t.folded))
    .map((t) => t.stem.slice(0, 5));

/**
 * Drops word-level changes that only move or reinflect a word ("their relations" / "the relationship"): an
 * omission, addition or substitution whose content words all reappear, by stem, on the other side of
 * another change. Negations, modals, conditions, figures and cuts stay.
 */
function withoutMovedWords(changes: MeaningChange[]): MeaningChange[] {
  const wordLevel = new Set<ChangeKind>(['omission', 'addition', 'substitution']);
  const removed = new Set(changes.filter((c) => wordLevel.has(c.kind)).flatMap((c) => contentStemsOf(c.from)));
  const added = new Set(changes.filter((c) => wordLevel.has(c.kind)).flatMap((c) => contentStemsOf(c.to)));
  return changes.filter((c) => {
    if (!wordLevel.has(c.kind)) return true;
    const from = contentStemsOf(c.from);
    const to = contentStemsOf(c.to);
    return !(from.every((s) => added.has(s)) && to.every((s) => removed.has(s)));
  });
}
