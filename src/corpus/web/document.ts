/**
 * Bytes of a web page or a text file → a CorpusDocument, for the corpus folder (`.html`/`.htm` files), URLs
 * and uploaded attachments. A page's document text is its extracted article (paragraphs separated by a
 * blank line, each paragraph one block); its metadata comes from, in order: the manifest or the overrides
 * given, the page's markup, then what the text layer infers from the article text.
 */
import { createHash } from 'node:crypto';
import { cleanText } from '../clean.js';
import { binaryKind, decodeText } from '../decode.js';
import { markdownText } from '../markdown.js';
import { fileError } from '../errors.js';
import type { ManifestEntry } from '../manifest.js';
import { inferMetadata } from '../metadata.js';
import { prepareDocument } from '../prepare.js';
import type { CorpusDocument, DocumentMeta, FileError, MetaEvidence, TextBlock } from '../types.js';
import { decodeHtml, headerCharset } from './charset.js';
import { extractArticle } from './extract.js';
import type { ExtractedPage } from './types.js';

/** File names read as web pages. */
export const PAGE_FILE = /\.html?$/i;

/** Values a person gave for a document; they win over anything read from it. */
export interface DocumentOverrides {
  outlet?: string;
  date?: string;
}

export interface PageToDocumentOptions {
  /** The Content-Type header (or an attachment's content type), with its charset parameter if any. */
  contentType?: string | null;
  /** The address the bytes were read from (after redirects). */
  url?: string | null;
  /** The file or attachment name (its extension tells HTML from text when the content type does not). */
  fileName?: string | null;
  overrides?: DocumentOverrides;
}

const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;
const TEXT_TYPES = /^\s*(?:text\/plain|text\/markdown)\s*(?:;|$)/i;

/** True when the bytes are a web page: by content type, else by file name, else by their first bytes. */
export function isHtml(bytes: Uint8Array, contentType?: string | null, fileName?: string | null): boolean {
  if (contentType && HTML_TYPES.test(contentType)) return true;
  if (contentType && TEXT_TYPES.test(contentType)) return false;
  if (fileName && PAGE_FILE.test(fileName)) return true;
  if (fileName && /\.(?:txt|md)$/i.test(fileName)) return false;
  // Zero bytes dropped and a UTF-16 BOM allowed: a page in UTF-16 opens with the same markup.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1').replace(/\0/g, '');
  return /^(?:\uFEFF|ï»¿|ÿþ|þÿ)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(head);
}

/** Paragraphs joined by blank lines, with each paragraph's offsets. */
function joinParagraphs(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    if (part) blocks.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return blocks;
}

type MetaField = 'outlet' | 'date' | 'title' | 'url';
const FIELDS: readonly MetaField[] = ['outlet', 'date', 'title', 'url'];

/** Manifest or overrides first, then the page, then the article text's own evidence. */
function pageMeta(
  page: ExtractedPage,
  given: Partial<Record<MetaField, string>>,
  givenDetail: (f: MetaField, v: string) => MetaEvidence,
): DocumentMeta {
  const fromText = inferMetadata(cleanText(page.text).lines);
  const meta: DocumentMeta = { outlet: null, date: null, title: null, url: null, author: page.author, evidence: [] };
  for (const field of FIELDS) {
    const value = given[field];
    if (value) {
      meta[field] = value;
      meta.evidence.push(givenDetail(field, value));
    } else if (page[field] !== null) {
      meta[field] = page[field];
      meta.evidence.push(...page.evidence.filter((e) => e.field === field));
    } else if (field !== 'title' && fromText[field] !== null) {
      // Not the title: the headline was taken off the article text, so its first short line is body text.
      meta[field] = fromText[field];
      meta.evidence.push(...fromText.evidence.filter((e) => e.field === field));
    }
  }
  if (page.author !== null) meta.evidence.push(...page.evidence.filter((e) => e.field === 'author'));
  if (page.partial) meta.partial = page.partial;
  if (page.datedParts.length) meta.datedParts = page.datedParts;
  if (page.modified) meta.modified = page.modified;
  return meta;
}

/**
 * A document from an HTML page's bytes; a page without an article is a `no_article` FileError. `manifest`
 * (from sources.json) wins per field.
 */
