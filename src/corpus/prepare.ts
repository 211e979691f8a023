/**
 * One file's text → CorpusDocument: chrome removal (paragraph blocks with offsets into the untouched text)
 * and metadata (manifest first, then the text's own evidence).
 */
import { createHash } from 'node:crypto';
import { cleanText } from './clean.js';
import type { ManifestEntry } from './manifest.js';
import { inferMetadata } from './metadata.js';
import type { CorpusDocument } from './types.js';

export type { ManifestEntry } from './manifest.js';

export interface PrepareOptions {
  /** SHA-256 (hex) of the file bytes when known; otherwise the hash of the text's UTF-8 encoding. */
  contentHash?: string;
}

/**
 * Builds the document for one file. `text` is kept exactly as given: every block offset indexes it.
 *
 * @example
 * const doc = prepareDocument('a.txt', 'Headline\n\n“We will,” she said.\nSource: Example Times');
 * doc.meta.outlet // → 'Example Times'; doc.blocks.length // → 2
 */
export function prepareDocument(id: string, text: string, manifest?: ManifestEntry, options: PrepareOptions = {}): CorpusDocument {
  const { lines, blocks } = cleanText(text);
  return {
    id,
    text,
    blocks,
    meta: inferMetadata(lines, manifest),
    contentHash: options.contentHash ?? createHash('sha256').update(text).digest('hex'),
  };
}
