/**
 * Person names in one document: capitalised runs split into title and name, the people a document names
 * (with the roles it gives them), and the lookup of a later short form ("Li", "Putin") to the full name.
 */
import { anyListedName, type Gender, givenNameGender, widelyGivenName } from './given-names.js';
import { dictionaryWord, occupationNoun, occupationOnlyNoun } from './occupations.js';
import type { Token } from './tokens.js';
import { speechFormAt } from './speech-verbs.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  ARTICLE_PARTICLES,
  BODY_PREPOSITIONS,
  DETERMINERS,
  FUNCTION_CAPS,
  GENERATIONAL_SUFFIXES,
  GROUP_OPENERS,
  HONORIFICS,
  LEADER_NOUNS,
  NAME_CONNECTORS,
  OFFICE_FIELDS,
  OFFICE_PREPOSITIONS,
  OFFICE_TITLES,
  MONTHS_DAYS,
  ORG_WORDS,
  ORIGIN_PARTICIPLES,
  PARTY_MEMBER_WORDS,
  PERSON_PRONOUNS,
  PERSON_ROLE_NOUNS,
  PLACES,
  GEOGRAPHIC_FEATURE_WORDS,
  PLURAL_ROLES,
  PLURAL_TITLES,
  PREPOSITIONS,
  PRONOUNS,
  RANK_AND_TIME_MODIFIERS,
  STANDALONE,
  SUBORDINATE_TITLES,
  TAG_VERBS,
  TITLE_ABBREVIATIONS,
  TITLE_MODIFIERS,
  TITLES,
} = words;
/** Generational suffixes as written, lower case ("jr", "iii"). */
const SUFFIXES: ReadonlySet<string> = new Set(GENERATIONAL_SUFFIXES);

/** A capitalised run of word tokens [from, to) split into its title part and its name part. */
export interface NameRun {
  from: number;
  to: number;
  /** Index of the first name token (tokens before it are titles, organisations or function words). */
  nameFrom: number;
}

/** Is this token a word that can sit inside a name run? */
export function capWord(t: Token | undefined): boolean {
  return Boolean(t && t.kind === 'word' && t.cap);
}

/**
 * "Pima County (Ariz.) Sheriff Ana Ruiz": a state in brackets, abbreviated or written out, between two capitalised
 * words of one run; the number of tokens from the opening bracket at `i` through the closing one, or 0.
 */
function bracketedPlace(tokens: readonly Token[], i: number): number {
  const open = tokens[i];
  const word = tokens[i + 1];
  if (open?.kind !== 'punct' || open.text !== '(' || !capWord(word)) return 0;
  const dotted = tokens[i + 2]?.text === '.';
  const close = i + (dotted ? 3 : 2);
  if (tokens[close]?.text !== ')' || !capWord(tokens[close + 1]) || !capWord(tokens[i - 1])) return 0;
  if (!dotted && !PLACES.has((word as Token).lower)) return 0;
  return sameSentence(tokens, i - 1, close + 1) ? close - i + 1 : 0;
}

/** The index of the opening bracket of a bracketed place that ends right before token `i`, or -1. */
function bracketedPlaceBefore(tokens: readonly Token[], i: number): number {
  for (const span of [3, 4]) if (bracketedPlace(tokens, i - span) === span) return i - span;
  return -1;
}

/** The run of capitalised words that ends at token `last` (inclusive), walking backwards. */
export function runEndingAt(tokens: readonly Token[], last: number, floor: number): NameRun | null {
  if (!capWord(tokens[last])) return null;
  let from = last;
  while (from - 1 >= floor) {
    const p = tokens[from - 1] as Token;
    if (capWord(p) && p.sentence === (tokens[from] as Token).sentence) from--;
    else if (p.kind === 'word' && NAME_CONNECTORS.has(p.lower) && capWord(tokens[from - 2]) && from - 2 >= floor) from -= 2;
    else if (connectorPair(tokens, from - 2) && capWord(tokens[from - 3]) && from - 3 >= floor) from -= 3;
    else if (nickname(tokens, from - 1) && from - 2 >= floor) from -= 2;
    else if (bracketedPlaceBefore(tokens, from) - 1 >= floor) from = bracketedPlaceBefore(tokens, from) - 1;
    else if (from - 2 >= floor && sameSentence(tokens, from - 2, from) && officeName(tokens, from - 1, last + 1) >= 0) from -= 2;
    else break;
  }
  return splitRun(tokens, leadingParticles(tokens, from, floor), last + 1);
}

/**
 * "de Blasio said", "said van der Berg": one or two name particles in lower case opening a surname belong to it; the
 * index where the run starts, `first` when no particle stands before it.
 */
