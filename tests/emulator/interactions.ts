/** INTERACTION_CREATE payloads (commands, autocomplete, components, modals) and the handles tests await. */
import { randomBytes } from 'node:crypto';
import type { EmuContext } from './context.js';
import { publicMessage, type StoredInteraction } from './state.js';
import { snowflake, userPayload } from './payloads.js';
import type { GatewayDelivery } from './sessions.js';
import { shardOf } from './shards.js';
import type { EmuMessage, EmuUser, InteractionCallback, UserSeed } from './types.js';

/**
 * A command option as Discord sends it (`type` 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role,
 * 10 number, 11 attachment). An attachment option's `value` is the attachment id; give its file in
 * `attachment` (where the bot downloads it from, e.g. a test server), and the emulator puts it in `resolved`.
 */
export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOption[];
  attachment?: { filename: string; url: string; size: number; content_type?: string };
}

/** Who acts, and where. Defaults: the emulator's default user, the first guild's first text channel. */
export interface ActorArgs {
  user?: UserSeed;
  /** Member fields; `permissions` defaults to the union of the member's roles and @everyone. */
  member?: { roles?: string[]; permissions?: string; nick?: string | null };
  channelId?: string;
  guildId?: string;
  locale?: string;
  /** The bot's permissions in the channel (`app_permissions`); default: its roles and @everyone. */
  appPermissions?: string;
}

/** Handle on one dispatched interaction: what the bot answered, awaited with timeouts. */
export class InteractionHandle {
  constructor(
    readonly interaction: StoredInteraction,
    private readonly ctx: EmuContext,
    private readonly timeoutMs: number,
  ) {}

  get id(): string {
    return this.interaction.id;
  }

  /** The shard the interaction's guild falls on (DMs: 0). */
  get shard(): number {
    return this.interaction.shard;
  }

  /** The gateway sessions (and connections) INTERACTION_CREATE was sent to. */
  get deliveries(): readonly GatewayDelivery[] {
    return this.interaction.deliveries;
  }

  /** The first callback (reply, defer, update, choices, modal), with `ms` from dispatch. */
  response(timeoutMs = this.timeoutMs): Promise<InteractionCallback> {
    return this.ctx.signal.waitFor(
      `the first callback to interaction ${this.id} (type ${this.interaction.type})`,
      () => this.interaction.callbacks[0],
      timeoutMs,
    );
  }

  /**
   * The message as finally shown: the reply or updated message for callback types 4/7, the first edit of
   * `@original` after a defer (5/6). A snapshot; rejects for callbacks with no message (8, 9).
   */
  async final(timeoutMs = this.timeoutMs): Promise<EmuMessage> {
    const first = await this.response(timeoutMs);
    if (first.type === 8 || first.type === 9) {
      throw new Error(`Discord emulator: interaction ${this.id} was answered with callback type ${first.type}, which has no message`);
    }
    const deferred = first.type === 5 || first.type === 6;
    return this.ctx.signal.waitFor(
      deferred ? `the edit of the deferred reply to interaction ${this.id}` : `the reply to interaction ${this.id}`,
      () => {
        const original = this.interaction.original;
        if (!original || (deferred && this.interaction.originalEdits === 0)) return undefined;
        return structuredClone(original);
      },
      timeoutMs,
    );
  }

  /**
   * Milliseconds from the INTERACTION_CREATE dispatch to the first callback, and to the final message (the
   * reply, or the edit that finished a deferred reply); null while not there yet.
   */
  timing(): { firstCallbackMs: number | null; finalMs: number | null } {
    const { callbacks, finishedAt, dispatchedAt } = this.interaction;
    return { firstCallbackMs: callbacks[0]?.ms ?? null, finalMs: finishedAt === null ? null : finishedAt - dispatchedAt };
  }

  /** Autocomplete choices the bot returned (callback type 8). */
  async choices(timeoutMs = this.timeoutMs): Promise<{ name: string; value: string | number }[]> {
    const first = await this.response(timeoutMs);
    if (first.type !== 8) throw new Error(`Discord emulator: expected autocomplete result (8), got callback type ${first.type}`);
    const choices = first.data?.choices;
    return Array.isArray(choices) ? (choices as { name: string; value: string | number }[]) : [];
  }

  /** Wait for the `n`-th (1-based) follow-up message. */
  followUp(n = 1, timeoutMs = this.timeoutMs): Promise<EmuMessage> {
    return this.ctx.signal.waitFor(
      `follow-up #${n} to interaction ${this.id}`,
      () => {
        const m = this.interaction.followUps[n - 1];
        return m ? structuredClone(m) : undefined;
      },
      timeoutMs,
    );
  }

  /** Wait until the response message satisfies `predicate` (e.g. a later edit). */
  waitForOriginal(predicate: (m: EmuMessage) => boolean, timeoutMs = this.timeoutMs): Promise<EmuMessage> {
    return this.ctx.signal.waitFor(
      `the response to interaction ${this.id} to match the predicate`,
      () => {
        const original = this.interaction.original;
        return original && predicate(original) ? structuredClone(original) : undefined;
      },
      timeoutMs,
    );
  }
}

const DEFAULT_EVERYONE = (
  (1n << 6n) |
  (1n << 10n) |
  (1n << 11n) |
  (1n << 14n) |
  (1n << 15n) |
  (1n << 16n) |
  (1n << 31n) |
  (1n << 35n) |
  (1n << 38n)
).toString();

