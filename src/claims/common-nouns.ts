/**
 * A capitalised word that opens a sentence ("Politicos call this …", "Weeds, crabgrass and … cover …") is written with
 * a capital by its place alone; it is a common noun, no name, when the document never writes it capitalised
 * elsewhere and something else says it is one: the document also writes it in lower case, the word lists know it (a
 * plural of a role, of a document or a work), or it is listed with lower-case nouns ("Crows and ravens"). A surname
 * that is also a common noun ("Banks", "Brooks") is a name wherever the document writes it in the middle of a
 * sentence or names its person in full (the caller asks the person table first).
 */
import type { DocModel } from './model.js';
import { roleNoun, pluralPerson } from './phrases.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  COORDINATORS,
  DISPLAY_NOUNS,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  MONTHS_DAYS,
  ORG_WORDS,
  PARTY_MEMBER_WORDS,
  PLACES,
  SPEECH_NOUNS,
  SURVEY_NOUNS,
  TITLES,
  WORK_NOUNS,
} = words;

/** An all-capitals word of two letters or more ("TURNS OUT …", a shouted heading run into the sentence). */
function shouted(t: Token): boolean {
  return t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower;
}

/**
 * Is the word at `i` capitalised by its place: the first of its sentence, after a dateline's dash ("BOCA RATON,
 * Fla. -- Weeds …") or after a shouted heading run into the sentence?
 */
export function capitalByPlace(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  return !prev || prev.sentence !== t.sentence || Boolean(t.afterDoubleHyphen) || prev.text === ':' || shouted(prev);
}

/** The singular forms a plural may have ("programs" → "program", "allies" → "ally", "boxes" → "box"). */
function singulars(w: string): string[] {
  if (!w.endsWith('s') || w.endsWith('ss')) return [];
  const out = [w.slice(0, -1)];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  return out;
}

/** Nouns the word lists know that are no one's name: documents, works, things said, surveys, things held up. */
function listedNoun(w: string): boolean {
  return DOCUMENT_NOUNS.has(w) || WORK_NOUNS.has(w) || SPEECH_NOUNS.has(w) || SURVEY_NOUNS.has(w) || DISPLAY_NOUNS.has(w);
}

/** "Crows and ravens", "Weeds, crabgrass and …": the word opens a list whose next item is a lower-case noun. */
function listedWithNouns(toks: readonly Token[], i: number): boolean {
  const link = toks[i + 1];
  const next = toks[i + 2];
  if (!link || !next || next.kind !== 'word' || next.cap || next.sentence !== link.sentence) return false;
  if (!COORDINATORS.has(link.lower) && link.text !== ',') return false;
  if (FUNCTION_WORDS.has(next.lower) || roleNoun(next.lower) || pluralPerson(next.lower) || next.lower.endsWith('ly')) return false;
  if (link.text === ',') {
    // ("Weeds, crabgrass and fallen palm fronds": a list, closed by "and" or "or" a few words on)
    for (let j = i + 3; j < toks.length && j <= i + 5; j++) if (COORDINATORS.has((toks[j] as Token).lower)) return true;
    return false;
  }
  return true;
}

/** Per document: what was found for each word (the scan reads every token once per word asked about). */
const found = new WeakMap<DocModel, Map<string, boolean | null>>();

/**
 * Is the capitalised word at token `i` a common noun written with a capital by its place (see the module comment)?
 * The caller has found no person of that name in the document.
 */
export function commonNounAt(model: DocModel, toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (t.kind !== 'word' || !t.cap || t.poss || t.text.length < 3 || shouted(t) || !capitalByPlace(toks, i)) return false;
  const w = t.lower;
  if (!/^[a-z][a-z-]*$/.test(w) || ORG_WORDS.has(w) || TITLES.has(w) || PARTY_MEMBER_WORDS.has(w) || MONTHS_DAYS.has(w) || PLACES.has(w))
    return false;
  for (const s of singulars(w)) if (PARTY_MEMBER_WORDS.has(s) || ORG_WORDS.has(s)) return false;
  let known = found.get(model);
  if (!known) {
    known = new Map();
    found.set(model, known);
  }
  let common = known.get(w);
  if (common === undefined) {
    common = writtenAsNoun(model, w);
    known.set(w, common);
  }
  return common ?? listedWithNouns(toks, i);
}

/**
 * Whether the document writes `w` capitalised only where its place asks for it and something says it is a common
 * noun: true when it writes it (or its singular) in lower case too or the lists know it; null when only its place
 * is known (a list with lower-case nouns may still tell); false when a capital elsewhere makes it a name.
 */
function writtenAsNoun(model: DocModel, w: string): boolean | null {
  for (const toks of model.blocks) {
    for (let j = 0; j < toks.length; j++) {
      const t = toks[j] as Token;
      if (t.kind === 'word' && t.lower === w && t.cap && !shouted(t) && !capitalByPlace(toks, j)) return false;
    }
  }
  // (in quotations too: "… the audience was …")
  if (new RegExp(`(?<![\\p{L}-])(?:${[w, ...singulars(w)].join('|')})(?![\\p{L}-])`, 'u').test(model.text)) return true;
  if (roleNoun(w) || pluralPerson(w) || singulars(w).some(listedNoun)) return true;
  return null;
}
