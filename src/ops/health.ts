/**
 * What `/healthz` reports: whether this process serves (its corpus is loaded and every shard it runs is
 * ready), each shard's state, the corpus it answers from, and its uptime. Pure: the numbers come in.
 */

/** One gateway shard this process runs. */
export interface ShardState {
  id: number;
  ready: boolean;
}

/** The corpus being served. */
export interface CorpusInfo {
  /** Identifies the corpus contents (e.g. a hash of the files), so processes can be compared. */
  version: string;
  /** ISO 8601 time of the load that produced it. */
  loadedAt: string;
  documents: number;
  quotations: number;
}

/**
 * `ok`: corpus loaded and every shard ready. `starting`: no corpus yet, or a shard that has never been
 * ready. `degraded`: serving once, but a shard is not ready now (a gateway reconnecting, or lost).
 */
export type HealthState = 'ok' | 'starting' | 'degraded';

/** The `/healthz` body. */
export interface HealthStatus {
  status: HealthState;
  shards: ShardState[];
  corpus: CorpusInfo | null;
  uptimeSeconds: number;
}

export interface HealthInput {
  /** Shards as last reported (ready or not). */
  shards: readonly ShardState[];
  /** Shards that have been ready at least once. */
  everReady: ReadonlySet<number>;
  /** The shards this process is meant to run, when known (before login they may not be reported yet). */
  expectedShards?: readonly number[];
  corpus: CorpusInfo | null;
  startedAtMs: number;
  nowMs: number;
}

/** The health of a process from what it reported; shards it should run but never reported count as not ready. */
export function healthStatus(input: HealthInput): HealthStatus {
  const reported = new Map(input.shards.map((s) => [s.id, s.ready]));
  const ids = [...new Set([...(input.expectedShards ?? []), ...reported.keys()])].sort((a, b) => a - b);
  const shards = ids.map((id) => ({ id, ready: reported.get(id) ?? false }));
  let status: HealthState = 'ok';
  if (input.corpus === null || shards.length === 0 || shards.some((s) => !input.everReady.has(s.id))) status = 'starting';
  else if (shards.some((s) => !s.ready)) status = 'degraded';
  return {
    status,
    shards,
    corpus: input.corpus ? { ...input.corpus } : null,
    uptimeSeconds: Math.max(0, Math.round((input.nowMs - input.startedAtMs) / 1000)),
  };
}
