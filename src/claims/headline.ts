/**
 * Headlines in title case that end with a quotation: “Lind Vows To Keep The Port ‘Open Every Single Day Of The
 * Year’”, “Lind: Mayor Ruiz Is A ‘Total Failure’”. The person named at the start of the line, before its verb or
 * its colon, said the words; a sentence the line runs into (a caption, a live blog's byline) has no say.
 */
import type { DocModel } from './model.js';
import { runStartingAt, titleWord } from './names.js';
import type { Attribution } from './resolve.js';
import { titleLike } from './titles.js';
import type { Token } from './tokens.js';
import type { ExtractedQuote, ReportedSpeech } from './types.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  AUXILIARIES,
  OFFICE_FIELDS,
  OFFICE_PREPOSITIONS,
  ORG_WORDS,
  ORGANISATION_HEADS,
  PERSON_ROLE_NOUNS,
  PLACES,
  PLURAL_PEOPLE,
  PLURAL_ROLES,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
  TITLE_SMALL_WORDS,
  VERBISH,
} = words;

/** Most words a headline's quotation is read for title case. */
const MOST_QUOTED_WORDS = 15;
/** Most words of a name at the start of a headline. */
const MOST_NAME_WORDS = 3;
/** Most words of a role before a headline's name ("Former Deputy Police Chief"). */
const MOST_ROLE_WORDS = 4;

/** A capitalised word that can be a headline's verb ("Says", "Wants", "Vowed", "Will"). */
function headlineVerb(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !t.cap) return false;
  return SPEECH_VERBS.has(t.lower) || VERBISH.has(t.lower) || AUXILIARIES.has(t.lower) || /[^s']s$|ed$/.test(t.lower);
}

/**
 * The speaker of the quotation at token `k` when it ends a title-case line that opens with a person's name
 * the document names and a verb: that person. Null otherwise.
 */
export function headlineSpeaker(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const q = model.quotes[(toks[k] as Token).quote];
  if (!q) return null;
  const inner = model.text.slice(q.innerStart, q.innerEnd).replace(/[.!?]+\s*$/, '');
  if (!titleLike(inner, MOST_QUOTED_WORDS)) return null;
  // the title-case words before the quotation, back to the first that is not
  let from = k;
  while (from > 0) {
    const t = toks[from - 1] as Token;
    if (t.kind !== 'word' || !(t.cap || TITLE_SMALL_WORDS.has(t.lower))) break;
    from--;
  }
  if (k - from < 3 || !(toks[from] as Token).cap) return null;
  for (let size = 1; size <= MOST_NAME_WORDS + MOST_ROLE_WORDS; size++) {
    const verb = from + size;
    if (verb >= k || !headlineVerb(toks[verb])) continue;
    const run = runStartingAt(toks, from, verb);
    if (!run || run.to !== verb) continue;
    // past three words, only a role the lists know before the name, then a verb of saying ("Police Chief Mara Doyle
    // Says …"): in title case the role's words cannot be told from the name's by their capitals, and a line going on
    // with any other verb ("… Is A ‘…’") is as often about the person as by them
    if (
      size > MOST_NAME_WORDS &&
      !(SPEECH_VERBS.has((toks[verb] as Token).lower) && verb - run.nameFrom <= MOST_NAME_WORDS && knownRole(toks, run.from, run.nameFrom))
    )
      continue;
    const first = toks[run.nameFrom] as Token;
    const last = toks[verb - 1] as Token;
    const written = model.text.slice(first.start, last.end);
    const person = model.people.lookup(written);
    if (person) return { speaker: person.name, mention: { start: first.start, end: last.end, text: written } };
  }
  return null;
}

/**
 * Whether words [from, to) of a title-case line are a role the word lists know, written before a name: each a title
 * or its modifier, a noun of a role, of people or of a body ("Police", "Campaign"), a place ("Ohio"), or the "of" of
 * an office and its field ("Secretary of State"), one of them a title or role noun itself ("Former" alone is none).
 */
