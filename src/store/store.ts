/**
 * The claim store: every rendition of every claim in a corpus, grouped across outlets, searchable by a
 * fuzzy query in time that depends on how rare the query's words are, not on the size of the corpus.
 *
 * @example
 * const store = ClaimStore.fromCorpus(await loadCorpus('seeds'));
 * const [best] = store.search('strengthen communication at all levels');
 */
import { MIN_JOINED_LETTERS, nameLetters } from '../claims/fold.js';
import { type FoldedForm, speakerForms, typedName, typedNameMatches } from '../claims/speakers.js';
import type { Speaker } from '../claims/types.js';
import type { CorpusDocument, FileError, LoadedCorpus } from '../corpus/types.js';
import { alignIds, prepareQuery, type PreparedQuery } from './search/align.js';
import { IndexPass, type WordLookup } from './search/candidates.js';
import { buildParts, type StoreParts } from './build.js';
import { isStopword, stem, words } from './search/normalize.js';
import { mayMatchStopword, type TermIndex } from './search/term-index.js';
import type { ClaimGroup, SearchHit, SearchOptions, SearchTrace, StoredRendition } from './types.js';
import { documentsVersion } from './version.js';
import type { ClaimView, CorpusVersion, StoreStats } from './view.js';

/**
 * The index score an entry needs for its alignment to reach `atLeast` (−Infinity: no floor). The index
 * counts a query word for an entry, with the alignment's weight, exactly when the alignment can match it: the
 * same word, the same stem, or a stored word within the allowed edits (the typo table finds them all). The
 * one gap is function words, which are not indexed: a query word that can align with one ("wiht" / "with")
 * is granted to every entry.
 */
function indexThreshold(query: PreparedQuery, atLeast: SearchOptions['atLeast']): number {
  if (!atLeast || (atLeast.ordered === undefined && atLeast.bag === undefined)) return -Infinity;
  let unsure = 0;
  query.words.forEach((w, i) => {
    if (!isStopword(w) && mayMatchStopword(w)) unsure += query.weights[i]!;
  });
  const stopwords = query.totalWeight - query.contentWeight;
  const viaOrdered = atLeast.ordered === undefined ? Infinity : atLeast.ordered * query.totalWeight - stopwords - unsure;
  const viaBag = atLeast.bag === undefined ? Infinity : atLeast.bag * query.contentWeight - unsure;
  return Math.min(viaOrdered, viaBag);
}

/**
 * Where a folded name word is indexed: short words (which must match exactly) by themselves; longer ones by
 * their first two and their last three letters, one of which a single edit leaves as it was. An initial has
 * no key: it matches through the other words of a name.
 */
function nameKeys(word: string): string[] {
  if (word.length <= 1) return [];
  return word.length < 5 ? [`=${word}`] : [`<${word.slice(0, 2)}`, `>${word.slice(-3)}`];
}

/** Query words beyond this are ignored: a quote longer than that is identified by its first words. */
export const MAX_QUERY_WORDS = 80;
/** Postings read per query at most; the commonest words are skipped beyond it (they still count in scoring). */
export const POSTINGS_BUDGET = 150_000;
/** Names whose `findSpeakers` answer is kept; the list starts again past it. */
const FOUND_SPEAKERS_KEPT = 4096;

export { topScored } from './search/candidates.js';

export type { StoreStats } from './view.js';

export class ClaimStore implements ClaimView {
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  readonly entries: readonly StoredRendition[];
  readonly groups: readonly ClaimGroup[];
  /** Per-file errors met while loading this corpus (those files were skipped). */
  readonly errors: readonly FileError[];
  readonly corpusDir: string;
  private readonly index: TermIndex;
  /** Scratch arrays for the index pass, reused across queries (one query runs at a time). */
  private readonly indexPass: IndexPass;
  /** What the index pass of the last `search` did. */
  lastSearch: SearchTrace = { postingsRead: 0, wordsSkipped: 0, candidates: 0 };

  /** When this store was made (loaded, read from its snapshot, or built by a worker). */
  readonly loadedAt = new Date().toISOString();

