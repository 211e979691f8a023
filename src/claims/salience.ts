/**
 * Salience for pronouns: the mentions of people a later "he", "she" or "they" may refer to, collected once per
 * document: subjects that open a sentence, names a speech verb attaches to, subjects of later clauses,
 * every mention of a known person, and a description that opens a sentence for the person the story is about.
 */
import { verbAt } from './clause.js';
import type { DocModel, RunAt, SalienceEvent } from './model.js';
import { honorific } from './gender.js';
import { bareSurname, type Gender, personLike, placeRun, runName, type NameRun, type Person } from './names.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  AUXILIARIES,
  CAP_OPENERS,
  CLAUSE_STOP,
  DETERMINERS,
  FEMALE_WORDS,
  MALE_WORDS,
  PERSON_ROLE_NOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  SPEECH_VERBS,
  SUBJECT_PERSONAL_PRONOUNS,
  VERBISH,
} = words;

/** Collects the salience events of every capitalised run (`model.subjects`, `speakers`, `clauseSubjects`, …). */
export function collectMentions(model: DocModel, runs: readonly RunAt[]): void {
  for (const { toks, run, wordsBefore, headline: isHeadline, name } of runs) {
    const p = personOf(model, toks, run, name);
    const pos = (toks[run.nameFrom] as Token).start;
    const sentence = (toks[run.nameFrom] as Token).sentence;
    if (p) {
      const list = model.seen.get(p);
      if (list) list.push(pos);
      else model.seen.set(p, [pos]);
      if (!isHeadline) model.mentions.push({ pos, speaker: p.name, sentence });
    }
    // "…, AFP reported": "he" and "she" pass over a cue whose name is not known as a person's
    // ("Cruz said …", named in full nowhere: a bare surname a verb of saying makes a speaker, resolve.ts)
    const cue = !isHeadline && speechCue(toks, run);
    const surname = cue && !p && bareSurname(toks, run);
    if (cue) {
      model.speakers.push({
        pos,
        speaker: p?.name ?? name,
        person: Boolean(p) || personLike(toks, run),
        ...(surname && { surname }),
        sentence,
      });
      if (p) model.spoke.add(p.name);
    }
    // subject position: among the first words of its sentence
    const hasVerb = !isHeadline && (verbAt(toks, run.to, { kind: 'name', from: run.from, to: run.to }) || verbPastAppositive(toks, run));
    // "Clinton said …" for Hillary Clinton: a surname alone before a verb of its own names a person, no place
    // ("American jobs rely on …" does not: an -s word after a name may be a plural)
    if (p && hasVerb && p.name.length > (toks[run.to - 1] as Token).end - pos && p.name.endsWith(name)) {
      const v = toks[run.to] as Token;
      if (!(v.lower.endsWith('s') && !SPEECH_VERBS.has(v.lower) && !VERBISH.has(v.lower))) model.shortNamed.add(p.name);
    }
    // ("Ruiz met Hale on Monday": a surname after the opening subject's verb is its object, two words in or not)
    // ("Kazakhstan's foreign minister, Erlan Idrissov, plays down …": a name set off after the description that opens its
    // sentence is that sentence's subject)
    const apposed = wordsBefore > 2 && p !== null && apposedSubject(toks, run);
    if (!apposed && ((wordsBefore > 2 && !(hasVerb && describedSubject(toks, run, wordsBefore))) || objectOfOpeningSubject(toks, run))) {
      if (p && hasVerb && !(toks[run.to - 1] as Token).poss) model.clauseSubjects.push({ pos, speaker: p.name, sentence });
      continue;
    }
    if (p && !ownerOfNamed(toks, run)) model.subjects.push({ pos, speaker: p.name, sentence });
    else if (hasVerb && !p) {
      // "Clinton spoke in Iowa": a bare name followed by a verb is still a subject a pronoun can point to
      model.subjects.push({ pos, speaker: name, person: false, sentence });
    }
  }
}

