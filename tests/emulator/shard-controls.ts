/**
 * The emulator's sharding helpers for tests (`emu.shards`): which shard a guild falls on, guild ids on a
 * chosen shard, the gateway sessions and their connections, waiting for shards, and faults on one shard.
 */
import type { Gateway } from './gateway.js';
import type { GatewaySessionInfo } from './sessions.js';
import { shardOf, snowflakeOnShard } from './shards.js';
import type { ChangeSignal } from './waits.js';

export class ShardControls {
  constructor(
    private readonly gateway: Gateway,
    private readonly signal: ChangeSignal,
    /** The emulator's shard count (`GET /gateway/bot`'s `shards`). */
    readonly count: number,
    private readonly waitMs: number,
  ) {}

  /** The shard a guild's events go to (`guildId` undefined: a DM, shard 0). */
  of(guildId: string | undefined): number {
    return shardOf(guildId, this.count);
  }

  /** A guild id on shard `shardId` of this emulator's count; `index` gives further distinct ids. */
  guildIdOn(shardId: number, index = 0): string {
    return snowflakeOnShard(shardId, this.count, index);
  }

  /** Every gateway session (resumable ones with their socket down included), in IDENTIFY order. */
  sessions(): GatewaySessionInfo[] {
    return this.gateway.sessions.describe();
  }

  /** Ids of the shards that have a session with an open socket, ascending. */
  connected(): number[] {
    const ids = new Set(this.sessions().flatMap((s) => (s.connection === null ? [] : [s.shard[0]])));
    return [...ids].sort((a, b) => a - b);
  }

  /**
   * Resolves once `n` distinct shards (default: all) have an identified session with an open socket, with
   * those sessions. The client processes READY and GUILD_CREATE before any later dispatch on the socket, so
   * interactions sent from then on reach a ready shard.
   */
  waitForReady(n = this.count, timeoutMs = this.waitMs): Promise<GatewaySessionInfo[]> {
    return this.signal.waitFor(
      `${n} of ${this.count} shards connected`,
      () => (this.connected().length >= n ? this.sessions().filter((s) => s.connection !== null) : undefined),
      timeoutMs,
    );
  }

  /** Resolves with a connected session of shard `shardId` (the latest one when several run it). */
  waitForShard(shardId: number, timeoutMs = this.waitMs): Promise<GatewaySessionInfo> {
    return this.signal.waitFor(
      `a connected session on shard ${shardId}`,
      () => this.sessions().findLast((s) => s.shard[0] === shardId && s.connection !== null),
      timeoutMs,
    );
  }

  /** Resolves once no session of shard `shardId` has an open socket (its process stopped or was killed). */
  waitForShardDown(shardId: number, timeoutMs = this.waitMs): Promise<true> {
    return this.signal.waitFor(
      `shard ${shardId} to have no connection`,
      () => (this.connected().includes(shardId) ? undefined : true),
      timeoutMs,
    );
  }

  /**
   * Close every open socket of shard `shardId` (1006 by default: no close frame, as when a process dies or
   * the network fails; 4000/4009 are resumable; 4004 fatal). The sessions stay resumable: a live client
   * resumes; a dead one's session is dropped when the shard identifies again. Returns how many closed.
   */
  drop(shardId: number, code = 1006): number {
    return this.gateway.dropShard(shardId, code);
  }

  /** Send op 9 INVALID_SESSION to every connected session of shard `shardId`. */
  invalidSession(shardId: number, resumable: boolean): void {
    this.gateway.invalidSession(resumable, shardId);
  }
}