export function htmlDocument(
  id: string,
  bytes: Uint8Array,
  options: { contentType?: string | null; url?: string | null; manifest?: ManifestEntry; overrides?: DocumentOverrides } = {},
): CorpusDocument | FileError {
  const kind = binaryKind(bytes);
  if (kind) return fileError(id, 'binary', { why: kind });
  const { text: html, charset } = decodeHtml(bytes, options.contentType);
  // NUL bytes never occur in a page's text in the encodings of the web other than UTF-16 (told by its BOM or its zero bytes).
  if (bytes.subarray(0, 4096).includes(0) && !charset.startsWith('utf-16')) return fileError(id, 'binary');
  const page = extractArticle(html, { url: options.url ?? options.manifest?.url ?? null });
  if (!page.ok) return fileError(id, 'no_article', { why: page.reason });
  const manifest = options.manifest;
  const given: Partial<Record<MetaField, string>> = manifest
    ? { outlet: manifest.outlet, date: manifest.date, title: manifest.title, url: manifest.url }
    : { outlet: options.overrides?.outlet, date: options.overrides?.date };
  const detail = (field: MetaField, value: string): MetaEvidence =>
    manifest
      ? { field, source: 'manifest', detail: `${manifest.file}: ${field} = ${JSON.stringify(value)}` }
      : { field, source: 'override', detail: `given: ${field} = ${JSON.stringify(value)}` };
  return {
    id,
    text: page.text,
    blocks: joinParagraphs(page.text),
    meta: pageMeta(page, given, detail),
    contentHash: createHash('sha256').update(bytes).digest('hex'),
  };
}

const MARKDOWN_NAME = /\.(?:md|markdown)$/i;

/**
 * Markdown by its content type, else by the name of the file or of the address's path (servers, and
 * Discord for attachments, often label a `.md` file `text/plain`).
 */
function isMarkdown(options: PageToDocumentOptions): boolean {
  if (options.contentType && /^\s*text\/(?:x-)?markdown\s*(?:;|$)/i.test(options.contentType)) return true;
  if (options.fileName) return MARKDOWN_NAME.test(options.fileName);
  if (!options.url) return false;
  try {
    return MARKDOWN_NAME.test(new URL(options.url).pathname);
  } catch {
    return false;
  }
}

/**
 * A text document from bytes in a declared charset, else UTF-8 or UTF-16, else windows-1252: binary and empty
 * input refused as the corpus refuses files. Markdown is read as the text it shows (its offsets index that).
 */
function textDocument(id: string, bytes: Uint8Array, options: PageToDocumentOptions): CorpusDocument | FileError {
  const charset = headerCharset(options.contentType);
  let text: string;
  if (charset && !/^utf-?8$/i.test(charset)) {
    text = decodeHtml(bytes, options.contentType).text;
  } else {
    const decoded = decodeText(bytes);
    // A text saved by an older Windows program is windows-1252: read as a browser reads an undeclared page,
    // rather than refused (a corpus folder refuses it, with a warning its owner can act on; a moderator's
    // attachment or a link has nobody to convert it).
    if (!decoded.ok && decoded.code !== 'invalid_utf8') return fileError(id, decoded.code, decoded.kind ? { why: decoded.kind } : {});
    text = decoded.ok ? decoded.text : decodeHtml(bytes, null).text;
  }
  if (isMarkdown(options)) text = markdownText(text);
  if (!text.trim()) return fileError(id, 'empty');
  const doc = prepareDocument(id, text, undefined, { contentHash: createHash('sha256').update(bytes).digest('hex') });
  for (const field of ['outlet', 'date'] as const) {
    const value = options.overrides?.[field];
    if (!value) continue;
    doc.meta[field] = value;
    doc.meta.evidence = [
      ...doc.meta.evidence.filter((e) => e.field !== field),
      { field, source: 'override', detail: `given: ${field} = ${JSON.stringify(value)}` },
    ];
  }
  if (!doc.meta.url && options.url) {
    doc.meta.url = options.url;
    doc.meta.evidence.push({ field: 'url', source: 'override', detail: `the address the text was read from: ${options.url}` });
  }
  return doc;
}

/**
 * A document from bytes read from a URL or an attachment: HTML (by content type, file extension or its
 * first bytes) through article extraction, anything else through the text path.
 *
 * @example
 * const doc = pageToDocument('added/story', bytes, { contentType: 'text/html; charset=utf-8', url: 'https://news.example/story' });
 * if ('code' in doc) doc.message // → 'File "added/story" is a web page without an article: …'
 */
export function pageToDocument(id: string, bytes: Uint8Array, options: PageToDocumentOptions = {}): CorpusDocument | FileError {
  if (bytes.length === 0) return fileError(id, 'empty');
  // a PDF or an image labelled as a page or as text (a server's wrong type, a renamed attachment) is named
  const kind = binaryKind(bytes);
  if (kind) return fileError(id, 'binary', { why: kind });
  if (isHtml(bytes, options.contentType, options.fileName)) {
    return htmlDocument(id, bytes, { contentType: options.contentType, url: options.url, overrides: options.overrides });
  }
  return textDocument(id, bytes, options);
}
