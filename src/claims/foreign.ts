/**
 * Speakers in French, German, Spanish, Italian and Portuguese articles: « … », a déclaré la maire, Hélène Vasseur. /
 * « … », a-t-il dit. / Selon Hélène Vasseur, « … ». / Hélène Vasseur a déclaré : « … » / „…“, sagte Bürgermeisterin
 * Anna Becker. / „…“, so Becker. / Laut Becker ist der Hafen „…“. / «…», dijo el alcalde, Juan Pérez. / «…», ha
 * detto il sindaco. / “…”, disse ela. / Según Iglesias, «…». / «…», aseguró. (the subject left out: the person the
 * article is about) / «No vamos —dijo Molina—, porque …» (the aside splits the words in two parts).
 * A role before or after the name ("la maire", "Bürgermeisterin", "el alcalde") is no part of it; a role alone is the
 * person the article named with that role before, else a description ("le ministre"); a pronoun the latest person
 * named before of its gender; "heißt es", "on dit", "se dice", "selon nos informations" no one; "sagten sie",
 * "dijeron" the group the sentence before opens with, else no one. Every test starts from a word of those languages
 * next to the quotation (a Set lookup), so English text costs nothing more and never matches (only "so", "a",
 * "ha", "dice", "replica" and "conclude" are English words too: "so" needs a German quotation mark in the document,
 * "a" and "ha" a participle after them, the last three a document whose commonest words are not English).
 */
import { NO_SPEAKER } from './engine.js';
import type { Attribution } from './resolve.js';
import type { DocModel } from './model.js';
import { nameGender } from './given-names.js';
import type { Gender } from './names.js';
import type { RawQuote } from './quotes.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

const {
  FOREIGN_AUXILIARIES,
  FOREIGN_COMPLEMENT_OPENERS,
  FOREIGN_DETERMINERS,
  FOREIGN_FEMININE_PRONOUNS,
  FOREIGN_HEARER_PREPOSITIONS,
  FOREIGN_IMPERSONAL_SUBJECTS,
  FOREIGN_INTERJECTED,
  FOREIGN_MASCULINE_PRONOUNS,
  FOREIGN_NAME_PARTICLES,
  FOREIGN_OPINION_PREPOSITIONS,
  FOREIGN_OWN_SOURCE_WORDS,
  FOREIGN_PARTICIPLES,
  FOREIGN_PLURAL_PRONOUNS,
  FOREIGN_PLURAL_SPEECH_VERBS,
  FOREIGN_SOURCE_PREPOSITIONS,
  FRENCH_INVERTED_ONLY,
  FRENCH_PRESENTS,
  GERMAN_IMPERSONAL_VERBS,
  GERMAN_OPENING_PREPOSITIONS,
  GERMAN_ROLE_NOUNS,
  GERMAN_SOURCE_WORDS,
  GERMAN_SPEECH_VERBS,
  PRO_DROP_SPEECH_VERBS,
  ROMANCE_ENGLISH_LOOKALIKES,
  ROMANCE_FEMININE_ROLES,
  ROMANCE_ROLE_NOUNS,
  SPANISH_ITALIAN_AUXILIARIES,
} = words;

/**
 * "explique-t-elle", "a-t-il", "dit-il": a verb with its subject pronoun after it; "dit-on", "diz-se": with the
 * subject of no one; "disent-ils": with a plural one.
 */