function knownRole(toks: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MOST_ROLE_WORDS) return false;
  const role = toks.slice(from, to);
  const head = (w: string) => (titleWord(w) && !TITLE_MODIFIERS.has(w)) || PERSON_ROLE_NOUNS.has(w);
  const part = (t: Token) =>
    t.kind === 'word' &&
    !t.poss &&
    (OFFICE_PREPOSITIONS.has(t.lower) ||
      (t.cap &&
        (head(t.lower) ||
          TITLE_MODIFIERS.has(t.lower) ||
          OFFICE_FIELDS.has(t.lower) ||
          PLURAL_PEOPLE.has(t.lower) ||
          ORG_WORDS.has(t.lower) ||
          ORGANISATION_HEADS.has(t.lower) ||
          PLACES.has(t.lower))));
  return role.every(part) && role.some((t) => head(t.lower));
}

/** Most words of a line read as a headline. */
const MOST_HEADLINE_WORDS = 25;

/**
 * Whether the line has more than `most` tokens other than punctuation. Stops counting there: the rules ask it
 * for every quotation of a block, and a page's block can be one paragraph of megabytes.
 */
function longerThan(toks: readonly Token[], most: number): boolean {
  let count = 0;
  for (const t of toks) if (t.kind !== 'punct' && ++count > most) return true;
  return false;
}

/**
 * The speaker of a quotation in a headline line that opens with a person's name and a colon (“Lind: Port Plan
 * ‘Dead On Arrival’”) or with the name and a verb (`headlineSpeaker`): the person named. A headline's words in
 * marks are title case like a show's name, so this is asked before titles are set aside.
 */
export function headlineLeadSpeaker(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  if (longerThan(toks, MOST_HEADLINE_WORDS)) return null;
  const colon = toks.findIndex((t, i) => i <= MOST_NAME_WORDS && t.kind === 'punct' && t.text === ':');
  if (colon > 0 && colon < k && toks.slice(0, colon).every((t) => t.kind === 'word' && t.cap)) {
    const first = toks[0] as Token;
    const last = toks[colon - 1] as Token;
    const written = model.text.slice(first.start, last.end);
    const person = model.people.lookup(written);
    if (person) return { speaker: person.name, mention: { start: first.start, end: last.end, text: written } };
  }
  return headlineSpeaker(model, toks, k);
}

/**
 * Most words of a name (titles included: "Former Mayor Tom Hale") after a headline's quotation; more only for a role
 * the lists know before a name of up to three words ("Former Deputy Police Chief Mara Doyle", `knownRole`).
 */
const MOST_NAME_WORDS_AFTER = 4;

/**
 * The speaker of a quotation in a title-case headline that names them right after it with a verb of saying, in
 * either order: “Port Plan Is ‘Dead,’ Hale Says”, “‘It Is Dead,’ Says Hale Of Port Plan”, “Guns Are ‘A Crisis,’
 * Howard Dean Tells Convention”: the person the document names so. Null for any other line.
 */
export function headlineAfterSpeaker(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  if (longerThan(toks, MOST_HEADLINE_WORDS)) return null;
  if (!toks.every((t) => t.kind !== 'word' || t.cap || TITLE_SMALL_WORDS.has(t.lower) || /^\d/.test(t.text))) return null;
  let i = k + 1;
  while (toks[i]?.kind === 'punct' && toks[i]?.text === ',') i++;
  const saying = (t: Token | undefined) => Boolean(t && t.kind === 'word' && t.cap && SPEECH_VERBS.has(t.lower));
  const person = (from: number, to: number): Attribution | null => {
    const first = toks[from] as Token;
    const last = toks[to - 1] as Token;
    const run = runStartingAt(toks, from, to);
    if (!run || run.to !== to) return null;
    // past four words, only a role the lists know before a name ("Says Former Police Chief Mara Doyle")
    if (to - from > MOST_NAME_WORDS_AFTER && !(to - run.nameFrom <= MOST_NAME_WORDS && knownRole(toks, run.from, run.nameFrom)))
      return null;
    const named = toks[run.nameFrom] as Token;
    const written = model.text.slice(named.start, last.end);
    const p = model.people.lookup(written);
    return p ? { speaker: p.name, mention: { start: first.start, end: last.end, text: model.text.slice(first.start, last.end) } } : null;
  };
  // "…,’ Says Hale Of Port Plan": the verb first, the name after it
  if (saying(toks[i])) {
    for (let size = MOST_NAME_WORDS_AFTER + MOST_ROLE_WORDS - 1; size >= 1; size--) {
      const a = i + 1 + size <= toks.length ? person(i + 1, i + 1 + size) : null;
      if (a) return a;
    }
    return null;
  }
  // "…,’ Hale Says": the name, then the verb; "…,’ Shoppers Say": a role noun in the plural, a group
  for (let size = 1; size <= MOST_NAME_WORDS_AFTER + MOST_ROLE_WORDS - 1; size++) {
    if (!saying(toks[i + size])) continue;
    const a = person(i, i + size) ?? (size <= MOST_NAME_WORDS_AFTER ? group(model, toks, i, i + size) : null);
    if (a) return a;
  }
  return null;
}

