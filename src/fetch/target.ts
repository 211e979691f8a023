/**
 * Turns a URL a member typed (or a redirect's Location) into a request target, or refuses it: web schemes
 * only, no credentials, and a literal IP address judged before any connection (Node connects to literal
 * addresses without a lookup, so the guarded lookup never sees them).
 */
import { isIP } from 'node:net';
import { checkAddress } from './address.js';
import { FetchRefusal } from './errors.js';
import { MAX_URL_LENGTH } from './types.js';

/** A URL that may be requested. */
export interface FetchTarget {
  url: URL;
  /** Host name or address without IPv6 brackets, as passed to http.request. */
  hostname: string;
  port: number;
  /** Whether `hostname` is a literal IP address (no name resolution happens). */
  literalIp: boolean;
}

/** Decides whether a refused address may still be reached (allowPrivate, a test server's exception). */
export type AddressAllowance = (ip: string, port: number) => boolean;

const WEB_SCHEMES = new Set(['http:', 'https:']);

/** Wrappers a pasted link comes in: Discord's no-preview `<…>`, inline code, quotation marks. */
const WRAPPERS: readonly (readonly [string, string])[] = [
  ['<', '>'],
  ['`', '`'],
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
];

/** A host name and what follows, without a scheme ("news.example/story", "www.news.example"). */
const SCHEMELESS = /^(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d{1,5})?(?:[/?#]|$)/u;

/**
 * The link a person meant by what they pasted: unwrapped from `<…>` (how Discord users post a link without
 * its preview), backticks or quotation marks, and given `https://` when it starts with a host name and no
 * scheme. Anything else is returned as given, for parseTarget to judge.
 *
 * @example pastedLink('<https://news.example/story>') // → 'https://news.example/story'
 * @example pastedLink('news.example/story') // → 'https://news.example/story'
 */
export function pastedLink(raw: string): string {
  let link = raw.trim();
  for (const [open, close] of WRAPPERS) {
    if (link.length > 2 && link.startsWith(open) && link.endsWith(close)) {
      link = link.slice(open.length, -close.length).trim();
      break;
    }
  }
  return SCHEMELESS.test(link) ? `https://${link}` : link;
}

/**
 * Whether `raw` is written as a link (any `scheme://`), so a caller hands it to the fetcher, which refuses
 * every scheme but http and https with its own message, rather than reading it as a file path.
 */
export const looksLikeLink = (raw: string): boolean => /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(raw);

/** The URL (resolved against `base`) with any user name and password removed, for results and logs. */
export function redactUrl(raw: string, base?: URL): string {
  try {
    const url = new URL(raw, base);
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
  }
}

/**
 * Parses and checks `raw` (resolved against `base` for redirects). Throws FetchRefusal: `bad_url` for an
 * unparseable or over-long URL or one with credentials, `scheme` for anything but http/https,
 * `private_address` for a literal address the policy refuses.
 */
export function parseTarget(raw: string, allowance: AddressAllowance, base?: URL): FetchTarget {
  const trimmed = raw.trim();
  if (trimmed.length === 0) throw new FetchRefusal('bad_url', 'No link was given.');
  if (trimmed.length > MAX_URL_LENGTH) throw new FetchRefusal('bad_url', `The link is longer than ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    const where = base ? 'The site redirected to an address that is not a valid link.' : 'That is not a valid link (expected https://…).';
    throw new FetchRefusal('bad_url', where);
  }
  if (!WEB_SCHEMES.has(url.protocol)) {
    const scheme = url.protocol.replace(/:$/, '');
    const who = base ? 'The site redirected to' : 'The link is';
    throw new FetchRefusal('scheme', `${who} a "${scheme}:" address; only http and https links are fetched.`);
  }
  // Refused rather than stripped: "https://trusted.example@other.example/" reads as one site and goes to another.
  if (url.username !== '' || url.password !== '') {
    throw new FetchRefusal('bad_url', 'Links with a user name or password in them (user:pass@…) are not fetched; remove that part.');
  }
  url.hash = '';
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  const literalIp = isIP(hostname) !== 0;
  if (literalIp && !allowance(hostname, port)) {
    const verdict = checkAddress(hostname);
    if (!verdict.ok) throw new FetchRefusal('private_address', `The link leads to ${verdict.reason}, which the bot does not fetch.`);
  }
  return { url, hostname, port, literalIp };
}
