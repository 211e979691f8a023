/**
 * The HTTP side of the emulator: parses each request under `/api/v10`, records it, applies injected faults
 * and latency, then hands it to the first matching route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sleep, type ChangeSignal } from './waits.js';
import type { RecordedRequest, RoutePattern } from './types.js';

/** What a route handler gets. */
export interface RouteContext {
  method: string;
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  /** Multipart file part names. */
  files: string[];
  authorized: boolean;
}

/** What a route handler answers: `json` undefined means 204 No Content. */
export interface RouteResult {
  status: number;
  json?: unknown;
}

export interface RouteDef {
  method: string;
  /** Path pattern with `:name` segments, e.g. `/channels/:channel/messages`. */
  path: string;
  /** Whether the route needs `Authorization: Bot <token>` (interaction and webhook routes do not). */
  auth: boolean;
  handle: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
}

interface Fault {
  pattern: RoutePattern;
  times: number;
  respond: () => { status: number; json: unknown; headers: Record<string, string> };
}

/** Discord-style JSON error body. */
export function discordError(status: number, code: number, message: string): RouteResult {
  return { status, json: { message, code } };
}

/** A 429 with `retry_after` in the body and the headers @discordjs/rest reads (Retry-After, X-RateLimit-*). */
export function rateLimitResponse(
  retryAfterS: number,
  global: boolean,
): { status: number; json: unknown; headers: Record<string, string> } {
  const headers: Record<string, string> = {
    'retry-after': String(retryAfterS),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Date.now() / 1000 + retryAfterS),
    'x-ratelimit-reset-after': String(retryAfterS),
    'x-ratelimit-bucket': 'emulated-bucket',
    'x-ratelimit-scope': global ? 'global' : 'user',
  };
  if (global) headers['x-ratelimit-global'] = 'true';
  return { status: 429, json: { message: 'You are being rate limited.', retry_after: retryAfterS, global }, headers };
}

/** Match a pattern against a method and route; returns the `:name` captures, or null. */
export function matchPattern(pattern: RoutePattern, method: string, route: string): Record<string, string> | null {
  if (pattern instanceof RegExp) return pattern.test(`${method} ${route}`) ? {} : null;
  const space = pattern.indexOf(' ');
  const wantMethod = space > 0 ? pattern.slice(0, space).toUpperCase() : null;
  if (wantMethod && wantMethod !== method) return null;
  const want = (space > 0 ? pattern.slice(space + 1) : pattern).split('/').filter(Boolean);
  const got = route.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w === '**') return params;
    const g = got[i];
    if (g === undefined) return null;
    if (w.startsWith(':')) params[w.slice(1)] = g;
    else if (w !== '*' && w !== g) return null;
  }
  return want.length === got.length ? params : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: null, files: [] };
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://emulator.local/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    const payload = form.get('payload_json');
    const files = [...form.keys()].filter((k) => k !== 'payload_json');
    return { body: typeof payload === 'string' ? (JSON.parse(payload) as unknown) : null, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text) as unknown, files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

/** Request handling with recording, faults and latency; routes are supplied by rest.ts. */
export class RestServer {
  readonly requests: RecordedRequest[] = [];
  readonly #faults: Fault[] = [];
  readonly #latency: { pattern: RoutePattern | null; ms: number }[] = [];

  constructor(
    private readonly routes: RouteDef[],
    private readonly token: string,
    private readonly restAuth: boolean,
    private readonly signal: ChangeSignal,
  ) {}

  /** Answer the next `times` matching requests with `status` (and `json`) instead of handling them. */
  addFault(pattern: RoutePattern, times: number, respond: Fault['respond']): void {
    this.#faults.push({ pattern, times, respond });
  }

  /** Delay matching requests (all requests when `pattern` is null) by `ms`; `ms` 0 removes the rule. */
  setLatency(ms: number, pattern: RoutePattern | null): void {
    const i = this.#latency.findIndex((l) => String(l.pattern) === String(pattern));
    if (i >= 0) this.#latency.splice(i, 1);
    if (ms > 0) this.#latency.push({ pattern, ms });
  }

  /** node:http request listener. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    // Segments are decoded so `%40original` reads as `@original`, as Discord treats it.
    const path = url.pathname.replace(/^\/api\/v\d+/, '') || '/';
    const route = path.split('/').map(safeDecode).join('/');
    const { body, files } = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k !== 'authorization' && v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    const record: RecordedRequest = {
      n: this.requests.length + 1,
      at: Date.now(),
      method,
      route,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      headers,
      authorized: req.headers.authorization === `Bot ${this.token}`,
      status: 0,
      unknownRoute: false,
    };
    this.requests.push(record);
    for (const rule of this.#latency) {
      if (rule.pattern === null || matchPattern(rule.pattern, method, route)) await sleep(rule.ms);
    }
    const answer = await this.#answer(record);
    record.status = answer.status;
    this.#send(res, answer.status, answer.json, answer.headers);
    this.signal.notify();
  }

  async #answer(record: RecordedRequest): Promise<{ status: number; json: unknown; headers: Record<string, string> }> {
    const fault = this.#faults.find((f) => f.times > 0 && matchPattern(f.pattern, record.method, record.route));
    if (fault) {
      fault.times -= 1;
      return fault.respond();
    }
    for (const def of this.routes) {
      if (def.method !== record.method) continue;
      const params = matchPattern(def.path, record.method, record.route);
      if (!params) continue;
      if (def.auth && this.restAuth && !record.authorized) {
        return { status: 401, json: { message: '401: Unauthorized', code: 0 }, headers: {} };
      }
      try {
        const result = await def.handle({ ...record, params });
        return { status: result.status, json: result.json, headers: {} };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { status: 500, json: { message: `Emulator route failed: ${message}`, code: 0 }, headers: {} };
      }
    }
    record.unknownRoute = true;
    return { status: 404, json: { message: '404: Not Found', code: 0 }, headers: {} };
  }

  #send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string>): void {
    // A 204 must carry no JSON content-type: @discordjs/rest would try to parse the empty body and throw.
    if (json === undefined) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    res.writeHead(status, { ...headers, 'content-type': 'application/json' });
    res.end(JSON.stringify(json));
  }
}
