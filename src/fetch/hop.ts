/**
 * One request of a fetch: connect through the guarded lookup and agent, send a GET, and come back with
 * either a redirect's Location or the page's checked headers and body.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { TLSSocket } from 'node:tls';
import { readBody } from './body.js';
import { guardedAgent, guardedLookup } from './connect.js';
import { classifyError, displayHost, FetchRefusal, type HopPhase, statusRefusal, timeoutRefusal } from './errors.js';
import { acceptedContentType, checkDeclaredLength, contentCodings, readHeaders } from './headers.js';
import type { AddressAllowance, FetchTarget } from './target.js';
import { ACCEPT_HEADER } from './types.js';

/** The settings every hop of one fetch shares. */
export interface HopSettings {
  maxBytes: number;
  timeoutMs: number;
  userAgent: string;
  allowedContentTypes: readonly string[];
  allowance: AddressAllowance;
  lookup: LookupFunction | undefined;
}

/** Ends a fetch at its deadline or when the caller cancels it; one per fetch, shared by its hops. */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly onCancel = (): void => this.controller.abort();
  timedOut = false;

  constructor(
    readonly timeoutMs: number,
    private readonly external?: AbortSignal,
  ) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, timeoutMs);
    external?.addEventListener('abort', this.onCancel, { once: true });
    if (external?.aborted) this.controller.abort();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The refusal that explains an abort, or null while the fetch is still live. */
  refusal(host: string, phase: HopPhase): FetchRefusal | null {
    if (this.timedOut) return timeoutRefusal(host, phase, this.timeoutMs);
    if (this.controller.signal.aborted) return new FetchRefusal('aborted', 'The fetch was cancelled before it finished.');
    return null;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.external?.removeEventListener('abort', this.onCancel);
  }
}

/** What one hop came back with. */
export type HopOutcome =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'page'; status: number; contentType: string; charset: string | null; body: Buffer };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Requests `target` once. Rejects with a FetchRefusal only. */
export function requestHop(target: FetchTarget, settings: HopSettings, deadline: Deadline): Promise<HopOutcome> {
  const host = displayHost(target.url.hostname);
  let connected = false;
  let reading = false;
  const phase = (): HopPhase => (reading ? 'body' : connected ? 'response' : 'connect');

  return new Promise<HopOutcome>((resolve, reject) => {
    const fail = (err: unknown): void => reject(deadline.refusal(host, phase()) ?? classifyError(err, host, phase()));
    const client = target.url.protocol === 'https:' ? https : http;
    const request = client.request(target.url, {
      method: 'GET',
      agent: guardedAgent(target.url.protocol, settings.allowance),
      lookup: guardedLookup(settings.lookup, target.port, settings.allowance),
      signal: deadline.signal,
      headers: { 'user-agent': settings.userAgent, accept: ACCEPT_HEADER, 'accept-encoding': 'gzip, deflate, br', connection: 'close' },
    });
    request.on('socket', (socket) => {
      // A TLS connection is only up once its handshake is done; a failed handshake is a failure to connect.
      socket.once(socket instanceof TLSSocket ? 'secureConnect' : 'connect', () => {
        connected = true;
      });
    });
    request.on('error', fail);
    request.on('response', (response) => {
      connected = true;
      const status = response.statusCode ?? 0;
      const read = async (): Promise<HopOutcome> => {
        const headers = readHeaders(response.headers, host);
        if (REDIRECT_STATUSES.has(status) && headers.location !== undefined) {
          return { kind: 'redirect', status, location: headers.location };
        }
        if (status < 200 || status > 299) throw statusRefusal(status, response.headers['retry-after']);
        const type = acceptedContentType(headers['content-type'], settings.allowedContentTypes);
        checkDeclaredLength(headers['content-length'], settings.maxBytes);
        const codings = contentCodings(headers['content-encoding'], host);
        reading = true;
        const body = await readBody(response, codings, settings.maxBytes, host);
        return { kind: 'page', status, ...type, body };
      };
      read().then(
        (outcome) => {
          // A redirect's body is never read; the connection is not kept either.
          if (outcome.kind === 'redirect') response.destroy();
          resolve(outcome);
        },
        (err: unknown) => {
          response.destroy();
          request.destroy();
          fail(err);
        },
      );
    });
    request.end();
  });
}