  private constructor(parts: StoreParts, corpus: Pick<LoadedCorpus, 'dir' | 'errors'>) {
    this.documents = new Map(parts.documents.map((d) => [d.id, d]));
    this.speakers = new Map(parts.speakers.map((s) => [s.id, s]));
    this.entries = parts.entries;
    this.groups = parts.groups;
    this.index = parts.index;
    this.errors = corpus.errors;
    this.corpusDir = corpus.dir;
    this.indexPass = new IndexPass(parts.index, parts.entries.length);
  }

  /** Builds a store from a loaded corpus (extracts, attributes, indexes and groups every claim). */
  static fromCorpus(corpus: LoadedCorpus): ClaimStore {
    return new ClaimStore(buildParts(corpus), corpus);
  }

  /** Builds a store from parts made elsewhere (a snapshot, a worker). */
  static fromParts(parts: StoreParts, corpus: Pick<LoadedCorpus, 'dir' | 'errors'>): ClaimStore {
    return new ClaimStore(parts, corpus);
  }

  corpusVersion(): CorpusVersion {
    this.version ??= documentsVersion(this.documents.values());
    return { version: this.version, loadedAt: this.loadedAt };
  }

  // computed on first use: a hundred thousand hashes are not read at every start
  private version: string | null = null;

  entry(id: number): StoredRendition {
    return this.entries[id]!;
  }

  group(id: number): ClaimGroup {
    return this.groups[id]!;
  }

  stats(): StoreStats {
    let quotes = 0;
    for (const e of this.entries) if (e.kind === 'quote') quotes++;
    return {
      documents: this.documents.size,
      quotes,
      paraphrases: this.entries.length - quotes,
      claims: this.groups.length,
      speakers: this.speakers.size,
    };
  }

  /**
   * Renditions that match `query`, best first. The index pass scores entries by the rare words they share
   * with the query (typo neighbours included); the best candidates are then aligned word by word.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const queryWords = words(query).slice(0, MAX_QUERY_WORDS);
    if (queryWords.length === 0) return [];
    const content = [...new Set(queryWords.filter((w) => !isStopword(w)))];
    if (content.length === 0) return [];
    // a word's typo neighbours are looked up once per query (the weights and the index pass both need them)
    const termsOf = new Map<string, number[]>();
    for (const w of content) {
      const terms = new Set<number>();
      for (const n of this.index.neighbours(w)) terms.add(this.index.termOfWord(n)!);
      // an inflection the typo table cannot reach ("running" / "runs") still shares the stem
      const stemmed = this.index.termOfStemmed(stem(w));
      if (stemmed >= 0) terms.add(stemmed);
      termsOf.set(w, [...terms]);
    }
    // a typo'd word weighs what the word it stands for weighs; a word the corpus never uses weighs most
    const prepared = prepareQuery(
      queryWords,
      (w) => {
        const terms = termsOf.get(w) ?? [];
        return terms.length ? Math.max(...terms.map((t) => this.index.idf(t))) : Math.log(1 + this.entries.length);
      },
      (w) => this.index.wordId(w),
    );
    // the index pass weighs a word as the alignment will (once per occurrence in the query)
    const weightOf = new Map<string, number>();
    queryWords.forEach((w, i) => {
      weightOf.set(w, (weightOf.get(w) ?? 0) + prepared.weights[i]!);
    });
    // words of the same meaning count as paraphrase evidence in the alignment: the index pass reads them too,
    // so an entry is never dropped for lack of index evidence the alignment would find
    const neighboursOf = new Map(queryWords.map((w, i) => [w, prepared.neighbours[i]]));
    const lookups: WordLookup[] = content
      .map((w) => {
        // the word's own stem first: an entry reached by it and by a neighbour counts as holding the word itself
        const ownTerm = this.index.termOfStemmed(stem(w));
        const terms = new Set(ownTerm >= 0 ? [ownTerm] : []);
        for (const t of termsOf.get(w)!) terms.add(t);
        for (const lemma of neighboursOf.get(w) ?? []) {
          const t = this.index.termOfStemmed(stem(lemma));
          if (t >= 0) terms.add(t);
        }
        const all = [...terms];
        return { terms: all, ownTerm, df: all.reduce((a, t) => a + this.index.frequency(t), 0), weight: weightOf.get(w)! };
      })
      .filter((l) => l.df > 0)
      .sort((a, b) => a.df - b.df);
    const allowed =
      options.documentIds || options.speakerId
        ? (i: number): boolean => {
            const e = this.entries[i]!;
            return (
              (!options.documentIds || options.documentIds.has(e.documentId)) && (!options.speakerId || e.speakerId === options.speakerId)
            );
          }
        : undefined;
    const { candidates, trace } = this.indexPass.run(lookups, {
      budget: options.postingsBudget ?? POSTINGS_BUDGET,
      threshold: indexThreshold(prepared, options.atLeast),
      ...(allowed ? { allowed } : {}),
    });
    this.lastSearch = trace;
    const lexicon = this.index.lexicon;
    const hits = candidates.map((i): SearchHit => {
      const entry = this.entries[i]!;
      // the entry's word ids were stored at index time: no tokenising, and each distinct word is compared once
      const a = alignIds(prepared, this.index.entryWordIds(i), lexicon);
      return {
        entry,
        group: this.groups[entry.groupId]!,
        score: a.ordered,
        bag: a.bag,
        exact: a.exact,
        contentMatched: a.contentMatched,
        span: a.span,
        orderedWords: a.orderedWords,
        length: a.length,
      };
    });
    hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || b.bag - a.bag || a.entry.id - b.entry.id);
    return hits.slice(0, options.limit ?? 40);
  }

  /** Speakers a typed name may mean: alias, surname or variant spelling. */
  findSpeakers(name: string): Speaker[] {
    const trimmed = name.trim();
    if (!trimmed) return [];
    // a question reads the name it asks about several times (its reading, the body test, the speaker option), and
    // members ask after the same people: at a million quotations one look-up compares thousands of speakers
    const known = this.speakersFound.get(trimmed);
    if (known) return [...known];
    const found = this.lookUpSpeakers(trimmed);
    if (this.speakersFound.size >= FOUND_SPEAKERS_KEPT) this.speakersFound.clear();
    this.speakersFound.set(trimmed, found);
    return [...found];
  }

