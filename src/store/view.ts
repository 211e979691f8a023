/**
 * What answers read of a corpus: the claim store of the shared folder, or that store together with the
 * articles one server added (`layer.ts`). Answers take a `ClaimView` and never know which.
 */
import type { Speaker } from '../claims/types.js';
import type { CorpusDocument, FileError } from '../corpus/types.js';
import type { ClaimGroup, SearchHit, SearchOptions, StoredRendition } from './types.js';

export interface StoreStats {
  documents: number;
  quotes: number;
  paraphrases: number;
  claims: number;
  speakers: number;
}

/** Which corpus an answer came from: a short hash of its documents' contents, and when it was loaded. */
export interface CorpusVersion {
  /** 12 hex digits: the same documents with the same contents always give the same version. */
  version: string;
  /** ISO 8601. */
  loadedAt: string;
}

export interface ClaimView {
  /** The version of this corpus (the shared one, with this server's articles where it has some). */
  corpusVersion(): CorpusVersion;
  readonly documents: ReadonlyMap<string, CorpusDocument>;
  readonly speakers: ReadonlyMap<string, Speaker>;
  /** Per-file errors met while loading the corpus (those files were skipped). */
  readonly errors: readonly FileError[];
  /** The rendition with this id (ids come from hits, groups and listings of this view). */
  entry(id: number): StoredRendition;
  /** The claim group with this id, with every rendition of it this view can see. */
  group(id: number): ClaimGroup;
  /** Renditions that match `query`, best first. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Speakers a typed name may mean: alias, surname or variant spelling. */
  findSpeakers(name: string): Speaker[];
  /** Documents whose outlet (or file name) matches `name`, case-insensitively. */
  documentsOfOutlet(name: string): CorpusDocument[];
  /** How people name the documents' sources: each outlet, and the file name of a document without one. */
  outletLabels(): readonly string[];
  /** Claims of one speaker, those carried by most documents first. */
  groupsOfSpeaker(speakerId: string): ClaimGroup[];
  /** The renditions of one document, in the order it carries them. */
  entriesOfDocument(documentId: string): StoredRendition[];
  stats(): StoreStats;
}
