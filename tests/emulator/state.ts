/** The emulator's in-memory Discord: users, guilds, channels, messages, commands and interactions. */
import { z } from 'zod';
import type { GatewayDelivery } from './sessions.js';
import { shardOf, type ShardPair } from './shards.js';
import { channelPayload, guildPayload, memberPayload, mentionedUsers, rolePayload, userPayload } from './payloads.js';
import type {
  ChannelSeed,
  EmuCommand,
  EmuMessage,
  EmuUser,
  GuildSeed,
  InteractionCallback,
  MemberSeed,
  RoleSeed,
  UserSeed,
} from './types.js';

/** What the bot may send when it creates or edits a message (only the fields the emulator stores). */
export const messageBodySchema = z.looseObject({
  content: z.string().nullish(),
  embeds: z.array(z.record(z.string(), z.unknown())).nullish(),
  components: z.array(z.record(z.string(), z.unknown())).nullish(),
  flags: z.number().int().nullish(),
  tts: z.boolean().nullish(),
  allowed_mentions: z.unknown().optional(),
  message_reference: z.record(z.string(), z.unknown()).nullish(),
  attachments: z.array(z.unknown()).nullish(),
});
export type MessageBody = z.infer<typeof messageBodySchema>;

/** One interaction the emulator dispatched, with everything the bot answered. */
export interface StoredInteraction {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  channelId: string;
  guildId: string | undefined;
  /** The shard its guild falls on (DMs: 0). */
  shard: number;
  /** The gateway sessions INTERACTION_CREATE went to (empty when no session runs that shard). */
  deliveries: GatewayDelivery[];
  dispatchedAt: number;
  payload: Record<string, unknown>;
  callbacks: InteractionCallback[];
  /** The response message (`@original`): the reply, the deferred placeholder, or the updated component message. */
  original: EmuMessage | null;
  /** How many times `@original` was edited through the webhook. */
  originalEdits: number;
  /** When the response took its final form: the reply/update callback, or the first edit after a defer. */
  finishedAt: number | null;
  followUps: EmuMessage[];
  /** For component interactions: the message the component is on. */
  componentMessageId?: string;
}

interface GuildRecord {
  seed: GuildSeed;
  roles: RoleSeed[];
  members: Map<string, { seed: MemberSeed; joinedAt: string }>;
}

interface ChannelRecord {
  payload: Record<string, unknown>;
  guildId: string | undefined;
}

/** The mutable store behind the REST routes and the gateway. */
export class EmuState {
  readonly users = new Map<string, EmuUser>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new Map<string, EmuMessage[]>();
  /** Registered commands by scope: `'global'` or a guild id. */
  readonly commands = new Map<string, EmuCommand[]>();
  readonly interactions = new Map<string, StoredInteraction>();
  readonly threads: Record<string, unknown>[] = [];
  readonly botUser: EmuUser;

  constructor(applicationId: string, botUsername: string, guilds: GuildSeed[]) {
    this.botUser = userPayload({ id: applicationId, username: botUsername, bot: true });
    this.users.set(this.botUser.id, this.botUser);
    for (const seed of guilds) this.addGuild(seed);
  }

  /** Register a guild with its channels, roles (@everyone added) and members (the bot added). */
  addGuild(seed: GuildSeed): void {
    const roles = [...(seed.roles ?? [])];
    if (!roles.some((r) => r.id === seed.id)) roles.unshift({ id: seed.id, name: '@everyone', position: 0 });
    const members = new Map<string, { seed: MemberSeed; joinedAt: string }>();
    const joinedAt = new Date().toISOString();
    const allMembers = [...(seed.members ?? [])];
    if (!allMembers.some((m) => m.user.id === this.botUser.id)) {
      allMembers.push({ user: { id: this.botUser.id, username: this.botUser.username, bot: true } });
    }
    for (const member of allMembers) {
      members.set(member.user.id, { seed: member, joinedAt });
      this.rememberUser(userPayload(member.user));
    }
    this.guilds.set(seed.id, { seed, roles, members });
    (seed.channels ?? []).forEach((channel, i) => {
      this.addChannel(channel, seed.id, i);
    });
  }

  /** Register a seeded channel (`guildId` undefined: a DM channel). */
  addChannel(seed: ChannelSeed, guildId: string | undefined, position = 0): void {
    const payload = channelPayload(seed, guildId ?? '', position);
    if (!guildId) delete payload.guild_id;
    this.channels.set(seed.id, { payload, guildId });
  }

  /** Register a DM channel between the bot and `recipient`. */
  addDmChannel(id: string, recipient: UserSeed): void {
    const user = this.rememberUser(userPayload(recipient));
    this.channels.set(id, { payload: { id, type: 1, recipients: [user], last_message_id: null, flags: 0 }, guildId: undefined });
  }

  /** Store a thread channel created through REST. */
  addThread(thread: Record<string, unknown>, guildId: string | undefined): void {
    this.channels.set(String(thread.id), { payload: thread, guildId });
    this.threads.push(thread);
  }

  /** Know a user (for mentions and `resolved`); the first version seen wins. */
  rememberUser(user: EmuUser): EmuUser {
    const known = this.users.get(user.id);
    if (known) return known;
    this.users.set(user.id, user);
    return user;
  }

  /** A channel record (payload and guild) by id. */
  channel(id: string): ChannelRecord | undefined {
    return this.channels.get(id);
  }

  /** The guild's roles as Discord role objects. */
  guildRoles(guildId: string): Record<string, unknown>[] {
    return (this.guilds.get(guildId)?.roles ?? []).map((r, i) => rolePayload(r, i));
  }

