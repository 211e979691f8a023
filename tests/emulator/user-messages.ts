/** Messages members post (MESSAGE_CREATE) and the handle a test uses to await the bot's messages after one. */
import { postToChannel, type EmuContext } from './context.js';
import { mentionedUsers, messagePayload, userPayload } from './payloads.js';
import type { GatewayDelivery } from './sessions.js';
import type { EmuMessage, UserSeed } from './types.js';

export interface PostMessageArgs {
  channelId: string;
  content: string;
  author?: UserSeed;
  /** Extra message fields (embeds, message_reference, …). */
  extra?: Partial<EmuMessage>;
}

/** Where the bot's messages are looked for: the channel, and threads whose parent is that channel. */
function inScope(ctx: EmuContext, channelId: string, message: EmuMessage): boolean {
  if (message.channel_id === channelId) return true;
  return ctx.state.channel(message.channel_id)?.payload.parent_id === channelId;
}

/** Handle on a posted message: the bot's messages that came after it. */
export class MessageHandle {
  constructor(
    readonly message: EmuMessage,
    private readonly ctx: EmuContext,
    private readonly timeoutMs: number,
    /** The gateway sessions MESSAGE_CREATE was sent to (by the guild's shard, and the sessions' intents). */
    readonly deliveries: readonly GatewayDelivery[] = [],
  ) {}

  /** The bot's messages in the channel (or its threads) posted after this one, oldest first. */
  botMessages(): EmuMessage[] {
    const after = BigInt(this.message.id);
    const out: EmuMessage[] = [];
    for (const list of this.ctx.state.messages.values()) {
      for (const m of list) {
        if (m.author.id === this.ctx.state.botUser.id && BigInt(m.id) > after && inScope(this.ctx, this.message.channel_id, m)) {
          out.push(m);
        }
      }
    }
    return out.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** Wait for the `n`-th (1-based) bot message after this one (in the channel or one of its threads). */
  waitForBotMessage(n = 1, timeoutMs = this.timeoutMs): Promise<EmuMessage> {
    return this.ctx.signal.waitFor(
      `bot message #${n} after message ${this.message.id} in channel ${this.message.channel_id}`,
      () => {
        const m = this.botMessages()[n - 1];
        return m ? structuredClone(m) : undefined;
      },
      timeoutMs,
    );
  }
}

/** Store a member's message and dispatch MESSAGE_CREATE (content hidden without the intent, as Discord does). */
export function postUserMessage(ctx: EmuContext, defaultAuthor: UserSeed, args: PostMessageArgs, timeoutMs: number): MessageHandle {
  const channel = ctx.state.channel(args.channelId);
  if (!channel) throw new Error(`Discord emulator: postMessage() to unknown channel ${args.channelId}`);
  const author = ctx.state.rememberUser(userPayload(args.author ?? defaultAuthor));
  const message = messagePayload({
    channelId: args.channelId,
    guildId: channel.guildId,
    author,
    content: args.content,
    extra: args.extra,
  });
  message.mentions = mentionedUsers(message.content, (id) => ctx.state.users.get(id));
  let deliveries: GatewayDelivery[] = [];
  postToChannel(ctx, message, (sent) => {
    deliveries = sent;
  });
  return new MessageHandle(message, ctx, timeoutMs, deliveries);
}
