/**
 * An added article as the claim store reads it: the stored text and metadata made into a `CorpusDocument`,
 * the same way at the add and at every later start (the blocks are computed from the stored text, not kept).
 */
import { createHash } from 'node:crypto';
import { cleanText } from '../corpus/clean.js';
import type { CorpusDocument, DocumentMeta, MetaEvidence, TextBlock } from '../corpus/types.js';
import { isHtml } from '../corpus/web/document.js';
import type { ArticleMeta, StoredArticle } from '../state/types.js';

const FIELDS = new Set<MetaEvidence['field']>(['outlet', 'date', 'title', 'url', 'author', 'lang']);
const SOURCES = new Set<MetaEvidence['source']>(['manifest', 'text', 'page', 'override']);

/** SHA-256 of a text with its whitespace collapsed: the same article read twice has the same hash. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/**
 * The hash of a document's article text (its paragraphs, without page chrome): the same article added again,
 * or already in the corpus folder, has the same one.
 */
export function bodyHash(doc: Pick<CorpusDocument, 'text' | 'blocks'>): string {
  return textHash(doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('\n\n'));
}

/** The paragraphs of an extracted page: runs of text between blank lines. */
function paragraphBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    if (part.trim()) blocks.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return blocks;
}

export function toDocumentMeta(meta: ArticleMeta): DocumentMeta {
  const evidence = meta.evidence.filter(
    (e): e is MetaEvidence => FIELDS.has(e.field as MetaEvidence['field']) && SOURCES.has(e.source as MetaEvidence['source']),
  );
  return {
    outlet: meta.outlet,
    date: meta.date,
    title: meta.title,
    url: meta.url,
    author: meta.author,
    ...(meta.partial ? { partial: meta.partial } : {}),
    ...(meta.datedParts?.length ? { datedParts: meta.datedParts.map((p) => ({ ...p })) } : {}),
    ...(meta.modified ? { modified: meta.modified } : {}),
    evidence,
  };
}

export function toArticleMeta(meta: DocumentMeta): ArticleMeta {
  return {
    outlet: meta.outlet,
    date: meta.date,
    title: meta.title,
    url: meta.url,
    author: meta.author ?? null,
    ...(meta.partial ? { partial: meta.partial } : {}),
    ...(meta.datedParts?.length ? { datedParts: meta.datedParts.map((p) => ({ ...p })) } : {}),
    ...(meta.modified ? { modified: meta.modified } : {}),
    evidence: meta.evidence.map((e) => ({ ...e })),
  };
}

/**
 * The blocks of a stored article's text (`fileName`: the file it was added from, null for a link): a web page's
 * paragraphs, or a text file's text cleaned as the corpus folder's files are.
 */
export function articleBlocks(text: string, raw: Uint8Array, contentType: string | null, fileName: string | null): TextBlock[] {
  return isHtml(raw, contentType, fileName) ? paragraphBlocks(text) : cleanText(text).blocks;
}

/**
 * The document of a stored article. A web page's text is its extracted article, one paragraph per block;
 * a text file's text is cleaned of page chrome as the corpus folder's files are.
 */
export function articleDocument(
  article: Pick<StoredArticle, 'id' | 'text' | 'meta' | 'raw' | 'contentType' | 'origin' | 'textHash'>,
): CorpusDocument {
  return {
    id: article.id,
    text: article.text,
    blocks: articleBlocks(article.text, article.raw, article.contentType, article.origin.kind === 'url' ? null : article.origin.value),
    meta: toDocumentMeta(article.meta),
    contentHash: article.textHash,
  };
}
