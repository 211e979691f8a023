/**
 * `extract --json FILE...`: the quotations of each file with speakers, in the contract's JSON. Offsets index
 * the file's text; a web page's index the text of its article (`offsetsInto: "article"`), since its markup has
 * no quotations to point at. A file that cannot be read is listed under `errors`, and the others are extracted.
 */
import { readFile } from 'node:fs/promises';
import { NO_RULE } from '../claims/engine.js';
import { extractClaims } from '../claims/extract.js';
import { buildSpeakerIndex } from '../claims/speakers.js';
import { errno } from '../corpus/read.js';
import { fileError } from '../corpus/errors.js';
import { prepareDocument } from '../corpus/prepare.js';
import type { CorpusDocument, FileError } from '../corpus/types.js';
import { htmlDocument, PAGE_FILE } from '../corpus/web/document.js';

export interface ExtractOutput {
  documents: {
    document: string;
    /** What `start` and `end` index: the file's text, or the article read from a web page. */
    offsetsInto: 'file' | 'article';
    quotes: {
      text: string;
      start: number;
      end: number;
      speaker: string | null;
      speakerMention: { text: string; start: number; end: number } | null;
      /** The attribution rule that decided this quotation (src/claims/rules.ts), then any it was carried from. */
      rule: string;
    }[];
  }[];
  /** Files left out, each with why (unreadable, a page without an article, …). */
  errors: { document: string; code: FileError['code']; message: string }[];
}

/** One file as a document: a web page through its article, any other file as text. */
async function readDocument(file: string): Promise<CorpusDocument | FileError> {
  try {
    return PAGE_FILE.test(file) ? htmlDocument(file, await readFile(file)) : prepareDocument(file, await readFile(file, 'utf8'));
  } catch (err) {
    return fileError(file, 'unreadable', { why: errno(err) });
  }
}

export async function extractFiles(files: string[]): Promise<ExtractOutput> {
  const read = await Promise.all(files.map(readDocument));
  const docs = read
    .filter((d): d is CorpusDocument => !('code' in d))
    .map((doc) => ({ documentId: doc.id, page: PAGE_FILE.test(doc.id), claims: extractClaims(doc) }));
  const speakers = buildSpeakerIndex(docs);
  return {
    documents: docs.map(({ documentId, page, claims }) => ({
      document: documentId,
      offsetsInto: page ? 'article' : 'file',
      quotes: claims.quotes.map((q) => ({
        text: q.text,
        start: q.start,
        end: q.end,
        speaker: q.speaker ? (speakers.resolve(documentId, q.speaker)?.name ?? q.speaker) : null,
        speakerMention: q.speakerMention,
        rule: q.rule ?? NO_RULE,
      })),
    })),
    errors: read.filter((d): d is FileError => 'code' in d).map((e) => ({ document: e.file, code: e.code, message: e.message })),
  };
}
