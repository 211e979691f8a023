/**
 * One canonical speaker per person across documents. Full names cluster when their surnames (last words before
 * a generational suffix, which must agree) match up to a spelling variant and their given names agree; a
 * surname with its particles or suffix alone ("De Blasio", "Hale Jr.") joins the one full name ending so; a
 * surname-only form joins a cluster only when exactly one cluster has that word; descriptions ("the spokesman")
 * stay inside their document. A description that reaches the index ("a column two days ago", "A reporter for
 * Agence France-Presse") is found by its own words only: it has no surname a person shares, owns no name word a
 * surname alone could join, and is never the body it ends with.
 */
import { AGE_WORD } from './described.js';
import {
  ascii,
  foldName,
  foldTypedName,
  foldWord,
  givenMatch,
  isHandle,
  lettersOfRun,
  MIN_JOINED_LETTERS,
  nameLetters,
  nameWords,
  spellingVariant,
  variantSkeleton,
  wordsMatch,
} from './fold.js';
import { roleNoun } from './phrases.js';
import { particleName } from './tokens.js';
import type { DocumentClaims, Speaker } from './types.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_CONNECTORS,
  OFFICE_TITLES,
  ORG_WORDS,
  ORGANISATION_HEADS,
  PARTY_MEMBER_WORDS,
  PERSON_PRONOUNS,
  PRONOUNS,
  STANDALONE,
} = words;

/** Canonical speakers of a set of documents, and the lookup from a name as one document gave it. */
export interface SpeakerIndex {
  speakers: Speaker[];
  /** The canonical speaker behind a name as one document resolved it. */
  resolve(documentId: string, nameInDocument: string): Speaker | null;
}

/** Stable id: lower-case, ascii-folded, hyphenated ("Nikolai Yevmenov" → "nikolai-yevmenov"). */
export function speakerId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Cluster {
  forms: Map<string, number>;
  roles: Map<string, number>;
  words: string[][];
  speaker?: Speaker;
}

/**
 * A description of a person or of people ("the spokesman", "prosecutors", "the Democrat", "the 52-year-old") or of a
 * document ("the statement"): means different people in different documents.
 */
function documentScoped(name: string): boolean {
  if (name === 'I') return true; // an "I" no one was found for
  if (!/^\p{Ll}/u.test(name) || writtenAsName(name)) return false;
  const parts = name.split(/\s+/);
  // "another", "someone", "some on Twitter": people no one names, whoever they are in each story; so too a common noun
  // alone ("people", "weeds")
  if (parts.length === 1 || STANDALONE.has(parts[0] as string) || PERSON_PRONOUNS.has(parts[0] as string)) return true;
  const last = parts.at(-1) ?? '';
  const head = last.toLowerCase();
  // (a document as written in lower case: "the Post" is a newspaper)
  return roleNoun(head) || PRONOUNS.has(head) || PARTY_MEMBER_WORDS.has(head) || DOCUMENT_NOUNS.has(last) || AGE_WORD.test(head);
}

function add<K>(m: Map<K, number>, k: K, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/**
 * A person's name ("Nikolai Yevmenov"), not a description or an organisation ("the Sanders campaign", "Virginia
 * primary voters": a name ends in a capitalised word).
 */
function personName(name: string, folded?: readonly string[]): boolean {
  const parts = name.split(/\s+/);
  const last = (parts.at(-1) ?? '').toLowerCase();
  // "Ana Ruiz and Li Wei" speak together: a joint speaker joins only the same names
  if (!named(name) || ORG_WORDS.has(last) || /\sand\s/.test(name) || bodyOfAt(folded ?? foldName(name)) >= 0) return false;
  // "A reporter for Agence France-Presse": a description that ends in a body's name is someone working for it, no
  // one's name (a name's words are capitalised but for its particles: "Ana de la Cruz")
  return parts.every((w) => nameWord(w) || NAME_CONNECTORS.has(w));
}

/** Organisation words as names fold ("ministri"), to read a folded name. */
const FOLDED_ORG_WORDS: ReadonlySet<string> = new Set([...ORG_WORDS].map(foldWord));

/**
 * Where the "of" of a body named with it stands in its folded words ("Ministry of Welfare", "Department of
 * Justice": an organisation word before it), else -1.
 */
function bodyOfAt(words: readonly string[]): number {
  const at = words.indexOf('of');
  return at > 0 && at < words.length - 1 && FOLDED_ORG_WORDS.has(words[at - 1] as string) && words.lastIndexOf('of') === at ? at : -1;
}

/**
 * A body's folded words in the order a name without "of" gives them: "Ministry of Welfare" is the "Welfare
 * Ministry" of another outlet, "Department of Justice" the "Justice Department" (one speaker); others as they are.
 */
function bodyWords(words: string[]): string[] {
  const at = bodyOfAt(words);
  return at < 0 ? words : [...words.slice(at + 1), ...words.slice(0, at)];
}

/** A name, a person's or an organisation's ("Ana Ruiz", "CBS News"), not a description ("Ohio primary voters"). */
function named(name: string): boolean {
  return writtenAsName(name) && nameWord(name.split(/\s+/).at(-1) ?? '');
}

/** A word written as a name's: capitalised, or a particle joined by a hyphen to a capitalised part ("al-Hassan"). */
function nameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || particleName(word);
}

