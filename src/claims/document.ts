/**
 * The per-document model the attribution rules work on: tokens per block (quotations folded into single
 * tokens), the people the document names, and the salience events pronouns are resolved against.
 */
import { collectTraits } from './described.js';
import { inflectedVerbOnly, verbForm, verbOnly } from './occupations.js';
import { collectGenders } from './gender.js';
import { givenNameGender, widelyGivenName } from './given-names.js';
import { pluralPerson } from './role-nouns.js';
import { PersonTable, occupationBeforeSurname, officeOf, personLike, runName, runStartingAt, type NameRun, type Person } from './names.js';
import { collectPronounSubjects } from './resolve.js';
import { collectDescribedSubjects, collectMentions } from './salience.js';
import { withDashAsides, withDialogue } from './foreign.js';
import { findQuotes, type RawQuote } from './quotes.js';
import { tokenizeBlock, type Token } from './tokens.js';
import { withTranscripts } from './transcripts.js';
import { withTaggedPosts } from './tagged-posts.js';
import { withPosts } from './tweets.js';
import type { DocModel, RunAt } from './model.js';
import { speechFormAt, titleWordAt } from './speech-verbs.js';
import * as words from './words/index.js';

export type { DocModel, RunAt, SalienceEvent } from './model.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  AUXILIARIES,
  BE,
  CLAUSE_STOP,
  COORDINATORS,
  DAYS,
  DETERMINERS,
  FEMALE_WORDS,
  FUNCTION_WORDS,
  HONORIFICS,
  INTRO,
  IRREGULAR_PAST_FORMS,
  MALE_WORDS,
  MONTHS_DAYS,
  OBJECT_PRONOUNS,
  ORG_WORDS,
  PERSON_ROLE_NOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE,
  RELATIVE_SUBJECTS,
  ROLE_BEFORE_STOPS,
  ROLE_CLAUSE_OPENERS,
  ROLE_OPENERS,
  TAG_VERBS,
  TITLE_MODIFIERS,
  TITLES,
} = words;

/** Builds the document model: one pass to tokenise, one to collect people, one for mentions. */
export function buildModel(text: string, blockSpans: readonly { start: number; end: number }[]): DocModel {
  const quotes = withTranscripts(
    text,
    blockSpans,
    withTaggedPosts(
      text,
      blockSpans,
      withPosts(text, blockSpans, withDialogue(text, blockSpans, withDashAsides(text, findQuotes(text, blockSpans)))),
    ),
  );
  const blocks: Token[][] = [];
  const quoteAt: [number, number][] = new Array<[number, number]>(quotes.length);
  let qi = 0;
  let sentence = 0;
  for (let b = 0; b < blockSpans.length; b++) {
    const span = blockSpans[b] as { start: number; end: number };
    const q0 = qi;
    while (qi < quotes.length && (quotes[qi] as RawQuote).block === b) qi++;
    const toks = tokenizeBlock(text, span.start, span.end, quotes, q0, qi, sentence);
    toks.forEach((t, i) => {
      if (t.kind === 'quote') quoteAt[t.quote] = [b, i];
    });
    sentence = (toks.at(-1)?.sentence ?? sentence) + 1;
    blocks.push(toks);
  }
  const model: DocModel = {
    text,
    quotes,
    blocks,
    quoteAt,
    people: new PersonTable(),
    seen: new Map(),
    subjects: [],
    clauseSubjects: [],
    mentions: [],
    spoke: new Set(),
    shortNamed: new Set(),
    speakers: [],
    citations: [],
    titles: [],
  };
  const runs = allRuns(model);
  collectPeople(model, runs);
  collectTraits(model, runs);
  collectGenders(model, runs);
  collectMentions(model, runs);
  collectDescribedSubjects(model);
  collectPronounSubjects(model);
  return model;
}

