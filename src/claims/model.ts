/**
 * The shapes the attribution passes share: the per-document model (built by document.ts, read by the rules,
 * the pronoun resolver and the salience and gender passes) and the noun phrases the phrase finders return.
 * Types only, so that the modules that build them and the modules that read them do not import each other.
 */
import type { NameRun, Person, PersonTable } from './names.js';
import type { RawQuote } from './quotes.js';
import type { Token } from './tokens.js';

/** Something a later pronoun may refer to: a person in subject position or a resolved speaker. */
export interface SalienceEvent {
  pos: number;
  speaker: string;
  /** False for a bare capitalised subject not known as a person ("Beijing said"): "he"/"she" skip it. */
  person?: boolean;
  /** A bare capitalised word a verb of saying makes a speaker, that may be a surname named in full nowhere ("Cruz said"). */
  surname?: boolean;
  /** The sentence number of the mention (subjects and speakers). */
  sentence?: number;
  /** For a cited document: its noun ("statement"), which a later "the statement" must share. */
  noun?: string;
  /** For a cited document: its own phrase names the author ("a statement by X"), so a later "it" may take it. */
  named?: boolean;
}

/** Everything the attribution rules need about one document, built once by `buildModel`. */
export interface DocModel {
  text: string;
  quotes: RawQuote[];
  /** Tokens of each block. */
  blocks: Token[][];
  /** For quote i: [block, token index] of its quote token. */
  quoteAt: [number, number][];
  people: PersonTable;
  /** Positions of each person's mentions, ascending (for tie-breaking role matches by recency). */
  seen: Map<Person, number[]>;
  /** Person mentions in subject position, in text order. */
  subjects: SalienceEvent[];
  /**
   * Known people who are the subject of a verb later in their sentence ("Weeks after Lind lost the vote,
   * she …"), with the sentence: a pronoun of the same sentence may refer to them when no subject of the
   * sentence comes before it.
   */
  clauseSubjects: SalienceEvent[];
  /** Every mention of a known person, in text order ("… give Lind the nod after her …"). */
  mentions: SalienceEvent[];
  /** The people a speech verb attaches to somewhere in the document. */
  spoke: Set<string>;
  /** The people the document also names by a short form ("Clinton" for Hillary Clinton): people, not places. */
  shortNamed: Set<string>;
  /** Names a speech verb attaches to ("Li told", "said Li Shangfu"), in text order: salient as speakers. */
  speakers: SalienceEvent[];
  /** Documents cited with their author ("a statement by X"), for a later "the same note". */
  citations: SalienceEvent[];
  /** Titles in marks by quotation index (“Meet the Press”), set before any attribution rule runs. */
  titles: boolean[];
}

export interface RunAt {
  toks: Token[];
  run: NameRun;
  /** Words before the run in its sentence (0 = the run opens the sentence). */
  wordsBefore: number;
  /** The run sits in a title-case line. */
  headline: boolean;
  /** The name part as written (`runName`), computed once. */
  name: string;
}

/** A noun phrase over tokens [from, to); `run` is set for names. */
export interface NounPhrase {
  kind: 'pron' | 'name' | 'desc';
  from: number;
  to: number;
  run?: NameRun;
  /** For a relative pronoun ("X, who said"): the phrase it refers back to. */
  antecedent?: NounPhrase;
  /** For a document ("a statement released by the Seventh Fleet"): its author. */
  author?: NounPhrase;
  /** For names joined by "and" ("Ana Ruiz and Li Wei said"): the first of them (this phrase's run is the last). */
  first?: NounPhrase;
}
