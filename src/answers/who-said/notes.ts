/**
 * The sentences of an answer: the explanation of a match (`explain`), and the notes on words relayed, put to a
 * speaker, credited to different people, or left out at an ellipsis.
 */
import type { ClaimView } from '../../store/view.js';
import { sortCarriers } from '../carriers.js';
import { anyMeaningChanged, changesMeaning } from '../depth.js';
import { elidedWords, wordDiff, wordsDiffer } from '../diff.js';
import { HEARER_PARTICIPLES } from '../../claims/words/index.js';
import type { AttributionConflict, OutletCarrier, WhoSaidMatch } from '../types.js';
import { outletName, quotedByAny } from '../outlet-name.js';
import { COMPARE_LIMITS } from '../compare.js';
import { type FoundMatch, holds } from './match-kinds.js';

/**
 * For a member who named the person who read out or quoted the words: where they relayed them (“Ines Barka
 * relayed the words in Valley Post.”); empty when the member named someone else.
 */
export function relayedNote(store: ClaimView, asked: string, best: WhoSaidMatch): string {
  const names = new Set(store.findSpeakers(asked).map((s) => s.name));
  const relayed = best.outlets.filter((o) => o.relayedBy && (names.has(o.relayedBy) || o.relayedBy.toLowerCase() === asked.toLowerCase()));
  if (!relayed.length) return '';
  const where = [...new Set(relayed.map(outletName))].join(', ');
  return ` ${relayed[0]!.relayedBy} relayed the words in ${where}.`;
}

/**
 * The outlets whose article says the words were put to the person asked about, asked of or told to them (“Why
 * now?” Hale was asked. / Hale was told: “…”), in the quotation's paragraph: the words are what they heard.
 */
export function putTo(store: ClaimView, match: WhoSaidMatch, asked: string): string[] {
  const names = new Set([asked, ...store.findSpeakers(asked).flatMap((s) => [s.name, ...s.aliases])].filter((n) => n.trim()));
  const pattern = (n: string): string =>
    n
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
  const hearer = new RegExp(
    `(?:^|[^\\p{L}])(?:${[...names].map(pattern).join('|')})\\s+(?:was|were|had\\s+been|has\\s+been|is\\s+being|was\\s+being)\\s+(?:${[...HEARER_PARTICIPLES].join('|')})\\b`,
    'iu',
  );
  const where = new Set<string>();
  for (const o of match.outlets) {
    const doc = store.documents.get(o.document);
    const block = doc?.blocks.find((b) => b.start <= o.start && o.start < b.end);
    if (doc && block && hearer.test(doc.text.slice(block.start, block.end))) where.add(outletName(o));
  }
  return [...where];
}

/** What an answer says of words put to the person asked about (empty when no outlet says so). */
export function putNote(asked: string, outlets: string[], speaker: string | null): string {
  if (!outlets.length) return '';
  const by = speaker ? `by ${speaker}` : 'and no outlet names who asked or told them';
  return ` The words were put to ${asked}, not said by them: ${outlets.join(', ')} report${outlets.length === 1 ? 's' : ''} them as asked of or told to ${asked}, ${by}.`;
}

/** The first sentence of an answer whose outlets credit the words to different people. */
export function disagreement(conflict: AttributionConflict): string {
  const sides = conflict.speakers.map((s) => `${s.speaker} (${s.documents.length} document${s.documents.length === 1 ? '' : 's'})`);
  return conflict.relation === 'organisation'
    ? `Outlets credit these words to a person or to their own organisation: ${sides.join(' or ')}.`
    : `Outlets disagree on who said this: ${sides.join(' vs ')}.`;
}

/**
 * An outlet whose quotation prints only the match's words, in order, with an ellipsis where words were left out
 * quoted them word for word, as /compare lists it: `verbatim`, naming what each ellipsis stands for (`leftOut`), not
 * the words changed. Read only of the outlets not already verbatim (the answer's own outlets, no search).
 */
export function markElided(match: FoundMatch): void {
  let marked = false;
  for (const o of match.outlets) {
    if (o.rendering !== 'reworded') continue;
    const leftOut = elidedWords(match.quote, o.text, COMPARE_LIMITS.verbatimWords);
    // the converse: the match's wording is the cut one (an outlet's, ellipsis and all) and this outlet prints every
    // word of it, in order, with the words that ellipsis stands for: the full words, not other words
    const filledIn = leftOut ? null : elidedWords(o.text, match.quote, COMPARE_LIMITS.verbatimWords);
    if (!leftOut && !filledIn?.length) continue;
    o.rendering = 'verbatim';
    delete o.diff;
    if (leftOut?.length) o.leftOut = leftOut;
    if (filledIn?.length) o.filledIn = filledIn;
    marked = true;
  }
  // among the verbatim outlets again, which the outlets' order puts first
  if (marked) sortCarriers(match.outlets);
}

/**
 * An outlet that quotes the full words where the match's wording has an ellipsis made no edit of them: the words it
 * adds are those the ellipsis stands for, or more of the same speech at either end. Its "changes" against the cut
 * wording are none, and the match's warning is weighed again without them.
 */
