/**
 * Failures inside the fetcher: a thrown `FetchRefusal` carries its code and moderator-readable sentence up
 * to fetchPage, which turns it into a result. Node's network errors are classified here.
 */
import { STATUS_CODES } from 'node:http';
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

/** The refusal for a status that is neither a page nor a redirect. */
export function statusRefusal(status: number): FetchRefusal {
  const text = STATUS_CODES[status];
  return new FetchRefusal('http_status', `The site answered ${status}${text ? ` ${text}` : ''} instead of the page.`);
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
