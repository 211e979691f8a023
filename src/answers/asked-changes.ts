/**
 * What a close answer says of the member's words that change what the quotation says (`askedChanges`): "China is
 * not ready" for "China is ready" is close in wording and says the opposite. Only the stretch of the quotation
 * the words cover is compared, and only flips the two wordings as wholes confirm are said.
 */
import { distance } from 'fastest-levenshtein';
import { isStopword, stem, words } from '../store/search/normalize.js';
import { type MeaningChange, meaningChanges } from './changes/changes.js';
import { type ChangeToken, changeTokensOf } from './changes/tokens.js';
import { BACKSHIFTED_MODALS, CLAIM_FRAMES, PAST_SAYING_VERBS } from './changes/words.js';
import { containsVerbatim } from './diff.js';
import { holdsSentenceEnd } from './few-words.js';

/**
 * The edits of `asked` (the member's words) that change what `quote` says, in the stretch of it they cover. `lead` is
 * what the member typed before those words ("Ruiz said"): a past verb of saying there makes them reported speech.
 */
export function askedMeaningChanges(quote: string, asked: string, lead = ''): MeaningChange[] {
  const stretch = askedStretch(quote, asked);
  return confirmedFlips(meaningChanges(stretch, asked), stretch, asked, lead);
}

const SAYING_VERBS: ReadonlySet<string> = new Set(PAST_SAYING_VERBS);

/**
 * True when the member's words are reported speech: a past verb of saying ("said", "told") before a back-shifted
 * modal in the same sentence, in their words or in `lead` (what they typed before them). A verb of saying in an
 * earlier sentence reports that sentence's words, not the modal's ("Ruiz said so. The port would close" is no
 * reported speech of "would").
 */
function reportedSpeech(asked: string, lead: string): boolean {
  const text = `${lead} ${asked}`;
  let verb: ChangeToken | null = null;
  for (const t of changeTokensOf(text)) {
    if (verb && holdsSentenceEnd(text.slice(verb.end, t.start))) verb = null;
    if (SAYING_VERBS.has(t.folded)) verb = t;
    else if (verb && t.role === 'modal' && t.norm in BACKSHIFTED_MODALS) return true;
  }
  return false;
}

/**
 * The member's modals as the speaker would have said them, in reported speech: "would" is "will", or no modal at all
 * where the quotation has no "will" (a plan in the present, reported); "could" is "can", "might" is "may". The
 * quotation's modals a back-shifted one stands for are taken out of both sides; other modals are kept as typed.
 */
function unshifted(mine: readonly string[], quoted: readonly string[]): { mine: string[]; quoted: string[] } {
  const rest = [...quoted];
  const kept: string[] = [];
  for (const modal of mine) {
    const present = BACKSHIFTED_MODALS[modal];
    if (present === undefined) {
      kept.push(modal);
      continue;
    }
    const at = rest.indexOf(present);
    if (at >= 0) rest.splice(at, 1);
    else if (modal !== 'would') kept.push(present);
  }
  return { mine: kept, quoted: rest };
}

const FRAMES: ReadonlySet<string> = new Set(CLAIM_FRAMES);
/** Most words between a negation and the frame word it denies ("do not really think"). */
const FRAME_REACH = 3;

/**
 * The quotation's words right before the stretch asked about, in its sentence, that deny it: a negation a few words
 * before a word of thinking, saying or holding true that opens the stretch's clause ("I do not think" before "the
 * council will approve the bridge"), where the stretch holds the member's words word for word: they are in the
 * quotation, and it says the opposite of them. Null when none does.
 */