/**
 * A credit written as a name: its first word capitalised, after any name particles ("de Blasio", "van der Berg"),
 * or a particle joined to a capitalised part ("al-Hassan"), not a description ("the spokesman", "officials").
 */
export function writtenAsName(name: string): boolean {
  const parts = name.trim().split(/\s+/);
  let i = 0;
  while (i < parts.length - 1 && NAME_CONNECTORS.has(parts[i] as string)) i++;
  return nameWord(parts[i] ?? '');
}

/** A speaker's name that is an organisation's ("the Harbour Trust", "the defence ministry", "a navy spokesman"). */
export function isOrganisationName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => ORGANISATION_HEADS.has(w));
}

/**
 * Finds the earliest cluster one of whose names is the same person as a new name (a person's name) or has
 * the same words (a description or an organisation; a person's name is never found by one). Names are kept by the first three letters of their
 * surname and its sound skeleton, then by surname (with its generational suffix: "Hale Jr." is no "Vell Jr."), then by given name,
 * with the earliest cluster for each: a surname is compared once per distinct spelling, not once per name seen,
 * which at a million quotations was seconds of edit distances (the same cluster as comparing with every name
 * in turn: tests/claims/speakers.test.ts).
 */
export function clusterFinder(): {
  first(words: string[], person: boolean): number | undefined;
  add(words: string[], cluster: number, person?: boolean): void;
} {
  const sameWords = new Map<string, number>();
  // block (first three letters, sound skeleton, suffix) -> surname and suffix -> given -> cluster. Only surnames
  // with the same skeleton can be a spelling variant (`variantSkeleton`), so a new surname visits those alone, not
  // every surname of its first three letters, whose number grows with the corpus; the earliest cluster of all
  // that pass is the same whatever the order
  const byBlock = new Map<string, Map<string, { surname: string; suffix: string; givens: Map<string, number> }>>();
  return {
    first(words, person) {
      if (!person) return sameWords.get(words.join(' '));
      const at = surnameAt(words);
      const surname = words[at] as string;
      const suffix = at === words.length - 1 ? '' : words.slice(at + 1).join(' ');
      const given = words[0] as string;
      let best: number | undefined;
      const block = byBlock.get(`${surname.slice(0, 3)}\u0000${variantSkeleton(surname)}\u0000${suffix}`);
      if (block === undefined) return undefined;
      for (const other of block.values()) {
        if (other.suffix !== suffix || !spellingVariant(other.surname, surname)) continue;
        for (const [g, cluster] of other.givens)
          if ((best === undefined || cluster < best) && givenMatch(g, given, spellingVariant)) best = cluster;
      }
      return best;
    },
    add(words, cluster, person = true) {
      const key = words.join(' ');
      if (cluster < (sameWords.get(key) ?? Infinity)) sameWords.set(key, cluster);
      // a description or a body has no surname a person's name could share ("a column two days ago" is no "Ashley
      // Yago", whose "Y" folds away): it is found by its words alone
      if (!person) return;
      const at = surnameAt(words);
      const surname = words[at] as string;
      const suffix = at === words.length - 1 ? '' : words.slice(at + 1).join(' ');
      const prefix = `${surname.slice(0, 3)}\u0000${variantSkeleton(surname)}\u0000${suffix}`;
      const block = byBlock.get(prefix) ?? byBlock.set(prefix, new Map()).get(prefix)!;
      const id = `${surname} ${suffix}`;
      const entry = block.get(id) ?? block.set(id, { surname, suffix, givens: new Map() }).get(id)!;
      const given = words[0] as string;
      if (cluster < (entry.givens.get(given) ?? Infinity)) entry.givens.set(given, cluster);
    },
  };
}

