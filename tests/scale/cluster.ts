/**
 * A bot of several processes for the scale tests: the Discord emulator with four shards (a server on each),
 * a throwaway PostgreSQL database, one corpus folder every process reads, and bot processes started as
 * `npm start` runs them (`src/bot/main.ts`), each with its SHARD_IDS, its own STATE_DIR (corpus snapshots)
 * and its health endpoint on a free port.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DiscordEmulator, type EmuMessage, snowflakeOnShard } from '../emulator/index.js';
import { type SpawnedBot, spawnBot } from '../hostile/spawn.js';
import { postgresAvailability, postgresRequired, startTestPostgres, type TestPostgres } from '../state/postgres-server.js';
import { type Exposition, parseExposition } from '../ops/prometheus-text.js';

export const TOKEN = 'scale-secret-token-MTIzNDU2Nzg5.abcdef';
export const APP = '100000000000000001';
export const SHARD_COUNT = 4;
export const MEMBER = { id: '500000000000000005', username: 'member' };
export const MODERATOR = { id: '500000000000000006', username: 'moderator' };
/** Manage Server. */
export const MOD_PERMISSIONS = '32';
/** A server on each shard: GUILDS[s] is on shard s. */
export const GUILDS = Array.from({ length: SHARD_COUNT }, (_, shard) => snowflakeOnShard(shard, SHARD_COUNT));
export const channelOf = (guildId: string): string => `3${guildId.slice(1)}`;

/** Whether the scale tests run here: they need a PostgreSQL server (required in CI). */
export function clusterPlan(): { skip: boolean; reason: string | null } {
  const availability = postgresAvailability();
  if (availability.ok || postgresRequired) return { skip: false, reason: null };
  console.warn(`multi-process tests skipped: ${availability.reason}`);
  return { skip: true, reason: availability.reason };
}

/** One bot process and what the tests read of it. */
export interface BotProcess {
  name: string;
  shardIds: number[];
  bot: SpawnedBot;
  /** Where its /healthz and /metrics answer. */
  healthUrl: string;
}

export interface Cluster {
  emu: DiscordEmulator;
  databaseUrl: string;
  corpusDir: string;
  /** Every process started, stopped ones included. */
  processes: readonly BotProcess[];
  /** Starts a bot process running `shardIds` (it logs in once its corpus is loaded). */
  start(name: string, shardIds: number[]): Promise<BotProcess>;
  close(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-scale-'));
  const corpusDir = path.join(root, 'corpus');
  await cp(path.resolve('seeds'), corpusDir, { recursive: true });
  let postgres: TestPostgres | null = null;
  const processes: BotProcess[] = [];
  try {
    postgres = await startTestPostgres();
    const databaseUrl = await postgres.createDatabase();
    const emu = await DiscordEmulator.start({
      token: TOKEN,
      applicationId: APP,
      shards: SHARD_COUNT,
      maxConcurrency: 2,
      waitTimeoutMs: 20_000,
      guilds: GUILDS.map((id, shard) => ({
        id,
        name: `Newsroom ${shard}`,
        channels: [{ id: channelOf(id), name: 'fact-check' }],
        members: [{ user: MEMBER }, { user: MODERATOR }],
      })),
    });
    const server = postgres;
    let started = 0;
    return {
      emu,
      databaseUrl,
      corpusDir,
      processes,
      async start(name, shardIds) {
        started += 1;
        const bot = spawnBot({
          DISCORD_TOKEN: TOKEN,
          DISCORD_CLIENT_ID: APP,
          DISCORD_API_BASE: emu.apiBase,
          CORPUS_DIR: corpusDir,
          STATE_DIR: path.join(root, `state-${name}-${started}`),
          DATABASE_URL: databaseUrl,
          SHARD_COUNT: String(SHARD_COUNT),
          SHARD_IDS: shardIds.join(','),
          HEALTH_PORT: '0',
          HEALTH_HOST: '127.0.0.1',
          MESSAGE_CONTENT_INTENT: 'true',
          COOLDOWN_SECONDS: '0',
          LOG_LEVEL: 'debug',
        });
        const line = await bot.waitForLog('health endpoint listening', 60_000);
        const { port } = JSON.parse(line) as { port: number };
        const process = { name, shardIds, bot, healthUrl: `http://127.0.0.1:${port}` };
        processes.push(process);
        return process;
      },
      async close() {
        for (const p of processes) if (p.bot.child.exitCode === null && p.bot.child.signalCode === null) p.bot.child.kill('SIGKILL');
        await Promise.all(processes.map((p) => p.bot.exited));
        await emu.close();
        await server.stop();
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await postgres?.stop();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

/** `/healthz` of a process: the HTTP status and the body. */
export async function health(p: BotProcess): Promise<{ status: number; body: HealthBody }> {
  const response = await fetch(`${p.healthUrl}/healthz`);
  return { status: response.status, body: (await response.json()) as HealthBody };
}

export interface HealthBody {
  status: string;
  shards: { id: number; ready: boolean }[];
  corpus: { version: string; loadedAt: string; documents: number; quotations: number } | null;
}

/** `/metrics` of a process, parsed. */
export async function metrics(p: BotProcess): Promise<Exposition> {
  const response = await fetch(`${p.healthUrl}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parseExposition(await response.text());
}

/** Everything a member reads in a message, with Markdown escapes undone. */
export function visible(message: Pick<EmuMessage, 'content' | 'embeds'>): string {
  return (message.content + JSON.stringify(message.embeds)).replace(/\\\\(.)/g, '$1');
}