export function denyingFrame(quote: string, asked: string): string | null {
  const stretch = askedStretch(quote, asked);
  const at = quote.indexOf(stretch);
  // only for words the quotation holds there word for word, or but for a typo: a stretch found otherwise may be
  // another mention
  if (at <= 0 || !(containsVerbatim(stretch, asked) || sameButTypos(stretch, asked))) return null;
  const before = quote.slice(0, at);
  const lead = before.slice(Math.max(...[...'.!?;…'].map((p) => before.lastIndexOf(p))) + 1);
  const tokens = changeTokensOf(lead);
  const frame = tokens.at(-1)?.folded === 'that' ? tokens.length - 2 : tokens.length - 1;
  if (frame < 0 || !FRAMES.has(tokens[frame]!.folded)) return null;
  const negations = tokens.slice(Math.max(0, frame - FRAME_REACH), frame).filter((t) => t.role === 'negation');
  if (negations.length % 2 === 0) return null;
  return lead.trim().replace(/\s+/g, ' ');
}

/** Most typos among the member's words for a stretch still to be theirs: one in four, one at least. */
const TYPOS_PER_WORD = 0.25;

/**
 * True when the member's words are the stretch's, one for one in the same order, each the same or a typo of it
 * (one letter in a word of four or five, two in a longer one): never a figure, a negation, a modal or a short
 * word told apart by a letter ("2025" for "2026", "ever" for "never"), and a few typos at most.
 */
function sameButTypos(stretch: string, asked: string): boolean {
  const [quoted, typed] = [changeTokensOf(stretch), changeTokensOf(asked)];
  if (quoted.length !== typed.length) return false;
  let typos = 0;
  for (const [i, q] of quoted.entries()) {
    const t = typed[i]!;
    if (q.folded === t.folded) continue;
    const shorter = Math.min(q.folded.length, t.folded.length);
    if (q.role !== 'content' || t.role !== 'content' || shorter < 4 || distance(q.folded, t.folded) > (shorter >= 6 ? 2 : 1)) return false;
    typos++;
  }
  return typos <= Math.max(1, Math.floor(TYPOS_PER_WORD * quoted.length));
}

/**
 * Edits of the member's words that change what a close quotation says: a typo or a word of their own reads as a
 * substitution, and a part of the quotation as a cut, so only these are said.
 */
const FLIPS: ReadonlySet<MeaningChange['kind']> = new Set(['negation', 'modality', 'condition', 'number']);

/**
 * The flips among `changes` (the member's words against the quotation) that the two texts as wholes confirm. The
 * diff names edits piece by piece, and a sentence reworded around a "not" it keeps ("I think it will not pass"
 * for "I do not think it will pass") reads there as one "not" dropped and another added: so a negation counts
 * only when the two hold an odd number of negations apart, and a modal or a figure only when their modals or
 * figures differ. Words only one side has (the quotation's beyond the stretch asked about, the member's own) are
 * not counted; words that only moved ("…, I do think" for "I do not think …") are.
 */
function confirmedFlips(changes: readonly MeaningChange[], quote: string, asked: string, lead: string): MeaningChange[] {
  const stems = (text: string): string[] =>
    words(text)
      .filter((w) => !isStopword(w))
      .map(stem);
  const [quoteStems, askedStems] = [new Set(stems(quote)), new Set(stems(asked))];
  const moved = (text: string, other: ReadonlySet<string>): boolean => stems(text).length > 0 && stems(text).every((w) => other.has(w));
  const without = (text: string, piece: string): string =>
    piece.split(' … ').reduce((rest, part) => {
      const at = rest.indexOf(part);
      return at < 0 ? rest : `${rest.slice(0, at)} ${rest.slice(at + part.length)}`;
    }, text);
  let said = quote;
  let typed = asked;
  for (const c of changes) {
    if (ONE_SIDED.has(c.kind) && c.from && !moved(c.from, askedStems)) said = without(said, c.from);
    if (ONE_SIDED.has(c.kind) && c.to && !moved(c.to, quoteStems)) typed = without(typed, c.to);
  }
  const keyWords = (text: string) => {
    const tokens = changeTokensOf(text);
    const of = (role: 'number'): string =>
      tokens
        .filter((t) => t.role === role)
        .map((t) => t.norm)
        .sort()
        .join(' ');
    return { negations: tokens.filter((t) => t.role === 'negation').length, figures: of('number') };
  };
  const [quoted, mine] = [keyWords(said), keyWords(typed)];
  // reported speech puts modals in the past ("said they would" for "we will"): compared as the speaker said them
  const modalsOf = (text: string): string[] =>
    changeTokensOf(text)
      .filter((t) => t.role === 'modal')
      .map((t) => t.norm);
  const modals = reportedSpeech(asked, lead)
    ? unshifted(modalsOf(typed), modalsOf(said))
    : { mine: modalsOf(typed), quoted: modalsOf(said) };
  const sameModals = [...modals.quoted].sort().join(' ') === [...modals.mine].sort().join(' ');
  // a word of the quotation's dropped where the member typed it one letter off ("shuld") is a typo, not a flip
  const quoteWords = new Set(words(quote));
  const unmatched = words(asked).filter((w) => !quoteWords.has(w));
  const misspelt = (text: string): boolean => {
    const [word, ...more] = words(text);
    return !!word && !more.length && word.length >= 4 && unmatched.some((w) => distance(w, word) === 1);
  };
  return changes.filter((c) => {
    if (!FLIPS.has(c.kind) || (!c.to && misspelt(c.from))) return false;
    if (c.kind === 'negation') return (quoted.negations - mine.negations) % 2 !== 0;
    if (c.kind === 'modality') return !sameModals;
    if (c.kind === 'number') return quoted.figures !== mine.figures;
    return true;
  });
}

