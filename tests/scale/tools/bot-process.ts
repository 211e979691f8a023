/**
 * One bot process for the sharding measurements: configured from the environment as `npm start` is, with
 * the gateway mode from the command line (`--gateway worker|main`). Under discord.js's ShardingManager the
 * child's shard comes in SHARDS (its protocol), which stands for SHARD_IDS here.
 */
import { parseArgs } from 'node:util';
import { startApp } from '../../../src/bot/app.js';
import { parseConfig } from '../../../src/bot/config.js';
import { createLogger } from '../../../src/log.js';

const { values } = parseArgs({ options: { gateway: { type: 'string', default: 'main' } } });
const gateway = values.gateway === 'worker' ? 'worker' : 'main';
const env = { ...process.env };
if (env.SHARDS !== undefined && env.SHARD_IDS === undefined) env.SHARD_IDS = env.SHARDS;
const parsed = parseConfig(env);
if (!parsed.ok) {
  process.stderr.write(`bot-process: ${parsed.error}\n`);
  process.exit(1);
}
const logger = createLogger(parsed.config.LOG_LEVEL);
const bot = await startApp(parsed.config, { logger, gateway });
const stop = (): void => {
  void bot.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
