/**
 * The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay of missed dispatches,
 * and fault injection (dropped sockets, invalid sessions). One logical session is "current": dispatches go
 * to it and are buffered while its socket is down, as Discord does for a resumable session.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ChangeSignal } from './waits.js';
import type { RecordedGatewayOp } from './types.js';

interface Dispatch {
  op: 0;
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  /** Every dispatch of the session, for RESUME replays. */
  sent: Dispatch[];
  socket: WebSocket | null;
}

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  signal: ChangeSignal;
  /** READY's `d` for a new session (the gateway fills `session_id` and `resume_gateway_url`). */
  ready: () => Record<string, unknown>;
  /** GUILD_CREATE payloads sent after READY. */
  guildCreates: () => Record<string, unknown>[];
  resumeUrl: () => string;
  /** GUILD_MEMBERS_CHUNK's `d` for an op 8 request, or null for an unknown guild. */
  membersChunk: (request: Record<string, unknown>, intents: number) => Record<string, unknown> | null;
}

/** Builds a dispatch's `d` for a session's intents, or null to not send it to that session. */
export type DispatchBuilder = (intents: number) => unknown;

/** The gateway endpoint: one WebSocket server on the emulator's HTTP port, with records of every op. */
export class Gateway {
  readonly ops: RecordedGatewayOp[] = [];
  /** Close codes of sockets, in order (from either side). */
  readonly closes: number[] = [];
  connections = 0;
  #latencyMs = 0;
  #current: Session | null = null;
  readonly #sessions = new Map<string, Session>();
  readonly #bySocket = new Map<WebSocket, Session>();
  /** Sockets the emulator closed itself: their code is recorded when closing, not again on 'close'. */
  readonly #closedByUs = new WeakSet<WebSocket>();
  readonly #wss = new WebSocketServer({ noServer: true });

  constructor(private readonly opts: GatewayOptions) {
    this.#wss.on('connection', (socket) => this.#onConnection(socket));
  }

  /** Intents the current session identified with, or null before IDENTIFY. */
  get intents(): number | null {
    return this.#current?.intents ?? null;
  }

  /** True while the current session has an open socket. */
  get connected(): boolean {
    return this.#current?.socket != null;
  }

  /** Delay every dispatch by `ms` (order is kept). */
  setLatency(ms: number): void {
    this.#latencyMs = ms;
  }

  /** node:http `upgrade` listener. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#wss.emit('connection', ws, req));
  }

  /**
   * Send a dispatch to the current session (buffered while its socket is down). Returns the sequence
   * number, or null when there is no session or the builder declined (intents).
   */
  dispatch(t: string, build: DispatchBuilder): number | null {
    const session = this.#current;
    if (!session) return null;
    const d = build(session.intents);
    if (d === null) return null;
    return this.#dispatchTo(session, t, d);
  }

  /** Close the current socket with `code` (1006: drop it without a close frame, like a network failure). */
  drop(code: number): void {
    const socket = this.#current?.socket;
    if (!socket) throw new Error('Discord emulator: dropGateway() with no connected gateway session');
    if (code === 1006) {
      this.closes.push(1006);
      this.#closedByUs.add(socket);
      socket.terminate();
    } else {
      this.#closeSocket(socket, code, 'Emulator dropped the connection');
    }
  }

  /** Send op 9 INVALID_SESSION; a non-resumable one also forgets the session. */
  invalidSession(resumable: boolean): void {
    const session = this.#current;
    if (!session?.socket) throw new Error('Discord emulator: invalidSession() with no connected gateway session');
    if (!resumable) this.#sessions.delete(session.id);
    this.#send(session.socket, { op: 9, d: resumable });
  }

  async close(): Promise<void> {
    for (const socket of this.#wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  /** Close from the server side, recording the code at once (the client may react before 'close' fires). */
  #closeSocket(socket: WebSocket, code: number, reason: string): void {
    if (!this.#closedByUs.has(socket)) this.closes.push(code);
    this.#closedByUs.add(socket);
    socket.close(code, reason);
  }

  #dispatchTo(session: Session, t: string, d: unknown): number {
    session.seq += 1;
    const payload: Dispatch = { op: 0, s: session.seq, t, d };
    session.sent.push(payload);
    if (session.socket) this.#send(session.socket, payload);
    return session.seq;
  }

  #send(socket: WebSocket, payload: object): void {
    const text = JSON.stringify(payload);
    const go = (): void => {
      if (socket.readyState === socket.OPEN) socket.send(text);
    };
    if (this.#latencyMs > 0) setTimeout(go, this.#latencyMs);
    else go();
  }

  #onConnection(socket: WebSocket): void {
    this.connections += 1;
    const connection = this.connections;
    socket.on('message', (raw) => this.#onMessage(socket, connection, raw.toString()));
    socket.on('close', (code) => {
      if (!this.#closedByUs.has(socket)) this.closes.push(code);
      const session = this.#bySocket.get(socket);
      if (session && session.socket === socket) session.socket = null;
      this.#bySocket.delete(socket);
      this.opts.signal.notify();
    });
    this.#send(socket, { op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs } });
  }

  #onMessage(socket: WebSocket, connection: number, text: string): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      this.#closeSocket(socket, 4002, 'Error while decoding payload.');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    const d = payload.d ?? null;
    this.ops.push({ at: Date.now(), op, d, connection });
    const fields = (d && typeof d === 'object' ? d : {}) as Record<string, unknown>;
    switch (op) {
      case 1:
        this.#send(socket, { op: 11 });
        break;
      case 2:
        this.#identify(socket, fields);
        break;
      case 6:
        this.#resume(socket, fields);
        break;
      case 8: {
        const session = this.#bySocket.get(socket);
        if (!session) {
          this.#closeSocket(socket, 4003, 'Not authenticated.');
          break;
        }
        const chunk = this.opts.membersChunk(fields, session.intents);
        if (chunk) this.#dispatchTo(session, 'GUILD_MEMBERS_CHUNK', chunk);
        break;
      }
      case 3:
      case 4:
        if (!this.#bySocket.has(socket)) this.#closeSocket(socket, 4003, 'Not authenticated.');
        break;
      default:
        this.#closeSocket(socket, 4001, 'Unknown opcode.');
    }
    this.opts.signal.notify();
  }

  #identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.opts.token) {
      this.#closeSocket(socket, 4004, 'Authentication failed.');
      return;
    }
    if (this.#bySocket.has(socket)) {
      this.#closeSocket(socket, 4005, 'Already authenticated.');
      return;
    }
    const intents = typeof d.intents === 'number' ? d.intents : 0;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, intents, sent: [], socket };
    this.#sessions.set(session.id, session);
    this.#bySocket.set(socket, session);
    this.#current = session;
    const ready = { ...this.opts.ready(), session_id: session.id, resume_gateway_url: this.opts.resumeUrl() };
    this.#dispatchTo(session, 'READY', ready);
    for (const guild of this.opts.guildCreates()) this.#dispatchTo(session, 'GUILD_CREATE', guild);
  }

  #resume(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.opts.token) {
      this.#closeSocket(socket, 4004, 'Authentication failed.');
      return;
    }
    const session = typeof d.session_id === 'string' ? this.#sessions.get(d.session_id) : undefined;
    if (!session) {
      this.#send(socket, { op: 9, d: false });
      return;
    }
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    if (session.socket && session.socket !== socket) session.socket.terminate();
    session.socket = socket;
    this.#bySocket.set(socket, session);
    this.#current = session;
    for (const missed of session.sent.filter((p) => p.s > seq)) this.#send(socket, missed);
    this.#dispatchTo(session, 'RESUMED', null);
  }
}
