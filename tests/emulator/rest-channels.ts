/** Channel REST routes: messages (create, read, list, edit, delete), threads, reactions, typing. */
import { z } from 'zod';
import { emitMessageDelete, emitMessageUpdate, emitThreadCreate, postToChannel, type EmuContext } from './context.js';
import { discordError, type RouteContext, type RouteDef, type RouteResult } from './http.js';
import { messagePayload, snowflake, threadPayload } from './payloads.js';
import { invalidBody, ok, unknownChannel, unknownMessage } from './rest-common.js';
import { messageBodySchema, publicMessage } from './state.js';

const threadBodySchema = z.looseObject({
  name: z.string().min(1).max(100),
  auto_archive_duration: z.number().int().optional(),
  type: z.number().int().optional(),
});

const channelPatchSchema = z.looseObject({
  name: z.string().min(1).max(100).optional(),
  archived: z.boolean().optional(),
  locked: z.boolean().optional(),
  auto_archive_duration: z.number().int().optional(),
});

const isThread = (type: unknown): boolean => type === 10 || type === 11 || type === 12;

/** Routes under `/channels/{id}`: messages, threads, reactions (accepted, not stored), typing, channel edits. */
export function channelRoutes(ctx: EmuContext): RouteDef[] {
  const { state } = ctx;
  const param = (c: RouteContext, name: string): string => c.params[name] ?? '';

  const createMessage = (c: RouteContext): RouteResult => {
    const channelId = param(c, 'channel');
    const channel = state.channel(channelId);
    if (!channel) return unknownChannel();
    const parsed = messageBodySchema.safeParse(c.body ?? {});
    if (!parsed.success) return invalidBody(parsed.error);
    const data = parsed.data;
    if (!data.content && !data.embeds?.length && !data.components?.length && !data.attachments?.length && c.files.length === 0) {
      return discordError(400, 50006, 'Cannot send an empty message');
    }
    const metadata = channel.payload.thread_metadata as { archived?: boolean; locked?: boolean } | undefined;
    if (metadata?.locked) return discordError(403, 50083, 'Thread is archived');
    if (metadata?.archived) metadata.archived = false; // Sending in an archived, unlocked thread reopens it.
    const message = messagePayload({ channelId, guildId: channel.guildId, author: state.botUser });
    state.applyBody(message, data, false);
    message.flags &= ~64; // Only interaction responses can be ephemeral.
    if (data.message_reference) message.type = 19;
    postToChannel(ctx, message);
    return ok(publicMessage(message));
  };

  const listMessages = (c: RouteContext): RouteResult => {
    if (!state.channel(param(c, 'channel'))) return unknownChannel();
    const limit = Math.min(100, Math.max(1, Number(c.query.limit ?? 50) || 50));
    const before = c.query.before ? BigInt(c.query.before) : null;
    const after = c.query.after ? BigInt(c.query.after) : null;
    const picked = state
      .channelMessages(param(c, 'channel'))
      .filter((m) => (before === null || BigInt(m.id) < before) && (after === null || BigInt(m.id) > after));
    // Discord lists newest first.
    return ok(picked.slice(-limit).reverse().map(publicMessage));
  };

  const editMessage = (c: RouteContext): RouteResult => {
    const message = state.findMessage(param(c, 'channel'), param(c, 'message'));
    if (!message) return unknownMessage();
    if (message.author.id !== state.botUser.id && c.body && typeof c.body === 'object' && 'content' in c.body) {
      return discordError(403, 50005, 'Cannot edit a message authored by another user');
    }
    const parsed = messageBodySchema.safeParse(c.body ?? {});
    if (!parsed.success) return invalidBody(parsed.error);
    state.applyBody(message, parsed.data, true);
    emitMessageUpdate(ctx, message);
    ctx.signal.notify();
    return ok(publicMessage(message));
  };

  const createThread = (c: RouteContext, fromMessage: boolean): RouteResult => {
    const parentId = param(c, 'channel');
    const parent = state.channel(parentId);
    if (!parent) return unknownChannel();
    if (isThread(parent.payload.type)) return discordError(400, 50024, 'Cannot execute action on this channel type');
    const parsed = threadBodySchema.safeParse(c.body ?? {});
    if (!parsed.success) return invalidBody(parsed.error);
    let id = snowflake();
    const starter = fromMessage ? state.findMessage(parentId, param(c, 'message')) : undefined;
    if (fromMessage) {
      if (!starter) return unknownMessage();
      if (starter.thread) return discordError(400, 160004, 'A thread has already been created for this message');
      id = starter.id; // Discord gives a thread started from a message the message's id.
    }
    const thread = threadPayload({
      id,
      guildId: parent.guildId ?? '',
      parentId,
      ownerId: state.botUser.id,
      name: parsed.data.name,
      type: fromMessage ? 11 : (parsed.data.type ?? 12),
      autoArchiveDuration: parsed.data.auto_archive_duration ?? 4320,
    });
    state.addThread(thread, parent.guildId);
    if (starter) starter.thread = thread;
    emitThreadCreate(ctx, thread);
    ctx.signal.notify();
    return ok(thread, 201);
  };

  const patchChannel = (c: RouteContext): RouteResult => {
    const channel = state.channel(param(c, 'channel'));
    if (!channel) return unknownChannel();
    const parsed = channelPatchSchema.safeParse(c.body ?? {});
    if (!parsed.success) return invalidBody(parsed.error);
    const { name, archived, locked, auto_archive_duration } = parsed.data;
    if (name !== undefined) channel.payload.name = name;
    const metadata = channel.payload.thread_metadata as Record<string, unknown> | undefined;
    if (metadata) {
      if (archived !== undefined) metadata.archived = archived;
      if (locked !== undefined) metadata.locked = locked;
      if (auto_archive_duration !== undefined) metadata.auto_archive_duration = auto_archive_duration;
    }
    ctx.gateway.dispatch(metadata ? 'THREAD_UPDATE' : 'CHANNEL_UPDATE', channel.guildId, (intents) =>
      (intents & 1) === 0 ? null : channel.payload,
    );
    ctx.signal.notify();
    return ok(channel.payload);
  };

  const withMessage = (c: RouteContext, then: () => RouteResult): RouteResult =>
    state.findMessage(param(c, 'channel'), param(c, 'message')) ? then() : unknownMessage();

  return [
    { method: 'POST', path: '/channels/:channel/messages', auth: true, handle: createMessage },
    { method: 'GET', path: '/channels/:channel/messages', auth: true, handle: listMessages },
    {
      method: 'GET',
      path: '/channels/:channel/messages/:message',
      auth: true,
      handle: (c) => {
        const message = state.findMessage(param(c, 'channel'), param(c, 'message'));
        return message ? ok(publicMessage(message)) : unknownMessage();
      },
    },
    { method: 'PATCH', path: '/channels/:channel/messages/:message', auth: true, handle: editMessage },
    {
      method: 'DELETE',
      path: '/channels/:channel/messages/:message',
      auth: true,
      handle: (c) => {
        const message = state.findMessage(param(c, 'channel'), param(c, 'message'));
        if (!message) return unknownMessage();
        state.removeMessage(message.channel_id, message.id);
        emitMessageDelete(ctx, message);
        ctx.signal.notify();
        return { status: 204 };
      },
    },
    {
      method: 'PUT',
      path: '/channels/:channel/messages/:message/reactions/:emoji/@me',
      auth: true,
      handle: (c) => withMessage(c, () => ({ status: 204 })),
    },
    {
      method: 'DELETE',
      path: '/channels/:channel/messages/:message/reactions/:emoji/@me',
      auth: true,
      handle: (c) => withMessage(c, () => ({ status: 204 })),
    },
    { method: 'POST', path: '/channels/:channel/messages/:message/threads', auth: true, handle: (c) => createThread(c, true) },
    { method: 'POST', path: '/channels/:channel/threads', auth: true, handle: (c) => createThread(c, false) },
    {
      method: 'POST',
      path: '/channels/:channel/typing',
      auth: true,
      handle: (c) => (state.channel(param(c, 'channel')) ? { status: 204 } : unknownChannel()),
    },
    {
      method: 'GET',
      path: '/channels/:channel',
      auth: true,
      handle: (c) => {
        const channel = state.channel(param(c, 'channel'));
        return channel ? ok(channel.payload) : unknownChannel();
      },
    },
    { method: 'PATCH', path: '/channels/:channel', auth: true, handle: patchChannel },
  ];
}
