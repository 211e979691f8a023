/**
 * Shard arithmetic as Discord does it: a guild belongs to shard `(guild_id >> 22) % shard_count` (the
 * snowflake's timestamp modulo the count); events without a guild (DMs) go to shard 0.
 */

/** A shard as IDENTIFY and READY carry it: `[shard_id, num_shards]`. */
export type ShardPair = readonly [id: number, count: number];

/** The shard a guild's events go to (`guildId` undefined: a DM, shard 0). */
export function shardOf(guildId: string | undefined, shardCount: number): number {
  if (guildId === undefined || shardCount <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

const DISCORD_EPOCH = 1420070400000n;
/** 2023-01-01T00:00:00Z: ids made from it have 19 digits, like real guild ids of that time. */
const BASE_TIMESTAMP = 1672531200000n - DISCORD_EPOCH;

/**
 * A snowflake whose guild shard is `shardId` of `shardCount`, the same for the same arguments (so tests
 * can name their guilds before the emulator starts). `index` gives further distinct ids on that shard.
 */
export function snowflakeOnShard(shardId: number, shardCount: number, index = 0): string {
  if (!Number.isInteger(shardCount) || shardCount < 1)
    throw new Error(`snowflakeOnShard: shard count ${shardCount} is not a positive integer`);
  if (!Number.isInteger(shardId) || shardId < 0 || shardId >= shardCount) {
    throw new Error(`snowflakeOnShard: shard ${shardId} is not in 0..${shardCount - 1}`);
  }
  if (!Number.isInteger(index) || index < 0) throw new Error(`snowflakeOnShard: index ${index} is not a non-negative integer`);
  const count = BigInt(shardCount);
  const timestamp = BASE_TIMESTAMP - (BASE_TIMESTAMP % count) + BigInt(shardId) + BigInt(index) * count;
  // worker 1 in the low bits, as the emulator's other snowflakes, so ids never collide with all-zero ones
  return ((timestamp << 22n) | (1n << 17n)).toString();
}

/**
 * The `shard` field of an IDENTIFY: `[id, count]` with 0 <= id < count; missing means `[0, 1]`, as Discord
 * reads it. Returns null for anything else (the gateway closes such a session with 4010 Invalid shard).
 */
export function parseShard(value: unknown): ShardPair | null {
  if (value === undefined || value === null) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
  const shard = [id as number, count as number] as const;
  return shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1] ? shard : null;
}
