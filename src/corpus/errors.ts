/**
 * The catalogue of corpus error messages: one sentence each, naming the file. Codes are stable (tests and
 * callers switch on them); wording lives only here.
 */
import type { FileError, FileErrorCode } from './types.js';

/** Details a message may mention. */
export interface ErrorDetails {
  /** Manifest entry number, counted from 1. */
  entry?: number;
  /** Text appended after the entry number (", field \"date\": expected a string"). */
  detail?: string;
  /** Why a whole file or folder failed ("is not valid JSON (…)", a system error code). */
  why?: string;
  /** The path a manifest entry or link pointed to. */
  target?: string;
  size?: number;
  limit?: number;
  count?: number;
}

const n = (v: number | undefined): string => (v ?? 0).toLocaleString('en-US');

const MESSAGES: Record<FileErrorCode, (file: string, d: ErrorDetails) => string> = {
  unreadable: (f, d) => `File "${f}" could not be read${d.why ? ` (${d.why})` : ''}.`,
  binary: (f, d) =>
    d.why
      ? `File "${f}" is ${d.why}, not text, so it was skipped.`
      : `File "${f}" looks like binary data rather than text, so it was skipped.`,
  invalid_utf8: (f) => `File "${f}" is not valid UTF-8 text, so it was skipped.`,
  empty: (f) => `File "${f}" is empty or holds only whitespace, so it was skipped.`,
  too_large: (f, d) => `File "${f}" is ${n(d.size)} bytes, over the limit of ${n(d.limit)} bytes, so it was not read.`,
  too_many_files: (f, d) =>
    `The corpus folder "${f}" holds ${n(d.count)} article files, over the limit of ${n(d.limit)}, so only the first ${n(d.limit)} in name order were loaded.`,
  outside_corpus: (f, d) =>
    d.entry !== undefined
      ? `${f}: entry ${d.entry}, field "file": "${d.target ?? ''}" points outside the corpus folder, so the entry was skipped.`
      : `File "${f}" is a link to a path outside the corpus folder, so it was not read.`,
  vanished: (f) => `File "${f}" disappeared between listing the folder and reading it.`,
  manifest_invalid: (f, d) =>
    d.entry !== undefined ? `${f}: entry ${d.entry}${d.detail ?? ''}.` : `${f} ${d.why ?? 'is invalid'}, so it was ignored.`,
  manifest_unknown_file: (f, d) => `${f}: entry ${d.entry ?? '?'} names "${d.target ?? ''}", which is not an article file in the corpus.`,
  corpus_missing: (f, d) => `The corpus folder "${f}" ${d.why ?? 'does not exist'}.`,
  corpus_empty: (f) => `The corpus folder "${f}" has no loadable document.`,
  no_article: (f, d) => `File "${f}" is a web page without an article${d.why ? `: ${d.why}` : ''}, so it was skipped.`,
};

/**
 * Builds a FileError with its catalogue message.
 *
 * @example fileError('a.txt', 'empty').message // → 'File "a.txt" is empty or holds only whitespace, so it was skipped.'
 */
export function fileError(file: string, code: FileErrorCode, details: ErrorDetails = {}): FileError {
  return { file, code, message: MESSAGES[code](file, details) };
}

/**
 * A catalogue message that names its subject as a corpus file, said of what it really is: a page fetched from a
 * link or a moderator's attachment ("File \"x\" is empty …" → "The page is empty …").
 *
 * @example spokenOf('File "a" is empty or holds only whitespace, so it was skipped.', 'a', 'The page') // → 'The page is empty …'
 */
export function spokenOf(message: string, file: string, subject: string): string {
  return message.replace(`File "${file}"`, subject).replace(`"${file}"`, subject.charAt(0).toLowerCase() + subject.slice(1));
}
