/** Threads on answers: opened by the button (or automatically), remembered for follow-ups. */
import type { Message } from 'discord.js';
import { threadSubject } from '../answers/follow-up.js';
import { followUpPayload } from '../render/follow-up.js';
import type { BotContext } from './context.js';
import type { Conversation } from '../state/types.js';
import { toSendOptions } from './reply.js';

/**
 * A thread's conversation is kept under a key of its own: a thread opened on an answer has that answer's message
 * id, and what the thread moves on to (a new quotation asked there, a newer corpus) must not change what the
 * answer's buttons and its Report act on. Until the thread has its own entry (one remembered before this, or a
 * message sent the moment the thread opens) it reads the answer's, which has the thread's id.
 */
const threadKey = (threadId: string): string => `thread:${threadId}`;

/** What follow-ups in a thread are about, or undefined when the bot does not follow that thread. */
export async function threadConversation(threadId: string, ctx: BotContext): Promise<Conversation | undefined> {
  return (await ctx.state.getConversation(threadKey(threadId))) ?? (await ctx.state.getConversation(threadId));
}

/**
 * The topic or person a thread was opened on (its answer's /compare or /quotes conversation, kept under the
 * thread's id) when the thread is about one of its claims since; undefined otherwise.
 */
export async function threadOpening(threadId: string, now: Conversation, ctx: BotContext): Promise<Conversation | undefined> {
  if (now.command !== 'who-said') return undefined;
  const opened = await ctx.state.getConversation(threadId);
  return opened && opened.command !== 'who-said' ? opened : undefined;
}

/** Remembers what follow-ups in a thread are about. */
export function rememberThread(threadId: string, conversation: Omit<Conversation, 'updatedAt'>, ctx: BotContext): Promise<void> {
  return ctx.state.setConversation(threadKey(threadId), conversation);
}

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
  await rememberThread(thread.id, linked, ctx);
  // a thread on a topic or a person is about several claims: what can be asked there says so
  const about = threadSubject(conversation);
  await thread.send(toSendOptions(followUpPayload({ kind: 'help', unknownOutlet: null, ...(about ? { about } : {}) })));
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
  if (await threadConversation(threadId, ctx)) await rememberThread(threadId, linked, ctx);
  return threadId;
}