/**
 * Groups the speakers of many documents into canonical speakers.
 *
 * @example
 * const index = buildSpeakerIndex([{ documentId: 'a', claims }, { documentId: 'b', claims: other }]);
 * index.resolve('b', 'Nikolay Evmenov')?.name; // 'Nikolai Yevmenov' when both spellings were seen
 */
export function buildSpeakerIndex(docs: { documentId: string; claims: DocumentClaims }[]): SpeakerIndex {
  const counts = new Map<string, number>(); // global name -> occurrences
  const documentsOf = new Map<string, number>(); // global name -> documents that write it
  const scoped = new Map<string, number>(); // documentId \u0000 description -> occurrences
  const roles = new Map<string, Map<string, number>>();
  for (const { documentId, claims } of docs) {
    const written = new Set<string>();
    for (const q of [...claims.quotes, ...claims.paraphrases]) {
      if (!q.speaker) continue;
      if (documentScoped(q.speaker)) add(scoped, `${documentId}\u0000${q.speaker}`);
      else {
        add(counts, q.speaker);
        written.add(q.speaker);
      }
    }
    for (const name of written) add(documentsOf, name);
    for (const p of claims.people ?? []) {
      const r = roles.get(p.name) ?? new Map<string, number>();
      for (const role of p.roles) add(r, role);
      roles.set(p.name, r);
    }
  }
  const clusters: Cluster[] = [];
  const byName = new Map<string, Cluster>();
  const find = clusterFinder();
  const names = [...counts.keys()].sort((a, b) => nameWords(b).length - nameWords(a).length);
  const singles: string[] = [];
  const tails: string[] = [];
  const byTail = new Map<string, Set<number>>(); // "de blasio", "hale jr" -> the clusters of full names ending so
  /** Puts `name` (folded `words`) in cluster `at`, or in a new one; returns the cluster's index. */
  const place = (name: string, words: string[], found: number | undefined, person = true): number => {
    const at = found ?? clusters.push({ forms: new Map(), roles: new Map(), words: [] }) - 1;
    const c = clusters[at]!;
    c.words.push(words);
    find.add(words, at, person);
    add(c.forms, name, counts.get(name) ?? 1);
    byName.set(name, c);
    return at;
  };
  // whether a name is a person's, asked of every name up to four times: computed once
  const persons = new Map<string, boolean>();
  const isPerson = (name: string): boolean => {
    const known = persons.get(name);
    if (known !== undefined) return known;
    const person = personName(name);
    persons.set(name, person);
    return person;
  };
  for (const name of names) {
    const folded = foldName(name);
    const words = bodyWords(folded);
    if (words.length < 2) {
      singles.push(name);
      continue;
    }
    // "the Sanders campaign" and "the Clinton campaign" share a last word but are no surname variants:
    // descriptions and organisation names only join a cluster with the same words
    const person = personName(name, folded);
    persons.set(name, person);
    // "De Blasio", "Van der Berg", "Hale Jr.": a surname with its particles or suffix and no given name, after
    // the full names
    if (person && tailOnly(words)) {
      tails.push(name);
      continue;
    }
    // a double surname written with a space ("Ana Ocasio Vell") is the one written with a hyphen ("Ana Ocasio-Vell"),
    // which folds to one word: the longer form (seen first) is kept under both
    const joined =
      person && words.length > 2 && !SUFFIXES.has(words.at(-1) as string) ? [...words.slice(0, -2), words.slice(-2).join('')] : undefined;
    const at = place(name, words, find.first(words, person) ?? (joined && find.first(joined, person)), person);
    if (joined) find.add(joined, at);
    const from = tailStart(words);
    if (person && from > 0 && words.length - from > 1) {
      const key = words.slice(from).join(' ');
      (byTail.get(key) ?? byTail.set(key, new Set()).get(key)!).add(at);
    }
  }
  // a surname with its particles or suffix joins the one person whose full name ends with those words ("De Blasio"
  // at the start of a sentence is "Bill de Blasio"; "Hale Jr." is "Robert Hale Jr.", never "Robert Hale Sr."); else
  // it is a name as any other ("Van Jones", "Al Gore": a given name that is also a particle)
  for (const name of tails) {
    const words = foldName(name);
    const owners = byTail.get(words.join(' '));
    let at = owners?.size === 1 ? [...owners][0] : undefined;
    if (at !== undefined && officeApart(roles, name, clusters[at]!)) at = undefined;
    place(name, words, at ?? find.first(words, true));
  }
  // surname-only (or given-name-only) forms join the one cluster that has that word; the surname of a name with a
  // generational suffix only when no other cluster has it ("Trump" is "Donald Trump" before "Donald Trump Jr.")
  const byWord = new Map<string, Set<Cluster>>();
  const bySuffixed = new Map<string, Set<Cluster>>();
  const note = (m: Map<string, Set<Cluster>>, part: string, c: Cluster) => (m.get(part) ?? m.set(part, new Set()).get(part))?.add(c);
  for (const c of clusters) {
    // (a description owns no name word: "Yago" is the "Ana Yago" of another article, whatever description ends in "ago")
    if (![...c.forms.keys()].some(named)) continue;
    // a body is named alone by its first word ("NBC" for "NBC News"), never by its last ("House" is no "White House")
    const person = [...c.forms.keys()].some(isPerson);
    for (const w of c.words) {
      const at = surnameAt(w);
      if (!tailOnly(w)) note(byWord, w[0] as string, c);
      if (person) note(at < w.length - 1 ? bySuffixed : byWord, w[at] as string, c);
    }
    // each half of a double surname names the person alone ("Mendes" for "Dario Mendes-Oyelaran")
    for (const form of c.forms.keys()) if (isPerson(form)) for (const half of doubleSurname(form)) note(byWord, half, c);
  }
  for (const name of singles) {
    const key = foldWord(name);
    const owners = byWord.get(key) ?? bySuffixed.get(key);
    let c = owners && owners.size === 1 ? [...owners][0] : undefined;
    // a name alone joins no description of people whose words open or end with it ("Virginia" is no "Virginia
    // primary voters", "Someone" no "someone in the audience"), and a word that is no name ("Another") joins nothing
    if (c && (FUNCTION_WORDS.has(key) || ![...c.forms.keys()].some(named))) c = undefined;
    if (c && officeApart(roles, name, c)) c = undefined;
    if (!c) {
      c = { forms: new Map(), roles: new Map(), words: [[key]] };
      clusters.push(c);
    }
    add(c.forms, name, counts.get(name) ?? 1);
    byName.set(name, c);
  }
  const speakers: Speaker[] = [];
  for (const c of clusters) {
    for (const form of c.forms.keys()) for (const [r, n] of roles.get(form) ?? []) add(c.roles, r, n);
    speakers.push(toSpeaker(c, documentsOf, isPerson));
  }
  const scopedSpeakers = new Map<string, Speaker>();
  for (const key of scoped.keys()) {
    const [doc, name] = key.split('\u0000') as [string, string];
    const s: Speaker = { id: speakerId(`${doc} ${name}`), name, aliases: [], roles: [] };
    scopedSpeakers.set(key, s);
    speakers.push(s);
  }
  // most documents scope no description: their names are looked up without building a key (exact while no document
  // id holds the separator, which could make one document's key another's)
  const scopedDocs = new Set<string>();
  let separatorInId = false;
  for (const { documentId } of docs) separatorInId ||= documentId.includes('\u0000');
  for (const key of scoped.keys()) scopedDocs.add(key.slice(0, key.indexOf('\u0000')));
  return {
    speakers,
    resolve: (documentId, name) => {
      const scopedSpeaker = separatorInId || scopedDocs.has(documentId) ? scopedSpeakers.get(`${documentId}\u0000${name}`) : undefined;
      return scopedSpeaker ?? byName.get(name)?.speaker ?? null;
    },
  };
}

