/** REST routes for gateway info, the bot user and application, command registration and guilds. */
import { z } from 'zod';
import type { EmuContext } from './context.js';
import { discordError, type RouteDef, type RouteResult } from './http.js';
import { snowflake } from './payloads.js';
import { invalidBody, ok, unknownGuild } from './rest-common.js';
import type { EmuCommand } from './types.js';

const commandSchema = z.looseObject({
  name: z.string().min(1).max(32),
  description: z.string().max(100).optional(),
  type: z.number().int().optional(),
  options: z.array(z.unknown()).optional(),
  default_member_permissions: z.string().nullish(),
});

/**
 * Routes for gateway info, the bot user and application, commands and guilds. `gatewayUrl` gives the
 * gateway's URL (no trailing slash) when asked, because the port is only known once the server listens;
 * `maxConcurrency` is how many shards may identify at once.
 */
export function restRoutes(ctx: EmuContext, gatewayUrl: () => string, maxConcurrency: number): RouteDef[] {
  const { state } = ctx;
  const gateway = (): { url: string; shards: number } => ({ url: gatewayUrl(), shards: ctx.shardCount });

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
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: maxConcurrency },
        }),
    },
    { method: 'GET', path: '/users/@me', auth: true, handle: () => ok(state.botUser) },
    {
      // opens (or finds) the DM channel with a user the emulator knows, as Discord does for a bot sharing a server
      method: 'POST',
      path: '/users/@me/channels',
      auth: true,
      handle: (c) => {
        const recipient = z.object({ recipient_id: z.string() }).safeParse(c.body);
        if (!recipient.success) return invalidBody(recipient.error);
        const user = state.users.get(recipient.data.recipient_id);
        if (!user) return discordError(400, 50007, 'Cannot send messages to this user');
        for (const [, channel] of state.channels) {
          const recipients = channel.payload.recipients as { id: string }[] | undefined;
          if (channel.payload.type === 1 && recipients?.some((r) => r.id === user.id)) return ok(channel.payload);
        }
        const id = snowflake();
        state.addDmChannel(id, { id: user.id, username: String(user.username) });
        return ok(state.channel(id)!.payload);
      },
    },
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
        state.guilds.has(params.guild ?? '')
          ? putCommands(params.guild ?? '', params.guild, body)
          : discordError(403, 50001, 'Missing Access'),
    },
    {
      method: 'GET',
      path: '/applications/:app/guilds/:guild/commands',
      auth: true,
      handle: ({ params }) => ok(state.commandsIn(params.guild ?? '')),
    },
    {
      method: 'GET',
      path: '/guilds/:guild',
      auth: true,
      handle: ({ params }) => {
        const guild = state.guildPayload(params.guild ?? '', false);
        return guild ? ok(guild) : unknownGuild();
      },
    },
    {
      method: 'GET',
      path: '/guilds/:guild/roles',
      auth: true,
      handle: ({ params }) => (state.guilds.has(params.guild ?? '') ? ok(state.guildRoles(params.guild ?? '')) : unknownGuild()),
    },
    {
      method: 'GET',
      path: '/guilds/:guild/channels',
      auth: true,
      handle: ({ params }) => {
        const guild = state.guildPayload(params.guild ?? '', true);
        return guild ? ok(guild.channels) : unknownGuild();
      },
    },
    {
      method: 'GET',
      path: '/guilds/:guild/members',
      auth: true,
      handle: ({ params, query }) => {
        const guild = state.guilds.get(params.guild ?? '');
        if (!guild) return unknownGuild();
        const limit = Math.min(1000, Math.max(1, Number(query.limit ?? 1) || 1));
        return ok([...guild.members.keys()].slice(0, limit).map((id) => state.memberPayload(params.guild ?? '', id)));
      },
    },
    {
      method: 'GET',
      path: '/guilds/:guild/members/:user',
      auth: true,
      handle: ({ params }) => {
        if (!state.guilds.has(params.guild ?? '')) return unknownGuild();
        const member = state.memberPayload(params.guild ?? '', params.user ?? '');
        return member ? ok(member) : discordError(404, 10007, 'Unknown Member');
      },
    },
  ];
}
