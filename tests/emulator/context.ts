/**
 * What the REST routes and the test-facing helpers share: the store, the gateway, the options, and the
 * gateway events that follow from state changes (MESSAGE_CREATE/UPDATE/DELETE, THREAD_CREATE), with the
 * intent rules Discord applies to them.
 */
import type { Gateway } from './gateway.js';
import type { GatewayDelivery } from './sessions.js';
import { publicMessage, type EmuState } from './state.js';
import type { EmuMessage } from './types.js';
import type { ChangeSignal } from './waits.js';

/** Gateway intent bits the emulator honours. */
export const Intents = {
  Guilds: 1 << 0,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

/** Message flag bits the emulator interprets. */
export const MessageFlag = { Ephemeral: 64, Loading: 128 } as const;

/** The shared state every route and helper works on. */
export interface EmuContext {
  state: EmuState;
  gateway: Gateway;
  signal: ChangeSignal;
  applicationId: string;
  interactionTimeoutMs: number;
  /** How many shards the bot's guilds are spread over (`GET /gateway/bot`'s `shards`). */
  shardCount: number;
}

function messageIntent(message: EmuMessage): number {
  return message.guild_id ? Intents.GuildMessages : Intents.DirectMessages;
}

/**
 * A message as the bot's session may see it: without the message-content intent, Discord blanks content,
 * embeds, attachments and components unless the message mentions the bot, is the bot's own, or is a DM.
 */
export function visibleMessage(ctx: EmuContext, message: EmuMessage, intents: number): Record<string, unknown> {
  const payload = publicMessage(message);
  const bot = ctx.state.botUser.id;
  const privileged =
    (intents & Intents.MessageContent) !== 0 ||
    message.author.id === bot ||
    message.mentions.some((u) => u.id === bot) ||
    !message.guild_id;
  if (!privileged) {
    Object.assign(payload, { content: '', embeds: [], attachments: [], components: [] });
  }
  return payload;
}

function withMember(ctx: EmuContext, message: EmuMessage, payload: Record<string, unknown>): Record<string, unknown> {
  if (!message.guild_id) return payload;
  const member = ctx.state.memberPayload(message.guild_id, message.author.id);
  if (!member) return payload;
  const { user: _user, ...partial } = member;
  return { ...payload, member: partial };
}

/** Dispatch MESSAGE_CREATE to the sessions whose intents cover it; returns where it went. */
export function emitMessageCreate(ctx: EmuContext, message: EmuMessage): GatewayDelivery[] {
  return ctx.gateway.dispatch('MESSAGE_CREATE', message.guild_id, (intents) =>
    (intents & messageIntent(message)) === 0 ? null : withMember(ctx, message, visibleMessage(ctx, message, intents)),
  );
}

/** Dispatch MESSAGE_UPDATE (full message, as Discord now sends) if the intents cover it. */
export function emitMessageUpdate(ctx: EmuContext, message: EmuMessage): void {
  ctx.gateway.dispatch('MESSAGE_UPDATE', message.guild_id, (intents) =>
    (intents & messageIntent(message)) === 0 ? null : withMember(ctx, message, visibleMessage(ctx, message, intents)),
  );
}

export function emitMessageDelete(ctx: EmuContext, message: EmuMessage): void {
  ctx.gateway.dispatch('MESSAGE_DELETE', message.guild_id, (intents) => {
    if ((intents & messageIntent(message)) === 0) return null;
    const d: Record<string, unknown> = { id: message.id, channel_id: message.channel_id };
    if (message.guild_id) d.guild_id = message.guild_id;
    return d;
  });
}

/** Dispatch THREAD_CREATE (needs the Guilds intent). */
export function emitThreadCreate(ctx: EmuContext, thread: Record<string, unknown>): void {
  const guildId = typeof thread.guild_id === 'string' && thread.guild_id !== '' ? thread.guild_id : undefined;
  ctx.gateway.dispatch('THREAD_CREATE', guildId, (intents) =>
    (intents & Intents.Guilds) === 0 ? null : { ...thread, newly_created: true },
  );
}

/**
 * Store a new message and tell the gateway (ephemeral messages are never in a channel); `onDelivered`
 * learns where MESSAGE_CREATE went.
 */
export function postToChannel(ctx: EmuContext, message: EmuMessage, onDelivered?: (deliveries: GatewayDelivery[]) => void): EmuMessage {
  if ((message.flags & MessageFlag.Ephemeral) !== 0) return message;
  ctx.state.addMessage(message);
  const deliveries = emitMessageCreate(ctx, message);
  onDelivered?.(deliveries);
  ctx.signal.notify();
  return message;
}