/**
 * “…,’ Shoppers Say”, “…,’ Local Shoppers Say”: words [from, to) that end in a role noun in the plural are a group
 * of people, credited as the text would write them, the noun in lower case ("shoppers", "Local shoppers").
 */
function group(model: DocModel, toks: readonly Token[], from: number, to: number): Attribution | null {
  const head = toks[to - 1] as Token;
  if (!PLURAL_ROLES.has(head.lower)) return null;
  if (toks.slice(from, to).some((t) => t.kind !== 'word' || SPEECH_VERBS.has(t.lower) || TITLE_SMALL_WORDS.has(t.lower))) return null;
  const first = toks[from] as Token;
  const written = model.text.slice(first.start, head.end);
  const speaker = model.text.slice(first.start, head.start) + head.lower;
  return { speaker, mention: { start: first.start, end: head.end, text: written } };
}

/** The rules that credit a headline's words in marks to the person its line names. */
const HEADLINE_RULES: ReadonlySet<string> = new Set(['headline-after', 'headline-lead', 'headline-name']);
/** Fewest words of a headline's clause read as reported speech. */
const MIN_CLAUSE_WORDS = 3;

/**
 * What a headline says its speaker says, as reported speech in the outlet's words: the line's clause around its
 * words in marks (“Port Plan Is ‘Dead,’” of “Port Plan Is ‘Dead,’ Hale Says”; “Port Is ‘Dead’” of “Lind Says
 * Port Is ‘Dead’” or “Lind: Port Is ‘Dead’”), when the marks hold only part of it. The marks credit their words
 * alone (a quotation); the line credits the whole clause to the person, never word for word.
 */
export function headlineReported(model: DocModel, quotes: readonly ExtractedQuote[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const toks of model.blocks) {
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k] as Token;
      if (t.kind !== 'quote') continue;
      const q = quotes[t.quote];
      const mention = q?.speakerMention;
      if (!q?.speaker || !mention || !HEADLINE_RULES.has(q.rule ?? '')) continue;
      let from: number;
      if (mention.start >= t.end) {
        // the name after the words (“…,’ Hale Says”, “…,’ Says Hale”): the line from its start, with nothing but
        // commas and the verb of saying between
        const between = toks.filter((x, i) => i > k && x.start < mention.start);
        if (between.some((x) => x.kind === 'quote' || (x.kind === 'word' && !SPEECH_VERBS.has(x.lower)))) continue;
        from = 0;
      } else {
        // the name first: after it, its colon or its verb of saying, then the clause
        from = toks.findIndex((x) => x.start >= mention.end);
        const next = toks[from];
        if (next && ((next.kind === 'punct' && next.text === ':') || (next.kind === 'word' && SPEECH_VERBS.has(next.lower)))) from++;
      }
      if (from < 0 || from >= k) continue;
      const clause = toks.slice(from, k);
      if (!clause.some((x) => x.kind === 'word') || clause.some((x) => x.kind === 'quote')) continue;
      const inMarks = q.text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
      if (clause.filter((x) => x.kind === 'word').length + inMarks < MIN_CLAUSE_WORDS) continue;
      const start = (toks[from] as Token).start;
      out.push({ text: model.text.slice(start, t.end), start, end: t.end, speaker: q.speaker, speakerMention: { ...mention } });
    }
  }
  return out;
}
