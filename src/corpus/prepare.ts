/**
 * TEMPORARY STUB (replaced by the corpus layer work): turns one file's text into a CorpusDocument with
 * blocks = non-empty lines and no metadata.
 */
import { createHash } from 'node:crypto';
import type { CorpusDocument } from './types.js';

export interface ManifestEntry {
  file: string;
  outlet?: string | undefined;
  date?: string | undefined;
  title?: string | undefined;
  url?: string | undefined;
}

export function prepareDocument(id: string, text: string, manifest?: ManifestEntry): CorpusDocument {
  const blocks: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
  }
  return {
    id,
    text,
    blocks,
    meta: {
      outlet: manifest?.outlet ?? null,
      date: manifest?.date ?? null,
      title: manifest?.title ?? null,
      url: manifest?.url ?? null,
      evidence: [],
    },
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}