/**
 * "Ruiz met Hale on Monday", "She called Hale": a run after the verb of a name or pronoun that opens its sentence is that
 * verb's object (or the subject of a clause of its own), not the sentence's subject, however few words stand before it.
 */
function objectOfOpeningSubject(toks: readonly Token[], run: NameRun): boolean {
  const s = (toks[run.from] as Token).sentence;
  let s0 = run.from;
  while (s0 > 0 && (toks[s0 - 1] as Token).sentence === s) s0--;
  if (s0 === run.from) return false;
  const first = toks[s0] as Token;
  let e = s0;
  const pronoun = first.cap && SUBJECT_PERSONAL_PRONOUNS.has(first.lower);
  if (pronoun) e++;
  else while (e < run.from && (toks[e] as Token).kind === 'word' && (toks[e] as Token).cap) e++;
  if (e === s0 || e >= run.from) return false;
  return verbAt(toks, e, { kind: pronoun ? 'pron' : 'name', from: s0, to: e });
}

/**
 * "Ruiz’s lawyer, Tom Hale, said …": an owner whose role noun a name then stands beside is not the subject; the name
 * is (a later "he" refers to the lawyer).
 */
function ownerOfNamed(toks: readonly Token[], run: NameRun): boolean {
  if (!(toks[run.to - 1] as Token).poss) return false;
  let i = run.to;
  while (i < run.to + 3 && toks[i]?.kind === 'word' && !(toks[i] as Token).cap && !PERSON_ROLE_NOUNS.has((toks[i] as Token).lower)) i++;
  const role = toks[i];
  return Boolean(role && !role.cap && PERSON_ROLE_NOUNS.has(role.lower) && toks[i + 1]?.text === ',' && toks[i + 2]?.cap);
}

/** How many words a description that opens a sentence before a name set off by commas may take ("Trump's campaign chairman"). */
const APPOSED_DESCRIPTION = 5;

/**
 * "Kazakhstan's foreign minister, Erlan Idrissov, plays down …", "His chief strategist, Tom Hale, said": a name between
 * commas right after the description that opens its sentence (a determiner, a possessive or an owner, and lower-case
 * words), with a verb after it or after an appositive ending in a verb of saying.
 */
function apposedSubject(toks: readonly Token[], run: NameRun): boolean {
  if (toks[run.from - 1]?.text !== ',' || toks[run.to]?.text !== ',') return false;
  const s = (toks[run.from] as Token).sentence;
  let i = run.from - 2;
  for (; i >= 0 && (toks[i] as Token).sentence === s; i--) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || run.from - 2 - i >= APPOSED_DESCRIPTION) return false;
    if (t.cap || DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower)) break;
    if (PREPOSITIONS.has(t.lower) || CLAUSE_STOP.has(t.lower) || AUXILIARIES.has(t.lower)) return false;
  }
  const first = toks[i];
  if (!first || first.sentence !== s || i === run.from - 2 || (i > 0 && (toks[i - 1] as Token).sentence === s)) return false;
  // the opening word owns or determines the description: "The", "His", "Kazakhstan's"
  if (!(first.poss || DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower))) return false;
  return verbAt(toks, run.to + 1, { kind: 'name', from: run.from, to: run.to }) || verbPastAppositive(toks, run);
}

/** How many tokens an appositive between a name and its verb may take ("Ana Lind, the state party chair, said"). */
const APPOSITIVE_WINDOW = 10;

/**
 * "After the vote, Ana Lind, the state party chair, said she …": a name whose appositive, set off by commas
 * with no quotation or clause word in it, ends in a speech verb is still the subject of that verb.
 */
