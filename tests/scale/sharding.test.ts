/** Sharding configuration: SHARD_COUNT, SHARD_IDS, HEALTH_PORT/HOST read and checked; the client options made of them. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/bot/config.js';
import { plannedShards, shardingClientOptions, withoutShardingEnv } from '../../src/bot/sharding.js';

const base = { DISCORD_TOKEN: 'secret-value', DISCORD_CLIENT_ID: '123456789012345678' };
const config = (env: Record<string, string>) => {
  const parsed = parseConfig({ ...base, ...env });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.config;
};
const error = (env: Record<string, string>): string => {
  const parsed = parseConfig({ ...base, ...env });
  return parsed.ok ? 'accepted' : parsed.error;
};

describe('sharding configuration', () => {
  it('defaults to one shard, no endpoint', () => {
    const c = config({});
    expect(c.SHARD_COUNT).toBeUndefined();
    expect(c.SHARD_IDS).toBeUndefined();
    expect(c.HEALTH_PORT).toBeUndefined();
    expect(plannedShards(c)).toEqual([0]);
  });

  it('reads a count, auto, and the shards of this process (sorted)', () => {
    expect(config({ SHARD_COUNT: '4' }).SHARD_COUNT).toBe(4);
    expect(plannedShards(config({ SHARD_COUNT: '4' }))).toEqual([0, 1, 2, 3]);
    expect(config({ SHARD_COUNT: 'auto' }).SHARD_COUNT).toBe('auto');
    expect(plannedShards(config({ SHARD_COUNT: 'auto' }))).toBeUndefined();
    const split = config({ SHARD_COUNT: '4', SHARD_IDS: ' 3, 2 ' });
    expect(split.SHARD_IDS).toEqual([2, 3]);
    expect(plannedShards(split)).toEqual([2, 3]);
    expect(plannedShards(config({ SHARD_COUNT: 'auto', SHARD_IDS: '1' }))).toEqual([1]);
    expect(config({ HEALTH_PORT: '9464', HEALTH_HOST: '127.0.0.1' })).toMatchObject({ HEALTH_PORT: 9464, HEALTH_HOST: '127.0.0.1' });
  });

  it('names a wrong value in one line', () => {
    expect(error({ SHARD_COUNT: '0' })).toMatch(/^SHARD_COUNT must be between 1/);
    expect(error({ SHARD_COUNT: 'many' })).toMatch(/^SHARD_COUNT must be a number of shards or "auto"/);
    expect(error({ SHARD_COUNT: '-2' })).toMatch(/^SHARD_COUNT /);
    expect(error({ SHARD_IDS: '0' })).toBe('SHARD_IDS needs SHARD_COUNT (the number of shards of the whole bot, or auto)');
    expect(error({ SHARD_COUNT: '2', SHARD_IDS: '1,2' })).toBe('SHARD_IDS names shard 2, but shards are numbered 0 to 1');
    expect(error({ SHARD_COUNT: '2', SHARD_IDS: '1,1' })).toBe('SHARD_IDS names a shard twice');
    expect(error({ SHARD_COUNT: '2', SHARD_IDS: 'one' })).toMatch(/^SHARD_IDS must be shard numbers/);
    expect(error({ SHARD_COUNT: '2', SHARD_IDS: ',' })).toMatch(/^SHARD_IDS /);
    expect(error({ HEALTH_PORT: '70000' })).toMatch(/^HEALTH_PORT /);
    expect(error({ HEALTH_PORT: 'http' })).toMatch(/^HEALTH_PORT /);
  });
});

describe('client options', () => {
  it('gives discord.js the shards and total, with the gateway on a worker thread or the main thread', () => {
    const worker = shardingClientOptions({ shardIds: [2, 3], shardCount: 4 }, 'worker');
    expect(worker).toMatchObject({ shards: [2, 3], shardCount: 4 });
    expect(typeof worker.ws?.buildStrategy).toBe('function');
    expect(shardingClientOptions(null, 'main')).toEqual({ shards: [0], shardCount: 1 });
  });

  it("hides discord.js's own sharding variables while the client is made, and puts them back", () => {
    const saved = { SHARDS: process.env.SHARDS, SHARD_COUNT: process.env.SHARD_COUNT };
    process.env.SHARD_COUNT = 'auto';
    delete process.env.SHARDS;
    try {
      expect(withoutShardingEnv(() => [process.env.SHARD_COUNT, process.env.SHARDS])).toEqual([undefined, undefined]);
      expect(process.env.SHARD_COUNT).toBe('auto');
      expect('SHARDS' in process.env).toBe(false);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