/**
 * Generational suffixes folded as names are ("III" is "i"): no half of a surname. They stay part of the name:
 * "Donald Trump Jr." is not "Donald Trump".
 */
const SUFFIXES: ReadonlySet<string> = new Set(words.GENERATIONAL_SUFFIXES.map(foldWord));

/** Name particles as names fold ("de", "van", "der", "al"). */
const PARTICLES: ReadonlySet<string> = new Set([...NAME_CONNECTORS].map(foldWord));

/** The index of the surname in a folded name: its last word before any generational suffix ("hale" in "robert hale jr"). */
function surnameAt(words: readonly string[]): number {
  let i = words.length - 1;
  while (i > 0 && SUFFIXES.has(words[i] as string)) i--;
  return i;
}

/** Where the surname begins with the name particles before it ("de blasio" in "bill de blasio"). */
function tailStart(words: readonly string[]): number {
  let i = surnameAt(words);
  while (i > 0 && PARTICLES.has(words[i - 1] as string)) i--;
  return i;
}

/** A folded name that is a surname with its particles or suffix alone ("de blasio", "van der berg", "hale jr"). */
function tailOnly(words: readonly string[]): boolean {
  return words.length > 1 && tailStart(words) === 0;
}

/**
 * "Representative Brooks" is not the columnist David Brooks of another article: an office a short form holds
 * (its own title counts) where the full name is known by roles that hold none.
 */