function leadingParticles(tokens: readonly Token[], first: number, floor: number): number {
  let from = first;
  while (from - 1 >= floor && first - from < 2) {
    const p = tokens[from - 1] as Token;
    if (p.kind !== 'word' || p.cap || !NAME_CONNECTORS.has(p.lower) || !sameSentence(tokens, from - 1, first)) break;
    from--;
  }
  return from;
}

/** The index of the first capitalised word after one or two name particles from `i` ("van der Berg"), or -1. */
export function afterParticles(tokens: readonly Token[], i: number): number {
  for (let k = i; k < i + 3; k++) {
    const t = tokens[k];
    if (capWord(t)) return k > i && sameSentence(tokens, i, k) ? k : -1;
    if (t?.kind !== 'word' || !NAME_CONNECTORS.has(t.lower)) return -1;
  }
  return -1;
}

/** The end of the capitalised words (and name connectors) from `first`, as a run walks forwards. */
function capsEnd(tokens: readonly Token[], first: number, ceil: number): number {
  let to = first + 1;
  while (to < ceil) {
    const t = tokens[to] as Token;
    if (capWord(t) && t.sentence === (tokens[to - 1] as Token).sentence) to++;
    else if (t.kind === 'word' && NAME_CONNECTORS.has(t.lower) && capWord(tokens[to + 1]) && to + 1 < ceil) to += 2;
    else if (connectorPair(tokens, to) && capWord(tokens[to + 2]) && to + 2 < ceil) to += 3;
    else if (nickname(tokens, to) && to + 1 < ceil) to += 2;
    else if (bracketedPlace(tokens, to) > 0 && to + bracketedPlace(tokens, to) < ceil) to += bracketedPlace(tokens, to) + 1;
    else break;
  }
  return to;
}

/** Most characters of a nickname in marks inside a name ("John “Tig” Tiegen"). */
const MOST_NICKNAME_CHARS = 16;

/**
 * "Thomas “Tom” Hale", "John ‘Tig’ Tiegen": a quotation at token `i` of one or two capitalised words between two
 * capitalised words of one sentence is a nickname inside the name.
 */
function nickname(tokens: readonly Token[], i: number): boolean {
  const q = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (q?.kind !== 'quote' || !capWord(before) || !capWord(after) || q.end - q.start > MOST_NICKNAME_CHARS + 2) return false;
  if (before?.sentence !== q.sentence || after?.sentence !== q.sentence || before.end + 1 !== q.start || q.end + 1 !== after.start)
    return false;
  return q.nickname === true;
}

/** Two name particles in a row from token `i` ("de la", "von der"). */
function connectorPair(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (a?.kind !== 'word' || b?.kind !== 'word') return false;
  return (NAME_CONNECTORS.has(a.lower) && NAME_CONNECTORS.has(b.lower)) || contractedArticle(a, b);
}

/**
 * "Marit in ’t Hout", "Jan van ’t Riet": a Dutch particle and the article "’t" it is written with (the apostrophe
 * and a space between the two words) open a surname.
 */
function contractedArticle(a: Token, b: Token): boolean {
  return !a.cap && ARTICLE_PARTICLES.has(a.lower) && b.text === 't' && b.start - a.end === 2;
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return (tokens[a] as Token).sentence === (tokens[b] as Token).sentence;
}

/**
 * A title that names a role on its own and may go on with "of" and its office ("Secretary of State", "Chief of
 * Staff", "Governor of Ohio"): no honorific ("Lord of …"), no word that only modifies a title ("Former", "State").
 */
function officeTitle(w: string): boolean {
  return titleWord(w) && !HONORIFICS.has(w) && (!TITLE_MODIFIERS.has(w) || PERSON_ROLE_NOUNS.has(w));
}

/** "F.", a given name's initial inside a name. */
function initial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

/**
 * "Secretary of State Ana Ruiz", "Chief of Staff Tom Hale", "Secretary of State Ruiz", "Director of National
 * Intelligence Li Wei", "Undersecretary for Management Tom Hale": the "of" (or "for") at `of` joins a title to its
 * office when a person's name follows the office, the capitalised words after it running to `to`. The name is the
 * last two words (with an initial or a connector inside it: "John F. Kerry", "Bill de Blasio"), the office the
 * words before it; a single name only after an office that is itself a title's word ("State", "Defense": "Secretary
 * of Homeland Security" names no one called "Security") or that ends in the field of an office ("Minister of Foreign
 * Affairs Pell"). No title of someone else in the office ("Spokesman for
 * Gov. Li Wei" is not Li Wei). Returns the index where the name starts, or -1 when it joins no such title and name.
 */