const INVERTED = /^(\p{L}+)-(?:t-)?(il|elle|on|se|ils|elles)$/u;
/** "l'avocate", "l’AFP": an elided article joined to its noun. */
const ELIDED = /^[ld]['\u2019]/u;
/** Particles inside a name ("Charles de Gaulle", "Ursula von Berg", "João dos Santos"). */
const PARTICLES = FOREIGN_NAME_PARTICLES;
/** The particles as a regular expression's alternatives. */
const PARTICLE_RE = [...FOREIGN_NAME_PARTICLES].join('|');
/** Words that open the complement of a role ("la maire de Rivemont", "der Sprecher des Ministeriums", "il sindaco di"). */
const COMPLEMENT = FOREIGN_COMPLEMENT_OPENERS;
/** "dell'associazione", "d'Amnesty", "dall'Ue": a complement's preposition elided onto its noun. */
const ELIDED_COMPLEMENT = /^(?:d|dall|dell|all|nell)['\u2019]/u;
/** Most tokens a role's complement runs to before the name it sets off. */
const COMPLEMENT_REACH = 5;
/** Most characters back that a pronoun or a role alone looks for the person it stands for. */
const LOOK_BACK = 3000;

/**
 * A verb of saying at `i`: the token after it and the subject pronoun it carries ("a-t-elle dit"), if any; whether
 * its language may drop the subject ("«…», aseguró."), says it of no one ("heißt es", "dit-on") or of many
 * ("sagten sie", "dijeron").
 */
interface Verb {
  after: number;
  pronoun?: string;
  proDrop?: boolean;
  impersonal?: boolean;
  plural?: boolean;
}

/** English function words, and the commonest of the other languages', for the guess below. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|that|was|for|with)\b/gi;
const ROMANCE_WORDS = /(?:^|[\s(])(?:el|los|las|del|que|il|della|che|di|gli|não|os|uma|por|con|per|les|des|est|une)(?=[\s,.])/gi;

/** Is the document written in Spanish, Italian, Portuguese or French rather than English? Asked only at a look-alike word. */
const romanceDoc = new WeakMap<DocModel, boolean>();
function notEnglish(model: DocModel): boolean {
  let r = romanceDoc.get(model);
  if (r === undefined) {
    const text = model.text.slice(0, 4000);
    r = (text.match(ROMANCE_WORDS)?.length ?? 0) > 2 * (text.match(ENGLISH_WORDS)?.length ?? 0);
    romanceDoc.set(model, r);
  }
  return r;
}

/** Does the document write German quotation marks (or French ones)? Asked only when "so" follows a quotation. */
const marked = new WeakMap<DocModel, boolean>();
function foreignMarks(model: DocModel): boolean {
  let m = marked.get(model);
  if (m === undefined) {
    m = model.text.includes('\u201e') || model.text.includes('\u00ab');
    marked.set(model, m);
  }
  return m;
}

/** A French, German, Spanish, Italian or Portuguese verb of saying at `i` (not "so", which only follows a quotation). */
function verbAt(model: DocModel, toks: readonly Token[], i: number): Verb | null {
  const t = toks[i];
  if (t?.kind !== 'word') return null;
  const w = t.lower;
  if (FRENCH_PRESENTS.has(w) || GERMAN_SPEECH_VERBS.has(w)) return { after: i + 1 };
  if (PRO_DROP_SPEECH_VERBS.has(w) || (ROMANCE_ENGLISH_LOOKALIKES.has(w) && notEnglish(model))) return { after: i + 1, proDrop: true };
  if (FOREIGN_PLURAL_SPEECH_VERBS.has(w)) return { after: i + 1, plural: true };
  const next = toks[i + 1];
  // „…“, heißt es in dem Beschluss.: said by no one
  if (GERMAN_IMPERSONAL_VERBS.has(w)) return next?.lower === 'es' ? { after: i + 2, impersonal: true } : null;
  if (FOREIGN_AUXILIARIES.has(w) && next && FOREIGN_PARTICIPLES.has(next.lower))
    return SPANISH_ITALIAN_AUXILIARIES.has(w) ? { after: i + 2, proDrop: true } : { after: i + 2 };
  const inv = w.includes('-') ? INVERTED.exec(w) : null;
  if (inv) {
    const base = inv[1] as string;
    const pronoun = inv[2] as string;
    let after = -1;
    if (
      FRENCH_PRESENTS.has(base) ||
      FRENCH_INVERTED_ONLY.has(base) ||
      PRO_DROP_SPEECH_VERBS.has(base) ||
      FOREIGN_PLURAL_SPEECH_VERBS.has(base)
    )
      after = i + 1;
    else if (FOREIGN_AUXILIARIES.has(base) && next && FOREIGN_PARTICIPLES.has(next.lower)) after = i + 2;
    if (after < 0) return null;
    if (pronoun === 'on' || pronoun === 'se') return { after, impersonal: true };
    if (pronoun === 'ils' || pronoun === 'elles') return { after, plural: true };
    return { after, pronoun };
  }
  return null;
}

/**
 * Is `w` (lower case) a role noun: French, German, or a German compound that ends in one ("innenministerin",
 * "oberbürgermeisterin", "schulleiter")?
 */
function roleWord(w: string): boolean {
  if (ROMANCE_ROLE_NOUNS.has(w) || GERMAN_ROLE_NOUNS.has(w)) return true;
  for (const r of COMPOUND_ROLE_ENDS) {
    if (w.length > r.length + 2 && w.endsWith(r)) return true;
  }
  return false;
}

/** German roles that end compounds naming one ("Innenministerin", "Oberbürgermeisterin", "Schulleiter"). */
const COMPOUND_ROLE_ENDS = [
  'minister',
  'ministerin',
  'sprecher',
  'sprecherin',
  'präsident',
  'präsidentin',
  'chef',
  'chefin',
  'bürgermeister',
  'bürgermeisterin',
  'leiter',
  'leiterin',
  'direktor',
  'direktorin',
];

/** The gender a role says ("la maire", "Bürgermeisterin"), if any. */
function roleGender(det: string | undefined, role: string): Gender | undefined {
  if (
    ROMANCE_FEMININE_ROLES.has(role) ||
    (GERMAN_ROLE_NOUNS.has(role) && role.endsWith('in')) ||
    (/(?:in)$/.test(role) && !ROMANCE_ROLE_NOUNS.has(role))
  )
    return 'female';
  if (det === 'la' || det === 'die' || det === 'une') return 'female';
  if (det === 'le' || det === 'der' || det === 'un') return 'male';
  return undefined;
}

/** A capitalised word that may be part of a name (no role, no determiner). */
function nameWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !roleWord(t.lower) && !FOREIGN_DETERMINERS.has(t.lower) && !ELIDED.test(t.text);
}

/** The end of a name run of capitalised words from `i` (particles between them), or `i` when there is none. */
function nameEnd(toks: readonly Token[], i: number, end: number): number {
  let j = i;
  let last = i;
  while (j < end && j - i < 6) {
    const t = toks[j];
    if (nameWord(t)) last = ++j;
    else if (t && j > i && PARTICLES.has(t.lower) && nameWord(toks[j + 1])) j++;
    else break;
    if (t?.poss) break;
  }
  return last;
}

function span(model: DocModel, toks: readonly Token[], from: number, to: number): Attribution['mention'] {
  const a = toks[from] as Token;
  const b = toks[to - 1] as Token;
  return { start: a.start, end: b.end, text: model.text.slice(a.start, b.end) };
}

/** A name written from `from` to `to`: the full name the article gives for a short form ("Becker": "Anna Becker"). */
function named(model: DocModel, toks: readonly Token[], from: number, to: number): Attribution {
  const mention = span(model, toks, from, to);
  const written = mention.text;
  // ("Becker": "Anna Becker"; "Ruiz Velasco": "Carmen Ruiz Velasco")
  const full = lastFullName(model, mention.start, (name) => name.endsWith(` ${written}`));
  if (full) return { speaker: full, mention };
  const person = model.people.lookup(written)?.name;
  if (person) return { speaker: bare(person), mention };
  return { speaker: written, mention };
}

/** A word that opens a run of capitals but is no part of the name after it (a role, a determiner, "Selon", "Laut", "Pour", a day). */
function leading(w: string): boolean {
  return (
    roleWord(w) ||
    FOREIGN_DETERMINERS.has(w) ||
    GERMAN_SOURCE_WORDS.has(w) ||
    FOREIGN_INTERJECTED.has(w) ||
    FOREIGN_SOURCE_PREPOSITIONS.has(w) ||
    FOREIGN_OPINION_PREPOSITIONS.has(w)
  );
}

/** A name with the words before it that are no part of it left out ("Bürgermeisterin Anna Becker": "Anna Becker"). */
function bare(name: string): string {
  const parts = name.split(' ');
  while (parts.length > 2 && leading((parts[0] as string).toLowerCase())) parts.shift();
  return parts.join(' ');
}

/** Runs of capitalised words (particles between): a person's full name in running text, or one of its words. */
const CAPITALISED_RUN = new RegExp(`\\p{Lu}[\\p{Ll}'’-]+(?: (?:(?:${PARTICLE_RE}) )?\\p{Lu}[\\p{Ll}'’-]+)*`, 'gu');

/**
 * The latest person named before `pos` (within LOOK_BACK) that `accept` takes: a full name, roles and source words
 * left out of it ("Según Lucía Fernández"), or a surname alone of a full name given before it ("Fernández dijo").
 */
function lastFullName(model: DocModel, pos: number, accept: (name: string) => boolean): string | null {
  const from = Math.max(0, pos - LOOK_BACK);
  const text = model.text.slice(from, pos);
  let found: string | null = null;
  const surnames = new Map<string, string>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const parts = m[0].split(' ');
    while (parts.length > 0 && leading((parts[0] as string).toLowerCase())) parts.shift();
    if (parts.length === 0) continue;
    let name: string | undefined;
    if (parts.length > 1) {
      name = parts.join(' ');
      surnames.set(parts.at(-1) as string, name);
    } else name = surnames.get(parts[0] as string);
    if (name && accept(name)) found = name;
  }
  return found;
}

