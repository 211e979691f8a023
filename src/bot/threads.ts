/** Threads on answers: opened by the button (or automatically), remembered for follow-ups. */
import type { Message } from 'discord.js';
import { followUpPayload } from '../render/follow-up.js';
import type { BotContext } from './context.js';
import type { Conversation } from '../state/types.js';
import { toSendOptions } from './reply.js';

/** Discord's limit on a thread name. */
const MAX_THREAD_NAME = 100;

function threadName(query: string): string {
  const flat =
    query
      .replace(/\s+/g, ' ')
      .replace(/[@#<>]/g, '')
      .trim() || 'quotation';
  const name = `Fact-check: ${flat}`;
  return name.length <= MAX_THREAD_NAME ? name : `${name.slice(0, MAX_THREAD_NAME - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

/**
 * Opens a thread on an answer message (or finds the one already open) and posts what can be asked there.
 * Returns the thread id.
 */
export async function openThread(message: Message, conversation: Omit<Conversation, 'updatedAt'>, ctx: BotContext): Promise<string> {
  const existing = (await ctx.state.getConversation(message.id))?.threadId ?? message.thread?.id ?? null;
  if (existing) return existing;
  // Discord opens no thread inside a thread: an answer given in one is followed up where it is
  if (message.channel.isThread()) return followUpHere(message.channel.id, message.id, conversation, ctx);
  const thread = await message.startThread({ name: threadName(conversation.query), autoArchiveDuration: 1440 });
  const linked = { ...conversation, threadId: thread.id };
  await ctx.state.setConversation(message.id, linked);
  await ctx.state.setConversation(thread.id, linked);
  await thread.send(toSendOptions(followUpPayload({ kind: 'help', unknownOutlet: null })));
  return thread.id;
}

/**
 * An answer given inside a thread: follow-ups in that thread become about it when the thread is one the bot
 * answers in (opened on an earlier answer). Returns the thread id.
 */
async function followUpHere(
  threadId: string,
  messageId: string,
  conversation: Omit<Conversation, 'updatedAt'>,
  ctx: BotContext,
): Promise<string> {
  const linked = { ...conversation, threadId };
  await ctx.state.setConversation(messageId, linked);
  if (await ctx.state.getConversation(threadId)) await ctx.state.setConversation(threadId, linked);
  return threadId;
}
