/** Types of the corpus layer: files read from a corpus folder, cleaned of page chrome, with metadata. */

/** Where a metadata field came from, so an answer can show its evidence. */
export interface MetaEvidence {
  field: 'outlet' | 'date' | 'title' | 'url' | 'author' | 'lang';
  /**
   * `manifest`: sources.json; `text`: a line of the text; `page`: a web page's markup (a meta tag, JSON-LD,
   * the title); `override`: a value the person adding the document gave.
   */
  source: 'manifest' | 'text' | 'page' | 'override';
  /** The manifest entry, line of text or markup the value was read from. */
  detail: string;
}

/**
 * A part of a document's text with a day of its own: a live blog's entry (`entry`: the day the outlet posted
 * it) or a post embedded in the article (`post`: the day its author posted it). Offsets index the text.
 */
export interface DatedPart {
  start: number;
  end: number;
  /** ISO day `YYYY-MM-DD`. */
  date: string;
  kind: 'entry' | 'post';
  /**
   * A live entry's clock time `HH:MM` (24-hour), when its stamp gives one; absent otherwise (posts, a stamp
   * with a day only).
   */
  time?: string;
  /**
   * The time zone the stamp states (`ET`, `GMT`, `+02:00`, `UTC` for a `Z`), as written; absent when the
   * page states none (never guessed from the outlet or the reader).
   */
  zone?: string;
  /** Where the day was read (`<time datetime="…">`, the post's own date). */
  detail: string;
}

export interface DocumentMeta {
  /** Outlet name (e.g. "DW", "RT"); null when neither manifest nor text says. Never invented. */
  outlet: string | null;
  /** ISO date `YYYY-MM-DD`, or null. */
  date: string | null;
  title: string | null;
  url: string | null;
  /** The byline's name(s), for documents read from a web page that names them; absent otherwise. */
  author?: string | null;
  /**
   * Set only when the text read may be only part of the article (a web page whose outlet puts the rest behind
   * a paywall or a log-in): one sentence saying why, for the moderator and for answers quoting that outlet.
   */
  partial?: string;
  /**
   * Set only for a web page with parts dated apart from the page (a live blog's entries, embedded posts), in
   * text order: the words of such a part were written on its day, not the page's (see `dateAt`).
   */
  datedParts?: DatedPart[];
  /**
   * Set only for a web page that says when it was last changed (`dateModified`, "Last modified on …",
   * "Updated …"): that ISO day. `date` stays the day it was published when the page gives that day.
   */
  modified?: string;
  evidence: MetaEvidence[];
}

/** A run of article text (a paragraph) that survived chrome removal; offsets index `CorpusDocument.text`. */
export interface TextBlock {
  start: number;
  end: number;
}

export interface CorpusDocument {
  /** File name relative to the corpus folder, with `/` separators: the document's stable id. */
  id: string;
  /** The file's full text as read; every offset in the project indexes this string. */
  text: string;
  /** Article paragraphs after chrome removal, in order. */
  blocks: TextBlock[];
  meta: DocumentMeta;
  /** SHA-256 of the file bytes, hex. */
  contentHash: string;
}

export type FileErrorCode =
  | 'unreadable'
  | 'binary'
  | 'invalid_utf8'
  | 'empty'
  | 'too_large'
  | 'too_many_files'
  | 'outside_corpus'
  | 'vanished'
  | 'manifest_invalid'
  | 'manifest_unknown_file'
  | 'corpus_missing'
  | 'corpus_empty'
  | 'no_article';

/** A problem with one file (or the manifest, or the folder): reported, and the rest loads. */
export interface FileError {
  /** File name relative to the corpus folder (or the folder itself for folder-level errors). */
  file: string;
  code: FileErrorCode;
  message: string;
}

export interface LoadedCorpus {
  dir: string;
  documents: CorpusDocument[];
  errors: FileError[];
}

export interface CorpusLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most article files read from one folder. */
  maxFiles: number;
}

export const DEFAULT_CORPUS_LIMITS: Readonly<CorpusLimits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxFiles: 200_000,
});

/** Display name of a document's outlet: the outlet, else the file name. */
export function outletLabel(doc: Pick<CorpusDocument, 'id' | 'meta'>): string {
  return doc.meta.outlet ?? doc.id;
}
