/** Builders of Discord v10 payload objects (users, roles, channels, members, guilds, messages). */
import type { ChannelSeed, EmuMessage, EmuUser, GuildSeed, MemberSeed, RoleSeed, UserSeed } from './types.js';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh snowflake: 18–19 digits like Discord's, so @discordjs/rest's `\d{17,19}` bucket rules apply. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function userPayload(seed: UserSeed): EmuUser {
  const user: EmuUser = {
    id: seed.id,
    username: seed.username ?? `user${seed.id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
  if (seed.bot) user.bot = true;
  return user;
}

export function rolePayload(seed: RoleSeed, index: number): Record<string, unknown> {
  return {
    id: seed.id,
    name: seed.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: seed.position ?? index,
    permissions: seed.permissions ?? '0',
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

/** A guild channel; thread channels carry their metadata. */
export function channelPayload(seed: ChannelSeed, guildId: string, position: number): Record<string, unknown> {
  const type = seed.type ?? 0;
  const base: Record<string, unknown> = {
    id: seed.id,
    type,
    guild_id: guildId,
    name: seed.name,
    parent_id: seed.parentId ?? null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
  };
  if (type === 11 || type === 12) return base;
  return { ...base, position, permission_overwrites: [], topic: null };
}

/** A thread channel as returned by the thread routes and THREAD_CREATE. */
export function threadPayload(args: {
  id: string;
  guildId: string;
  parentId: string;
  ownerId: string;
  name: string;
  type: number;
  autoArchiveDuration: number;
}): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: args.id,
    type: args.type,
    guild_id: args.guildId,
    parent_id: args.parentId,
    owner_id: args.ownerId,
    name: args.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: args.autoArchiveDuration,
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
    },
  };
}

export function memberPayload(seed: MemberSeed, joinedAt: string): Record<string, unknown> {
  return {
    user: userPayload(seed.user),
    nick: seed.nick ?? null,
    avatar: null,
    banner: null,
    roles: seed.roles ?? [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

/** GUILD_CREATE's `d` (also `GET /guilds/{id}`, which omits the gateway-only lists). */
export function guildPayload(
  seed: GuildSeed,
  lists: { roles: unknown[]; channels: unknown[]; threads: unknown[]; members: unknown[] },
  gatewayExtras: boolean,
): Record<string, unknown> {
  const guild: Record<string, unknown> = {
    id: seed.id,
    name: seed.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: seed.ownerId ?? seed.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    preferred_locale: 'en-US',
    features: [],
    emojis: [],
    stickers: [],
    roles: lists.roles,
    vanity_url_code: null,
  };
  if (!gatewayExtras) return guild;
  return {
    ...guild,
    unavailable: false,
    large: false,
    member_count: lists.members.length,
    joined_at: new Date().toISOString(),
    channels: lists.channels,
    threads: lists.threads,
    members: lists.members,
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** READY's `d` without `session_id`/`resume_gateway_url` (the gateway adds those per session); `guildIds` are the shard's. */
export function readyPayload(bot: EmuUser, guildIds: string[], shard: readonly [number, number]): Record<string, unknown> {
  return {
    v: 10,
    user: { ...bot, verified: true, mfa_enabled: false, flags: 0 },
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    shard: [...shard],
    // The bot user's id is the application id, as for real bot applications.
    application: { id: bot.id, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    user_settings: {},
    session_type: 'normal',
    auth: {},
  };
}

/** A new message with Discord's defaults; `extra` overrides. */
export function messagePayload(base: {
  id?: string;
  channelId: string;
  guildId?: string;
  author: EmuUser;
  content?: string;
  extra?: Partial<EmuMessage>;
}): EmuMessage {
  const message: EmuMessage = {
    id: base.id ?? snowflake(),
    channel_id: base.channelId,
    author: base.author,
    content: base.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...base.extra,
  };
  if (base.guildId) message.guild_id = base.guildId;
  return message;
}

/** The users a message text mentions (`<@id>` or `<@!id>`), among the known users. */
export function mentionedUsers(content: string, known: (id: string) => EmuUser | undefined): EmuUser[] {
  const out = new Map<string, EmuUser>();
  for (const match of content.matchAll(/<@!?(\d+)>/g)) {
    const user = match[1] === undefined ? undefined : known(match[1]);
    if (user) out.set(user.id, user);
  }
  return [...out.values()];
}