function officeApart(roles: ReadonlyMap<string, ReadonlyMap<string, number>>, name: string, c: Cluster): boolean {
  const office = holdsOffice([...rolesOf(roles, [name, nameWords(name).join(' ')]), name]);
  return office === true && holdsOffice(rolesOf(roles, c.forms.keys())) === false;
}

/** The folded halves of a hyphenated surname ("Mendes-Oyelaran" → mendes, oielaran); none for a single surname. */
function doubleSurname(name: string): string[] {
  const words = nameWords(name);
  if (words.length < 2) return [];
  const halves = (words.at(-1) as string).split(/[-‐‑–]/).filter(Boolean);
  return halves.length > 1 ? halves.map(foldWord).filter(Boolean) : [];
}

/**
 * Whether any of the roles names an office ("Representative", "Sen.", "Secretary of State"); undefined when there
 * are no roles beyond honorifics ("Mr.") to tell.
 */
function holdsOffice(roles: Iterable<string>): boolean | undefined {
  let any = false;
  for (const role of roles) {
    const words = role.toLowerCase().split(/\s+/);
    if (words.every((w) => HONORIFICS.has(w))) continue;
    if (words.some((w) => OFFICE_TITLES.has(w))) return true;
    any = true;
  }
  return any ? false : undefined;
}

/** The roles the documents give any of `names`. */
function rolesOf(roles: ReadonlyMap<string, ReadonlyMap<string, number>>, names: Iterable<string>): string[] {
  return [...names].flatMap((n) => [...(roles.get(n)?.keys() ?? [])]);
}

/** Letters with a diacritic in `s` ("Calderón" has one). */
const accented = (s: string): number => s.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;

/** A given name written as initials ("J.", "J.R.", "JR"), not a given name of its own. */
const initials = (word: string): boolean => /^(?:\p{Lu}\.?){1,3}$/u.test(word) && (word.includes('.') || word.length <= 2);

/**
 * A person's name with a given name written out ("John Hale", "J. Robert Hale"), not initials alone ("J. R. Hale")
 * nor a surname alone.
 */
function fullName(name: string, isPerson: (name: string) => boolean): boolean {
  if (!isPerson(name)) return false;
  const words = nameWords(name);
  const folded = words.map(foldWord);
  return words.slice(0, tailStart(folded)).some((w) => !initials(w) && !PARTICLES.has(foldWord(w)));
}

/**
 * Canonical name: a person's name with a given name written out before initials alone ("John Hale", not "J. R.
 * Hale"), and of those the one most documents write, counting together the forms that differ only by accents or
 * punctuation; then the form with the most name words (titles aside), then the most frequent; of those, the one
 * that keeps its accents ("Felipe Calderón", not the "Calderon" of outlets that drop them), then the most frequent.
 */
