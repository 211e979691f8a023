/**
 * The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with replay of missed dispatches,
 * sharding, and fault injection (dropped sockets, invalid sessions). Any number of connections may be open;
 * each IDENTIFY names its shard (`[id, count]`, missing: `[0, 1]`) and a guild's events go to the sessions
 * of shard `(guild_id >> 22) % count` (DMs: shard 0), buffered while a session's socket is down, as Discord
 * does for a resumable session.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { type Dispatch, type GatewayDelivery, type Session, SessionTable } from './sessions.js';
import { parseShard, type ShardPair } from './shards.js';
import type { RecordedGatewayOp } from './types.js';
import type { ChangeSignal } from './waits.js';

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** The shard count sessions must identify with (what `GET /gateway/bot` recommends). */
  shardCount: number;
  signal: ChangeSignal;
  /** READY's `d` for a new session on `shard` (the gateway fills `session_id`, `resume_gateway_url`, `shard`). */
  ready: (shard: ShardPair) => Record<string, unknown>;
  /** GUILD_CREATE payloads sent after READY to a session on `shard`. */
  guildCreates: (shard: ShardPair) => Record<string, unknown>[];
  resumeUrl: () => string;
  /** GUILD_MEMBERS_CHUNK's `d` for an op 8 request, or null for an unknown guild. */
  membersChunk: (request: Record<string, unknown>, intents: number) => Record<string, unknown> | null;
}

/** Builds a dispatch's `d` for a session's intents, or null to not send it to that session. */
export type DispatchBuilder = (intents: number) => unknown;

/** Close codes a client uses to end its session for good; Discord invalidates the session on them. */
const SESSION_ENDING_CLOSES = new Set([1000, 1001]);

/** The gateway endpoint: one WebSocket server on the emulator's HTTP port, with records of every op. */
export class Gateway {
  readonly ops: RecordedGatewayOp[] = [];
  /** Close codes of sockets, in order (from either side). */
  readonly closes: number[] = [];
  connections = 0;
  readonly sessions = new SessionTable();
  #latencyMs = 0;
  readonly #connectionOf = new WeakMap<WebSocket, number>();
  /** Sockets the emulator closed itself: their code is recorded when closing, not again on 'close'. */
  readonly #closedByUs = new WeakSet<WebSocket>();
  readonly #wss = new WebSocketServer({ noServer: true });

  constructor(private readonly opts: GatewayOptions) {
    this.#wss.on('connection', (socket) => this.#onConnection(socket));
  }

  /** Intents the current session identified with, or null before IDENTIFY. */
  get intents(): number | null {
    return this.sessions.current?.intents ?? null;
  }