function verbPastAppositive(toks: readonly Token[], run: NameRun): boolean {
  // (a capitalised word after the comma opens another name, "the League, Ana Lind, said", unless it owns the
  // noun: "Ana Lind, Li's spokeswoman, said")
  const first = toks[run.to + 1];
  if (toks[run.to]?.text !== ',' || !first || (first.cap && !first.poss)) return false;
  const s = (toks[run.to] as Token).sentence;
  for (let j = run.to + 1; j < toks.length && j <= run.to + APPOSITIVE_WINDOW; j++) {
    const t = toks[j] as Token;
    if (t.sentence !== s || t.kind === 'quote' || t.text === ';' || CLAUSE_STOP.has(t.lower)) return false;
    if (t.text === ',') return j > run.to + 1 && speechVerbAt(toks, j + 1) > 0;
  }
  return false;
}

/**
 * "Democratic presidential front-runner Ana Lind stretched the truth": a name after a few words that only
 * describe it (no verb, preposition, clause word or comma between the sentence start and the name) opens
 * the sentence as its subject.
 */
function describedSubject(toks: readonly Token[], run: NameRun, wordsBefore: number): boolean {
  if (wordsBefore > 6) return false;
  for (let i = run.from - 1; i >= 0 && (toks[i] as Token).sentence === (toks[run.from] as Token).sentence; i--) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || CLAUSE_STOP.has(t.lower) || SPEECH_VERBS.has(t.lower) || t.poss) return false;
    if (!t.cap && (t.lower.endsWith('ed') || t.lower.endsWith('ing') || AUXILIARIES.has(t.lower))) return false;
  }
  return true;
}

/** The person a name run refers to; an honorific ("Mrs. Lind") picks among people who share the name. */
export function personOf(model: DocModel, toks: readonly Token[], run: NameRun, name = runName(model.text, toks, run)): Person | null {
  const h = honorific(toks, run);
  const p = model.people.lookup(name, h > 0 ? 'male' : h < 0 ? 'female' : undefined);
  // ("Back in Ohio, …" in a story that names the Ohio Statehouse: a state or a country alone is no short form of a
  // longer name it opens; "Jordan" for a surname still is)
  if (p && p.name !== name && !p.name.endsWith(` ${name}`) && placeRun(toks, run)) return null;
  return p;
}

/** Is a speech verb right after the name run ("Li told", "Li has said"), or inverted before it ("…,” said Li")? */
function speechCue(toks: readonly Token[], run: NameRun): boolean {
  let i = run.to;
  while (isFiller(toks[i])) i++;
  if (speechVerbAt(toks, i) > 0) return true;
  const v = run.from - 1;
  const lead = toks[v - 1];
  // an inverted verb follows a quotation or a comma; elsewhere the name after it is its object ("told Li"), and so is
  // an owner after it ("…, praised Li’s presidency") and a name after a participle ("…, telling Li that …": the hearer)
  const owner = (toks[run.to - 1] as Token).poss === true;
  const participle = toks[v]?.lower.endsWith('ing') === true;
  return Boolean(lead && (lead.kind === 'quote' || lead.text === ',') && !owner && !participle && speechVerbAt(toks, v) > 0);
}

/** How many times as often as anyone else the person a story is about is named, to stand for a bare description. */
const MAIN_LEAD = 2;

/**
 * The person the document is about up to `pos`: the one named most often before it (at least three times and
 * MAIN_LEAD times as often as anyone else), known as a person and not of the other gender; null when no one leads.
 */
function mainPerson(model: DocModel, pos: number, sentence: number, gender?: Gender): Person | null {
  let best: Person | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [p, list] of model.seen) {
    if (!mayLead(model, p)) continue;
    let n = 0;
    for (const x of list) if (x < pos) n++;
    if (n > bestCount) [best, bestCount, second] = [p, n, bestCount];
    else if (n > second) second = n;
  }
  if (!best || bestCount < 3) return null;
  if (bestCount < MAIN_LEAD * second) best = coLeadNamedBefore(model, pos, sentence, bestCount);
  return best && gender && best.gender && best.gender !== gender ? null : best;
}

