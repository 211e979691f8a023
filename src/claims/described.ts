/**
 * Descriptions that stand for someone the article named: a party member ("the Democrat said" after "Ana Ruiz,
 * a Democrat," or "Sen. Ana Ruiz (D-N.Y.)"), an age ("the 52-year-old said" after "Ana Ruiz, 52,") and a document
 * cited shortly before with its author ("Ruiz issued a statement. … the statement said"). What the article says
 * of its people is collected once per document (`collectTraits`); a description that fits no one named before it,
 * or several, stays a description, and a party word is never a name ("the Democrat" of one article is no one of
 * another: speakers.ts keeps descriptions inside their document).
 */
import type { DocModel, RunAt, SalienceEvent } from './model.js';
import type { NounPhrase } from './phrases.js';
import { partyOf, personLike, type Person } from './names.js';
import type { Token } from './tokens.js';
import type { Span } from './types.js';
import { speechFormAt } from './speech-verbs.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  CLAUSE_STOP,
  DEFINITE_DETERMINERS,
  DETERMINERS,
  PARTY_MEMBER_WORDS,
  PERSON_ROLE_NOUNS,
  PREPOSITIONS,
  RELATION_PREPOSITIONS,
  VERBISH,
} = words;

/** "52-year-old", "52-years-old": an age as one word. */
export const AGE_WORD = /^(\d{1,3})-years?-old$/;

/** A US party tag after a name ("D-N.Y.", "R-Ky."): its first letter is the party's. */
const PARTY_TAG = /^(\p{Lu})-\p{Lu}/u;

/** The party member word a tag's letter stands for, when only one member word begins with it ("D": democrat). */
function tagParty(letter: string): string | undefined {
  const l = letter.toLowerCase();
  const found = [...PARTY_MEMBER_WORDS].filter((w) => w.startsWith(l));
  return found.length === 1 ? found[0] : undefined;
}

/** "Ana Ruiz (D-N.Y.)", "Mitch Lind, R-Ky.,": the party of the tag right after a name ending before token `i`. */
function partyTag(toks: readonly Token[], i: number): string | undefined {
  const open = toks[i];
  const tag = toks[i + 1];
  if (!open || !tag || (open.text !== '(' && open.text !== ',') || tag.sentence !== open.sentence) return undefined;
  const m = PARTY_TAG.exec(tag.text) ?? (open.text === '(' && toks[i + 2]?.text === ')' ? /^(\p{Lu})$/u.exec(tag.text) : null);
  return m ? tagParty(m[1] as string) : undefined;
}

/**
 * "Ana Ruiz, 52, said", "… said Ana Ruiz, 52.", "Ana Ruiz, a 52-year-old teacher,": an age set off by a comma right
 * after a name ending before token `i` (not a count in a list: "leads Ruiz, 1,428 to 1,153").
 */
function ageAfter(toks: readonly Token[], i: number): number | undefined {
  const comma = toks[i];
  const n = toks[i + 1];
  if (comma?.text !== ',' || !n || n.sentence !== comma.sentence) return undefined;
  if (n.lower === 'a' || n.lower === 'an') {
    const m = toks[i + 2] && !toks[i + 2]?.poss ? AGE_WORD.exec((toks[i + 2] as Token).lower) : null;
    return m ? Number(m[1]) : undefined;
  }
  const next = toks[i + 2];
  if (!/^\d{1,3}$/.test(n.text)) return undefined;
  const ends = !next || next.sentence !== n.sentence || next.text === '.' || (next.text === ',' && !/^\d/.test(toks[i + 3]?.text ?? ''));
  return ends ? Number(n.text) : undefined;
}

/**
 * "52-year-old Ana Ruiz": an age right before a full name starting at token `from`, not one that describes a
 * noun the name goes with ("the 78-year-old Ruiz supporter", "the campaign’s 48-year-old New England director").
 */
