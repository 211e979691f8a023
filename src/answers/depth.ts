/**
 * What a fact-checker needs beyond "who carried it": how each outlet's version changes the meaning of the
 * reference wording, which carriers copy another (one wire story under several mastheads is one report), and
 * the order in which outlets carried the claim.
 */
import { findCopies } from '../corpus/copies/copies.js';
import type { CorpusDocument } from '../corpus/types.js';
import { contentStems } from '../store/grouping/texts.js';
import { PART_JOIN } from '../store/types.js';
import type { ClaimView } from '../store/view.js';
import { words } from '../store/search/normalize.js';
import { meaningChanges, type MeaningChange } from './changes/changes.js';
import { containsVerbatim } from './diff.js';
import type { CompareOutlet, OutletCarrier, WhoSaidMatch } from './types.js';

/** Kinds that always change what a quotation says; additions only when inside the wording (see below). */
const ALARMING = new Set<MeaningChange['kind']>([
  'negation',
  'modality',
  'condition',
  'number',
  'truncated_start',
  'truncated_end',
  'omission',
  'substitution',
]);

/**
 * True when a change alters what the quotation says. Words added at either end are more of the same speech
 * (an outlet quoting a longer passage), not an edit of it; words added inside are.
 */
export function changesMeaning(change: MeaningChange, wording: string): boolean {
  if (ALARMING.has(change.kind)) return true;
  if (change.kind !== 'addition') return false;
  const flat = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const added = flat(change.to);
  const text = flat(wording);
  return !(text.startsWith(added) || text.endsWith(added));
}

/**
 * The parts of an utterance (“…,” he said, “…”) that hold words of `other`. A part with none of them is another
 * thing the speaker said in that sentence (“a lot worse” … “close their ports”), no edit of the other wording:
 * compared with it, it read as a substitution of whatever the other says there.
 */
function partsHolding(text: string, other: string): string {
  const parts = text.split(PART_JOIN);
  if (parts.length < 2) return text;
  const stems = contentStems(other);
  const kept = parts.filter((part) => [...contentStems(part)].some((s) => stems.has(s)));
  return kept.length ? kept.join(PART_JOIN) : text;
}

/**
 * The meaning changes of one outlet's wording against the reference. None for a paraphrase or an absence,
 * and none when the wording holds the whole reference word for word (that outlet quoted more of the same
 * speech, it did not edit it). Of an utterance in parts, only the parts that hold words of the other side
 * are compared.
 */
export function outletChanges(
  reference: string,
  wording: string,
  rendering: OutletCarrier['rendering'] | CompareOutlet['rendering'],
  lead = '',
): MeaningChange[] {
  if (rendering === 'paraphrase' || rendering === 'absent' || !wording) return [];
  const ref = partsHolding(reference, wording);
  const own = partsHolding(wording, reference);
  if (words(own).length >= words(ref).length && containsVerbatim(own, ref)) return [];
  return meaningChanges(ref, own, { subjectOutside: continuesSentence(lead, own) });
}

/**
 * The outlet's words before a quotation in its sentence (from the end of the sentence or paragraph before it up to
 * the opening mark at `start`), for `outletChanges`.
 */
export function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 400), start);
  const end = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(/[.!?]["”’]?\s/gu)].map((m) => m.index + m[0].length - 1));
  return before.slice(end + 1);
}

/**
 * Whether a quotation continues the outlet's own sentence, whose subject it then names outside the marks (“The
 * board, Solvang said, "will close the gate"”): words before the opening mark, the quotation opening in lower case,
 * and no colon introducing it as a sentence of its own (“Solvang said: "will close…"” names no subject).
 */
function continuesSentence(lead: string, wording: string): boolean {
  const opening = wording.trim().match(/\p{L}/u)?.[0];
  const outside = lead.replace(/[\s"“”'‘’«»„]+$/u, '');
  return (
    !!opening && opening === opening.toLowerCase() && opening !== opening.toUpperCase() && /\p{L}/u.test(outside) && !outside.endsWith(':')
  );
}

/** Whether any carrier's version changes the meaning of the reference. */
export function anyMeaningChanged(outlets: readonly { text: string; changes: MeaningChange[] }[]): boolean {
  return outlets.some((o) => o.changes.some((c) => changesMeaning(c, o.text)));
}

/** Marks each carrier that copies another carrier (syndicated or copied text); returns the independent reports. */
export function foldCopies(view: ClaimView, outlets: { document: string; copyOf: string | null }[]): number {
  const docs = outlets.map((o) => view.documents.get(o.document)).filter((d): d is CorpusDocument => d !== undefined);
  const copies = docs.length > 1 ? findCopies(docs) : new Map();
  for (const o of outlets) o.copyOf = copies.get(o.document)?.copyOf ?? null;
  return outlets.filter((o) => o.copyOf === null).length;
}

/** The carriers in the order they carried the claim: dated ones by date (then id), undated ones after. */
export function carriedOrder(outlets: readonly { document: string; date: string | null }[]): { document: string; date: string | null }[] {
  return [...outlets].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.document.localeCompare(b.document));
}

/**
 * Which carriers came first: those of the earliest publication date (several when they share that day, which the
 * corpus cannot order: most articles are dated by day alone), and how many carry no date at all (any of them may
 * have come earlier). `date` is null when no carrier is dated.
 */
export function earliestCarriers(outlets: readonly { document: string; date: string | null }[]): {
  date: string | null;
  documents: string[];
  undated: number;
} {
  const dated = carriedOrder(outlets).filter((o) => o.date !== null);
  const date = dated[0]?.date ?? null;
  return {
    date,
    documents: date === null ? [] : dated.filter((o) => o.date === date).map((o) => o.document),
    undated: outlets.length - dated.length,
  };
}

/** Fills a who-said match's depth: changes and copies per outlet, independent reports, first appearance. */
export function deepen(view: ClaimView, match: WhoSaidMatch): void {
  for (const o of match.outlets) {
    const text = view.documents.get(o.document)?.text;
    o.changes = outletChanges(match.quote, o.text, o.rendering, text ? sentenceBefore(text, o.start) : '');
  }
  match.independentSources = foldCopies(view, match.outlets);
  const order = carriedOrder(match.outlets);
  const first = order[0];
  match.firstAppearance = first?.date ? { document: first.document, date: first.date } : null;
  match.order = order.map((o) => o.document);
  match.meaningChanged = anyMeaningChanged(match.outlets);
}
