/**
 * The gateway's sessions: one per IDENTIFY, each on one shard, kept while its socket is down so a RESUME
 * can replay what it missed. Several sessions may run the same shard (two copies of a bot): Discord sends
 * the shard's events to each of them, which is why such copies answer twice or see 40060.
 */
import type { WebSocket } from 'ws';
import { shardOf, type ShardPair } from './shards.js';

/** A dispatch (op 0) as sent, kept for RESUME replays. */
export interface Dispatch {
  op: 0;
  s: number;
  t: string;
  d: unknown;
}

export interface Session {
  id: string;
  shard: ShardPair;
  seq: number;
  intents: number;
  /** Every dispatch of the session, for RESUME replays. */
  sent: Dispatch[];
  socket: WebSocket | null;
  /** The number of the open socket's connection (see `RecordedGatewayOp.connection`), null while down. */
  connection: number | null;
}

/** Where one dispatch went. */
export interface GatewayDelivery {
  shard: number;
  sessionId: string;
  /** The connection it was sent on, or null when it was kept for the session's RESUME (socket down). */
  connection: number | null;
  /** Its sequence number in that session. */
  seq: number;
}

/** A gateway session as tests see it. */
export interface GatewaySessionInfo {
  sessionId: string;
  shard: ShardPair;
  intents: number;
  /** The open socket's connection number, or null while the socket is down (resumable). */
  connection: number | null;
  /** Dispatches sent so far (the last sequence number). */
  seq: number;
}

/** The live sessions, by id and by socket, and which one is "current" for the single-session helpers. */
export class SessionTable {
  readonly #sessions = new Map<string, Session>();
  readonly #bySocket = new Map<WebSocket, Session>();
  /** The last session identified or resumed: what `dropGateway()`, `intents` and `invalidSession()` act on. */
  current: Session | null = null;

  get size(): number {
    return this.#sessions.size;
  }

  get(id: string): Session | undefined {
    return this.#sessions.get(id);
  }

  bySocket(socket: WebSocket): Session | undefined {
    return this.#bySocket.get(socket);
  }

  /**
   * Add a newly identified session. Sessions of the same shard whose socket is down are forgotten: their
   * client identified anew instead of resuming, or died and was replaced (as if their resume window had
   * passed), so events are not kept for them forever.
   */
  add(session: Session): void {
    for (const old of this.#sessions.values()) {
      if (old.shard[0] === session.shard[0] && old.socket === null) this.forget(old);
    }
    this.#sessions.set(session.id, session);
    if (session.socket) this.#bySocket.set(session.socket, session);
    this.current = session;
  }

  /** Put a session on a new socket (RESUME); an older socket of it is dropped. */
  attach(session: Session, socket: WebSocket, connection: number): void {
    if (session.socket && session.socket !== socket) {
      this.#bySocket.delete(session.socket);
      session.socket.terminate();
    }
    session.socket = socket;
    session.connection = connection;
    this.#bySocket.set(socket, session);
    this.current = session;
  }

  /** A socket closed: its session stays, resumable, unless `invalidate`. Returns the session it carried. */
  detach(socket: WebSocket, invalidate: boolean): Session | undefined {
    const session = this.#bySocket.get(socket);
    this.#bySocket.delete(socket);
    if (!session || session.socket !== socket) return session;
    session.socket = null;
    session.connection = null;
    if (invalidate) this.forget(session);
    return session;
  }

  forget(session: Session): void {
    this.#sessions.delete(session.id);
    if (session.socket) this.#bySocket.delete(session.socket);
    if (this.current === session) this.current = null;
  }

  /** Sessions that get a guild's events (`guildId` undefined: DMs, shard 0), each by its own shard count. */
  route(guildId: string | undefined): Session[] {
    return [...this.#sessions.values()].filter((s) => shardOf(guildId, s.shard[1]) === s.shard[0]);
  }

  /** Sessions running shard `shardId`. */
  onShard(shardId: number): Session[] {
    return [...this.#sessions.values()].filter((s) => s.shard[0] === shardId);
  }

  /** Every session, in the order they were identified. */
  describe(): GatewaySessionInfo[] {
    return [...this.#sessions.values()].map((s) => ({
      sessionId: s.id,
      shard: s.shard,
      intents: s.intents,
      connection: s.connection,
      seq: s.seq,
    }));
  }
}
