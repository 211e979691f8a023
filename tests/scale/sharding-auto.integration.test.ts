/**
 * SHARD_COUNT=auto against the local Discord emulator: the count comes from GET /gateway/bot, explicit
 * SHARD_IDS are checked against it, and the real bot (startApp, in process) identifies the shards it was
 * given with that total, its health endpoint saying so.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startApp } from '../../src/bot/app.js';
import { parseConfig } from '../../src/bot/config.js';
import { resolveSharding } from '../../src/bot/sharding.js';
import { silentLogger } from '../../src/log.js';
import { DiscordEmulator, snowflakeOnShard } from '../emulator/index.js';

const TOKEN = 'auto-shard-token';
const APP = '100000000000000001';
let emu: DiscordEmulator;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-auto-'));
  await cp(path.resolve('seeds'), path.join(root, 'corpus'), { recursive: true });
  emu = await DiscordEmulator.start({
    token: TOKEN,
    applicationId: APP,
    shards: 3,
    maxConcurrency: 3,
    guilds: [0, 1, 2].map((shard) => ({ id: snowflakeOnShard(shard, 3), name: `Guild ${shard}`, channels: [] })),
  });
});
afterAll(async () => {
  await emu?.close();
  await rm(root, { recursive: true, force: true });
});

const settings = (extra: { SHARD_COUNT?: 'auto' | number; SHARD_IDS?: number[]; DISCORD_TOKEN?: string }) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_API_BASE: emu.apiBase,
  ...extra,
});

describe('SHARD_COUNT=auto', () => {
  it("takes Discord's recommended count and checks SHARD_IDS against it", async () => {
    expect(await resolveSharding(settings({ SHARD_COUNT: 'auto' }))).toEqual({ shardIds: [0, 1, 2], shardCount: 3 });
    expect(await resolveSharding(settings({ SHARD_COUNT: 'auto', SHARD_IDS: [1, 2] }))).toEqual({ shardIds: [1, 2], shardCount: 3 });
    await expect(resolveSharding(settings({ SHARD_COUNT: 'auto', SHARD_IDS: [3] }))).rejects.toThrow(
      'SHARD_IDS names shard 3, but Discord recommends 3 shards (SHARD_COUNT=auto)',
    );
    await expect(resolveSharding(settings({ SHARD_COUNT: 'auto', DISCORD_TOKEN: 'wrong' }))).rejects.toMatchObject({ status: 401 });
    expect(await resolveSharding(settings({ SHARD_COUNT: 2 }))).toEqual({ shardIds: [0, 1], shardCount: 2 });
    expect(await resolveSharding(settings({}))).toBeNull();
  });

  it('the bot identifies the shards it runs with the recommended total, and /healthz lists them', async () => {
    const parsed = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APP,
      DISCORD_API_BASE: emu.apiBase,
      CORPUS_DIR: path.join(root, 'corpus'),
      STATE_DIR: path.join(root, 'state'),
      SHARD_COUNT: 'auto',
      SHARD_IDS: '1,2',
      HEALTH_PORT: '0',
      HEALTH_HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
    });
    if (!parsed.ok) throw new Error(parsed.error);
    let bot: RunningBot | null = null;
    try {
      bot = await startApp(parsed.config, { logger: silentLogger });
      await emu.shards.waitForReady(2);
      const identifies = emu.gatewayOps.filter((o) => o.op === 2).map((o) => (o.d as { shard: unknown }).shard);
      expect(identifies.sort()).toEqual([
        [1, 3],
        [2, 3],
      ]);
      expect(bot.shardIds()).toEqual([1, 2]);
      const response = await fetch(`http://127.0.0.1:${bot.health?.port}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'ok',
        shards: [
          { id: 1, ready: true },
          { id: 2, ready: true },
        ],
      });
    } finally {
      await bot?.stop();
    }
  });
});