  /** True while the current session has an open socket. */
  get connected(): boolean {
    return this.sessions.current?.socket != null;
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
   * Send a dispatch about `guildId` (undefined: a DM) to every session of that guild's shard, buffered
   * where a socket is down. Returns where it went: empty when no session runs that shard or the builder
   * declined for every session (intents).
   */
  dispatch(t: string, guildId: string | undefined, build: DispatchBuilder): GatewayDelivery[] {
    const deliveries: GatewayDelivery[] = [];
    for (const session of this.sessions.route(guildId)) {
      const d = build(session.intents);
      if (d === null) continue;
      const seq = this.#dispatchTo(session, t, d);
      deliveries.push({ shard: session.shard[0], sessionId: session.id, connection: session.connection, seq });
    }
    return deliveries;
  }

  /** Close the current session's socket with `code` (1006: drop it without a close frame, like a network failure). */
  drop(code: number): void {
    const socket = this.sessions.current?.socket;
    if (!socket) throw new Error('Discord emulator: dropGateway() with no connected gateway session');
    this.#drop(socket, code);
  }

  /** Close every open socket of shard `shardId`'s sessions; returns how many were closed. */
  dropShard(shardId: number, code: number): number {
    const sockets = this.sessions.onShard(shardId).flatMap((s) => (s.socket ? [s.socket] : []));
    if (sockets.length === 0) throw new Error(`Discord emulator: dropShard(${shardId}) with no connected session on that shard`);
    for (const socket of sockets) this.#drop(socket, code);
    return sockets.length;
  }

  /**
   * Send op 9 INVALID_SESSION to the current session, or to every connected session of `shardId`; a
   * non-resumable one also forgets the session.
   */
  invalidSession(resumable: boolean, shardId?: number): void {
    const targets = shardId === undefined ? [this.sessions.current] : this.sessions.onShard(shardId);
    const connected = targets.filter((s): s is Session => s?.socket != null);
    const where = shardId === undefined ? '' : ` on shard ${shardId}`;
    if (connected.length === 0) throw new Error(`Discord emulator: invalidSession() with no connected gateway session${where}`);
    for (const session of connected) {
      const socket = session.socket as WebSocket;
      if (!resumable) this.sessions.forget(session);
      this.#send(socket, { op: 9, d: resumable });
    }
  }

  async close(): Promise<void> {
    for (const socket of this.#wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #drop(socket: WebSocket, code: number): void {
    // from now on the session's dispatches are kept for its RESUME, not written to a closing socket
    this.sessions.detach(socket, false);
    if (code === 1006) {
      this.closes.push(1006);
      this.#closedByUs.add(socket);
      socket.terminate();
    } else {
      this.#closeSocket(socket, code, 'Emulator dropped the connection');
    }
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
    this.#connectionOf.set(socket, connection);
    socket.on('message', (raw) => this.#onMessage(socket, connection, raw.toString()));
    socket.on('close', (code) => {
      const byClient = !this.#closedByUs.has(socket);
      if (byClient) this.closes.push(code);
      this.sessions.detach(socket, byClient && SESSION_ENDING_CLOSES.has(code));
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
    const record: RecordedGatewayOp = { at: Date.now(), op, d, connection, shard: this.sessions.bySocket(socket)?.shard[0] ?? null };
    this.ops.push(record);
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
        const session = this.sessions.bySocket(socket);
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
        if (!this.sessions.bySocket(socket)) this.#closeSocket(socket, 4003, 'Not authenticated.');
        break;
      default:
        this.#closeSocket(socket, 4001, 'Unknown opcode.');
    }
    // IDENTIFY and RESUME name their shard once they are accepted
    record.shard = this.sessions.bySocket(socket)?.shard[0] ?? null;
    this.opts.signal.notify();
  }

  #identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.opts.token) {
      this.#closeSocket(socket, 4004, 'Authentication failed.');
      return;
    }
    if (this.sessions.bySocket(socket)) {
      this.#closeSocket(socket, 4005, 'Already authenticated.');
      return;
    }
    const shard = parseShard(d.shard);
    // Discord accepts more shards than it recommends; the emulator asks for exactly its count, so a
    // process configured with another SHARD_COUNT than its peers fails at once instead of losing guilds.
    if (!shard || shard[1] !== this.opts.shardCount) {
      this.#closeSocket(socket, 4010, 'Invalid shard.');
      return;
    }
    const intents = typeof d.intents === 'number' ? d.intents : 0;
    const connection = this.#connectionOf.get(socket) ?? null;
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, intents, sent: [], socket, connection };
    this.sessions.add(session);
    const ready = { ...this.opts.ready(shard), session_id: session.id, resume_gateway_url: this.opts.resumeUrl(), shard: [...shard] };
    this.#dispatchTo(session, 'READY', ready);
    for (const guild of this.opts.guildCreates(shard)) this.#dispatchTo(session, 'GUILD_CREATE', guild);
  }

  #resume(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.opts.token) {
      this.#closeSocket(socket, 4004, 'Authentication failed.');
      return;
    }
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session) {
      this.#send(socket, { op: 9, d: false });
      return;
    }
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    this.sessions.attach(session, socket, this.#connectionOf.get(socket) ?? 0);
    for (const missed of session.sent.filter((p) => p.s > seq)) this.#send(socket, missed);
    this.#dispatchTo(session, 'RESUMED', null);
  }
}
