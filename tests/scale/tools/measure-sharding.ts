/**
 * Memory of the ways to run a bot's gateway shards, on the same corpus, against the local Discord emulator:
 *
 * - `manager`: discord.js's ShardingManager, a process per shard (each loads the corpus);
 * - `worker`: one process running every shard, the gateway connections on a worker thread
 *   (@discordjs/ws's WorkerShardingStrategy), the corpus loaded once on the main thread;
 * - `main`: one process running every shard on its main thread (discord.js's default strategy).
 *
 * For each: the resident memory of every process of the bot once all shards are ready (and each process's
 * peak), the time until then, and the latency of /who-said answers asked one at a time across the shards
 * (from the interaction's dispatch to the reply's final edit, as the emulator sees it).
 *
 *   npx tsx tests/scale/tools/measure-sharding.ts --size 1000000 --shards 2 --queries 200 [--modes manager,worker,main]
 *   npx tsx tests/scale/tools/measure-sharding.ts --corpus DIR ...   # any corpus folder instead
 *
 * `--size` uses (or generates) the benchmark's synthetic corpus in bench/out, as `npm run bench` does.
 * Each mode starts with an empty STATE_DIR (a cold load, then the snapshot written); `--state DIR` keeps
 * them in DIR/<mode> instead, so a second run with the same DIR starts from the snapshots (a restart).
 * Prints one JSON report on stdout.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus, readTruth } from '../../../bench/generate.js';
import { DiscordEmulator, snowflakeOnShard } from '../../emulator/index.js';
import { processTreeMemory, type ProcessMemory } from './memory.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    corpus: { type: 'string' },
    shards: { type: 'string', default: '2' },
    queries: { type: 'string', default: '200' },
    modes: { type: 'string', default: 'manager,worker,main' },
    'settle-s': { type: 'string', default: '15' },
    state: { type: 'string' },
  },
});

const TOKEN = 'measure-sharding-token';
const APP = '100000000000000001';
const USER = { id: '500000000000000005', username: 'reader' };
const SHARDS = Number(values.shards);
const ROOT = path.resolve(import.meta.dirname, '../../..');
type Mode = 'manager' | 'worker' | 'main';

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

async function corpusAndQuestions(): Promise<{ dir: string; questions: string[] }> {
  const count = Number(values.queries);
  if (values.corpus) return { dir: path.resolve(values.corpus), questions: [] };
  const { dir, truthFile } = await ensureCorpus(path.join(ROOT, 'bench/out'), Number(values.size));
  const { placements } = await readTruth(truthFile);
  const step = Math.max(1, Math.floor(placements.length / count));
  const questions = Array.from({ length: Math.min(count, placements.length) }, (_, i) => placements[i * step]!.text.slice(0, 1000));
  return { dir, questions };
}

function start(mode: Mode, env: Record<string, string>): ChildProcess {
  const script = mode === 'manager' ? 'manager.ts' : 'bot-process.ts';
  const args = mode === 'manager' ? [String(SHARDS)] : ['--gateway', mode];
  // its own process group, so the manager and its children stop together
  return spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script), ...args], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function measure(mode: Mode, emu: DiscordEmulator, corpusDir: string, questions: string[], guilds: string[]) {
  const stateDir = values.state ? path.resolve(values.state, mode) : await mkdtemp(path.join(os.tmpdir(), `quotetrail-sharding-${mode}-`));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP,
    DISCORD_API_BASE: emu.apiBase,
    CORPUS_DIR: corpusDir,
    STATE_DIR: stateDir,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'warn',
    SHARD_COUNT: String(SHARDS),
  };
  const started = performance.now();
  const child = start(mode, env);
  const errors: string[] = [];
  child.stderr?.on('data', (b: Buffer) => errors.push(b.toString()));
  try {
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`the bot exited (${code}) before its shards were ready`))),
    );
    await Promise.race([emu.shards.waitForReady(SHARDS, 20 * 60_000), exited]);
    const readyS = (performance.now() - started) / 1000;
    // the snapshot for the next start is written after the load: let it finish before reading memory
    await new Promise((resolve) => setTimeout(resolve, Number(values['settle-s']) * 1000));
    const memory = processTreeMemory(child.pid!);
    const latencies: number[] = [];
    let answered = 0;
    for (const [i, quote] of questions.entries()) {
      const guildId = guilds[i % guilds.length]!;
      const handle = emu.slashCommand({
        name: 'who-said',
        options: [{ name: 'quote', type: 3, value: quote }],
        user: USER,
        guildId,
        channelId: channelOf(guildId),
      });
      const message = await handle.final();
      if (JSON.stringify(message.embeds).length > 0) answered++;
      const { finalMs } = handle.timing();
      if (finalMs !== null) latencies.push(finalMs);
    }
    latencies.sort((a, b) => a - b);
    return {
      mode,
      readyS: round(readyS),
      processes: memory.map((p: ProcessMemory) => ({ pid: p.pid, command: p.command, rssMB: round(p.rssMB), peakMB: round(p.peakMB) })),
      totalRssMB: round(memory.reduce((s, p) => s + p.rssMB, 0)),
      totalPeakMB: round(memory.reduce((s, p) => s + p.peakMB, 0)),
      answerMs: latencies.length
        ? {
            n: latencies.length,
            p50: round(quantile(latencies, 0.5)),
            p95: round(quantile(latencies, 0.95)),
            p99: round(quantile(latencies, 0.99)),
          }
        : null,
      answered,
    };
  } catch (error) {
    throw new Error(`${mode}: ${error instanceof Error ? error.message : String(error)}\n${errors.join('').slice(-4000)}`);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    await emu.shards.waitForShardDown(0, 30_000).catch(() => undefined);
    if (!values.state) await rm(stateDir, { recursive: true, force: true });
  }
}

const channelOf = (guildId: string): string => `3${guildId.slice(1)}`;

const { dir, questions } = await corpusAndQuestions();
const guilds = Array.from({ length: SHARDS }, (_, shard) => snowflakeOnShard(shard, SHARDS));
const results = [];
for (const mode of values.modes.split(',') as Mode[]) {
  // a fresh emulator per mode: no session of the previous mode is left to resume
  const emu = await DiscordEmulator.start({
    token: TOKEN,
    applicationId: APP,
    shards: SHARDS,
    maxConcurrency: SHARDS,
    waitTimeoutMs: 20 * 60_000,
    guilds: guilds.map((id, i) => ({
      id,
      name: `Guild ${i}`,
      channels: [{ id: channelOf(id), name: 'fact-check' }],
      members: [{ user: USER }],
    })),
  });
  try {
    results.push(await measure(mode, emu, dir, questions, guilds));
  } finally {
    await emu.close();
  }
}
const machine = {
  nproc: os.cpus().length,
  memGiB: round(os.totalmem() / 2 ** 30),
  node: process.version,
  loadavg: os.loadavg().map((l) => round(l, 2)),
};
process.stdout.write(`${JSON.stringify({ corpus: dir, shards: SHARDS, questions: questions.length, machine, results }, null, 2)}\n`);