function toSpeaker(c: Cluster, documentsOf: ReadonlyMap<string, number>, isPerson: (name: string) => boolean): Speaker {
  // (accents aside: the spelling that keeps them is chosen below, however many outlets drop them)
  const surnameOf = (f: string): string =>
    (nameWords(f).at(-1) ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  // a cluster of one form (most of them) has nothing to sort: its keys are never read
  if (c.forms.size === 1) return speakerOf(c, [...c.forms.entries()], isPerson);
  // each form's keys computed once: the sort below compares them n log n times, for every cluster of the corpus
  const keyed = [...c.forms.entries()].map(([form, n]) => ({
    form,
    n,
    ascii: ascii(form),
    full: fullName(form, isPerson),
    surname: surnameOf(form),
    words: nameWords(form).length,
    accents: accented(form),
    documents: documentsOf.get(form) ?? 0,
  }));
  const spelled = new Map<string, number>();
  const carried = new Map<string, number>();
  const surnames = new Map<string, number>();
  for (const k of keyed) {
    add(spelled, k.ascii, k.n);
    add(carried, k.ascii, k.documents);
    add(surnames, k.surname, k.documents);
  }
  const forms = keyed
    .sort(
      (a, b) =>
        Number(b.full) - Number(a.full) ||
        // of the full names, the one most documents write ("John Hale", not one article's "John Robert Hale")
        (a.full ? (carried.get(b.ascii) ?? 0) - (carried.get(a.ascii) ?? 0) : 0) ||
        // of two writings of one name ("Singh-Whitlock", "Singh Whitlock"), the surname as most documents write it
        (a.ascii === b.ascii ? (surnames.get(b.surname) ?? 0) - (surnames.get(a.surname) ?? 0) : 0) ||
        b.words - a.words ||
        (spelled.get(b.ascii) ?? 0) - (spelled.get(a.ascii) ?? 0) ||
        b.accents - a.accents ||
        b.n - a.n,
    )
    .map((k): [string, number] => [k.form, k.n]);
  return speakerOf(c, forms, isPerson);
}

/** The speaker of a cluster whose forms are sorted, the canonical one first. */
function speakerOf(c: Cluster, forms: [string, number][], isPerson: (name: string) => boolean): Speaker {
  const best = (forms[0] as [string, number])[0];
  const words = nameWords(best);
  // a joint speaker keeps its list's commas ("Ana Ruiz, Tom Hale and Lea Costa"), which name words drop
  const name = words.includes('and') && best.includes(',') ? best.replace(/\s+/g, ' ').trim() : words.join(' ');
  // the forms outlets write, fuller and more used first (as sorted above), then the surnames they hold: "Also
  // called" lists "Ana María Ruiz" before a bare "Ruiz"
  const aliases = new Set<string>(forms.map(([f]) => f));
  for (const [f] of forms) {
    const words = nameWords(f);
    // (the surname, not a generational suffix: "Hale" for "Robert Hale Jr.", no "Jr."; with its particles, "De Blasio",
    // never "Blasio"; a person's: "Ministry" is no one's name for the "Welfare Ministry")
    if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) && isPerson(f)) {
      const folded = words.map(foldWord);
      aliases.add(words.slice(tailStart(folded), surnameAt(folded) + 1).join(' '));
    }
  }
  aliases.delete(name);
  const roles = [...c.roles.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
  c.speaker = { id: speakerId(name), name, aliases: [...aliases], roles };
  return c.speaker;
}

/** A name typed by a person, folded once to be compared with many speakers. */
export interface TypedName {
  words: string[];
  /** Its letters, spacing aside (`nameLetters`); none for a handle ("@RosaAlbright"). */
  letters: string;
  /** False for a name too short to mean anyone ("J"). */
  usable: boolean;
}

/** Folds a typed name for `typedNameMatches` (a leading "the" before titles left out with them: `foldTypedName`). */
export function typedName(query: string): TypedName {
  const words = foldTypedName(query);
  // (a handle, "@RosaAlbright", is an account's: its letters are no one's name written run together)
  const letters = isHandle(query) ? '' : nameLetters(words);
  return { words, letters, usable: words.length > 0 && !(words.length === 1 && ascii(query).length < 2) };
}

/** One form of a speaker's name, folded (`foldName`). */
export interface FoldedForm {
  words: string[];
  /** An account's handle ("@RosaAlbright"): its letters are no name of words typed split or run together. */
  handle: boolean;
}

/** The folded words of each form of a speaker's name (its name, then its aliases). */
export function speakerForms(speaker: Speaker): FoldedForm[] {
  // a joint speaker is also found by each of its people's names ("Tom Hale" for "Ana Ruiz, Tom Hale and Lea Costa")
  return [speaker.name, ...speaker.aliases, ...jointMembers(speaker.name)].map((form) => ({
    words: foldName(form),
    handle: isHandle(form),
  }));
}