export function keepFilledUnchanged(match: FoundMatch): void {
  if (!match.outlets.some((o) => o.filledIn)) return;
  for (const o of match.outlets) if (o.filledIn) o.changes = [];
  match.meaningChanged = anyMeaningChanged(match.outlets);
  // after the outlets that print the words as the answer gives them (a stable sort keeps the order within each)
  const verbatim = match.outlets.filter((o) => o.rendering === 'verbatim');
  const filled = (o: OutletCarrier): number => (o.filledIn ? 1 : 0);
  match.outlets.splice(0, verbatim.length, ...verbatim.sort((a, b) => filled(a) - filled(b)));
}

/**
 * An outlet that holds the words asked about word for word but changes the meaning of the claim elsewhere
 * (drops a "not" the other outlets quote) carries the words asked about verbatim, not the claim: its word
 * diff against the claim is shown with the change.
 */
export function diffChangedVerbatim(match: FoundMatch): void {
  for (const o of match.outlets) {
    // (words left out at an ellipsis are named as such, their meaning change beside them: no diff)
    if (o.rendering !== 'verbatim' || o.leftOut || !holds(match, o) || !o.changes.some((c) => changesMeaning(c, o.text))) continue;
    if (wordsDiffer(match.quote, o.text)) o.diff = wordDiff(match.quote, o.text);
  }
  // after the outlets that kept the claim's words (a stable sort keeps the order within each)
  const changed = (o: OutletCarrier): number => (o.rendering === 'verbatim' && o.diff ? 1 : 0);
  if (match.outlets.some((o) => changed(o))) {
    const verbatim = match.outlets.filter((o) => o.rendering === 'verbatim').sort((a, b) => changed(a) - changed(b));
    match.outlets.splice(0, verbatim.length, ...verbatim);
  }
}

/**
 * Least share of the member's words the quotation must hold for a paraphrase's diff to be shown: the same words
 * in another order, or with a few swapped, read clearly as a diff; a paraphrase in words of its own would be all
 * strikes.
 */
export const PARAPHRASE_DIFF_SAME = 0.75;

export const documents = (n: number): string => `${n} document${n === 1 ? '' : 's'}`;

/** A speaker as a sentence opens with them: a description in lower case ("one of two witnesses") capitalised. */
export const opening = (who: string): string => who.charAt(0).toUpperCase() + who.slice(1);

export function explain(match: FoundMatch): string {
  const who = match.speaker ?? 'an unnamed speaker';
  // (it opens a sentence: "An unnamed speaker said these exact words")
  const Who = opening(who);
  const holding = match.outlets.filter((o) => holds(match, o));
  // documents that carry another part of the same quotation are not said to quote the words asked about
  const parts = match.outlets.length - holding.length;
  const more = (n: number, one: string, many: string): string | null => (n ? `${n} more ${n === 1 ? one : many}` : null);
  const partsNote = more(parts, 'quotes another part of it', 'quote other parts of it');
  // outlets that credit someone who read or quoted the speaker's words (a spokeswoman reading a statement)
  const relayers = new Map<string, number>();
  for (const o of match.outlets) if (o.relayedBy) relayers.set(o.relayedBy, (relayers.get(o.relayedBy) ?? 0) + 1);
  const relayNote = relayers.size ? `relayed by ${[...relayers].map(([name, n]) => `${name} in ${n}`).join(' and ')}` : null;
  const note = (...notes: (string | null)[]): string => {
    const kept = notes.filter(Boolean);
    return kept.length ? ` (${kept.join('; ')})` : '';
  };
  switch (match.kind) {
    case 'verbatim': {
      // only the documents that quote the words as the answer gives them: an outlet that changed them is not one
      const exact = holding.filter((o) => o.rendering === 'verbatim' && !o.leftOut && !o.filledIn).length;
      // word for word with words left out at an ellipsis: neither these exact words nor other words
      const cut = holding.filter((o) => o.leftOut).length;
      // the full words where these have an ellipsis: these words only with the gap filled
      const full = holding.filter((o) => o.filledIn).length;
      const changed = more(holding.length - exact - cut - full, 'carries them in other words', 'carry them in other words');
      const cutNote = more(cut, 'quotes them with words left out', 'quote them with words left out');
      const fullNote = more(full, 'quotes the full words where these have “…”', 'quote the full words where these have “…”');
      return `${Who} said these exact words, as quoted in ${documents(exact)}${note(cutNote, fullNote, changed, partsNote, relayNote)}.`;
    }
    case 'close':
      return `${Who} said something very close to this (small wording differences), as carried by ${documents(holding.length)}${note(partsNote, relayNote)}.`;
    case 'paraphrase':
      // your words paraphrase what the outlets quote: the corpus has the quotation, not reported speech
      return quotedByAny(match.outlets)
        ? `${Who} is quoted saying this in other words than yours (${documents(holding.length)}${partsNote ? `; ${partsNote}` : ''}).`
        : `The corpus carries this as a paraphrase of ${who}, not in these words (${documents(holding.length)}${partsNote ? `; ${partsNote}` : ''}).`;
  }
}