function ageBefore(toks: readonly Token[], from: number, to: number): number | undefined {
  const t = toks[from - 1];
  const before = toks[from - 2];
  const s = (toks[from] as Token).sentence;
  if (!t || t.sentence !== s || t.poss) return undefined;
  if (before && before.sentence === s && before.kind === 'word' && (before.poss || before.cap || DETERMINERS.has(before.lower)))
    return undefined;
  const next = toks[to];
  if (next && next.sentence === s && next.kind === 'word' && !next.cap && PERSON_ROLE_NOUNS.has(next.lower)) return undefined;
  const m = AGE_WORD.exec(t.lower);
  return m ? Number(m[1]) : undefined;
}

/**
 * Records what the document says of the people it names, beyond their roles: a party tag and an age right beside
 * a name (a short form after the full name counts, "Ruiz, 52,", when it can be no one else the document names).
 */
export function collectTraits(model: DocModel, runs: readonly RunAt[]): void {
  for (const { toks, run, headline, name } of runs) {
    // (only a run with a tag, an age or an age word beside it is looked up: this runs on every name of every document)
    const next = toks[run.to]?.text;
    if (headline || (next !== '(' && next !== ',' && !/\d/.test(toks[run.from - 1]?.text ?? ''))) continue;
    const p = model.people.lookup(name);
    const full = personLike(toks, run);
    if (!p || (!full && model.people.candidates(name).length !== 1)) continue;
    p.party ??= partyTag(toks, run.to);
    p.age ??= ageAfter(toks, run.to) ?? (full ? ageBefore(toks, run.from, run.to) : undefined);
  }
}

/** The words of a person's roles, lower-case. */
function roleWords(p: Person): Set<string> {
  return new Set(
    p.roles
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u),
  );
}

/** Whether the document names `p` before `pos`. */
function namedBefore(model: DocModel, p: Person, pos: number): boolean {
  return (model.seen.get(p)?.[0] ?? pos) < pos;
}