/** The gender of a person named in full: what the article says, a role next to the name, else the given name's. */
function genderOf(model: DocModel, name: string, pos: number): Gender | undefined {
  const told = model.people.people.get(name)?.gender;
  if (told) return told;
  const text = model.text.slice(Math.max(0, pos - LOOK_BACK), pos);
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const role = new RegExp(`(?:\\b(\\p{L}+)\\s+)?(\\p{L}[\\p{L}-]*),?\\s+${esc}|${esc},\\s+(?:(\\p{L}+)\\s+)?(\\p{L}[\\p{L}-]*)`, 'gu');
  for (const m of text.matchAll(role)) {
    const det = (m[1] ?? m[3])?.toLowerCase();
    const r = (m[2] ?? m[4])?.toLowerCase();
    if (r && roleWord(r)) {
      const g = roleGender(det, r);
      if (g) return g;
    }
  }
  return nameGender(name);
}

/** The person a pronoun at `pos` stands for: the latest named before it not of the other gender. */
function pronounSpeaker(model: DocModel, toks: readonly Token[], at: number, pronoun: string, end = at + 1): Attribution {
  const mention = span(model, toks, at, end);
  const gender: Gender | undefined = FOREIGN_FEMININE_PRONOUNS.has(pronoun)
    ? 'female'
    : FOREIGN_MASCULINE_PRONOUNS.has(pronoun)
      ? 'male'
      : undefined;
  const pos = (toks[at] as Token).start;
  // (one known to be of the pronoun's gender before one the text and the given name tell nothing of)
  const found =
    (gender && lastFullName(model, pos, (name) => genderOf(model, name, pos) === gender)) ||
    lastFullName(model, pos, (name) => {
      const g = genderOf(model, name, pos);
      return !gender || !g || g === gender;
    });
  return { speaker: found ?? pronoun, mention };
}

/**
 * The speaker a phrase from `i` names: a pronoun, a name (a role before it left out: "Bürgermeisterin Anna Becker",
 * "la maire, Hélène Vasseur"), or a role alone ("le ministre": the person the article gave that role, else the role).
 */