function officeName(tokens: readonly Token[], of: number, to: number): number {
  const title = tokens[of - 1];
  const first = tokens[of + 1];
  const rest = to - of - 1;
  if (!OFFICE_PREPOSITIONS.has(tokens[of]?.lower ?? '') || !title || !first || !capWord(title) || !capWord(first) || rest < 2) return -1;
  if (!sameSentence(tokens, of - 1, to - 1) || !officeTitle(title.lower) || FUNCTION_CAPS.has(first.lower)) return -1;
  if (rest === 2 && !(titleWord(first.lower) || OFFICE_FIELDS.has(first.lower))) return -1;
  // ("Minister of Foreign Affairs Pell": a field of an office is no given name, so the name is one word after it)
  let s = to - (rest === 2 || OFFICE_FIELDS.has((tokens[to - 2] as Token).lower) ? 1 : 2);
  while (s - 1 > of + 1 && (initial(tokens[s] as Token) || NAME_CONNECTORS.has((tokens[s] as Token).lower))) s--;
  for (let i = of + 1; i < s; i++) {
    const w = (tokens[i] as Token).lower;
    if ((titleWord(w) && !TITLE_MODIFIERS.has(w)) || (tokens[i] as Token).poss) return -1;
  }
  for (let i = s; i < to; i++) {
    const t = tokens[i] as Token;
    if (!(t.cap || NAME_CONNECTORS.has(t.lower))) return -1;
    if (ORG_WORDS.has(t.lower) || titleWord(t.lower) || PARTY_MEMBER_WORDS.has(t.lower) || /\d/.test(t.text) || (t.poss && i < to - 1))
      return -1;
    if (t.text.length > 1 && t.text === t.text.toUpperCase() && !t.text.includes('.')) return -1;
  }
  return s;
}

/** The "of" (or "for") that joins a title to its office inside a run ("Secretary of State Ana Ruiz"), or -1. */
export function officeOf(tokens: readonly Token[], run: NameRun): number {
  for (let i = run.from + 1; i < run.nameFrom; i++) if (OFFICE_PREPOSITIONS.has((tokens[i] as Token).lower)) return i;
  return -1;
}

/** The run of capitalised words that starts at token `first`, walking forwards. */
export function runStartingAt(tokens: readonly Token[], first: number, ceil: number): NameRun | null {
  const surname = capWord(tokens[first]) ? first : afterParticles(tokens, first);
  if (surname < 0 || surname >= ceil) return null;
  let to = capsEnd(tokens, surname, ceil);
  // "Secretary of State Ana Ruiz": a title's "of" and its office, then the name
  if (to + 1 < ceil && capWord(tokens[to + 1]) && sameSentence(tokens, to - 1, to + 1)) {
    const end = capsEnd(tokens, to + 1, ceil);
    if (officeName(tokens, to, end) >= 0) to = end;
  }
  return splitRun(tokens, first, to);
}

/**
 * "…,” Will wrote.", "While From argues …": a function word capitalised alone mid-sentence before a lower-case word is a
 * surname ("George Will", "Al From"), not a sentence opener ("I" is no name).
 */
function surnameLike(tokens: readonly Token[], from: number, to: number): boolean {
  const t = tokens[from] as Token;
  const before = tokens[from - 1];
  const next = tokens[to];
  return (
    to - from === 1 &&
    FUNCTION_CAPS.has(t.lower) &&
    !PRONOUNS.has(t.lower) &&
    t.text !== t.text.toUpperCase() &&
    before !== undefined &&
    before.sentence === t.sentence &&
    next !== undefined &&
    next.kind === 'word' &&
    !next.cap &&
    next.sentence === t.sentence
  );
}