/** Every capitalised run of every block, found once and shared by the passes below. */
function allRuns(model: DocModel): RunAt[] {
  const out: RunAt[] = [];
  for (const toks of model.blocks) {
    const isHeadline = headline(toks);
    let sentence = -1;
    let words = 0;
    for (let i = 0; i < toks.length; ) {
      const t = toks[i] as Token;
      if (t.sentence !== sentence) {
        sentence = t.sentence;
        words = 0;
      }
      const run = t.cap ? runStartingAt(toks, i, toks.length) : null;
      if (!run) {
        if (t.kind !== 'punct') words++;
        i++;
        continue;
      }
      // function words stripped from the run's start still count as words before it; "an email Wednesday": a day is no name
      if (!dayOnly(toks, run))
        out.push({ toks, run, wordsBefore: words + (run.from - i), headline: isHeadline, name: runName(model.text, toks, run) });
      words += run.to - i;
      i = run.to;
    }
  }
  return out;
}

function dayOnly(toks: readonly Token[], run: NameRun): boolean {
  for (let i = run.nameFrom; i < run.to; i++) if (!DAYS.has((toks[i] as Token).lower)) return false;
  return true;
}

/**
 * A title-case line ("China Seeks to Expand Cooperation"): its capitalised words are not names. Not a line with a
 * word of content in lower case, short ones too ("Republican presidential nominee Donald Trump on Friday endorsed …",
 * "Sen. Ted Cruz won the caucus.": title case capitalises "Is", "Has", "Won"), nor one that tags a quotation with a verb
 * of saying in lower case (“…,” said Mary Ann Lind, Harbour Union President.): the names in them are names.
 */
function headline(toks: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== 'word') continue;
    if (/^\p{Ll}/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower)) return false;
    if (t.lower.length < 4) continue;
    if (!t.cap && TAG_VERBS.has(t.lower)) return false;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= words * 0.7;
}

function collectPeople(model: DocModel, runs: readonly RunAt[]): void {
  const { text, people } = model;
  const titled: [string, string | null][] = [];
  const kin: [string, string][] = [];
  const occupied: { toks: readonly Token[]; run: NameRun; name: string }[] = [];
  const surnamed: [string, string][] = [];
  for (const { toks, run, headline: isHeadline, wordsBefore, name } of runs) {
    // (a headline names no one for the table, but tells whom the story is about: "Ana Ruiz Accused Of …")
    if (isHeadline) {
      people.headline(name);
      continue;
    }
    if (!personLike(toks, run)) {
      const one = titledName(text, toks, run);
      if (one) titled.push(one);
      const relation = kinRole(text, toks, run) ?? namedGiven(toks, run);
      if (relation) kin.push([name, relation]);
      // "Clinton, the former secretary of state, said": a word alone with a role set off after it (below)
      const apposed = !one && run.to - run.from === 1 ? surnameAppositive(text, toks, run) : null;
      if (apposed) surnamed.push([name, apposed]);
      continue;
    }
    // "Injecting Clinton into …", "Clearly Trump …", "Asked Tuesday about …": an opening participle or adverb is
    // not a given name
    const first = (toks[run.nameFrom] as Token).lower;
    const opening = first.length > 5 && (first.endsWith('ing') || first.endsWith('ly'));
    // (a given name so spelt is a name: "Jared", "Ahmed", "Kimberly", "Sterling")
    if (
      wordsBefore === 0 &&
      run.nameFrom === run.from &&
      (opening || (first.length > 4 && first.endsWith('ed'))) &&
      !widelyGivenName(first)
    )
      continue;
    // "Young Ruiz supporters": a name that modifies people in the plural names a group of them, no person
    const next = toks[run.to];
    // ("Ana Ruiz’s supporters" are hers: an owner is a person)
    const last = toks[run.to - 1] as Token;
    if (next?.kind === 'word' && !next.cap && !last.poss && next.sentence === last.sentence && pluralPerson(next.lower)) continue;
    // ("Librarian Welk": the occupation's title or a given name, which the whole document tells; below)
    if (occupationBeforeSurname(toks, run)) {
      occupied.push({ toks, run, name });
      continue;
    }
    addPerson(model, toks, run, name);
  }
  // "Librarian Welk" in a document that calls Tomasz Welk a librarian ("Librarian Tomasz Welk", "Tomasz Welk, the
  // town's librarian"): the occupation is a title before his surname. Anywhere else it may as well be a given name
  // ("Potter Stewart" in a story naming Martha Stewart), and the two words stay a name
  for (const { toks, run, name } of occupied) {
    const surname = occupationBeforeSurname(toks, run) as string;
    const occupation = (toks[run.nameFrom] as Token).lower;
    const p = people.people.has(name) ? null : people.lookup(surname);
    // (a person whose surname it is, not one whose given name it is, and whom the document gives that occupation)
    if (p && hasOccupation(text, p, occupation) && p.name.split(' ').slice(1).includes(surname)) people.addForm(name, p);
    else addPerson(model, toks, run, name);
  }
  // "President Lind", "Mr. Lind": a surname with a title names the person of that surname, or one of its own
  for (const [name, role] of titled) {
    const p = people.lookup(name) ?? people.add(name);
    // ("President Bush" in a story naming two Bushes may be either: the title is no role of the one named most)
    if (role && people.candidates(name).length <= 1) people.addRole(p, role);
  }
  // a surname alone with a role set off after it gives the role to the one person the document names in full with that
  // surname ("Hillary Clinton … Clinton, the former secretary of state,"), so a later "the former secretary of state" is
  // her; with two of that surname, or none, it is no one's
  for (const [name, role] of surnamed) {
    const holders = people.candidates(name).filter((p) => p.name.split(' ').slice(1).includes(name));
    if (holders.length === 1) people.addRole(holders[0] as Person, role);
  }
  // "his wife, Ana,": a given name alone after a relation noun names a person (of the noun's gender, gender.ts), so
  // a later "she" need not pass her for a man; not when it is the short form of someone named in full
  for (const [name, role] of kin) {
    if (people.lookup(name)) continue;
    const p = people.add(name);
    p.kin = true;
    people.addRole(p, role);
  }
}

