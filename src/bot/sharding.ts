/**
 * Which gateway shards this process runs. SHARD_COUNT is the bot's total (a number, or `auto`: what
 * Discord's GET /gateway/bot recommends); SHARD_IDS the ones this process runs (default all). discord.js
 * connects them itself, in this process: one corpus for all of them. The connections run on the main
 * thread; worker threads (@discordjs/ws's WorkerShardingStrategy) are kept as an option for the
 * measurement in docs/DESIGN.md ("Sharding and several processes"), which chose the main thread.
 */
import { type ClientOptions, REST, Routes, WorkerShardingStrategy } from 'discord.js';
import { z } from 'zod';
import type { Config } from './config.js';

/** The shards of this process and the bot's total. */
export interface Sharding {
  shardIds: number[];
  shardCount: number;
}

/** Where the gateway connections run: the main thread (the bot's choice), or a worker thread per shard. */
export type GatewayMode = 'worker' | 'main';

const GatewayBot = z.object({ shards: z.number().int().positive() });

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * The shards from the configuration: null when SHARD_COUNT is unset (one shard, as discord.js runs by
 * default). With `auto`, asks Discord for its recommendation (through DISCORD_API_BASE when set), so that
 * explicit SHARD_IDS can be checked against it and IDENTIFY names the right total.
 */
export async function resolveSharding(
  config: Pick<Config, 'SHARD_COUNT' | 'SHARD_IDS' | 'DISCORD_TOKEN' | 'DISCORD_API_BASE'>,
): Promise<Sharding | null> {
  const { SHARD_COUNT: count, SHARD_IDS: ids } = config;
  if (count === undefined) return null;
  const total = count === 'auto' ? await recommendedShardCount(config) : count;
  const beyond = ids?.find((id) => id >= total);
  if (beyond !== undefined) {
    throw new Error(
      `SHARD_IDS names shard ${beyond}, but Discord recommends ${total} shard${total === 1 ? '' : 's'} (SHARD_COUNT=auto): set SHARD_COUNT to the bot's number of shards`,
    );
  }
  return { shardIds: ids ?? range(total), shardCount: total };
}

async function recommendedShardCount(config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_BASE'>): Promise<number> {
  const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(config.DISCORD_TOKEN);
  const parsed = GatewayBot.safeParse(await rest.get(Routes.gatewayBot()));
  if (!parsed.success) throw new Error('GET /gateway/bot gave no shard count');
  return parsed.data.shards;
}

/** The shards this process is meant to run as far as the configuration says (undefined: `auto`, not yet known). */
export function plannedShards(config: Pick<Config, 'SHARD_COUNT' | 'SHARD_IDS'>): number[] | undefined {
  if (config.SHARD_IDS) return config.SHARD_IDS;
  if (config.SHARD_COUNT === undefined) return [0];
  return typeof config.SHARD_COUNT === 'number' ? range(config.SHARD_COUNT) : undefined;
}

/**
 * The client options for `sharding` and `mode`. With workers, one shard per worker: @discordjs/ws 1.2
 * terminates a worker as soon as the first of its shards reports it was destroyed, so with several shards
 * per worker `client.destroy()` could wait forever for the others.
 */
export function shardingClientOptions(sharding: Sharding | null, mode: GatewayMode): Pick<ClientOptions, 'shards' | 'shardCount' | 'ws'> {
  return {
    ...(sharding ? { shards: sharding.shardIds, shardCount: sharding.shardCount } : { shards: [0], shardCount: 1 }),
    ...(mode === 'worker' ? { ws: { buildStrategy: (manager) => new WorkerShardingStrategy(manager, { shardsPerWorker: 1 }) } } : {}),
  };
}

/**
 * discord.js reads SHARDS and SHARD_COUNT from the environment when they are not given (the variables its
 * ShardingManager sets for its children); `SHARD_COUNT=auto` there would be read as NaN. Everything is
 * given explicitly, and the client is made with them hidden.
 */
export function withoutShardingEnv<T>(make: () => T): T {
  const saved = { SHARDS: process.env.SHARDS, SHARD_COUNT: process.env.SHARD_COUNT };
  delete process.env.SHARDS;
  delete process.env.SHARD_COUNT;
  try {
    return make();
  } finally {
    for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
  }
}