/** A person known as one (gender, role, speech, or a short name before a verb) may lead a story. */
function mayLead(model: DocModel, p: Person): boolean {
  return Boolean(p.gender || p.roles.length || model.spoke.has(p.name) || model.shortNamed.has(p.name));
}

/**
 * "Trump’s unwillingness … Instead, the businessman has insisted": when two people lead a story together, a
 * description refers to the one of them the sentence before it names, if it names only one of them.
 */
function coLeadNamedBefore(model: DocModel, pos: number, sentence: number, bestCount: number): Person | null {
  const named = new Set<string>();
  for (const m of model.mentions) if (m.pos < pos && m.sentence === sentence - 1) named.add(m.speaker);
  let found: Person | null = null;
  for (const [p, list] of model.seen) {
    if (!named.has(p.name) || !mayLead(model, p)) continue;
    let n = 0;
    for (const x of list) if (x < pos) n++;
    if (n < 3 || n * MAIN_LEAD < bestCount) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

/**
 * "Instead, the businessman has insisted …": a description of one person ("the" and a role noun) that opens its
 * sentence as the subject of a speech verb is a subject a later "he" or "she" refers to. It stands for the person
 * the story is about, when one leads (the person introduced with that role is not asked: a role word shared by
 * several people picked the wrong one).
 */
export function collectDescribedSubjects(model: DocModel): void {
  const added: SalienceEvent[] = [];
  for (const { toks, first, at } of sentenceOpenings(model)) {
    if (toks[at]?.lower !== 'the' || (toks[at] as Token).sentence !== (toks[first] as Token).sentence) continue;
    const role = describedRole(toks, at);
    if (role < 0) continue;
    const head = toks[role] as Token;
    const gender: Gender | undefined = MALE_WORDS.has(head.lower) ? 'male' : FEMALE_WORDS.has(head.lower) ? 'female' : undefined;
    const from = toks[at] as Token;
    const p = mainPerson(model, from.start, from.sentence, gender);
    if (p) added.push({ pos: from.start, speaker: p.name, sentence: from.sentence });
  }
  addSubjects(model, added);
}

/**
 * Every sentence's opening: its first token, and where its clause starts past an opening "-ly" adverb or
 * connective ("Specifically, he …", "But she …", "Instead, the businessman …").
 */
export function* sentenceOpenings(model: DocModel): Generator<{ toks: Token[]; first: number; at: number }> {
  for (const toks of model.blocks) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (i > 0 && (toks[i - 1] as Token).sentence === t.sentence) continue;
      let at = i;
      if (t.cap && t.kind === 'word' && (t.lower.endsWith('ly') || CAP_OPENERS.has(t.lower))) at += toks[i + 1]?.text === ',' ? 2 : 1;
      yield { toks, first: i, at };
    }
  }
}

/** Adds subject events to the model's, kept in position order. */
export function addSubjects(model: DocModel, added: readonly SalienceEvent[]): void {
  if (!added.length) return;
  model.subjects.push(...added);
  model.subjects.sort((a, b) => a.pos - b.pos);
}

/** The role noun that ends a description opening at `the` ("the real estate mogul") before a speech verb; -1 when none. */
function describedRole(toks: readonly Token[], the: number): number {
  for (let r = the + 1; r < toks.length && r <= the + 4; r++) {
    const w = toks[r] as Token;
    if (w.kind !== 'word' || w.sentence !== (toks[the] as Token).sentence || w.poss) return -1;
    if (PREPOSITIONS.has(w.lower) || CLAUSE_STOP.has(w.lower) || SPEECH_VERBS.has(w.lower) || AUXILIARIES.has(w.lower)) return -1;
    if (!w.cap && PERSON_ROLE_NOUNS.has(w.lower)) {
      let v = r + 1;
      while (isFiller(toks[v]) && speechVerbAt(toks, v) < 0) v++;
      return speechVerbAt(toks, v) > 0 ? r : -1;
    }
  }
  return -1;
}
