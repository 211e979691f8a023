/** REST routes other than interactions and webhooks: gateway info, users, commands, channels, guilds. */
import { z } from 'zod';
import { emitMessageDelete, emitMessageUpdate, emitThreadCreate, postToChannel, type EmuContext } from './context.js';
import { discordError, type RouteContext, type RouteDef, type RouteResult } from './http.js';
import { messagePayload, snowflake, threadPayload } from './payloads.js';
import { messageBodySchema, publicMessage } from './state.js';
import type { EmuCommand } from './types.js';

const commandSchema = z.looseObject({
  name: z.string().min(1).max(32),
  description: z.string().max(100).optional(),
  type: z.number().int().optional(),
  options: z.array(z.unknown()).optional(),
  default_member_permissions: z.string().nullish(),
});

const threadBodySchema = z.looseObject({
  name: z.string().min(1).max(100),
  auto_archive_duration: z.number().int().optional(),
  type: z.number().int().optional(),
});

const ok = (json: unknown, status = 200): RouteResult => ({ status, json });
const invalidBody = (error: z.ZodError): RouteResult => ({
  status: 400,
  json: { message: 'Invalid Form Body', code: 50035, errors: z.treeifyError(error) },
});
const unknownChannel = (): RouteResult => discordError(404, 10003, 'Unknown Channel');
const unknownMessage = (): RouteResult => discordError(404, 10008, 'Unknown Message');
const unknownGuild = (): RouteResult => discordError(404, 10004, 'Unknown Guild');