  /** What `findSpeakers` found per name typed (the store's speakers never change). */
  private readonly speakersFound = new Map<string, readonly Speaker[]>();

  private lookUpSpeakers(trimmed: string): Speaker[] {
    // a speaker that matches has a word equal to one of the query's words, or a spelling variant of it (see
    // wordsMatch); only speakers indexed under one of the query words' keys are compared
    const q = typedName(trimmed);
    // (and under its letters run together: "LiShangfu" and "li shang fu" are indexed as "Li Shangfu" is, "Shang Fu"
    // as its word "Shangfu" is, below);
    // a name of initials alone has no key and is compared with every speaker
    const wordKeys = q.words.flatMap(nameKeys);
    const keys = wordKeys.length && q.words.length > 1 && q.letters ? [...wordKeys, ...nameKeys(q.letters)] : wordKeys;
    const { blocks, forms } = this.speakerBlocks();
    const candidates = keys.length ? new Set(keys.flatMap((k) => blocks.get(k) ?? [])) : this.speakers.values();
    return [...candidates].filter((s) => typedNameMatches(q, forms.get(s) ?? speakerForms(s)));
  }

  // built on first use: at a million quotations a name was compared with every speaker, per question; each
  // speaker's name forms are folded once here, not once per comparison (a block can hold thousands)
  private blocks: { blocks: Map<string, Speaker[]>; forms: Map<Speaker, FoldedForm[]> } | null = null;
  private speakerBlocks(): { blocks: Map<string, Speaker[]>; forms: Map<Speaker, FoldedForm[]> } {
    if (!this.blocks) {
      const blocks = new Map<string, Speaker[]>();
      const forms = new Map<Speaker, FoldedForm[]>();
      const add = (key: string, s: Speaker): void => {
        const list = blocks.get(key);
        if (!list) blocks.set(key, [s]);
        else if (list.at(-1) !== s) list.push(s);
      };
      for (const s of this.speakers.values()) {
        const folded = speakerForms(s);
        forms.set(s, folded);
        for (const { words, handle } of folded) {
          for (const w of words) for (const key of nameKeys(w)) add(key, s);
          // a name of several words under its letters too, which a name typed run together or spaced apart shares
          if (words.length > 1) for (const key of nameKeys(nameLetters(words))) add(key, s);
          // and under the letters of each shorter run of its words, which those words typed split share ("Vander
          // Berg" for "Pieter van der Berg"; one word typed split, "Shang Fu", shares that word's keys)
          if (handle) continue;
          for (let i = 0; i < words.length; i++)
            for (let j = i + 2; j <= words.length; j++) {
              const letters = j - i < words.length ? nameLetters(words.slice(i, j)) : '';
              if (letters.length >= MIN_JOINED_LETTERS) for (const key of nameKeys(letters)) add(key, s);
            }
        }
      }
      this.blocks = { blocks, forms };
    }
    return this.blocks;
  }