/**
 * Whether the document gives a person an occupation: among the roles written around their name ("Librarian Tomasz
 * Welk"), or in a comma's aside after their full name ("Pavel Orsk, the harbour's boatman,").
 */
function hasOccupation(text: string, p: Person, occupation: string): boolean {
  if (
    p.roles.some((role) =>
      role
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .includes(occupation),
    )
  )
    return true;
  const escaped = p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped},\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${occupation}\\b`, 'iu').test(text);
}

/** Registers the person a name run names, with the roles written around it. */
function addPerson(model: DocModel, toks: readonly Token[], run: NameRun, name: string): void {
  const { text, people } = model;
  const p = people.add(name);
  if (run.nameFrom > run.from) {
    p.aliases.add(text.slice((toks[run.from] as Token).start, (toks[run.to - 1] as Token).end));
  }
  const before = roleBefore(text, toks, run);
  if (before) people.addRole(p, before);
  // ("Former Harbour Commissioner Oskar Lindahl, a lawyer, …": both roles, the one before first)
  const after = appositiveRole(text, toks, run.to);
  if (after && (!before || ownRole(after))) people.addRole(p, after);
  const named = namedRole(text, toks, run);
  if (named) people.addRole(p, named);
}

/**
 * Whether words set off after a name that has a role before it too are a role of that person: they hold a noun of a
 * role or a title, open with no possessive pronoun, and hold no given name followed by a capitalised word ("Ohio
 * Gov. X, Kentucky Sen. Rand Paul and …" lists people, as "…, deputy adviser Ben Rhodes" and "…, his wife, …" do).
 */
function ownRole(role: string): boolean {
  const words = role.split(/\s+/).map((w) => w.replace(/[^\p{L}.’'-]+$/u, ''));
  const head = (w: string) => {
    const lower = w.toLowerCase().replace(/^.*-/, '');
    return PERSON_ROLE_NOUNS.has(lower) || TITLES.has(lower);
  };
  // ("Gov. X, his wife, Ana, and …" names someone else)
  if (!words.some(head) || POSSESSIVE_PRONOUNS.has(words[0]?.toLowerCase() ?? '')) return false;
  return !words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? '') && givenNameGender(w) !== undefined);
}

/**
 * "his wife, Ana,", "Lind's son, Tom.": a single word after a possessive, a noun saying a man or a woman and a comma,
 * that the given-name lists know as a name of that gender, closing there; the role is the owner and the noun.
 */
function kinRole(text: string, toks: readonly Token[], run: NameRun): string | null {
  if (run.to - run.from !== 1 || run.nameFrom !== run.from) return null;
  // (the comma first: most one-word names have none before them, and this runs for every one)
  if (toks[run.from - 1]?.text !== ',') return null;
  const noun = toks[run.from - 2];
  let owner = toks[run.from - 3];
  const name = toks[run.from] as Token;
  if (noun?.kind !== 'word' || noun.cap || owner?.kind !== 'word') return null;
  // ("his first wife, Ivana,", "her late husband, Tom,": one lower-case word between the owner and the noun)
  if (!owner.cap && !POSSESSIVE_PRONOUNS.has(owner.lower) && !DETERMINERS.has(owner.lower)) owner = toks[run.from - 4];
  if (owner?.kind !== 'word') return null;
  if (owner.sentence !== name.sentence || !(POSSESSIVE_PRONOUNS.has(owner.lower) || (owner.poss && owner.cap))) return null;
  const gender = FEMALE_WORDS.has(noun.lower) ? 'female' : MALE_WORDS.has(noun.lower) ? 'male' : undefined;
  if (!gender || givenNameGender(name.text) !== gender) return null;
  const after = toks[run.to];
  if (after && after.sentence === name.sentence && ![',', '.', ';', ')'].includes(after.text) && after.lower !== 'and') return null;
  return text.slice(owner.start, noun.end);
}

/**
 * "a 52-year-old resident named Caroline.": a single word after a noun and "named" that the given-name lists know,
 * closing there, names a person (the story gives no more of the name); the role is the noun.
 */
function namedGiven(toks: readonly Token[], run: NameRun): string | null {
  if (run.to - run.from !== 1 || toks[run.from - 1]?.lower !== 'named') return null;
  const noun = toks[run.from - 2];
  const name = toks[run.from] as Token;
  if (noun?.kind !== 'word' || noun.cap || noun.sentence !== name.sentence || !givenNameGender(name.text)) return null;
  const after = toks[run.to];
  if (after && after.sentence === name.sentence && ![',', '.', ';', ')'].includes(after.text)) return null;
  return noun.lower;
}

/**
 * "President Lind", "Sen. Ruiz", "Mr. Lind": a single name right after a title, with the title as its role
 * (none for an honorific); null for anything else.
 */
function titledName(text: string, toks: readonly Token[], run: NameRun): [string, string | null] | null {
  if (run.to - run.nameFrom !== 1 || run.nameFrom === run.from) return null;
  const title = toks[run.nameFrom - 1] as Token;
  const name = toks[run.nameFrom] as Token;
  // "Secretary of State Ruiz": the title is the word before its office's "of" (the role all of it)
  const of = officeOf(toks, run);
  const head = of >= 0 ? (toks[of - 1] as Token) : title;
  if (
    !TITLES.has(head.lower) ||
    (of < 0 && TITLE_MODIFIERS.has(title.lower)) ||
    name.text.length < 2 ||
    name.text === name.text.toUpperCase() ||
    /\d/.test(name.text)
  )
    return null;
  if (ORG_WORDS.has(name.lower) || TITLES.has(name.lower) || MONTHS_DAYS.has(name.lower)) return null;
  const role = HONORIFICS.has(title.lower) ? null : text.slice((toks[run.from] as Token).start, title.end);
  return [name.text, role];
}

/** Words of the sentence that lead into a role before a name: prepositions, conjunctions, relatives. */
const leadsIntoRole = (w: string): boolean =>
  PREPOSITIONS.has(w) || INTRO.has(w) || CLAUSE_STOP.has(w) || COORDINATORS.has(w) || RELATIVE.has(w);

/** An auxiliary, a form of "be" or a pronoun: a word of a clause, never of a role. */
const clauseWord = (w: string): boolean => AUXILIARIES.has(w) || BE.has(w) || PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w);

/**
 * A lower-case word of the sentence's clause before a role written before a name, never part of the role: an
 * auxiliary or a pronoun ("is what FBI Director X", "he had consulted Attorney General X"), a word of
 * `ROLE_BEFORE_STOPS`, a verb WordNet knows as no noun or adjective ("replace Sen. X"), any verb's form after a
 * word of a clause, or a form in -s, -ed, -ing of a verb WordNet knows as no noun or adjective where no noun phrase
 * opens before it ("Trump endorsed Sen. X"; "the ousted President X", "the port's managing director X" keep theirs).
 */
function clauseWordBeforeRole(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  const w = t.lower;
  if (t.cap || PERSON_ROLE_NOUNS.has(w) || TITLES.has(w)) return false;
  if (clauseWord(w) || ROLE_BEFORE_STOPS.has(w) || verbOnly(w)) return true;
  const before = toks[i - 1];
  // ("will face challenger X", "he nominated Judge X", "had previously backed Sen. X": a verb after an auxiliary or a
  // pronoun, an adverb in -ly between, though it be a noun or an adjective too; "Trump campaign manager X", "according
  // to campaign manager X", "London's newly elected mayor X" keep theirs)
  const clauseWordAt = (j: number): boolean => {
    const b = toks[j];
    return b?.kind === 'word' && b.sentence === t.sentence && !b.cap && clauseWord(b.lower);
  };
  const afterClauseWord = clauseWordAt(i - 1) || (Boolean(before?.lower.endsWith('ly')) && clauseWordAt(i - 2));
  if (afterClauseWord && (verbForm(w) || IRREGULAR_PAST_FORMS.has(w))) return true;
  if (!inflectedVerbOnly(w)) return false;
  const opensPhrase =
    before?.kind !== 'word' ||
    before.sentence !== t.sentence ||
    before.poss === true ||
    DETERMINERS.has(before.lower) ||
    POSSESSIVE_PRONOUNS.has(before.lower) ||
    leadsIntoRole(before.lower);
  return !opensPhrase;
}

/** A word that names a role or a title, or is capitalised as part of one ("Secretary", "head", "State"). */
const roleWord = (t: Token | undefined): boolean => t?.kind === 'word' && (PERSON_ROLE_NOUNS.has(t.lower) || TITLES.has(t.lower) || t.cap);

/** "Chinese army spokesman Tan Kefei", "the head of the Russian Navy Nikolay Evmenov": the words before the name. */
function roleBefore(text: string, toks: readonly Token[], run: NameRun): string | null {
  let from = run.from;
  const end = run.nameFrom - 1;
  let sawRole = run.nameFrom > run.from;
  for (let i = run.from - 1, n = 0; i >= 0 && n < 7; i--, n++) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || DETERMINERS.has(t.lower) || (speechFormAt(toks, i) && !titleWordAt(toks, i))) break;
    // the sentence leads into the role: a preposition ("a meeting with Russian President X", "a swipe against
    // Republican rival X"), a conjunction or a relative ("Trump and Texas Sen. X", "when President X", "which Judge
    // X"), an "of" after a word that is no role ("criticism of President X"); the role starts after it ("Secretary
    // of State X" keeps its "of")
    if (t.lower === 'of' ? !roleWord(toks[i - 1]) : leadsIntoRole(t.lower)) break;
    if (clauseWordBeforeRole(toks, i)) break;
    if (PERSON_ROLE_NOUNS.has(t.lower) || TITLES.has(t.lower)) sawRole = true;
    else if (!sawRole && t.lower !== 'of' && !t.cap) break;
    from = i;
  }
  if (!sawRole || end < from) return null;
  return text.slice((toks[from] as Token).start, (toks[end] as Token).end);
}

/**
 * "The mayor, Ana Ruiz, said", "He met her lawyer, Tom Hale.": a role set off by a comma before the name it then
 * names (the name closed by a comma or the sentence's end, not a list going on with "and"); the role opens with
 * a determiner or an owner's name and ends in a role noun. Not after a preposition or an opening word ("Unlike
 * the mayor, Ana Ruiz, who …" sets two people apart).
 */
function namedRole(text: string, toks: readonly Token[], run: NameRun): string | null {
  const comma = toks[run.from - 1];
  const head = toks[run.from - 2];
  const s = (toks[run.from] as Token).sentence;
  if (comma?.text !== ',' || head?.kind !== 'word' || head.sentence !== s || head.poss) return null;
  if (!PERSON_ROLE_NOUNS.has(head.lower) && !TITLES.has(head.lower)) return null;
  const after = toks[run.to];
  const closed =
    !after || after.sentence !== s || after.text === '.' || (after.text === ',' && !COORDINATORS.has(toks[run.to + 1]?.lower ?? ''));
  if (!closed) return null;
  for (let i = run.from - 3; i >= 0 && i >= run.from - 7; i--) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || t.sentence !== s) return null;
    if (ROLE_OPENERS.has(t.lower) || (t.poss && t.cap)) {
      // (nor after a word opening the sentence: "Unlike the mayor, …", "Like her lawyer, …")
      const before = toks[i - 1];
      const opening = before && (before.sentence !== s ? false : toks[i - 2]?.sentence !== s && before.cap);
      if (before && before.sentence === s && (PREPOSITIONS.has(before.lower) || CLAUSE_STOP.has(before.lower) || opening)) return null;
      return text.slice(t.start, head.end);
    }
    if (PREPOSITIONS.has(t.lower) || (speechFormAt(toks, i) && !titleWordAt(toks, i))) return null;
  }
  return null;
}

/**
 * "Clinton, the former secretary of state, said": a role set off after a word alone, opening with a determiner ("Trump,
 * Cruz wage delegate warfare" lists names) and closed by a comma ("Unlike Trump, the Republican National Committee
 * has voted …" goes on as a clause).
 */
function surnameAppositive(text: string, toks: readonly Token[], run: NameRun): string | null {
  if (!DETERMINERS.has(toks[run.to + 1]?.lower ?? '')) return null;
  const role = appositiveRole(text, toks, run.to);
  if (!role) return null;
  const end = text.indexOf(role, (toks[run.to] as Token).end) + role.length;
  return /^\s*[,;)]/u.test(text.slice(end, end + 4)) ? role : null;
}

/** "Shi Yi, spokesman for the Eastern Theater Command, said": the appositive after the name. */
function appositiveRole(text: string, toks: readonly Token[], after: number): string | null {
  if (toks[after]?.text !== ',') return null;
  let from = after + 1;
  // (", and the former first lady, Laura Bush,": a list going on names someone else)
  if (COORDINATORS.has(toks[from]?.lower ?? '')) return null;
  // ", who was the board's chair," says the role with a copula; ", who leads the board," names none
  if (RELATIVE_SUBJECTS.has(toks[from]?.lower ?? '')) {
    if (!BE.has(toks[from + 1]?.lower ?? '')) return null;
    from += 2;
  }
  let i = from;
  if (toks[i] && DETERMINERS.has((toks[i] as Token).lower)) i++;
  let roleSeen = false;
  for (let k = i; k < i + 3 && k < toks.length; k++) {
    const w = (toks[k] as Token).lower;
    if (PERSON_ROLE_NOUNS.has(w) || TITLES.has(w)) roleSeen = true;
  }
  if (!roleSeen) return null;
  let end = i;
  // (a relative clause after the role is no part of it: "a party donor who is the club's chairman")
  const goesOn = (j: number): boolean => {
    const t = toks[j] as Token;
    return t.kind === 'word' && (!speechFormAt(toks, j) || titleWordAt(toks, j)) && !ROLE_CLAUSE_OPENERS.has(t.lower);
  };
  while (end < toks.length && end - i < 16 && goesOn(end)) end++;
  // ("an adviser with whom she corresponded": the clause opens at its preposition)
  if (end > i + 1 && ROLE_CLAUSE_OPENERS.has(toks[end]?.lower ?? '') && PREPOSITIONS.has((toks[end - 1] as Token).lower)) end--;
  if (end === i) return null;
  return text.slice((toks[from] as Token).start, (toks[end - 1] as Token).end);
}
