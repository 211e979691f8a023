/**
 * The Discord client: intents, REST base (Discord's own, or DISCORD_API_BASE for a proxy or a local
 * Discord-compatible server), event wiring, and an orderly stop.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { BotContext, SlashCommand } from './context.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';

export interface Bot {
  client: Client;
  /** Logs in and resolves when the client is ready. */
  start(): Promise<void>;
  /** Waits for answers in flight, disconnects, closes the state database. */
  stop(): Promise<void>;
}

export function createBot(commands: Map<string, SlashCommand>, ctx: BotContext): Bot {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (ctx.config.MESSAGE_CONTENT_INTENT) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(ctx.config.DISCORD_API_BASE ? { rest: { api: ctx.config.DISCORD_API_BASE } } : {}),
  });
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
    track(handleMessage(message, client.user.id, ctx));
  });
  client.on(Events.ShardResume, (shard, replayed) => ctx.logger.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardDisconnect, (event, shard) => ctx.logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.Error, (error) => ctx.logger.error({ err: error.message }, 'client error'));

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(ctx.config.DISCORD_TOKEN);
      await ready;
      ctx.logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'bot ready');
    },
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      await ctx.state.close();
    },
  };
}
