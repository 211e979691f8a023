/**
 * fetchPage: follows a link through its redirects, checking every hop, and returns the page or the reason
 * it was refused. It never throws.
 */
import { z } from 'zod';
import { FetchRefusal } from './errors.js';
import { Deadline, type HopSettings, requestHop } from './hop.js';
import { type AddressAllowance, type FetchTarget, parseTarget, pastedLink, redactUrl } from './target.js';
import {
  DEFAULT_CONTENT_TYPES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type FetchFailure,
  type FetchPolicy,
  type FetchResult,
} from './types.js';

const PolicyNumbersSchema = z.object({
  maxBytes: z.number().int().positive(),
  timeoutMs: z.number().int().positive().default(DEFAULT_TIMEOUT_MS),
  maxRedirects: z.number().int().nonnegative().default(DEFAULT_MAX_REDIRECTS),
});

/** The allowance a policy grants: everything with allowPrivate, else only what allowAddress names. */
function allowanceOf(policy: FetchPolicy): AddressAllowance {
  if (policy.allowPrivate) return () => true;
  const allowAddress = policy.allowAddress;
  return allowAddress ? (ip, port) => allowAddress(ip, port) : () => false;
}

function failure(refusal: FetchRefusal, url: string): FetchFailure {
  return { ok: false, code: refusal.code, message: refusal.message, url };
}

/** Largest page read as a redirect stub when it carries a meta refresh; a bigger page is a page. */
const REFRESH_STUB_BYTES = 8 * 1024;
/** Longest meta refresh delay (seconds) taken as a redirect; a page reloading itself every minutes is not one. */
const REFRESH_MAX_DELAY = 5;

/**
 * Where a small HTML page sends the browser at once with `<meta http-equiv="refresh" content="0; url=…">`
 * (link shorteners, moved articles, consent redirects), or null.
 */
export function metaRefresh(contentType: string, body: Buffer): string | null {
  if (!/html/i.test(contentType) || body.length > REFRESH_STUB_BYTES) return null;
  const html = body.toString('latin1');
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/\bhttp-equiv\s*=\s*["']?refresh\b/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
    const m = /^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?["']?([^"'\s]+)["']?)?\s*$/i.exec(value);
    if (!m?.[2] || Number(m[1]) > REFRESH_MAX_DELAY) continue;
    return m[2].replace(/&amp;/g, '&');
  }
  return null;
}

/** The next hop of a redirect, refused when it goes in a circle or past the limit. */
function nextHop(
  location: string,
  from: FetchTarget,
  allowance: AddressAllowance,
  visited: Set<string>,
  redirects: number,
  max: number,
): FetchTarget {
  const next = parseTarget(location, allowance, from.url);
  if (visited.has(next.url.href)) {
    throw new FetchRefusal(
      'redirect_loop',
      'The link redirects in a circle back to an address it already visited, so it was not followed.',
    );
  }
  if (redirects >= max) throw new FetchRefusal('too_many_redirects', `The link redirects more than ${max} times, so it was not followed.`);
  return next;
}

/**
 * Fetches the page at `url` under `policy`: http/https only, no credentials, public addresses only (checked
 * on the address connected to, and again after every redirect), at most `maxRedirects` redirects, within
 * `timeoutMs` for the whole fetch, at most `maxBytes` on the wire and after decompression, HTML or plain
 * text only. `signal` cancels it (result code `aborted`).
 *
 * @example
 * const page = await fetchPage('https://news.example/story', { allowPrivate: false, maxBytes: 20 * 1024 * 1024 });
 * if (!page.ok) reply(page.message);
 */
export async function fetchPage(url: string, policy: FetchPolicy, signal?: AbortSignal): Promise<FetchResult> {
  const numbers = PolicyNumbersSchema.safeParse(policy);
  if (!numbers.success) {
    const field = numbers.error.issues[0]?.path.join('.') ?? 'policy';
    return { ok: false, code: 'bad_url', message: `The fetcher is misconfigured (${field} is not a valid number).`, url: redactUrl(url) };
  }
  const { maxBytes, timeoutMs, maxRedirects } = numbers.data;
  const allowance = allowanceOf(policy);
  const settings: HopSettings = {
    maxBytes,
    timeoutMs,
    userAgent: policy.userAgent ?? DEFAULT_USER_AGENT,
    allowedContentTypes: policy.allowedContentTypes ?? DEFAULT_CONTENT_TYPES,
    allowance,
    lookup: policy.lookup,
  };
  const log = policy.logger;
  const deadline = new Deadline(timeoutMs, signal);
  const link = pastedLink(url);
  let current = redactUrl(link);
  try {
    let target = parseTarget(link, allowance);
    const requestedUrl = target.url.href;
    const visited = new Set([requestedUrl]);
    const redirects: string[] = [];
    for (;;) {
      current = target.url.href;
      log?.debug({ url: current, hop: redirects.length }, 'fetch: requesting');
      const outcome = await requestHop(target, settings, deadline);
      const refresh = outcome.kind === 'page' ? metaRefresh(outcome.contentType, outcome.body) : null;
      if (outcome.kind === 'page' && refresh === null) {
        const { status, contentType, charset, body } = outcome;
        return { ok: true, url: current, requestedUrl, status, contentType, charset, body, redirects };
      }
      // A meta refresh stub is a redirect written in HTML: the same checks, limit and loop detection.
      const location = outcome.kind === 'redirect' ? outcome.location : refresh!;
      current = redactUrl(location, target.url);
      target = nextHop(location, target, allowance, visited, redirects.length, maxRedirects);
      visited.add(target.url.href);
      redirects.push(target.url.href);
    }
  } catch (err) {
    const refusal =
      err instanceof FetchRefusal ? err : new FetchRefusal('network', 'The page could not be fetched because of an unexpected error.');
    log?.debug({ url: current, code: refusal.code }, 'fetch: refused');
    return failure(refusal, current);
  } finally {
    deadline.clear();
  }
}