  /** A guild member object (with `user`), or undefined for a non-member. */
  memberPayload(guildId: string, userId: string): Record<string, unknown> | undefined {
    const member = this.guilds.get(guildId)?.members.get(userId);
    return member ? memberPayload(member.seed, member.joinedAt) : undefined;
  }

  /**
   * GUILD_MEMBERS_CHUNK for a Request Guild Members (op 8): by `user_ids`, or by username prefix `query`.
   * The whole list (empty query) needs the GuildMembers intent; without it the chunk is empty.
   */
  membersChunk(request: Record<string, unknown>, intents: number): Record<string, unknown> | null {
    const guildId = String(request.guild_id ?? '');
    const guild = this.guilds.get(guildId);
    if (!guild) return null;
    const raw = request.user_ids;
    const wanted = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.map(String) : null;
    const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
    const limit = typeof request.limit === 'number' && request.limit > 0 ? request.limit : Infinity;
    const all = [...guild.members.values()];
    let picked = wanted
      ? all.filter((m) => wanted.includes(m.seed.user.id))
      : all.filter((m) => userPayload(m.seed.user).username.toLowerCase().startsWith(query));
    if (!wanted && query === '' && (intents & 2) === 0) picked = [];
    const chunk: Record<string, unknown> = {
      guild_id: guildId,
      members: picked.slice(0, limit).map((m) => memberPayload(m.seed, m.joinedAt)),
      chunk_index: 0,
      chunk_count: 1,
    };
    if (wanted) chunk.not_found = wanted.filter((id) => !guild.members.has(id));
    if (typeof request.nonce === 'string') chunk.nonce = request.nonce;
    return chunk;
  }

  /** The guild as GET /guilds/{id} (gatewayExtras false) or GUILD_CREATE (true) shows it. */
  guildPayload(guildId: string, gatewayExtras: boolean): Record<string, unknown> | undefined {
    const guild = this.guilds.get(guildId);
    if (!guild) return undefined;
    const channels: unknown[] = [];
    const threads: unknown[] = [];
    for (const record of this.channels.values()) {
      if (record.guildId !== guildId) continue;
      const type = record.payload.type;
      (type === 11 || type === 12 ? threads : channels).push(record.payload);
    }
    const members = [...guild.members.keys()].map((id) => this.memberPayload(guildId, id));
    return guildPayload(guild.seed, { roles: this.guildRoles(guildId), channels, threads, members }, gatewayExtras);
  }

  /** The ids of the guilds whose events go to `shard`, in seed order. */
  guildIdsOn(shard: ShardPair): string[] {
    return [...this.guilds.keys()].filter((id) => shardOf(id, shard[1]) === shard[0]);
  }

  /** The live message list of a channel (created empty on first use). */
  channelMessages(channelId: string): EmuMessage[] {
    let list = this.messages.get(channelId);
    if (!list) {
      list = [];
      this.messages.set(channelId, list);
    }
    return list;
  }

  /** Append a message to its channel and bump the channel's last message (and thread count). */
  addMessage(message: EmuMessage): EmuMessage {
    this.channelMessages(message.channel_id).push(message);
    const channel = this.channels.get(message.channel_id);
    if (channel) {
      channel.payload.last_message_id = message.id;
      if (typeof channel.payload.message_count === 'number') channel.payload.message_count += 1;
    }
    return message;
  }

  /** A stored channel message by channel and id. */
  findMessage(channelId: string, id: string): EmuMessage | undefined {
    return this.messages.get(channelId)?.find((m) => m.id === id);
  }

  /** Find a message in any channel (interaction webhooks do not name the channel). */
  findMessageAnywhere(id: string): EmuMessage | undefined {
    for (const list of this.messages.values()) {
      const found = list.find((m) => m.id === id);
      if (found) return found;
    }
    // Ephemeral responses live only on their interaction.
    for (const i of this.interactions.values()) {
      if (i.original?.id === id) return i.original;
      const followUp = i.followUps.find((m) => m.id === id);
      if (followUp) return followUp;
    }
    return undefined;
  }

  /** Delete a stored channel message; false when it was not there. */
  removeMessage(channelId: string, id: string): boolean {
    const list = this.messages.get(channelId);
    const index = list?.findIndex((m) => m.id === id) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** Apply a create/edit body to a message: only the fields present change, like Discord's PATCH. */
  applyBody(message: EmuMessage, body: MessageBody, isEdit: boolean): EmuMessage {
    if (body.content != null) message.content = body.content;
    if (body.embeds != null) message.embeds = body.embeds;
    if (body.components != null) message.components = body.components;
    if (body.flags != null) message.flags = isEdit ? (message.flags & 64) | body.flags : body.flags;
    if (body.tts != null) message.tts = body.tts;
    if (body.attachments != null) message.attachments = body.attachments;
    if (body.message_reference != null) message.message_reference = body.message_reference;
    if (body.allowed_mentions !== undefined) message.allowed_mentions = body.allowed_mentions;
    message.mentions = mentionedUsers(message.content, (id) => this.users.get(id));
    if (isEdit) message.edited_timestamp = new Date().toISOString();
    return message;
  }

  /** Every registered command in a scope (`'global'` or a guild id). */
  commandsIn(scope: string): EmuCommand[] {
    return this.commands.get(scope) ?? [];
  }

  /** The id of a registered command by name, guild scope first. */
  commandId(name: string, guildId: string | undefined): string | undefined {
    const scoped = guildId ? this.commandsIn(guildId).find((c) => c.name === name) : undefined;
    return (scoped ?? this.commandsIn('global').find((c) => c.name === name))?.id;
  }
}

/** Strip emulator-only fields before a message goes to the client. */
export function publicMessage(message: EmuMessage): Record<string, unknown> {
  const { allowed_mentions: _omit, ...rest } = message;
  return rest;
}