/** The one person named before `pos` that `fits`; null when none or several do. */
function onlyOne(model: DocModel, pos: number, fits: (p: Person) => boolean): Person | null {
  let found: Person | null = null;
  for (const p of model.seen.keys()) {
    if (!namedBefore(model, p, pos) || !fits(p)) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

/**
 * "The veteran Democrat said": the determiner a party word's phrase opens with, past a few lower-case adjectives
 * before the capitalised run starting at `from`; -1 when there is none.
 */
function determinerBefore(toks: readonly Token[], from: number): number {
  const s = (toks[from] as Token).sentence;
  for (let j = from - 1; j >= 0 && j >= from - 3; j--) {
    const t = toks[j] as Token;
    if (t.sentence !== s || t.kind !== 'word') return -1;
    if (DETERMINERS.has(t.lower)) return j;
    if (t.cap || t.poss || t.lower.endsWith('ed') || PREPOSITIONS.has(t.lower) || CLAUSE_STOP.has(t.lower)) return -1;
    if (speechFormAt(toks, j) || VERBISH.has(t.lower)) return -1;
  }
  return -1;
}

/** A description resolved: the person it stands for (null when it stays a description), as a speaker. */
export interface Described {
  person: Person | null;
  speaker: string;
  mention: Span;
}

/** "from Ohio", "of New Hampshire": a preposition and a place's capitalised words over [i, to). */
function placeAfter(toks: readonly Token[], i: number, to: number): boolean {
  if (to - i < 2 || !RELATION_PREPOSITIONS.has(toks[i]?.lower ?? '')) return false;
  for (let j = i + 1; j < to; j++) if (!(toks[j] as Token).cap) return false;
  return true;
}

/**
 * "the Democrat said", "one New Hampshire Republican said": a party word ending a name phrase describes a member.
 * "The" with it stands for the one member of that party named before (whose roles also hold any capitalised word
 * before the party word: "the Wisconsin Republican"); otherwise the phrase is a description, its determiner in
 * lower case. Null for anything else, and for a party word with no determiner ("Democrat Ana Ruiz" is a name).
 */
function partyMember(model: DocModel, toks: readonly Token[], np: NounPhrase): Described | null {
  const run = np.run;
  if (np.kind !== 'name' || !run || np.first) return null;
  const last = toks[run.to - 1] as Token;
  if (!PARTY_MEMBER_WORDS.has(last.lower) || last.poss || (np.to !== run.to && !placeAfter(toks, run.to, np.to))) return null;
  const from = DETERMINERS.has((toks[np.from] as Token).lower) ? np.from : determinerBefore(toks, run.from);
  if (from < 0) return null;
  const det = toks[from] as Token;
  const end = (toks[np.to - 1] as Token).end;
  const mention: Span = { start: det.start, end, text: model.text.slice(det.start, end) };
  if (det.lower === 'the') {
    const places: string[] = [];
    // (only the words before the party word: "the Democrat from Ohio" is the one Democrat, as "the Democrat" is)
    for (let i = from + 1; i < run.to - 1; i++) if ((toks[i] as Token).cap) places.push((toks[i] as Token).lower);
    const p = onlyOne(model, det.start, (p) => partyOf(p) === last.lower && places.every((w) => roleWords(p).has(w)));
    if (p) return { person: p, speaker: p.name, mention };
  }
  return { person: null, speaker: det.text.toLowerCase() + mention.text.slice(det.text.length), mention };
}

/** "the 52-year-old said", "the 52-year-old former mayor said": the one person named before with that age. */
function agedPerson(model: DocModel, toks: readonly Token[], np: NounPhrase): Person | null {
  if (np.kind !== 'desc' || (toks[np.from] as Token).lower !== 'the') return null;
  for (let i = np.from + 1; i < np.to; i++) {
    const t = toks[i] as Token;
    const m = t.poss ? null : AGE_WORD.exec(t.lower);
    if (!m) continue;
    const age = Number(m[1]);
    return onlyOne(model, (toks[np.from] as Token).start, (p) => p.age === age);
  }
  return null;
}

/**
 * A description that stands for a person the article named, by party or by age (see the module comment); null
 * when the phrase is no such description, or an age fits no one named.
 */
export function describedPerson(model: DocModel, toks: readonly Token[], np: NounPhrase, mention: Span): Described | null {
  const member = partyMember(model, toks, np);
  if (member) return member;
  const aged = agedPerson(model, toks, np);
  return aged ? { person: aged, speaker: aged.name, mention } : null;
}

/** How many sentences back a document cited with its author is still "the statement". */
const DOCUMENT_REACH = 6;

/**
 * The latest document cited with its author before `at`, within `reach` sentences of it, and of `noun` if given;
 * with `named`, only one whose own phrase names its author ("a statement by X").
 */
export function citedBefore(model: DocModel, at: Token, reach: number, noun?: string, named = false): SalienceEvent | null {
  for (let i = model.citations.length - 1; i >= 0; i--) {
    const e = model.citations[i] as SalienceEvent;
    if (e.pos >= at.start || (named && !e.named)) continue;
    if (e.sentence !== undefined && at.sentence - e.sentence > reach) return null;
    if (!noun || e.noun === noun) return e;
  }
  return null;
}

/**
 * "the statement said", "that letter": a definite description of a document, for the one of that noun cited
 * shortly before (of any noun for "the same note"); not "a statement" (another one) nor "the AP report" (it names
 * its own author).
 */
export function citedDocument(model: DocModel, toks: readonly Token[], np: NounPhrase): SalienceEvent | null {
  const first = toks[np.from] as Token;
  if (!DEFINITE_DETERMINERS.has(first.lower)) return null;
  let same = false;
  for (let i = np.from + 1; i < np.to; i++) {
    const t = toks[i] as Token;
    if (t.cap) return null;
    same ||= t.lower === 'same';
  }
  return citedBefore(model, first, DOCUMENT_REACH, same ? undefined : (toks[np.to - 1] as Token).lower);
}
