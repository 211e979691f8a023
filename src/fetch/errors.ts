/**
 * Failures inside the fetcher: a thrown `FetchRefusal` carries its code and moderator-readable sentence up
 * to fetchPage, which turns it into a result. Node's network errors are classified here.
 */
import { STATUS_CODES } from 'node:http';
import { domainToUnicode } from 'node:url';
import type { FetchErrorCode } from './types.js';

/** Thrown (or passed to a socket's destroy) to end a fetch with this code and message. */
export class FetchRefusal extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FetchRefusal';
  }
}

/** Where a hop was when something went wrong; decides the wording of timeouts and network errors. */
export type HopPhase = 'connect' | 'response' | 'body';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL', 'ENOTIMP', 'EREFUSED']);
const CONNECT_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL', 'EPERM']);

function errorCode(err: unknown): string {
  const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** Formats a byte count for people ("20 MiB", "512 KiB", "900 bytes"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

/** "10 s", "0.3 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** The refusal for a timeout, worded by what had not happened yet. */
export function timeoutRefusal(host: string, phase: HopPhase, timeoutMs: number): FetchRefusal {
  const limit = formatSeconds(timeoutMs);
  const what =
    phase === 'connect'
      ? `${host} could not be reached within ${limit}`
      : phase === 'response'
        ? `${host} did not answer within ${limit}`
        : `${host} did not send the whole page within ${limit}`;
  return new FetchRefusal('timeout', `${what}, so the fetch was stopped.`);
}

/**
 * A host name as the person wrote it: an internationalised name in its own letters ("bücher.example"), not
 * the xn-- form the URL parser turned it into.
 */
export function displayHost(hostname: string): string {
  return domainToUnicode(hostname) || hostname;
}

/** How long a Retry-After header asks to wait, in words ("2 minutes"), or null when it says nothing usable. */
function retryWait(retryAfter: string | undefined, now = Date.now()): string | null {
  if (!retryAfter) return null;
  const seconds = /^\s*\d+\s*$/.test(retryAfter) ? Number(retryAfter) : (Date.parse(retryAfter) - now) / 1000;
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 7 * 24 * 3600) return null;
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} seconds`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600)} hours`;
}

/** What a moderator can do about a status, as a sentence ending the refusal. */
function statusAdvice(status: number, retryAfter: string | undefined): string {
  if (status === 404 || status === 410) return 'Check that the link is complete and still works in a browser.';
  if (status === 401 || status === 403 || status === 451)
    return 'It does not let the bot read this page; save the page (or its text) and attach the file instead.';
  if (status === 429 || status === 503) {
    const wait = retryWait(retryAfter);
    return `It is turning requests away for now; try again ${wait ? `in ${wait}` : 'later'}.`;
  }
  if (status >= 500) return 'The problem is on the site’s side; try again later.';
  return '';
}

/** The refusal for a status that is neither a page nor a redirect, with what can be done about it. */
export function statusRefusal(status: number, retryAfter?: string): FetchRefusal {
  const text = STATUS_CODES[status];
  const advice = statusAdvice(status, retryAfter);
  return new FetchRefusal(
    'http_status',
    `The site answered ${status}${text ? ` ${text}` : ''} instead of the page.${advice ? ` ${advice}` : ''}`,
  );
}

/** Classifies an error from a request, socket or body stream. FetchRefusals pass through unchanged. */
export function classifyError(err: unknown, host: string, phase: HopPhase): FetchRefusal {
  if (err instanceof FetchRefusal) return err;
  const code = errorCode(err);
  if (DNS_CODES.has(code)) return new FetchRefusal('dns', `The site name ${host} could not be found.`);
  if (phase === 'connect') {
    const tls = code === 'EPROTO' || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT');
    const why = tls ? ': a secure connection could not be set up' : CONNECT_CODES.has(code) ? ': the connection was refused' : '';
    return new FetchRefusal('connect', `Could not connect to ${host}${why}.`);
  }
  if (phase === 'response') return new FetchRefusal('network', `${host} closed the connection without answering.`);
  return new FetchRefusal('network', `The connection to ${host} broke before the whole page arrived.`);
}
