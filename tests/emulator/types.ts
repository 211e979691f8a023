/**
 * Public types of the Discord emulator: the seeds a test passes in, and the records it reads back.
 * Payload shapes follow Discord API v10 (snake_case), because that is what the bot sends and receives.
 */

/** A user as Discord sends it (partial: the fields discord.js reads). */
export interface EmuUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

/** What a test gives for a user: only `id` is required. */
export interface UserSeed {
  id: string;
  username?: string;
  bot?: boolean;
}

export interface RoleSeed {
  id: string;
  name: string;
  /** Permission bits as a decimal string (Manage Server is `'32'`). Default `'0'`. */
  permissions?: string;
  position?: number;
}

export interface ChannelSeed {
  id: string;
  name: string;
  /** Discord channel type: 0 text (default), 2 voice, 4 category, 5 announcement, 11/12 threads. */
  type?: number;
  parentId?: string | null;
}

export interface MemberSeed {
  user: UserSeed;
  roles?: string[];
  nick?: string | null;
}

export interface GuildSeed {
  id: string;
  name: string;
  ownerId?: string;
  channels?: ChannelSeed[];
  /** The @everyone role (id = guild id) is added when missing. */
  roles?: RoleSeed[];
  /** The bot's own member is added when missing. */
  members?: MemberSeed[];
}

export interface EmulatorOptions {
  token: string;
  applicationId: string;
  /** The bot user's name (its id is `applicationId`, as for real bot applications). */
  botUsername?: string;
  guilds?: GuildSeed[];
  /** Direct-message channels (type 1) between the bot and a user: their events carry no guild (shard 0). */
  dmChannels?: { id: string; recipient: UserSeed }[];
  /** Sent in HELLO. Default 41250 ms, like Discord; tests rarely need it shorter. */
  heartbeatIntervalMs?: number;
  /**
   * Answer REST calls with a wrong or missing bot token with 401, like Discord (default true). Turn off to
   * let a client with a wrong token reach the gateway and be refused there with close code 4004.
   */
  restAuth?: boolean;
  /** Time the bot has for the first interaction callback before Discord forgets it (default 3000). */
  interactionTimeoutMs?: number;
  /** Default timeout of every `wait…` helper (default 5000 ms). */
  waitTimeoutMs?: number;
  /** Who acts when a helper is given no `user`/`author` (default: a member named `tester`). */
  defaultUser?: UserSeed;
  /**
   * How many shards the guilds are spread over (default 1): `GET /gateway/bot` recommends it, and every
   * IDENTIFY must name `[id, shards]` with `id < shards`, else the socket is closed with 4010 Invalid shard.
   */
  shards?: number;
  /**
   * `session_start_limit.max_concurrency` (default 1, like most bots): discord.js identifies shards
   * `id % maxConcurrency` apart 5 s at a time, so tests with several shards per client set it to their count.
   */
  maxConcurrency?: number;
}

/** One REST request the bot made, as the emulator saw it. */
export interface RecordedRequest {
  /** Sequence number across the emulator's life (1-based). */
  n: number;
  at: number;
  method: string;
  /** Path after `/api/v10`, without the query string, e.g. `/channels/123/messages`. */
  route: string;
  query: Record<string, string>;
  /** JSON body; for multipart requests, the parsed `payload_json`. Null when there was none. */
  body: unknown;
  /** Names of multipart file parts (`files[0]`, …), empty for JSON requests. */
  files: string[];
  /** Headers, lower-cased, without `authorization`. */
  headers: Record<string, string>;
  /** True when the Authorization header was exactly `Bot <configured token>`. */
  authorized: boolean;
  /** Status the emulator answered with. */
  status: number;
  /** True when no route matched (the answer was a 404 Discord error). */
  unknownRoute: boolean;
}

/** One gateway payload the client sent (op 1 heartbeats included). */
export interface RecordedGatewayOp {
  at: number;
  op: number;
  d: unknown;
  /** Which socket it came on (1-based, counts every connection). */
  connection: number;
  /** The shard of the session on that socket (after an accepted IDENTIFY or RESUME), null when none. */
  shard: number | null;
}

/** An interaction callback (`POST /interactions/{id}/{token}/callback`) as received. */
export interface InteractionCallback {
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update message, 8 autocomplete result, 9 modal. */
  type: number;
  data: Record<string, unknown> | null;
  /** Milliseconds from the INTERACTION_CREATE dispatch to this callback. */
  ms: number;
}

/** A message as stored and as Discord would return it. */
export interface EmuMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: EmuUser;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: EmuUser[];
  mention_roles: string[];
  attachments: unknown[];
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  pinned: boolean;
  type: number;
  flags: number;
  webhook_id?: string;
  application_id?: string;
  message_reference?: Record<string, unknown>;
  interaction_metadata?: Record<string, unknown>;
  thread?: Record<string, unknown>;
  position?: number;
  /** Emulator-only: the `allowed_mentions` the bot sent with the last create/edit (not sent to clients). */
  allowed_mentions?: unknown;
}

/** A command as registered through `PUT /applications/{app}/…/commands`. */
export interface EmuCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  name: string;
  description: string;
  type: number;
  options?: unknown[];
  version: string;
  default_member_permissions: string | null;
  [key: string]: unknown;
}

/** Matches requests: `'POST /interactions/:id/:token/callback'`, `'/channels/:id/messages'`, or a RegExp
 * tested against `'METHOD /route'`. In strings, `:name` and `*` match one path segment, `**` the rest. */
export type RoutePattern = string | RegExp;
