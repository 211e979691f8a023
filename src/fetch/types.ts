/**
 * The fetcher's contract: the policy a caller passes, the result it gets back, and the defaults.
 */
import type { LookupFunction } from 'node:net';
import type { Logger } from '../log.js';

/** What a fetch may do. Built by the caller from its configuration (FETCH_ALLOW_PRIVATE, MAX_FILE_BYTES). */
export interface FetchPolicy {
  /** Lifts the address check only (self-hosted intranets, tests); every other check still holds. */
  allowPrivate: boolean;
  /** Most bytes read, counted both on the wire and after decompression. */
  maxBytes: number;
  /** Deadline for the whole fetch: connecting, every redirect hop and the whole body. Default 10 s. */
  timeoutMs?: number;
  /** Most redirects followed, each target checked again. Default 5. */
  maxRedirects?: number;
  /** Sent as User-Agent. Default names the bot. */
  userAgent?: string;
  /** Name resolution (dns.lookup-compatible); a seam for tests. Default dns.lookup. */
  lookup?: LookupFunction;
  /** Media types read (lower-case, without parameters). Default: HTML, XHTML, plain text and Markdown. */
  allowedContentTypes?: readonly string[];
  /**
   * Lets through one address the address check would refuse, e.g. a test server on 127.0.0.2. Narrower than
   * `allowPrivate`: it is asked per address and port, on every resolution and connection.
   */
  allowAddress?: (ip: string, port: number) => boolean;
  /** Receives one debug line per hop and per refusal. */
  logger?: Logger;
}

/** Why a fetch failed; stable, callers switch on it. */
export type FetchErrorCode =
  | 'bad_url'
  | 'scheme'
  | 'private_address'
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'content_type'
  | 'http_status'
  | 'decompression'
  | 'network'
  | 'aborted';

/** A page read in full. */
export interface FetchSuccess {
  ok: true;
  /** The URL the page was read from, after redirects. */
  url: string;
  /** The URL asked for (credentials never appear: such URLs are refused). */
  requestedUrl: string;
  status: number;
  /** Media type, lower-case, without parameters ("text/html"). */
  contentType: string;
  /** The charset parameter of the Content-Type header, lower-case, or null when absent. */
  charset: string | null;
  /** The body, decompressed. */
  body: Buffer;
  /** Each URL a redirect led to, in order; the last one is `url`. Empty when the first answer was the page. */
  redirects: string[];
}

/** A fetch that was refused or failed. */
export interface FetchFailure {
  ok: false;
  code: FetchErrorCode;
  /** One sentence a moderator can read; never holds credentials or resolved private addresses. */
  message: string;
  /** The URL being fetched when it failed (after the redirects followed so far), without credentials. */
  url: string;
}

/** The outcome of fetchPage: it never throws. */
export type FetchResult = FetchSuccess | FetchFailure;

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'quotetrail/0.1 (Discord fact-check bot)';
export const DEFAULT_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown'];
/** Sent as Accept: pages first, plain text after. */
export const ACCEPT_HEADER = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8';
/** URLs longer than this are refused (no real article link comes close). */
export const MAX_URL_LENGTH = 8192;
