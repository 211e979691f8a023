/**
 * The Discord client: intents, REST base (Discord's own, or DISCORD_API_BASE for a proxy or a local
 * Discord-compatible server), the shards this process runs, event wiring (with each shard's state and
 * every interaction reported to the metrics), and an orderly stop.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { BotContext, SlashCommand } from './context.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { type GatewayMode, type Sharding, shardingClientOptions, withoutShardingEnv } from './sharding.js';

export interface Bot {
  client: Client;
  /** Logs in and resolves when the client is ready (every shard of this process). */
  start(): Promise<void>;
  /** Takes no new work, waits for answers in flight, then disconnects. */
  stop(): Promise<void>;
  /** The shards this process runs: as configured, or as discord.js settled them once connected. */
  shardIds(): number[] | undefined;
}

export interface BotOptions {
  /** Null: one shard (discord.js's default). */
  sharding: Sharding | null;
  /** Default `main`. */
  gateway?: GatewayMode;
}

export function createBot(commands: Map<string, SlashCommand>, ctx: BotContext, options: BotOptions): Bot {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (ctx.config.MESSAGE_CONTENT_INTENT) intents.push(GatewayIntentBits.MessageContent);
  const client = withoutShardingEnv(
    () =>
      new Client({
        intents,
        partials: [Partials.Channel],
        allowedMentions: { parse: [], repliedUser: false },
        ...shardingClientOptions(options.sharding, options.gateway ?? 'main'),
        ...(ctx.config.DISCORD_API_BASE ? { rest: { api: ctx.config.DISCORD_API_BASE } } : {}),
      }),
  );
  const { metrics, logger } = ctx;
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  const track = (p: Promise<unknown>): void => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    track(handleInteraction(interaction, commands, ctx));
  });
  client.on(Events.MessageCreate, (message) => {
    if (stopping || !client.user) return;
    const started = performance.now();
    track(
      handleMessage(message, client.user.id, ctx).then((answered) => {
        if (answered) metrics.interaction('follow-up', 'ok', (performance.now() - started) / 1000);
      }),
    );
  });
  client.on(Events.ShardReady, (shard) => {
    metrics.shard(shard, true);
    logger.info({ shard }, 'gateway shard ready');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    metrics.shard(shard, true);
    logger.info({ shard, replayed }, 'gateway resumed');
  });
  client.on(Events.ShardReconnecting, (shard) => metrics.shard(shard, false));
  client.on(Events.ShardDisconnect, (event, shard) => {
    metrics.shard(shard, false);
    logger.warn({ shard, code: event.code }, 'gateway disconnected');
  });
  client.on(Events.Error, (error) => logger.error({ err: error.message }, 'client error'));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(ctx.config.DISCORD_TOKEN);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.options.shards }, 'bot ready');
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
    shardIds() {
      if (options.sharding) return options.sharding.shardIds;
      const shards = client.options.shards;
      return Array.isArray(shards) ? shards : undefined;
    },
  };
}
