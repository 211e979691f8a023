/**
 * How the fact-check depth of an answer reads, shared by who-said and compare: meaning-changing edits in a
 * few words, which outlet copies which, and the warnings that go on the verdict line.
 */
import type { AttributionConflict, MeaningChange } from '../answers/types.js';
import { DOT, MAX_NAME, correctionNote } from './labels.js';
import { clip, em, line, quoted, strong, type Line, type Span } from './view.js';

/** Words quoted inside a change description at most. */
const MAX_CHANGE_WORDS = 80;

const q = (text: string): Span => quoted(text, MAX_CHANGE_WORDS);

/** One edit for a person: "drops “not”", "“will” → “may”", "cuts the end: “before the summer”". */
export function changeSpans(c: MeaningChange): Span[] {
  const swap = (): Span[] => [q(c.from), ' → ', q(c.to)];
  switch (c.kind) {
    case 'negation':
      return c.from && !c.to ? ['drops the negation ', q(c.from)] : !c.from ? ['adds the negation ', q(c.to)] : ['negation ', ...swap()];
    case 'modality':
      return !c.to ? ['drops ', q(c.from)] : !c.from ? ['adds ', q(c.to)] : ['changes the modal ', ...swap()];
    case 'condition':
      return !c.to
        ? ['drops the condition ', q(c.from)]
        : !c.from
          ? ['adds the condition ', q(c.to)]
          : ['changes the condition ', ...swap()];
    case 'number':
      // a figure only one side has is dropped or added, never changed to or from nothing
      return !c.to ? ['drops the figure ', q(c.from)] : !c.from ? ['adds the figure ', q(c.to)] : ['changes a figure ', ...swap()];
    case 'truncated_start':
      return ['cuts the start: ', q(c.from)];
    case 'truncated_end':
      return ['cuts the end: ', q(c.from)];
    case 'omission':
      return ['leaves out ', q(c.from)];
    case 'addition':
      return ['adds ', q(c.to)];
    case 'substitution':
      return ['replaces ', ...swap()];
  }
}

/** Every change of one outlet as one line ("Meaning: drops the negation “not”; cuts the end: …"). */
export function changesLine(changes: readonly MeaningChange[]): Line | null {
  if (!changes.length) return null;
  const spans: Span[] = ['⚠️ ', strong('Meaning')];
  for (const [i, c] of changes.slice(0, 4).entries()) spans.push(i === 0 ? ': ' : '; ', ...changeSpans(c));
  if (changes.length > 4) spans.push(`; and ${changes.length - 4} more`);
  return line(...spans);
}

/** How the member's own words change a close quotation's meaning ("⚠️ Meaning: your version adds the negation “not”"). */
export function askedChangesLine(changes: readonly MeaningChange[]): Line {
  const spans: Span[] = ['⚠️ ', strong('Meaning'), ': your version '];
  for (const [i, c] of changes.slice(0, 4).entries()) spans.push(...(i === 0 ? [] : ['; ']), ...changeSpans(c));
  return line(...spans);
}

/** "copies Outlet X" for a carrier that copies another. */
export function copyNote(copyOf: string | null, labelOf: (document: string) => string): string | null {
  return copyOf ? `copies ${clip(labelOf(copyOf), MAX_NAME)}` : null;
}

/** Stretches left out named at most; the rest counted. */
const MAX_LEFT_OUT_NAMED = 3;

/**
 * "leaves out at “…”: “before the storms”" for a quotation of the claim word for word with words left out at an
 * ellipsis, as who-said and compare both say it (null when it names none): "verbatim" then hides no cut.
 */
export function leftOutNote(leftOut: readonly string[] | undefined): string | null {
  if (!leftOut?.length) return null;
  const named = leftOut
    .slice(0, MAX_LEFT_OUT_NAMED)
    .map((w) => `“${clip(w, 120)}”`)
    .join(', ');
  const more = leftOut.length > MAX_LEFT_OUT_NAMED ? ` and ${leftOut.length - MAX_LEFT_OUT_NAMED} more` : '';
  return `leaves out at “…”: ${named}${more}`;
}

/**
 * "Quotes the full words: adds “before the storms” where Valley Post has “…”" for an outlet quoting every word of
 * the match with the words its ellipsis stands for (null when it names none): the words added back, not an edit.
 */
export function filledInNote(filledIn: readonly string[] | undefined, cutBy: string | null): string | null {
  if (!filledIn?.length) return null;
  const named = filledIn
    .slice(0, MAX_LEFT_OUT_NAMED)
    .map((w) => `“${clip(w, 120)}”`)
    .join(', ');
  const more = filledIn.length > MAX_LEFT_OUT_NAMED ? ` and ${filledIn.length - MAX_LEFT_OUT_NAMED} more` : '';
  return `Quotes the full words: adds ${named}${more} where ${cutBy ? clip(cutBy, MAX_NAME) : 'the words above'} ${cutBy ? 'has' : 'have'} “…”`;
}

/** The heading of an attribution conflict, as who-said and compare both say it. */
export function conflictHead(relation: AttributionConflict['relation'], ...after: Span[]): Line {
  return relation === 'organisation'
    ? line('⚠️ ', strong('Credited to a person or to their own organisation'), ' — not rival claims:', ...after)
    : line('⚠️ ', strong('Outlets disagree on who said this:'), ...after);
}

/** The conflict as the first lines of an answer: each speaker, the outlets behind them, the attributing sentence. */
export function conflictLines(conflict: AttributionConflict, labelOf: (document: string) => string): Line[] {
  const lines: Line[] = [conflictHead(conflict.relation)];
  for (const s of conflict.speakers.slice(0, 5)) {
    const outlets = s.documents.slice(0, 6).map(labelOf).join('; ');
    const more = s.documents.length > 6 ? ` and ${s.documents.length - 6} more` : '';
    lines.push(line('• ', strong(clip(s.speaker, MAX_NAME)), correctionNote(s.correction), `${DOT}${clip(outlets, 300)}${more}`));
    // the article's own sentence, in italics: it holds the quotation's marks already (“"No contract…," the ministry
    // said” read as a glitch)
    if (s.attribution) lines.push(line('  ', em(clip(s.attribution, 300))));
  }
  return lines;
}