function speakerFrom(model: DocModel, toks: readonly Token[], i: number, end: number): Attribution | null {
  i = pastInterjected(toks, i, end);
  const t = toks[i];
  if (t?.kind !== 'word') return null;
  // ("il" before a word after the verb is the Italian article: "ha detto il sindaco"; French writes "dit-il")
  const article = FOREIGN_DETERMINERS.has(t.lower) && toks[i + 1]?.kind === 'word';
  if (!article && (FOREIGN_FEMININE_PRONOUNS.has(t.lower) || FOREIGN_MASCULINE_PRONOUNS.has(t.lower))) {
    // ("sie" before a verb in the plural or an object after it is not this; a singular verb came first)
    return pronounSpeaker(model, toks, i, t.lower);
  }
  let j = i;
  let det: string | undefined;
  let role: string | undefined;
  if (FOREIGN_DETERMINERS.has(t.lower)) {
    det = t.lower;
    j++;
  } else if (ELIDED.test(t.text)) {
    det = 'l';
  }
  const r = toks[j];
  const roleLower = r ? (det === 'l' ? r.lower.slice(2) : r.lower) : '';
  if (r && r.kind === 'word' && roleWord(roleLower)) {
    role = roleLower;
    j++;
    // "le Premier ministre", "la vice-présidente": a role word before the role
    while (j < end && toks[j]?.kind === 'word' && roleWord((toks[j] as Token).lower)) role = (toks[j++] as Token).lower;
  } else if (det && det !== 'l') {
    // "o dirigente sindical Rui Fonseca": a noun (and adjective) the lists do not hold, then a full name
    let a = j;
    while (a < j + 3 && toks[a]?.kind === 'word' && !(toks[a] as Token).cap) a++;
    const n = a > j ? nameEnd(toks, a, end) : a;
    return n - a >= 2 ? named(model, toks, a, n) : null;
  }
  if (role) {
    // a complement of the role ("de Rivemont", "des Ministeriums", "de l'Intérieur"), then the name it sets off
    let c = j;
    if (toks[c] && (COMPLEMENT.has((toks[c] as Token).lower) || ELIDED_COMPLEMENT.test((toks[c] as Token).lower))) {
      c++;
      while (c < end && c - j < COMPLEMENT_REACH && toks[c]?.kind === 'word' && !nameEndAfterComma(toks, c)) c++;
    } else {
      // an adjective or two of the role before the name it sets off ("il segretario regionale, Luca Marino", "o
      // dirigente sindical Rui Fonseca": a full name when no comma sets it off)
      let a = c;
      while (a < c + 2 && toks[a]?.kind === 'word' && !(toks[a] as Token).cap) a++;
      if (a > c && toks[a]?.text === ',' && nameEnd(toks, a + 1, end) > a + 1) c = a;
      else if (a > c && nameEnd(toks, a, end) - a >= 2) return named(model, toks, a, nameEnd(toks, a, end));
    }
    const comma = toks[c]?.text === ',' ? c + 1 : c;
    const n = nameEnd(toks, comma, end);
    if (n > comma && (comma > c || c === j)) return named(model, toks, comma, n);
    // a role alone: the person the article named with it, else the description as written
    const mention = span(model, toks, i, c);
    // (not "un porte-parole", "ein Sprecher": someone new)
    const who = det === 'un' || det === 'une' || det?.startsWith('ein') ? null : roleHolder(model, mention.start, role);
    return { speaker: who ?? mention.text.replace(/^\p{Lu}/u, (x) => x.toLowerCase()), mention };
  }
  const n = nameEnd(toks, j, end);
  if (n === j) return null;
  // "Hélène Vasseur, la maire": the name before its role
  return named(model, toks, j, n);
}

/** Past the days, adverbs and hearers between a verb and its subject ("lundi", "am Montag", "à l'AFP", "au Monde"). */
function pastInterjected(toks: readonly Token[], i: number, end: number): number {
  for (let n = 0; n < 4 && i < end; n++) {
    const t = toks[i] as Token;
    if (FOREIGN_INTERJECTED.has(t.lower)) i++;
    else if (FOREIGN_HEARER_PREPOSITIONS.has(t.lower) && !(FOREIGN_DETERMINERS.has(t.lower) && roleWord(toks[i + 1]?.lower ?? ''))) {
      // ("a" before a role is the Portuguese article: "disse a ministra")
      i++;
      if (toks[i] && FOREIGN_DETERMINERS.has((toks[i] as Token).lower)) i++;
      i++;
    } else if (t.text === ',' && n > 0) i++;
    else break;
  }
  return i;
}

/** Does the token at `c` close a complement (a comma or the end of its sentence after it)? */
function nameEndAfterComma(toks: readonly Token[], c: number): boolean {
  const t = toks[c] as Token;
  return t.kind !== 'word';
}