/** "I'm", "We’ve", "He'd": a pronoun with a verb, capitalised at a sentence's start, is no name. */
function pronounContraction(t: Token): boolean {
  const [pronoun, rest] = t.lower.split(/['\u2019]/);
  return rest !== undefined && pronoun !== undefined && PRONOUNS.has(pronoun);
}

/** An all-capitals word of three letters or more that is not an initialism with periods. */
function shouted(t: Token): boolean {
  return t.text.length >= 3 && !t.text.includes('.') && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
}

/** A two-letter word in capitals with no periods ("DJ", "MP"). */
function acronym(t: Token): boolean {
  return t.text.length === 2 && /^\p{Lu}\p{Lu}$/u.test(t.text);
}

/**
 * A title before a name ("Sen.", "President"), also one joined of titles by hyphens ("Director-General",
 * "Secretary-General", "Attorney-General"), which is no part of the name after it.
 */
export function titleWord(w: string): boolean {
  return TITLES.has(w) || (w.includes('-') && w.split('-').every((part) => TITLES.has(part)));
}

/** "Korean-born", "Ohio-based": a capitalised compound adjective of origin, which describes the name after it. */
function originAdjective(t: Token): boolean {
  const hyphen = t.lower.lastIndexOf('-');
  return hyphen > 0 && ORIGIN_PARTICIPLES.has(t.lower.slice(hyphen + 1));
}

/**
 * Does the run [from, to) open its sentence with a verb of saying ("Said Ana Ruiz: “…”") whose words follow with no
 * verb of saying of their own before them ("Said Jalili told reporters …" names someone called Said)?
 */
function invertedOpening(tokens: readonly Token[], from: number, to: number): boolean {
  const s = (tokens[from] as Token).sentence;
  if (tokens[from - 1]?.sentence === s) return false;
  for (let j = to; j < tokens.length && (tokens[j] as Token).sentence === s; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote') return true;
    if (t.kind === 'word' && !t.cap && speechFormAt(tokens, j)) return false;
  }
  return false;
}

/**
 * Is the word at `i` a noun of an occupation written as a title before a given name ("Librarian Tomasz …",
 * "Principal Ada …")? Not a word the name lists know ("Baker Rose Hunter", "Mason Lee Ward", "Hunter Ray Cole"
 * may be a name of three words), and only before a word two of them know as a given name, with a surname or two
 * after it (a headline in title case runs on: "Bombshell Hillary Photo From …").
 */
function occupationTitle(tokens: readonly Token[], i: number): boolean {
  const given = tokens[i + 1];
  return occupationWord(tokens, i) && /^\p{Lu}\p{Ll}+$/u.test(given?.text ?? '') && widelyGivenName((given as Token).text);
}

/** A capitalised noun of an occupation at `i` that the name lists do not know as a name ("Librarian", not "Baker"). */
function occupationWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return !t.poss && /^\p{Lu}\p{Ll}+$/u.test(t.text) && occupationNoun(t.lower) && !anyListedName(t.lower);
}

/**
 * "Librarian Welk": a name of two words whose first is a noun of an occupation, which may be a title before a surname
 * (the document decides: document.ts); its surname, or null.
 */
export function occupationBeforeSurname(tokens: readonly Token[], run: NameRun): string | null {
  if (run.to - run.nameFrom !== 2 || !occupationWord(tokens, run.nameFrom)) return null;
  if (!occupationOnlyNoun((tokens[run.nameFrom] as Token).lower)) return null;
  const surname = tokens[run.nameFrom + 1] as Token;
  const w = surname.lower;
  if (ORG_WORDS.has(w) || MONTHS_DAYS.has(w) || PARTY_MEMBER_WORDS.has(w) || titleWord(w)) return null;
  return /^\p{Lu}\p{Ll}+$/u.test(surname.text) ? surname.text : null;
}

/** Splits off leading function words and the title/organisation prefix ("Chinese Defense Minister"). */
function splitRun(tokens: readonly Token[], from: number, to: number): NameRun | null {
  if (surnameLike(tokens, from, to)) return { from, to, nameFrom: from };
  while (from < to && (FUNCTION_CAPS.has((tokens[from] as Token).lower) || pronounContraction(tokens[from] as Token))) from++;
  // "Said Ana Ruiz, who …, “…”": a verb of saying opening its sentence before a name inverts the attribution
  if (to - from >= 2 && TAG_VERBS.has((tokens[from] as Token).lower) && invertedOpening(tokens, from, to)) from++;
  // a run of shouted headline words before a name ("VOTERS CARE MORE - Frank Newport")
  // (an acronym before one word is part of it: "USA Today", "CBS News" name a body, not someone called "Today")
  while (
    from < to - 1 &&
    shouted(tokens[from] as Token) &&
    !shouted(tokens[to - 1] as Token) &&
    !(to - from === 2 && (tokens[from] as Token).text.length <= 4)
  )
    from++;
  // "DJ Beverly Bond", "MP Ana Ruiz": a two-letter acronym before a full name is a role ("TJ Lind" keeps its initials)
  if (to - from >= 3 && acronym(tokens[from] as Token) && !shouted(tokens[to - 1] as Token)) from++;
  if (from >= to) return null;
  let nameFrom = from;
  for (let i = from; i < to - 1; i++) {
    const w = (tokens[i] as Token).lower;
    // "Breitbart’s Joel Pollak": an owner in the possessive is no part of the name after it
    // ("Democrats Ana Ruiz and …", "Shoppers Say": a role noun in the plural is no part of a name either)
    if (
      titleWord(w) ||
      PLURAL_TITLES.has(w) ||
      ORG_WORDS.has(w) ||
      PERSON_ROLE_NOUNS.has(w) ||
      PLURAL_ROLES.has(w) ||
      (tokens[i] as Token).poss ||
      originAdjective(tokens[i] as Token)
    )
      nameFrom = Math.max(nameFrom, i + 1); // (never back inside an office: "Minister of Foreign Affairs Li Wei")
    // "Chief of Staff Ana Ruiz": the office after a title's "of" is no part of the name
    if (OFFICE_PREPOSITIONS.has(w)) nameFrom = Math.max(nameFrom, officeName(tokens, i, to));
  }
  // "Librarian Tomasz Welk", "Head Librarian Ada Ferreira": a noun of an occupation before a full name is a title
  if (to - nameFrom >= 3 && to - nameFrom <= 4 && occupationTitle(tokens, nameFrom)) nameFrom++;
  // "CNN President On Ana Ruiz: …", a headline in title case: a preposition after the title opens what it is about,
  // no part of a name
  while (nameFrom > from && nameFrom < to - 1 && HEADLINE_PREPOSITIONS.has((tokens[nameFrom] as Token).lower)) nameFrom++;
  return { from, to, nameFrom };
}

/** Prepositions a title-case headline capitalises ("On", "About"), none of them the "of" of an office. */
const HEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set([...PREPOSITIONS].filter((w) => w !== 'of'));

/** The text of the name part of a run, as written. */
export function runName(text: string, toks: readonly Token[], run: NameRun): string {
  return text.slice((toks[run.nameFrom] as Token).start, (toks[run.to - 1] as Token).end);
}
/**
 * A determiner or pronoun that stands for people no one names ("another", "some", "someone"): no name. Not "one",
 * which also opens names of bodies ("One Nation").
 */
export function forPeople(w: string): boolean {
  return (STANDALONE.has(w) && w !== 'one') || PERSON_PRONOUNS.has(w);
}

/** True when the name part looks like a person's name: two or more capitalised words, none an organisation word, the last no party word. */
export function personLike(tokens: readonly Token[], run: NameRun): boolean {
  if (run.to - run.nameFrom < 2 || run.to - run.nameFrom > 4 || placeRun(tokens, run)) return false;
  // "Several Twitter users", "Another Ostend voter": a determiner for people opens a description of them
  if (forPeople((tokens[run.nameFrom] as Token).lower)) return false;
  // ("Ansar al-Sharia": a group's name)
  if (GROUP_OPENERS.has((tokens[run.nameFrom] as Token).lower)) return false;
  if (PARTY_MEMBER_WORDS.has((tokens[run.to - 1] as Token).lower)) return false;
  if (bodyGoesOn(tokens, run)) return false;
  for (let i = run.nameFrom; i < run.to; i++) {
    const t = tokens[i] as Token;
    // ("Harry Hurt III": a generational suffix in capitals after a name is no acronym)
    if (i === run.to - 1 && i - run.nameFrom >= 2 && SUFFIXES.has(t.lower)) continue;
    if (i === run.to - 1 && titleWord(t.lower) && !ORG_WORDS.has(t.lower) && t.text !== t.text.toUpperCase() && titledSurname(tokens, run))
      continue;
    if (
      ORG_WORDS.has(t.lower) ||
      titleWord(t.lower) ||
      /\d/.test(t.text) ||
      (t.text.length > 1 && t.text === t.text.toUpperCase() && !t.text.includes('.'))
    )
      return false;
  }
  return true;
}

/**
 * "Cruz said …" in a story that never names Cruz in full: one capitalised word, no title before it, that may be a
 * surname (no acronym, figure, body's or title's word, place, party member, word for people or group opener, no
 * plural, not after "the"). The caller checks that a verb of saying makes it a speaker.
 */
export function bareSurname(tokens: readonly Token[], run: NameRun): boolean {
  if (run.to - run.from !== 1 || run.nameFrom !== run.from || placeRun(tokens, run)) return false;
  const t = tokens[run.from] as Token;
  const before = tokens[run.from - 1];
  if (before?.lower === 'the' && before.sentence === t.sentence) return false;
  return !(
    t.text.length < 3 ||
    t.text === t.text.toUpperCase() ||
    /[\d.]/.test(t.text) ||
    t.lower.endsWith('s') ||
    t.poss ||
    ORG_WORDS.has(t.lower) ||
    titleWord(t.lower) ||
    PARTY_MEMBER_WORDS.has(t.lower) ||
    GROUP_OPENERS.has(t.lower) ||
    forPeople(t.lower)
  );
}

/**
 * "Clara King", "Tom Bishop", "Ana Jean Judge": a title's word ending a name is a surname after a given name the name
 * lists know ("Clara", "Tom"), when no other title stands in the name and no office follows ("Ohio Governor", "Tom
 * Chief of Staff" are no such names).
 */
function titledSurname(tokens: readonly Token[], run: NameRun): boolean {
  const after = tokens[run.to];
  if (after?.kind === 'word' && OFFICE_PREPOSITIONS.has(after.lower) && after.sentence === (tokens[run.to - 1] as Token).sentence)
    return false;
  for (let i = run.nameFrom; i < run.to - 1; i++) if (titleWord((tokens[i] as Token).lower)) return false;
  return givenNameGender((tokens[run.nameFrom] as Token).text) !== undefined;
}

/**
 * "the Harbour Center for Coastal Studies", "the Institute on Ocean Policy": capitalised words after a body's word and
 * "for", "of" or "on" go on with the body's name (no title before them: "Bank of Ostend Governor Ana Ruiz" names her).
 */
function bodyGoesOn(tokens: readonly Token[], run: NameRun): boolean {
  const prep = tokens[run.from - 1];
  const body = tokens[run.from - 2];
  return (
    run.nameFrom === run.from &&
    prep?.kind === 'word' &&
    BODY_PREPOSITIONS.has(prep.lower) &&
    body?.cap === true &&
    body.sentence === prep.sentence &&
    ORG_WORDS.has(body.lower)
  );
}

/**
 * "the United States", "Ruiz’s New Hampshire win": a name part that is exactly a country's or a US state's name is
 * a place, never a person. Not a longer name ("George Washington", "Virginia Foxx") nor one after a title ("Sen.").
 * So is a name of two words or more that ends in a geographic feature's word ("the South China Sea", "Silicon Valley").
 */
export function placeRun(tokens: readonly Token[], run: NameRun): boolean {
  if (run.nameFrom > run.from && titleWord((tokens[run.nameFrom - 1] as Token).lower)) return false;
  if (run.to - run.nameFrom >= 2 && GEOGRAPHIC_FEATURE_WORDS.has((tokens[run.to - 1] as Token).lower)) return true;
  let name = (tokens[run.nameFrom] as Token).lower;
  for (let i = run.nameFrom + 1; i < run.to; i++) name += ` ${(tokens[i] as Token).lower}`;
  return PLACES.has(name);
}

/** Appends a person to the list under `key`. */
function push(map: Map<string, Person[]>, key: string, p: Person): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Whether the document says a person is a man or a woman (an honorific, "his wife", the pronouns used). */
export type { Gender };

/** A person a document names, with the roles it gives them. */
export interface Person {
  name: string;
  roles: string[];
  /** Other forms the document uses (with titles, short forms). */
  aliases: Set<string>;
  /** Set when the document tells (gender.ts). */
  gender?: Gender;
  /** The party a tag after the name gives, as its member word ("Sen. Ana Ruiz (D-N.Y.)": "democrat"; described.ts). */
  party?: string;
  /** The age the document gives ("Ana Ruiz, 52,", "52-year-old Ana Ruiz"; described.ts). */
  age?: number;
  /** The name ends in a generational suffix ("Tom Hale Jr."): its surname is the word before it. */
  suffixed?: boolean;
  /** Named only by a given name after a relation noun ("his wife, Ana,"; document.ts): someone a story names in passing. */
  kin?: boolean;
}

/**
 * A name in the table that reads as a place's or a body's ("White House", "Capitol Hill"): no gender, role or kin the
 * text gives, and a first word no given-name list knows that WordNet knows.
 */
function placeOrBody(p: Person): boolean {
  const first = p.name.split(' ')[0] as string;
  return !p.gender && !p.roles.length && !p.kin && !anyListedName(first) && dictionaryWord(first);
}

/**
 * "Hill said" in a story naming Capitol Hill and Anita Hill: of the people a short form may stand for, those that
 * read as no place or body, when there are some (a surname is a person's, whichever name the text writes more).
 */
function personsFirst(candidates: readonly Person[]): readonly Person[] {
  if (candidates.length < 2) return candidates;
  const people = candidates.filter((p) => !placeOrBody(p));
  return people.length ? people : candidates;
}

/** "vice president", "deputy director": an office under the one its noun names, the two words as one. */
const SUBORDINATE_OFFICE = new RegExp(`\\b(${[...SUBORDINATE_TITLES].join('|')})[\\s-]+(?=\\p{L})`, 'gu');

/**
 * The words of a role or a description as written, an abbreviated title as its word ("Sen." → "senator"), a
 * possessive without its "’s" ("Clinton’s campaign manager").
 */
function roleTokens(text: string): string[] {
  return text
    .split(/[^\p{L}.’'-]+/u)
    .map((w) => w.replace(/^[.’'-]+|[’']s$|[’'-]+$/gu, ''))
    .map((w) => TITLE_ABBREVIATIONS.get(w.toLowerCase()) ?? w.replace(/\.+$/u, ''))
    .filter((w) => w.length > 1);
}

/** The party member word a word names ("Democratic", "Democrat": "democrat"), if any. */
export function partyWord(word: string): string | undefined {
  const w = word.toLowerCase();
  if (PARTY_MEMBER_WORDS.has(w)) return w;
  return w.endsWith('ic') && PARTY_MEMBER_WORDS.has(w.slice(0, -2)) ? w.slice(0, -2) : undefined;
}

/** The party the document gives a person: a tag, or a role that says it ("a Democrat", "the Democratic mayor"). */
export function partyOf(p: Person): string | undefined {
  if (p.party) return p.party;
  for (const role of p.roles)
    for (const w of role.split(/[^\p{L}]+/u)) {
      const party = partyWord(w);
      if (party) return party;
    }
  return undefined;
}

/** Whether a role holds a capitalised word that is no title or role noun: a place, a party, a body ("Vermont senator"). */
function namesItsOwnWhere(role: string): boolean {
  return roleTokens(role).some((w) => /^\p{Lu}/u.test(w) && !titleWord(w.toLowerCase()) && !PERSON_ROLE_NOUNS.has(w.toLowerCase()));
}

/** The people named in one document, looked up by any of their name words. */
export class PersonTable {
  readonly people = new Map<string, Person>();
  /** People by the last and by the first word of their name, in the order they were named. */
  private readonly byLast = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  /** How often each full name was written. */
  private readonly written = new Map<Person, number>();
  /** The capitalised runs of the headline, space-padded ("Ana Ruiz Accused Of Fraud"): whom a story is about. */
  private readonly headlined: string[] = [];
  /** Short forms already looked up, and their candidates (cleared whenever a name is added). */
  private readonly looked = new Map<string, Person | null>();
  private readonly shortForms = new Map<string, readonly Person[]>();
  /** Other forms of a full name, each with its person (addForm). */
  private readonly forms = new Map<string, Person>();

  /** Records a capitalised run of the headline: on a tie, a short form two people share is the one it writes in full. */
  headline(run: string): void {
    this.headlined.push(` ${run} `);
    if (this.looked.size) this.looked.clear();
  }

  /** Does the headline write this full name? */
  private inHeadline(p: Person): boolean {
    return this.headlined.some((h) => h.includes(` ${p.name} `));
  }

  /** Registers another form of a person's name that is no short form of it ("Librarian Welk" for Tomasz Welk). */
  addForm(form: string, p: Person): void {
    this.forms.set(form, p);
    p.aliases.add(form);
    if (this.looked.size) this.looked.clear();
  }

  /** Registers a full name (two or more words); returns the person. */
  add(name: string): Person {
    if (this.looked.size) this.looked.clear();
    let p = this.people.get(name);
    if (!p) {
      if (this.shortForms.size) this.shortForms.clear();
      p = { name, roles: [], aliases: new Set() };
      this.people.set(name, p);
      const parts = name.toLowerCase().split(' ');
      // "Tom Hale Jr.", "Harry Hurt III": the surname is the word before a generational suffix
      const suffix = parts.length > 2 && SUFFIXES.has((parts.at(-1) as string).replace(/[.,]/g, ''));
      if (suffix) p.suffixed = true;
      push(this.byLast, (suffix ? (parts.at(-2) as string).replace(/,$/, '') : parts.at(-1)) as string, p);
      push(this.byFirst, parts[0] as string, p);
    }
    this.written.set(p, (this.written.get(p) ?? 0) + 1);
    return p;
  }

  /**
   * The person a name refers to: the full name itself, or a surname/given-name short form; with `gender`
   * ("Mrs. Lind"), a short form passes over the people the document says are not of it (none left: null,
   * "Mr. Obama" in a story that names only Michelle Obama in full is someone else).
   */
  lookup(name: string, gender?: Gender): Person | null {
    const full = this.people.get(name) ?? this.forms.get(name);
    if (full) return full;
    const key = gender ? `${gender}:${name}` : name;
    const known = this.looked.get(key);
    if (known !== undefined) return known;
    const found = this.find(name, gender);
    this.looked.set(key, found);
    return found;
  }

  /**
   * Everyone a short form may stand for: those whose surname it is ("Clinton": Hillary Clinton, Bill Clinton),
   * else those whose given name it is, in the order the document named them.
   */
  candidates(name: string): readonly Person[] {
    const known = this.shortForms.get(name);
    if (known) return known;
    const found = this.findCandidates(name);
    this.shortForms.set(name, found);
    return found;
  }

  private findCandidates(name: string): readonly Person[] {
    const full = this.people.get(name) ?? this.forms.get(name);
    if (full) return [full];
    const tail = name.toLowerCase();
    const space = tail.lastIndexOf(' ');
    const last = this.byLast.get(space < 0 ? tail : tail.slice(space + 1)) ?? [];
    // ("Trump" in a story naming Donald Trump and Donald Trump Jr. is the one without the suffix)
    if (space < 0 && last.some((p) => p.suffixed) && last.some((p) => !p.suffixed)) return last.filter((p) => !p.suffixed);
    if (space < 0) return last.length ? last : (this.byFirst.get(tail) ?? []);
    return last.filter((p) => p.name.toLowerCase().endsWith(tail));
  }

  /**
   * A short form shared by several people names the one the document writes out most often (the person the
   * story is about: "Clinton" in a story about Hillary Clinton that names Bill Clinton once), the first named
   * on a tie, unless the headline writes another of them in full (a headline "Hillary Clinton Accused …", then "an
   * agent for Bill Clinton" and "Hillary Clinton" once each: "Clinton" is Hillary Clinton).
   */
  private find(name: string, gender?: Gender): Person | null {
    const all = this.candidates(name);
    const fit = personsFirst(gender ? all.filter((p) => !p.gender || p.gender === gender) : all);
    let best: Person | null = null;
    for (const p of fit) {
      const n = this.written.get(p) ?? 0;
      const b = best ? (this.written.get(best) ?? 0) : -1;
      if (n > b || (n === b && best && this.inHeadline(p) && !this.inHeadline(best))) best = p;
    }
    return best;
  }

  /** Records what the document says of a person's gender (short forms are looked up anew). */
  setGender(p: Person, gender: Gender): void {
    p.gender = gender;
    this.looked.clear();
  }

  /** Records a role ("spokesman for the Eastern Theater Command") for a person. */
  addRole(p: Person, role: string): void {
    const r = role.trim().replace(/^(the|a|an)\s+/i, '');
    if (r.length > 2 && r.length < 120 && !p.roles.includes(r)) p.roles.push(r);
  }

  /**
   * The person one of whose roles holds a role noun of a description and every word of it that says which office or
   * whose: a capitalised word (a place, a party, a body: "the Florida senator" is no "Vermont senator") and a title's
   * modifier other than one of rank or time ("state", "deputy"; "former" need not be there), an abbreviated title
   * read as its word ("Florida Sen."). So "the GOP front-runner" is no senator "leading the GOP pack". Ties → `recent`.
   * Failing that, a role that names no place, party or body of its own ("Sen.", "former Gov.") says nothing against
   * those words: the one person of the whole document holding such a role with that noun, if named by `recent`.
   */
  byRole(description: string, recent: (p: Person) => number): Person | null {
    const written = roleTokens(description).filter((w) => !DETERMINERS.has(w.toLowerCase()));
    const lower = written.map((w) => w.toLowerCase());
    const nouns = lower.filter((w) => PERSON_ROLE_NOUNS.has(w) || (TITLES.has(w) && !TITLE_MODIFIERS.has(w)));
    if (!nouns.length) return null;
    // ("the Democratic senator" is no senator the document tags "R-Ky." or calls a Republican)
    const party = lower.map(partyWord).find((w) => w !== undefined);
    const required = lower.filter((w, k) =>
      nouns.includes(w) ? false : TITLE_MODIFIERS.has(w) ? !RANK_AND_TIME_MODIFIERS.has(w) : /^\p{Lu}/u.test(written[k] as string),
    );
    let best: Person | null = null;
    const silent: Person[] = [];
    for (const p of this.people.values()) {
      if (!p.roles.length) continue;
      const own = party ? partyOf(p) : undefined;
      if (own && own !== party) continue;
      let full = false;
      let quiet = false;
      for (const role of p.roles) {
        const roleWords = new Set(
          roleTokens(
            // ("the former president" is no "Vice President": unless the description says "vice" too, the office under
            // another is glued to its noun, "vicepresident", and matches no word of it)
            role.toLowerCase().replace(SUBORDINATE_OFFICE, (m, under: string) => (lower.includes(under) ? m : under)),
          ).flatMap((w) => [w, ...w.split(/[^\p{L}]+/u)]),
        );
        // ("the Russian leader" is the "Russian President": a noun of leading fits an office's title or a body's name
        // when the role holds every other word of the description, one of them at least a name's)
        const leads =
          required.length > 0 &&
          nouns.every((w) => LEADER_NOUNS.has(w)) &&
          lower.every((w) => nouns.includes(w) || RANK_AND_TIME_MODIFIERS.has(w) || roleWords.has(w)) &&
          [...roleWords].some((w) => OFFICE_TITLES.has(w) || ORG_WORDS.has(w));
        if (leads) full = true;
        if (leads || !nouns.some((w) => roleWords.has(w))) continue;
        if (required.every((w) => roleWords.has(w))) full = true;
        else if (!namesItsOwnWhere(role)) quiet = true;
      }
      if (full && recent(p) >= 0 && (!best || recent(p) > recent(best))) best = p;
      else if (quiet) silent.push(p);
    }
    // ("Sen." says nothing of which state: "the Florida senator" is the one senator the document names, before or after)
    if (!best && silent.length === 1 && recent(silent[0] as Person) >= 0) best = silent[0] as Person;
    return best;
  }
}