/** `nameMatches` on a name and a speaker's forms already folded (for comparing one name with many speakers). */
export function typedNameMatches(q: TypedName, forms: readonly FoldedForm[]): boolean {
  if (!q.usable) return false;
  const list = q.words.includes('and');
  return forms.some(({ words, handle }) => {
    if (!words.length) return false;
    // a joint speaker's whole list only for a list typed ("Ruiz and Hale"): one name's words taken from two of its
    // people ("Tom Costa" of "Tom Hale and Lea Costa") are no one's; each person is a form of their own
    if (!list && words.includes('and')) return false;
    // a name typed run together or spaced apart ("LiShangfu", "li shang fu"): the same letters are the same name of
    // several words, never a spelling variant of one of its words (nor an account's handle, "@RosaAlbright")
    if (words.length > 1 && q.letters && q.words.length !== words.length && q.letters === nameLetters(words)) return true;
    // one word of a name, or a run of its words, typed split ("Shang Fu" for "Shangfu" or "Li Shangfu"): the same
    // letters, the whole word, never its start; enough letters that two short fragments do not join into a name by
    // chance; never an account's handle ("Rosa Albright" is not "@RosaAlbright")
    if (!handle && q.words.length > 1 && q.letters.length >= MIN_JOINED_LETTERS && lettersOfRun(q.letters, words, q.words.length))
      return true;
    if (q.words.length === 1) return words.some((w) => wordsMatch(q.words[0] as string, w));
    return q.words.every((qw) => words.some((w) => givenMatch(qw, w)));
  });
}

/**
 * True when a name typed by a person refers to this speaker: case and diacritics aside, the full name, an
 * alias, the surname or given name alone, or a spelling variant of them ("Evmenov" for "Nikolai Yevmenov").
 */
export function nameMatches(query: string, speaker: Speaker): boolean {
  return typedNameMatches(typedName(query), speakerForms(speaker));
}

/**
 * True when a name written in an article is this speaker by the rule that groups the corpus's names: the
 * same surname and a compatible given name up to the spellings a transliteration makes, or a one-word name
 * equal to one of the speaker's name words. Stricter than `nameMatches`, which forgives a person's typing.
 */
export function samePerson(name: string, speaker: Speaker): boolean {
  const words = foldName(name);
  if (!words.length) return false;
  return [speaker.name, ...speaker.aliases].some((form) => {
    const other = foldName(form);
    if (!other.length) return false;
    if (words.length === 1 || other.length === 1) {
      const [one, many] = words.length === 1 ? [words[0] as string, other] : [other[0] as string, words];
      return one === many[0] || one === many[surnameAt(many)];
    }
    // "De Blasio" or "Hale Jr." alone: the end of the full name
    if (tailOnly(words) || tailOnly(other)) {
      const [short, full] = words.length <= other.length ? [words, other] : [other, words];
      if (full.slice(-short.length).join(' ') === short.join(' ')) return true;
    }
    const a = surnameAt(words);
    const b = surnameAt(other);
    return (
      words.slice(a + 1).join(' ') === other.slice(b + 1).join(' ') &&
      spellingVariant(words[a] as string, other[b] as string) &&
      givenMatch(words[0] as string, other[0] as string, spellingVariant)
    );
  });
}

/**
 * The people a joint speaker names, each as written ("Ana Ruiz, Tom Hale and Lea Costa" → Ana Ruiz, Tom Hale, Lea
 * Costa; "Ruiz and Hale" → Ruiz, Hale); empty for one person or body ("Procter and Gamble" is written as a name of
 * two capitalised words around "and" too, so only lists whose every part is a person's name count: a body's head
 * word ("Bank", "Ministry") makes it one body).
 */
export function jointMembers(name: string): string[] {
  if (!/\sand\s/.test(name) || !writtenAsName(name)) return [];
  const parts = name
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.some((p) => !named(p) || isOrganisationName(p) || ORG_WORDS.has(p.split(/\s+/).at(-1)!.toLowerCase())))
    return [];
  return parts;
}

/** Whether `person` is one of the people a joint speaker names (by the corpus's rule for one person's names). */
export function jointMemberOf(joint: Speaker, person: Speaker): boolean {
  if (joint.id === person.id || jointMembers(person.name).length) return false;
  return jointMembers(joint.name).some((m) => samePerson(m, person));
}
