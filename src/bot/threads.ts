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
  const thread = await message.startThread({ name: threadName(conversation.query), autoArchiveDuration: 1440 });
  const linked = { ...conversation, threadId: thread.id };
  await ctx.state.setConversation(message.id, linked);
  await ctx.state.setConversation(thread.id, linked);
  await thread.send(toSendOptions(followUpPayload({ kind: 'help', unknownOutlet: null })));
  return thread.id;
}
