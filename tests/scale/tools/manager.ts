/**
 * discord.js's ShardingManager, as the process-per-shard design runs it: one child process per shard, each
 * `bot-process.ts` with its own corpus. Arguments: the total number of shards. Children are spawned at
 * once (no ready timeout: a child loads its corpus before it logs in).
 */
import path from 'node:path';
import { ShardingManager } from 'discord.js';

const totalShards = Number(process.argv[2] ?? 2);
const manager = new ShardingManager(path.join(import.meta.dirname, 'bot-process.ts'), {
  totalShards,
  token: process.env.DISCORD_TOKEN,
  execArgv: ['--import', 'tsx'],
  shardArgs: ['--gateway', 'main'],
  respawn: false,
  mode: 'process',
});
await manager.spawn({ amount: totalShards, delay: 0, timeout: -1 });
process.stderr.write(`manager: ${totalShards} shard processes spawned\n`);
