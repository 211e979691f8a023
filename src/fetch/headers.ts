/**
 * What the fetcher reads from a response's headers, validated: the media type and charset, the declared
 * length, the content codings and a redirect's Location.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { MIMEType } from 'node:util';
import { z } from 'zod';
import { FetchRefusal, formatBytes } from './errors.js';

const ResponseHeadersSchema = z.object({
  'content-type': z.string().optional(),
  'content-length': z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .optional(),
  'content-encoding': z.string().optional(),
  location: z.string().optional(),
});

/** The response headers the fetcher acts on. */
export type ResponseHeaders = z.infer<typeof ResponseHeadersSchema>;

/** Validates the headers; a malformed one ends the fetch. */
export function readHeaders(headers: IncomingHttpHeaders, host: string): ResponseHeaders {
  const parsed = ResponseHeadersSchema.safeParse(headers);
  if (!parsed.success) throw new FetchRefusal('network', `${host} sent malformed response headers.`);
  return parsed.data;
}

/** Supported content codings; "x-gzip" is the old name of gzip. */
export type ContentCoding = 'gzip' | 'deflate' | 'br';
const CODINGS: Record<string, ContentCoding> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', br: 'br' };
/** More layers than this is no real server's doing. */
const MAX_CODINGS = 2;

/** The codings in the order they were applied (decode in reverse); refuses unknown ones. */
export function contentCodings(header: string | undefined, host: string): ContentCoding[] {
  if (!header) return [];
  const names = header
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '' && name !== 'identity');
  if (names.length > MAX_CODINGS)
    throw new FetchRefusal('decompression', `The page from ${host} is compressed ${names.length} times over.`);
  return names.map((name) => {
    const coding = CODINGS[name];
    if (!coding)
      throw new FetchRefusal('decompression', `The page from ${host} uses a compression the bot cannot read ("${name.slice(0, 40)}").`);
    return coding;
  });
}

/** A media type in words, for refusals. */
function describeMediaType(essence: string): string {
  if (essence === 'application/pdf') return 'a PDF document';
  if (essence.startsWith('image/')) return `an image (${essence})`;
  if (essence.startsWith('video/')) return `a video (${essence})`;
  if (essence.startsWith('audio/')) return `an audio file (${essence})`;
  return `a file of type ${essence}`;
}

/** News feeds: lists of articles, each with its own link. */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json']);
/** XML without a more precise type: feeds and sitemaps are often served so. */
const XML_TYPES = new Set(['application/xml', 'text/xml']);

/** The refusal of a type that is not read: what the link is, and what to add instead. */
function typeRefusal(essence: string): string {
  const instead = 'add the link of each article you want instead';
  if (FEED_TYPES.has(essence)) return `The link is a news feed (${essence}), a list of articles, not an article; ${instead}.`;
  if (XML_TYPES.has(essence)) return `The link is an XML file (${essence}), not a web page: if it is a news feed or a sitemap, ${instead}.`;
  return `The link is ${describeMediaType(essence)}; only web pages and plain text can be added.`;
}

/** Media type and charset of a readable response; refuses missing, malformed or unlisted types. */
export function acceptedContentType(
  header: string | undefined,
  allowed: readonly string[],
): { contentType: string; charset: string | null } {
  if (!header) throw new FetchRefusal('content_type', 'The site did not say what kind of document the link is, so it was not read.');
  let mime: MIMEType;
  try {
    mime = new MIMEType(header);
  } catch {
    throw new FetchRefusal('content_type', 'The site sent a content type the bot cannot read, so the link was not read.');
  }
  const contentType = mime.essence;
  if (!allowed.includes(contentType)) {
    throw new FetchRefusal('content_type', typeRefusal(contentType));
  }
  const charset = mime.params.get('charset');
  return { contentType, charset: charset ? charset.toLowerCase() : null };
}

/** Refuses a declared length over the limit before any of the body is read. */
export function checkDeclaredLength(length: number | undefined, maxBytes: number): void {
  if (length !== undefined && length > maxBytes) {
    throw new FetchRefusal(
      'too_large',
      `The page is ${formatBytes(length)}, over the limit of ${formatBytes(maxBytes)}, so it was not read.`,
    );
  }
}