  /** Documents whose outlet (or file name) matches `name`, case-insensitively. */
  documentsOfOutlet(name: string): CorpusDocument[] {
    const wanted = name.trim().toLowerCase();
    if (!wanted) return [];
    return this.byOutletLabel().get(wanted) ?? [];
  }

  /** How people name the documents' sources: each outlet, and the file name of a document without one. */
  outletLabels(): readonly string[] {
    if (!this.labels) {
      const labels = new Set<string>();
      for (const d of this.documents.values()) labels.add(d.meta.outlet ?? d.id);
      this.labels = [...labels];
    }
    return this.labels;
  }

  // built on first use, not per question: a corpus can hold 100k documents
  private labels: string[] | null = null;
  private outletMap: Map<string, CorpusDocument[]> | null = null;
  /** Outlet names and file names in lower case → their documents. */
  private byOutletLabel(): Map<string, CorpusDocument[]> {
    if (!this.outletMap) {
      const map = new Map<string, CorpusDocument[]>();
      const add = (key: string, doc: CorpusDocument) => {
        const list = map.get(key);
        if (!list) map.set(key, [doc]);
        else if (list.at(-1) !== doc) list.push(doc);
      };
      for (const d of this.documents.values()) {
        if (d.meta.outlet) add(d.meta.outlet.toLowerCase(), d);
        add(d.id.toLowerCase(), d);
      }
      this.outletMap = map;
    }
    return this.outletMap;
  }

  /** Claims of one speaker, those carried by most documents first. */
  groupsOfSpeaker(speakerId: string): ClaimGroup[] {
    if (!this.bySpeaker) {
      // built on first use, in one pass: a question no longer scans every group
      const map = new Map<string, ClaimGroup[]>();
      for (const g of this.groups) {
        if (!g.speakerId) continue;
        const list = map.get(g.speakerId);
        if (list) list.push(g);
        else map.set(g.speakerId, [g]);
      }
      this.bySpeaker = map;
    }
    return [...(this.bySpeaker.get(speakerId) ?? [])].sort((a, b) => b.entryIds.length - a.entryIds.length || a.id - b.id);
  }

  private bySpeaker: Map<string, ClaimGroup[]> | null = null;

  /** The renditions of one document, in the order it carries them. */
  entriesOfDocument(documentId: string): StoredRendition[] {
    if (!this.byDocument) {
      // a document's renditions are made together, so each is one run of ids: remember where it starts and ends
      const map = new Map<string, [number, number]>();
      this.entries.forEach((e, i) => {
        const run = map.get(e.documentId);
        if (run) run[1] = i + 1;
        else map.set(e.documentId, [i, i + 1]);
      });
      this.byDocument = map;
    }
    const run = this.byDocument.get(documentId);
    if (!run) return [];
    return this.entries
      .slice(run[0], run[1])
      .filter((e) => e.documentId === documentId)
      .sort((a, b) => a.start - b.start);
  }

  private byDocument: Map<string, [number, number]> | null = null;
}