/** The URL (no trailing slash) the gateway answers on; passed in because the port is known late. */
export function restRoutes(ctx: EmuContext, gatewayUrl: () => string): RouteDef[] {
  const { state } = ctx;
  const gateway = (): { url: string; shards: number } => ({ url: gatewayUrl(), shards: 1 });

  const putCommands = (scope: string, guildId: string | undefined, body: unknown): RouteResult => {
    const parsed = z.array(commandSchema).safeParse(body);
    if (!parsed.success) return invalidBody(parsed.error);
    const previous = state.commandsIn(scope);
    const stored = parsed.data.map((c): EmuCommand => {
      const command: EmuCommand = {
        ...c,
        id: previous.find((p) => p.name === c.name)?.id ?? snowflake(),
        application_id: ctx.applicationId,
        name: c.name,
        description: c.description ?? '',
        type: c.type ?? 1,
        version: snowflake(),
        default_member_permissions: c.default_member_permissions ?? null,
        nsfw: false,
      };
      if (guildId) command.guild_id = guildId;
      return command;
    });
    state.commands.set(scope, stored);
    return ok(stored);
  };

  const createMessage = ({ params, body }: RouteContext): RouteResult => {
    const channel = state.channel(params['channel'] ?? '');
    if (!channel) return unknownChannel();
    const parsed = messageBodySchema.safeParse(body ?? {});
    if (!parsed.success) return invalidBody(parsed.error);
    const data = parsed.data;
    const empty = !data.content && !data.embeds?.length && !data.components?.length && !data.attachments?.length;
    if (empty) return discordError(400, 50006, 'Cannot send an empty message');
    const message = messagePayload({ channelId: params['channel'] ?? '', guildId: channel.guildId, author: state.botUser });
    state.applyBody(message, data, false);
    message.flags &= ~64; // Only interaction responses can be ephemeral.
    if (data.message_reference) message.type = 19;
    postToChannel(ctx, message);
    return ok(publicMessage(message));
  };

  const createThread = (params: Record<string, string>, body: unknown, fromMessage: boolean): RouteResult => {
    const parentId = params['channel'] ?? '';
    const parent = state.channel(parentId);
    if (!parent) return unknownChannel();
    if (parent.payload['type'] === 11 || parent.payload['type'] === 12) {
      return discordError(400, 50024, 'Cannot execute action on this channel type');
    }
    const parsed = threadBodySchema.safeParse(body ?? {});
    if (!parsed.success) return invalidBody(parsed.error);
    let id = snowflake();
    const starter = fromMessage ? state.findMessage(parentId, params['message'] ?? '') : undefined;
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

  const editMessage = ({ params, body }: RouteContext): RouteResult => {
    const message = state.findMessage(params['channel'] ?? '', params['message'] ?? '');
    if (!message) return unknownMessage();
    const parsed = messageBodySchema.safeParse(body ?? {});
    if (!parsed.success) return invalidBody(parsed.error);
    state.applyBody(message, parsed.data, true);
    emitMessageUpdate(ctx, message);
    return ok(publicMessage(message));
  };

  const app = (): Record<string, unknown> => ({
    id: ctx.applicationId,
    name: state.botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    flags: 0,
    bot: state.botUser,
    verify_key: '0'.repeat(64),
    team: null,
  });

  return [
    { method: 'GET', path: '/gateway', auth: false, handle: () => ok({ url: gatewayUrl() }) },
    {
      method: 'GET',
      path: '/gateway/bot',
      auth: true,
      handle: () =>
        ok({
          ...gateway(),
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        }),
    },
    { method: 'GET', path: '/users/@me', auth: true, handle: () => ok(state.botUser) },
    { method: 'GET', path: '/applications/@me', auth: true, handle: () => ok(app()) },
    { method: 'GET', path: '/oauth2/applications/@me', auth: true, handle: () => ok(app()) },
    {
      method: 'PUT',
      path: '/applications/:app/commands',
      auth: true,
      handle: ({ body }) => putCommands('global', undefined, body),
    },
    {
      method: 'GET',
      path: '/applications/:app/commands',
      auth: true,
      handle: () => ok(state.commandsIn('global')),
    },
    {
      method: 'PUT',
      path: '/applications/:app/guilds/:guild/commands',
      auth: true,
      handle: ({ params, body }) =>
        state.guilds.has(params['guild'] ?? '')
          ? putCommands(params['guild'] ?? '', params['guild'], body)
          : discordError(403, 50001, 'Missing Access'),
    },
    {
      method: 'GET',
      path: '/applications/:app/guilds/:guild/commands',
      auth: true,
      handle: ({ params }) => ok(state.commandsIn(params['guild'] ?? '')),
    },
    { method: 'POST', path: '/channels/:channel/messages', auth: true, handle: createMessage },
    {
      method: 'GET',
      path: '/channels/:channel/messages',
      auth: true,
      handle: ({ params }) =>
        state.channel(params['channel'] ?? '')
          ? ok(state.channelMessages(params['channel'] ?? '').map(publicMessage).reverse())
          : unknownChannel(),
    },
    {
      method: 'GET',
      path: '/channels/:channel/messages/:message',
      auth: true,
      handle: ({ params }) => {
        const message = state.findMessage(params['channel'] ?? '', params['message'] ?? '');
        return message ? ok(publicMessage(message)) : unknownMessage();
      },
    },
    { method: 'PATCH', path: '/channels/:channel/messages/:message', auth: true, handle: editMessage },
    {
      method: 'DELETE',
      path: '/channels/:channel/messages/:message',
      auth: true,
      handle: ({ params }) => {
        const message = state.findMessage(params['channel'] ?? '', params['message'] ?? '');
        if (!message) return unknownMessage();
        state.removeMessage(message.channel_id, message.id);
        emitMessageDelete(ctx, message);
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      path: '/channels/:channel/messages/:message/threads',
      auth: true,
      handle: ({ params, body }) => createThread(params, body, true),
    },
    {
      method: 'POST',
      path: '/channels/:channel/threads',
      auth: true,
      handle: ({ params, body }) => createThread(params, body, false),
    },
    { method: 'POST', path: '/channels/:channel/typing', auth: true, handle: () => ({ status: 204 }) },
    {
      method: 'GET',
      path: '/channels/:channel',
      auth: true,
      handle: ({ params }) => {
        const channel = state.channel(params['channel'] ?? '');
        return channel ? ok(channel.payload) : unknownChannel();
      },
    },
    {
      method: 'GET',
      path: '/guilds/:guild',
      auth: true,
      handle: ({ params }) => {
        const guild = state.guildPayload(params['guild'] ?? '', false);
        return guild ? ok(guild) : unknownGuild();
      },
    },
    {
      method: 'GET',
      path: '/guilds/:guild/roles',
      auth: true,
      handle: ({ params }) => (state.guilds.has(params['guild'] ?? '') ? ok(state.guildRoles(params['guild'] ?? '')) : unknownGuild()),
    },
    {
      method: 'GET',
      path: '/guilds/:guild/channels',
      auth: true,
      handle: ({ params }) => {
        const guild = state.guildPayload(params['guild'] ?? '', true);
        return guild ? ok(guild['channels']) : unknownGuild();
      },
    },
    {
      method: 'GET',
      path: '/guilds/:guild/members/:user',
      auth: true,
      handle: ({ params }) => {
        if (!state.guilds.has(params['guild'] ?? '')) return unknownGuild();
        const member = state.memberPayload(params['guild'] ?? '', params['user'] ?? '');
        return member ? ok(member) : discordError(404, 10007, 'Unknown Member');
      },
    },
  ];
}