/** What an unmatched content word of the quotation costs a stretch, against one word of the member's it holds. */
const STRETCH_EXTRA_WORD = 0.25;
/** What a stretch wins for opening on the member's first word, and again for ending on their last: a tie-break. */
const STRETCH_IN_ORDER = 0.1;
/** Words of the quotation's beyond those the member typed beside theirs that a stretch may reach ("not" of "will not"). */
const STRETCH_SLACK = 2;

/**
 * The stretch of a quotation the member's words cover, for judging whether they change its meaning: the run of
 * its words holding most of their content words (a typo still one of them) with fewest others, widened, within its
 * clause or as far as the member typed, to the function words the member typed around theirs and those between ("we will"
 * of "we will hire lifeguards" reaches "we will not" before "hire lifeguards"). A "not" or a figure of the
 * quotation's elsewhere is no edit of the words asked about.
 */
function askedStretch(quote: string, asked: string): string {
  const tokens = changeTokensOf(quote);
  const all = changeTokensOf(asked);
  const typed = all.filter((t) => t.role === 'content');
  // a typo: one letter in a word of four or five, two in a longer one
  const same = (a: ChangeToken, b: ChangeToken): boolean => {
    const shorter = Math.min(a.folded.length, b.folded.length);
    return a.stem === b.stem || (shorter >= 4 && distance(a.folded, b.folded) <= (shorter >= 6 ? 2 : 1));
  };
  // each word of the quotation's stands for the first word of the member's it spells (their index), or none
  const heldAs = tokens.map((t) => (t.role === 'content' ? typed.findIndex((w) => same(w, t)) : -1));
  const held = heldAs.flatMap((w, i) => (w >= 0 ? [i] : []));
  if (!held.length) return quote;
  // a word counts as often as the member typed it ("I … if I"); a stretch opening and ending on the member's first
  // and last words wins a tie ("aggressive … we can", not "we can be more aggressive", for "aggressive … we can not")
  const keyOf = (w: ChangeToken): string => typed[typed.findIndex((x) => same(x, w))]!.stem;
  const typedTimes = new Map<string, number>();
  for (const w of typed) typedTimes.set(keyOf(w), (typedTimes.get(keyOf(w)) ?? 0) + 1);
  const stemOf = (i: number): string => typed[heldAs[i]!]!.stem;
  const [firstKey, lastKey] = [keyOf(typed[0]!), keyOf(typed.at(-1)!)];
  const inOrder = (from: number, to: number): number =>
    (stemOf(from) === firstKey ? STRETCH_IN_ORDER : 0) + (stemOf(to) === lastKey ? STRETCH_IN_ORDER : 0);
  let best = { from: held[0]!, to: held[0]!, score: -Infinity };
  for (const from of held) {
    const found = new Map<string, number>();
    let count = 0;
    let extra = 0;
    for (let to = from; to < tokens.length; to++) {
      const t = tokens[to]!;
      if (heldAs[to]! >= 0) {
        const key = stemOf(to);
        if ((found.get(key) ?? 0) < (typedTimes.get(key) ?? 1)) {
          found.set(key, (found.get(key) ?? 0) + 1);
          count++;
        }
        const score = count - STRETCH_EXTRA_WORD * extra + inOrder(from, to);
        // a tie goes to the shorter stretch (the member's words once, not from an earlier mention of one of them)
        if (score > best.score || (score === best.score && to - from < best.to - best.from)) best = { from, to, score };
      } else if (t.role === 'content') extra++;
    }
  }
  // the function words the member typed before and after the words of theirs it holds ("we will" of "and we will
  // not hire"), and any between; all of them, as far as the member typed words there, where those hold a word of
  // their own ("Trump is not" for "He is": the "He" it replaces)
  let { from, to } = best;
  const inStretch = (w: ChangeToken): boolean =>
    w.role === 'content' && tokens.slice(from, to + 1).some((t) => t.role === 'content' && same(w, t));
  const lead = all.slice(0, Math.max(0, all.findIndex(inStretch)));
  const tail = all.slice(all.findLastIndex(inStretch) + 1);
  // a word of the quotation's is taken when the member typed it there, or in place of as many words of their own
  const taken = (side: readonly ChangeToken[]) => {
    const norms = new Set(side.map((t) => t.norm));
    // a figure, modal or negation of the member's there not met yet stands for one of the quotation's ("17" for "16")
    const standIns = new Map<ChangeToken['role'], number>();
    for (const t of side) if (t.role !== 'function' && t.role !== 'content') standIns.set(t.role, (standIns.get(t.role) ?? 0) + 1);
    let replaced = side.filter((t) => t.role === 'content').length;
    return (t: ChangeToken): boolean | 'stop' => {
      if (t.role !== 'content') {
        const left = standIns.get(t.role) ?? 0;
        if (left > 0) standIns.set(t.role, left - 1);
        return replaced > 0 || norms.has(t.norm) || left > 0;
      }
      return replaced-- > 0 || 'stop';
    };
  };
  const [takenBefore, takenAfter] = [taken(lead), taken(tail)];
  const reach = (side: readonly ChangeToken[]): number => side.length + STRETCH_SLACK;
  // a clause break ends the walk once it passed as many words as the member typed there (theirs may cross it)
  for (let i = from - 1; i >= 0 && from - i <= reach(lead) && !(tokens[i]!.boundaryAfter && from - i > lead.length); i--) {
    const take = takenBefore(tokens[i]!);
    if (take === 'stop') break;
    if (take) from = i;
  }
  for (let i = to + 1; i < tokens.length && i - to <= reach(tail) && !(tokens[i - 1]!.boundaryAfter && i - to > tail.length); i++) {
    const take = takenAfter(tokens[i]!);
    if (take === 'stop') break;
    if (take) to = i;
  }
  return quote.slice(tokens[from]!.start, tokens[to]!.end);
}

/** Edits of words one side alone has: the quotation cut or a part left out, words of the member's own. */
const ONE_SIDED: ReadonlySet<MeaningChange['kind']> = new Set(['truncated_start', 'truncated_end', 'omission', 'addition']);

/** One such edit in words, as the meaning line of render/depth.ts says it: “adds the negation “not””, ““will” → “may””. */
export function flipText(c: MeaningChange): string {
  const what =
    c.kind === 'negation' ? 'the negation ' : c.kind === 'condition' ? 'the condition ' : c.kind === 'number' ? 'the figure ' : '';
  if (!c.from) return `adds ${what}“${c.to}”`;
  if (!c.to) return `drops ${what}“${c.from}”`;
  return `“${c.from}” → “${c.to}”`;
}