/** The person the article named before `pos` with the role `role` ("la maire, Hélène Vasseur", "Anna Becker, die Ministerin"). */
function roleHolder(model: DocModel, pos: number, role: string): string | null {
  const text = model.text.slice(Math.max(0, pos - LOOK_BACK), pos);
  // (the role in either case, "Ministerin" and "ministre", and as the end of a compound: "Verkehrsminister Jonas Albrecht")
  const esc = `[${role[0]}${role[0]!.toUpperCase()}]${role.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  const name = `(\\p{Lu}[\\p{Ll}'’-]+(?: (?:(?:${PARTICLE_RE}) )?\\p{Lu}[\\p{Ll}'’-]+)+)`;
  const re = new RegExp(
    `${esc}(?:\\s+(?:${[...COMPLEMENT].join('|')})\\s+[^,.;:]{1,40}?,\\s+|,?\\s+)${name}|${name}(?:,|\\s+(?:ist|est|war|était))\\s+(?:\\p{L}+\\s+)?${esc}(?![\\p{L}])`,
    'gu',
  );
  let found: string | null = null;
  for (const m of text.matchAll(re)) found = bare((m[1] ?? m[2]) as string);
  return found;
}

/**
 * „…“, sagte Bürgermeisterin Anna Becker. / « … », a-t-elle dit. / « … », a affirmé le ministre. / „…“, so Becker.:
 * a French or German verb of saying (or "so") right after a quotation that ends in a comma or opens its sentence.
 */
export function foreignAfter(model: DocModel, toks: readonly Token[], k: number, end: number): Attribution | typeof NO_SPEAKER | null {
  let i = k + 1;
  if (toks[i]?.text === ',' || DASHES.has(toks[i]?.text ?? '')) i++;
  const t = toks[i];
  if (t?.kind !== 'word' || i >= end) return null;
  if (GERMAN_SOURCE_WORDS.has(t.lower) && t.lower !== 'laut' && t.lower !== 'zufolge') {
    // "„…“, so Becker." / "so die Ministerin": "so" then the speaker, and nothing after it but the sentence's end
    if (!foreignMarks(model)) return null;
    const a = speakerFrom(model, toks, i + 1, end);
    const close = toks[lastOf(toks, i + 1, end)];
    return a && (close?.kind !== 'word' || close.sentence !== t.sentence) ? a : null;
  }
  // « … », selon la maire. / „…“, laut Becker. / «…», según nuestras fuentes.
  if (FOREIGN_SOURCE_PREPOSITIONS.has(t.lower)) return source(model, toks, i + 1, end);
  const v = verbAt(model, toks, i);
  if (!v) return null;
  if (v.pronoun) return pronounSpeaker(model, toks, i, v.pronoun);
  const next = toks[v.after];
  // („…“, sagten sie. / « … », disent-ils.: a plural pronoun)
  if (v.plural && next && FOREIGN_PLURAL_PRONOUNS.has(next.lower)) return groupBefore(model, toks, k);
  if (v.impersonal) return NO_SPEAKER;
  // (a subject the lists do not know, "aseguró el Gobierno", "dijo un vecino": as written, never the last person)
  return speakerFrom(model, toks, v.after, end) ?? described(model, toks, v.after, end) ?? unnamed(model, toks, i, k, v);
}

/** Em and en dashes, which set a speaker off inside words ("«No vamos a ceder —dijo Molina—, porque …»"). */
const DASHES = new Set(['\u2014', '\u2013']);

/** The speaker after a source word: a person, or no one when the outlet is its own source ("selon nos informations"). */
function source(model: DocModel, toks: readonly Token[], i: number, end: number): Attribution | typeof NO_SPEAKER | null {
  const t = toks[i];
  return t && FOREIGN_OWN_SOURCE_WORDS.has(t.lower) ? NO_SPEAKER : speakerFrom(model, toks, i, end);
}

/** One past the speaker phrase from `i` (its name, role and determiner), for the check of what follows "so X". */
function lastOf(toks: readonly Token[], i: number, end: number): number {
  let j = i;
  while (
    j < end &&
    (toks[j] as Token).kind === 'word' &&
    ((toks[j] as Token).cap ||
      FOREIGN_DETERMINERS.has((toks[j] as Token).lower) ||
      roleWord((toks[j] as Token).lower) ||
      PARTICLES.has((toks[j] as Token).lower))
  )
    j++;
  return j;
}

/**
 * Selon Hélène Vasseur, « … ». / Laut Becker ist der Hafen „…“. / Hélène Vasseur a déclaré : « … » / Die Ministerin
 * sagte: „…“ / Elle explique : « … »: a source word, or a verb of saying with its subject before it, earlier in the
 * quotation's sentence.
 */
export function foreignBefore(model: DocModel, toks: readonly Token[], k: number, start: number): Attribution | typeof NO_SPEAKER | null {
  for (let j = k - 1; j >= start; j--) {
    const t = toks[j] as Token;
    if (t.kind === 'quote') return null;
    if (t.kind !== 'word') continue;
    if (FOREIGN_SOURCE_PREPOSITIONS.has(t.lower)) return source(model, toks, j + 1, k);
    // De acuerdo con la ministra, «…».: the Spanish phrase of a source
    if (t.lower === 'con' && toks[j - 1]?.lower === 'acuerdo' && toks[j - 2]?.lower === 'de') return source(model, toks, j + 1, k);
    // Pour Hélène Vasseur, la décision est « injuste ». / Para el alcalde, …: "pour", "para", "per" opening the
    // sentence, its person set off by a comma
    if (j === start && FOREIGN_OPINION_PREPOSITIONS.has(t.lower)) {
      const a = speakerFrom(model, toks, j + 1, k);
      const next = a ? toks.find((x) => x.start >= a.mention.end) : undefined;
      if (a && next?.text === ',') return a;
    }
    // Becker zufolge ist der Hafen „…“.
    if (t.lower === 'zufolge') return subjectBefore(model, toks, j, start);
    const v = verbAt(model, toks, j);
    if (v) {
      if (v.pronoun) return pronounSpeaker(model, toks, j, v.pronoun);
      if (v.impersonal || impersonalBefore(toks, j, start)) return NO_SPEAKER;
      // „Wir“, sagte Becker, „geben nicht auf.“ / «No vamos —dijo Molina—, porque …»: the verb after the first part has
      // its subject after it
      const prev = toks[j - 1]?.text === ',' || DASHES.has(toks[j - 1]?.text ?? '') ? toks[j - 2] : toks[j - 1];
      if (prev?.kind === 'quote') return speakerFrom(model, toks, v.after, k) ?? unnamed(model, toks, j, k, v);
      // Os professores dizem que estão “…”. / Die Anwohner sagten, …: a group before a plural verb, else no one
      // (Nach dem Treffen sagten die Anwohner, …: the group after the verb)
      // (Sie sagten: „…“: "sie" before a plural verb is the group the sentence before opens with)
      if (v.plural && FOREIGN_PLURAL_PRONOUNS.has(toks[j - 1]?.lower ?? '')) return groupBefore(model, toks, k);
      if (v.plural) return groupAt(model, toks, j, start) ?? groupAfter(model, toks, v.after, k) ?? NO_SPEAKER;
      // Am Montag sagte Becker: „…“: a German verb comes second, its subject after it when not before it
      if (GERMAN_SPEECH_VERBS.has(t.lower)) {
        // (a single unknown capitalised word after it is as often a noun: "Becker sagte Reportern: „…“")
        const after = speakerFrom(model, toks, v.after, k);
        const before = subjectBefore(model, toks, j, start);
        if (after && (!before || after.speaker !== after.mention.text || after.mention.text.includes(' '))) return after;
        return before;
      }
      // La patronal, en cambio, advirtió de que … «…».: the subject before an aside set off by commas, a name
      // or a description, not a subject left out (never the last person named)
      const aside = asideBefore(toks, j, start);
      if (aside > start) {
        const subject = subjectBefore(model, toks, aside, start) ?? described(model, toks, start, aside);
        if (subject) return subject;
      }
      // (Ha dicho que el plan está «garantizado».: a subject left out is the person the article is about)
      return subjectBefore(model, toks, j, start) ?? (j === start || toks[j - 1]?.text === ',' ? unnamed(model, toks, j, k, v) : null);
    }
    // (a participle after its auxiliary: the auxiliary is the verb)
  }
  return null;
}

/** Most words of an aside set off by commas between a subject and its verb ("en cambio", "pour sa part"). */
const ASIDE_WORDS = 4;

/**
 * The comma opening an aside that ends right before a verb at `v` (", en cambio, advirtió", ", pour sa part, a
 * dénoncé"): its index, or -1. The aside is a few lower-case words.
 */
function asideBefore(toks: readonly Token[], v: number, start: number): number {
  if (toks[v - 1]?.text !== ',') return -1;
  for (let c = v - 2; c > start && c >= v - 2 - ASIDE_WORDS; c--) {
    const t = toks[c] as Token;
    if (t.text === ',') return c < v - 2 ? c : -1;
    if (t.kind !== 'word' || !LOWER_START.test(t.text)) return -1;
  }
  return -1;
}
const LOWER_START = /^\p{Ll}/u;

/** The subject right before a verb at `v`: a pronoun, a name (after its role), or a role with its determiner. */
function subjectBefore(model: DocModel, toks: readonly Token[], v: number, start: number): Attribution | null {
  let e = v;
  if (toks[e - 1]?.text === ',') e--; // "La maire, Hélène Vasseur, a déclaré"
  const last = toks[e - 1];
  if (!last || e - 1 < start || last.kind !== 'word') return null;
  if (FOREIGN_FEMININE_PRONOUNS.has(last.lower) || FOREIGN_MASCULINE_PRONOUNS.has(last.lower))
    return pronounSpeaker(model, toks, e - 1, last.lower);
  if (nameWord(last)) {
    let f = e - 1;
    while (f - 1 >= start && (nameWord(toks[f - 1]) || (PARTICLES.has((toks[f - 1] as Token).lower) && nameWord(toks[f - 2])))) f--;
    // ("Am Montag sagte", "Gestern sagte": a place or a time before a German verb, no subject)
    const opening = (toks[f] as Token).lower;
    if (GERMAN_OPENING_PREPOSITIONS.has(opening) || FOREIGN_INTERJECTED.has(opening)) return null;
    // a complement's place ("la maire de Rivemont a déclaré"): the role before it speaks
    const before = toks[f - 1];
    if (before && COMPLEMENT.has(before.lower)) {
      for (let r = f - 2; r >= start && r >= f - 1 - COMPLEMENT_REACH; r--) {
        if (!roleWord((toks[r] as Token).lower)) continue;
        const d = r - 1 >= start && FOREIGN_DETERMINERS.has((toks[r - 1] as Token).lower) ? r - 1 : r;
        // "Hélène Vasseur, maire de Rivemont, a déclaré": the name before the role set off by commas
        if (e < v && toks[d - 1]?.text === ',') {
          let n = d - 1;
          while (n - 1 >= start && nameWord(toks[n - 1])) n--;
          if (n < d - 1) return named(model, toks, n, d - 1);
        }
        return speakerFrom(model, toks, d, e);
      }
      return null;
    }
    return named(model, toks, f, e);
  }
  if (roleWord(last.lower)) {
    const d = e - 2 >= start && FOREIGN_DETERMINERS.has((toks[e - 2] as Token).lower) ? e - 2 : e - 1;
    return speakerFrom(model, toks, d, e);
  }
  return null;
}

/** Does a word at `i` make the verb after it say the words of no one ("on dit", "si dice", "se dice", "man sagt")? */
function impersonalBefore(toks: readonly Token[], v: number, start: number): boolean {
  const t = toks[v - 1];
  return v - 1 >= start && t?.kind === 'word' && FOREIGN_IMPERSONAL_SUBJECTS.has(t.lower) && t.lower !== 'es';
}

/**
 * The group a plural verb of saying speaks for ("„…“, sagten sie.", "«…», dijeron."): the noun phrase that opens the
 * sentence before when it opens with a determiner ("Die Vertreter des Vereins waren …": "die Vertreter des
 * Vereins"), else no one (never the last person named).
 */
function groupBefore(model: DocModel, here: readonly Token[], k: number): Attribution | typeof NO_SPEAKER {
  let toks = here;
  const s = (toks[k] as Token).sentence - 1;
  let i = k;
  while (i > 0 && (toks[i - 1] as Token).sentence > s) i--;
  if (i === 0) {
    // the words open their paragraph: the last sentence of the paragraph before
    const block = model.quotes[(toks[k] as Token).quote]?.block ?? 0;
    toks = model.blocks[block - 1] ?? [];
    i = toks.length;
  }
  let first = i;
  while (first > 0 && (toks[first - 1] as Token).sentence === (toks[i - 1] as Token).sentence) first--;
  if (first === i || !FOREIGN_DETERMINERS.has((toks[first] as Token).lower)) return NO_SPEAKER;
  // the determiner, a noun, and a complement of it ("des Vereins", "de la cofradía")
  let end = first + 2;
  if (toks[end] && COMPLEMENT.has((toks[end] as Token).lower)) {
    end++;
    if (toks[end] && FOREIGN_DETERMINERS.has((toks[end] as Token).lower)) end++;
    end++;
  }
  if (end > i || toks.slice(first, end).some((t) => t.kind !== 'word')) return NO_SPEAKER;
  const mention = span(model, toks, first, end);
  return { speaker: mention.text.replace(/^\p{Lu}/u, (x) => x.toLowerCase()), mention };
}

/**
 * The group right before a plural verb at `v`: a determiner, a noun and a complement of it ("os professores", "die
 * Anwohner des Viertels", "los vecinos del barrio"), as written.
 */
function groupAt(model: DocModel, toks: readonly Token[], v: number, start: number): Attribution | null {
  // (the group opens its sentence or a clause after a comma: "Nach dem Treffen sagten …" names no group before)
  for (let d = Math.max(start, v - 5); d <= v - 2; d++) {
    const t = toks[d] as Token;
    if (!FOREIGN_DETERMINERS.has(t.lower) || (d > start && toks[d - 1]?.text !== ',')) continue;
    if (toks.slice(d + 1, v).some((x) => x.kind !== 'word' || FOREIGN_PLURAL_SPEECH_VERBS.has(x.lower))) return null;
    const mention = span(model, toks, d, v);
    return { speaker: mention.text.replace(/^\p{Lu}/u, (x) => x.toLowerCase()), mention };
  }
  return null;
}

/** The group right after a plural verb: a determiner and the words after it to the clause's end ("die Anwohner"). */
function groupAfter(model: DocModel, toks: readonly Token[], i: number, end: number): Attribution | null {
  if (!toks[i] || !FOREIGN_DETERMINERS.has((toks[i] as Token).lower)) return null;
  let e = i + 1;
  while (e < end && e - i <= 4 && toks[e]?.kind === 'word') e++;
  if (e === i + 1 || e - i > 4 || toks[e]?.kind === 'quote') return null;
  const mention = span(model, toks, i, e);
  return { speaker: mention.text.replace(/^\p{Lu}/u, (x) => x.toLowerCase()), mention };
}

/**
 * A description after a verb of saying ("el Gobierno", "un vecino del barrio", "la empresa"): a determiner, a noun
 * and a complement of it, as written, when the clause ends after it.
 */
function described(model: DocModel, toks: readonly Token[], from: number, end: number): Attribution | null {
  const i = pastInterjected(toks, from, end);
  const t = toks[i];
  if (!t || !FOREIGN_DETERMINERS.has(t.lower) || FOREIGN_AUXILIARIES.has(t.lower) || toks[i + 1]?.kind !== 'word') return null;
  let e = i + 2;
  if (toks[e] && COMPLEMENT.has((toks[e] as Token).lower)) {
    e++;
    if (toks[e] && FOREIGN_DETERMINERS.has((toks[e] as Token).lower)) e++;
    if (toks[e]?.kind !== 'word') return null;
    e++;
  }
  if (e < end && toks[e]?.kind === 'word') return null;
  const mention = span(model, toks, i, e);
  return { speaker: mention.text.replace(/^\p{Lu}/u, (x) => x.toLowerCase()), mention };
}

/** What a verb of saying at `j` with no speaker after it says: no one, a group, the subject its language left out. */
function unnamed(model: DocModel, toks: readonly Token[], j: number, k: number, v: Verb): Attribution | typeof NO_SPEAKER | null {
  if (v.impersonal) return NO_SPEAKER;
  if (v.plural) return groupBefore(model, toks, k);
  if (!v.proDrop) return null;
  const who = lastFullName(model, (toks[j] as Token).start, () => true);
  return who ? { speaker: who, mention: span(model, toks, j, v.after) } : NO_SPEAKER;
}

/** " —dijo Molina—", " —ha aggiunto—": a verb of saying set off by dashes inside words in marks, to its closing dash. */
const DASH_ASIDE = /\s[\u2014\u2013]\s?(\p{L}+)(?:\s(\p{L}+))?[^\u2014\u2013]{0,80}?[\u2014\u2013]/gu;

/**
 * «No vamos a ceder —dijo Molina—, porque …»: the words on either side of a speaker set off by dashes inside marks
 * (as Spanish, Italian and Portuguese write it) are two parts, the aside between them, so the rules read it as they
 * read "«…», dijo Molina, «…»". Only a dash followed by a verb of saying of those languages (or a French or German
 * one) splits: English words in marks are left as they are.
 */
export function withDashAsides(text: string, quotes: RawQuote[]): RawQuote[] {
  // (most documents have no dash at all: nothing is sliced for them)
  if (!text.includes('\u2014') && !text.includes('\u2013')) return quotes;
  let out: RawQuote[] | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi] as RawQuote;
    const inner = text.slice(q.innerStart, q.innerEnd);
    let parts: RawQuote[] | null = null;
    if (inner.includes('\u2014') || inner.includes('\u2013')) {
      let from = q.innerStart;
      DASH_ASIDE.lastIndex = 0;
      for (let m = DASH_ASIDE.exec(inner); m; m = DASH_ASIDE.exec(inner)) {
        const w = (m[1] as string).toLowerCase();
        const verb =
          PRO_DROP_SPEECH_VERBS.has(w) ||
          FRENCH_PRESENTS.has(w) ||
          GERMAN_SPEECH_VERBS.has(w) ||
          (FOREIGN_AUXILIARIES.has(w) && FOREIGN_PARTICIPLES.has((m[2] ?? '').toLowerCase()));
        if (!verb) continue;
        const open = q.innerStart + m.index;
        const close = q.innerStart + m.index + m[0].length;
        // the words after the aside start at their first letter (past ", " and spaces)
        let next = close;
        while (next < q.innerEnd && /[\s,;.]/.test(text[next] as string)) next++;
        if (next >= q.innerEnd || open <= from) break;
        parts ??= [];
        parts.push({ ...q, end: open, innerStart: from, innerEnd: open, closed: true, continued: parts.length === 0 && q.continued });
        from = next;
      }
      if (parts) parts.push({ ...q, start: from, innerStart: from, continued: false });
    }
    if (parts) {
      out ??= quotes.slice(0, qi);
      out.push(...parts);
    } else out?.push(q);
  }
  return out ?? quotes;
}

/** A dialogue paragraph's opening dash (Spanish, Italian and Portuguese set speech off with it, no marks). */
const DIALOGUE_DASH = /^[\s\u00a0]*[\u2014\u2015]\s?(?=[\p{Lu}¿¡\p{N}])/u;
/** The aside of a dialogue paragraph: " —dijo el alcalde" to its closing dash, or to the paragraph's end. */
const DIALOGUE_ASIDE = /\s[\u2014\u2015\u2013]\s?(\p{L}+)(?:\s(\p{L}+))?[^\u2014\u2015\u2013]*?(?:[\u2014\u2015\u2013]|$)/gu;

/** Is `w` (with the word after it, `next`) a verb of saying that may open an aside? */
function asideVerb(w: string, next: string): boolean {
  return (
    PRO_DROP_SPEECH_VERBS.has(w) ||
    FRENCH_PRESENTS.has(w) ||
    GERMAN_SPEECH_VERBS.has(w) ||
    FOREIGN_PLURAL_SPEECH_VERBS.has(w) ||
    (FOREIGN_AUXILIARIES.has(w) && FOREIGN_PARTICIPLES.has(next))
  );
}

/**
 * —No tenemos miedo —dijo el alcalde—. Seguiremos adelante.: a paragraph that opens with a dash and sets a verb of
 * saying off with dashes holds words said without marks; each stretch of them (before the aside, and after it to
 * the next aside or the paragraph's end) is a quotation, so the rules read it as "«…», dijo el alcalde. «…»". A
 * paragraph with marks of its own, or with no such aside, is left alone (an English paragraph never has one).
 */
export function withDialogue(text: string, blocks: readonly { start: number; end: number }[], quotes: RawQuote[]): RawQuote[] {
  let out: RawQuote[] | null = null;
  let qi = 0;
  for (let b = 0; b < blocks.length; b++) {
    const { start, end } = blocks[b] as { start: number; end: number };
    const had = qi;
    while (qi < quotes.length && (quotes[qi] as RawQuote).block === b) qi++;
    const ch = text[start] === '\u2014' || text[start] === '\u2015' || /\s/.test(text[start] ?? '');
    if (qi > had || !ch) {
      out?.push(...quotes.slice(had, qi));
      continue;
    }
    const para = text.slice(start, end);
    const open = DIALOGUE_DASH.exec(para);
    const parts: RawQuote[] = [];
    if (open) {
      let from = start + open[0].length;
      DIALOGUE_ASIDE.lastIndex = open[0].length;
      for (let m = DIALOGUE_ASIDE.exec(para); m; m = DIALOGUE_ASIDE.exec(para)) {
        if (!asideVerb((m[1] as string).toLowerCase(), (m[2] ?? '').toLowerCase())) continue;
        const aside = start + m.index;
        if (aside > from) parts.push(piece(from, aside, b));
        from = start + m.index + m[0].length;
        while (from < end && /[\s,;.]/.test(text[from] as string)) from++;
      }
      if (parts.length > 0 && from < end) {
        let e = end;
        while (e > from && /\s/.test(text[e - 1] as string)) e--;
        if (e > from) parts.push(piece(from, e, b));
      }
    }
    if (parts.length > 0) {
      out ??= quotes.slice(0, had);
      out.push(...parts);
    } else out?.push(...quotes.slice(had, qi));
  }
  return out ?? quotes;
}

/** A quotation without marks from `start` to `end` in block `block`. */
function piece(start: number, end: number, block: number): RawQuote {
  return { start, end, innerStart: start, innerEnd: end, block, closed: true, continued: false };
}