/** Union of @everyone and the given roles' permissions (a role seed without permissions counts as 0). */
function permissionsOf(ctx: EmuContext, guildId: string, roleIds: string[]): string {
  let bits = 0n;
  for (const role of ctx.state.guildRoles(guildId)) {
    const id = String(role.id);
    if (id !== guildId && !roleIds.includes(id)) continue;
    const seeded = ctx.state.guilds.get(guildId)?.seed.roles?.some((r) => r.id === id) ?? false;
    bits |= BigInt(id === guildId && !seeded ? DEFAULT_EVERYONE : String(role.permissions));
  }
  return bits.toString();
}

/** Discord's `resolved` map for user (6), channel (7), role (8), mentionable (9) and attachment (11) options. */
function resolvedFor(ctx: EmuContext, guildId: string | undefined, options: CommandOption[]): Record<string, unknown> | undefined {
  const attachments: Record<string, unknown> = {};
  const users: Record<string, unknown> = {};
  const members: Record<string, unknown> = {};
  const channels: Record<string, unknown> = {};
  const roles: Record<string, unknown> = {};
  const visit = (list: CommandOption[]): void => {
    for (const o of list) {
      if (o.options) visit(o.options);
      const id = String(o.value ?? '');
      if (o.type === 11 && o.attachment) {
        const { filename, url, size, content_type } = o.attachment;
        attachments[id] = { id, filename, size, url, proxy_url: url, ...(content_type ? { content_type } : {}) };
        delete o.attachment; // not part of the option as Discord sends it
      }
      if (o.type === 6 || o.type === 9) {
        const user = ctx.state.users.get(id);
        if (user) users[id] = user;
        const member = guildId ? ctx.state.memberPayload(guildId, id) : undefined;
        if (member) {
          const { user: _u, ...rest } = member;
          members[id] = { ...rest, permissions: permissionsOf(ctx, guildId ?? '', (rest.roles as string[]) ?? []) };
        }
      }
      if (o.type === 7) {
        const channel = ctx.state.channel(id);
        if (channel) channels[id] = { ...channel.payload, permissions: '0' };
      }
      if ((o.type === 8 || o.type === 9) && guildId) {
        const role = ctx.state.guildRoles(guildId).find((r) => r.id === id);
        if (role) roles[id] = role;
      }
    }
  };
  visit(options);
  const out = Object.entries({ users, members, channels, roles, attachments }).filter(([, v]) => Object.keys(v).length > 0);
  return out.length > 0 ? Object.fromEntries(out) : undefined;
}

/**
 * Build, store and dispatch one INTERACTION_CREATE. `type` is the interaction type; `data` its `data`;
 * `message` the message a component is on.
 */
export function dispatchInteraction(
  ctx: EmuContext,
  defaults: { user: UserSeed; channelId: string | undefined },
  args: ActorArgs & { type: number; data: Record<string, unknown>; message?: EmuMessage },
  timeoutMs: number,
): InteractionHandle {
  const channelId = args.channelId ?? args.message?.channel_id ?? defaults.channelId;
  const channel = channelId ? ctx.state.channel(channelId) : undefined;
  if (!channelId || !channel) throw new Error(`Discord emulator: unknown channel ${channelId ?? '(none given)'} for an interaction`);
  const guildId = args.guildId ?? channel.guildId;
  const user: EmuUser = ctx.state.rememberUser(userPayload(args.user ?? defaults.user));
  const id = snowflake();
  const token = `emu-${randomBytes(24).toString('base64url')}`;
  const payload: Record<string, unknown> = {
    id,
    application_id: ctx.applicationId,
    type: args.type,
    data: args.data,
    channel_id: channelId,
    channel: channel.payload,
    token,
    version: 1,
    locale: args.locale ?? 'en-US',
    entitlements: [],
    context: guildId ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
    authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
  };
  if (guildId) {
    const stored = ctx.state.memberPayload(guildId, user.id);
    const roles = args.member?.roles ?? (stored?.roles as string[] | undefined) ?? [];
    const botRoles = (ctx.state.memberPayload(guildId, ctx.state.botUser.id)?.roles as string[] | undefined) ?? [];
    payload.guild_id = guildId;
    payload.guild_locale = 'en-US';
    payload.guild = { id: guildId, locale: 'en-US', features: [] };
    payload.member = {
      ...(stored ?? { joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, pending: false }),
      user,
      roles,
      nick: args.member?.nick ?? stored?.nick ?? null,
      permissions: args.member?.permissions ?? permissionsOf(ctx, guildId, roles),
    };
    payload.app_permissions = args.appPermissions ?? permissionsOf(ctx, guildId, botRoles);
  } else {
    payload.user = user;
    payload.app_permissions = args.appPermissions ?? DEFAULT_EVERYONE;
  }
  if (args.message) payload.message = publicMessage(args.message);
  if (args.type === 2 || args.type === 4) {
    const options = (args.data.options as CommandOption[] | undefined) ?? [];
    const resolved = resolvedFor(ctx, guildId, options);
    if (resolved) args.data.resolved = resolved;
  }
  const interaction: StoredInteraction = {
    id,
    token,
    type: args.type,
    channelId,
    guildId,
    shard: shardOf(guildId, ctx.shardCount),
    deliveries: [],
    dispatchedAt: Date.now(),
    payload,
    callbacks: [],
    original: null,
    originalEdits: 0,
    finishedAt: null,
    followUps: [],
  };
  if (args.message) interaction.componentMessageId = args.message.id;
  ctx.state.interactions.set(id, interaction);
  if (ctx.gateway.sessions.size === 0) {
    throw new Error('Discord emulator: no gateway session to dispatch the interaction to (has the client logged in?)');
  }
  // with sessions on other shards only, it goes nowhere, as on Discord: the member sees it fail
  interaction.deliveries = ctx.gateway.dispatch('INTERACTION_CREATE', guildId, () => payload);
  ctx.signal.notify();
  return new InteractionHandle(interaction, ctx, timeoutMs);
}
