/**
 * A local Discord API emulator for end-to-end tests of the bot with the real discord.js client.
 * REST (`/api/v10/...`) and the gateway (`ws://127.0.0.1:PORT/?v=10&encoding=json`) share one loopback port
 * (port 0: random, so test files can run in parallel). Nothing leaves the machine.
 *
 * @example
 * ```ts
 * const emu = await DiscordEmulator.start({
 *   token: 'test-token', applicationId: '111111111111111111',
 *   guilds: [{ id: '222222222222222222', name: 'Newsroom',
 *     channels: [{ id: '333333333333333333', name: 'general' }],
 *     roles: [{ id: '444444444444444444', name: 'Mods', permissions: '32' }],
 *     members: [{ user: { id: '555555555555555555', username: 'ana' }, roles: ['444444444444444444'] }] }],
 * });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emu.apiBase } });
 * await client.login('test-token');                 // or start the bot with DISCORD_API_BASE=emu.apiBase
 * await emu.waitForIdentify();
 *
 * const reply = emu.slashCommand({ name: 'who-said', options: [{ name: 'quote', type: 3, value: 'words' }] });
 * (await reply.response()).type;                    // 4 reply, 5 deferred …; `.ms` = time to first callback
 * (await reply.final()).content;                    // the reply, or the edit that finished a deferred reply
 * (await reply.followUp(1)).content;
 * await emu.autocomplete({ name: 'who-said', options: [{ name: 'quote', type: 3, value: 'wor', focused: true }] }).choices();
 * await emu.clickButton({ message: await reply.final(), customId: 'more' }).final();
 * const posted = emu.postMessage({ channelId: '333333333333333333', content: '<@111111111111111111> hi' });
 * await posted.waitForBotMessage();                 // first bot message after it (channel or its threads)
 *
 * emu.requests;                                     // every REST request: method, route, body, authorized…
 * emu.requestsTo('POST /channels/:id/messages');
 * emu.messages(channelId); emu.threads; emu.commands(guildId);
 *
 * // sharding: `shards: 2` in the options; each IDENTIFY names [id, 2]; a guild's events go to its shard
 * const onShard1 = emu.shards.guildIdOn(1);        // a guild id with (id >> 22) % 2 === 1, for the seeds
 * await emu.shards.waitForReady();                  // every shard has a connected session
 * emu.slashCommand({ name: 'help', guildId: onShard1, channelId }).deliveries; // [{ shard: 1, sessionId, connection, seq }]
 * emu.shards.drop(1);                               // close shard 1's sockets (1006), as a killed process
 *
 * emu.dropGateway(4000);                            // resumable: the client RESUMEs, missed events replay
 * await emu.waitForResume();
 * emu.invalidSession(false);                        // op 9: the client identifies again
 * emu.failNext('POST /channels/:id/messages', 500); // 5xx: @discordjs/rest retries
 * emu.deleteChannel(channelId);                     // CHANNEL_DELETE; REST on it answers 10003 Unknown Channel
 * emu.setMemberRoles(guildId, userId, []);         // a member loses their roles (null: leaves); GET member says so
 * emu.rateLimitNext('POST /interactions/:id/:token/callback', 0.3); // 429 + retry_after + headers
 * emu.setLatency(200, '/channels/**');             // REST latency; setGatewayLatency(ms) for dispatches
 * await emu.close();
 * ```
 *
 * Lists (`messages`, `threads`, `requests`, …) hold live objects: read them, do not edit them. Destroy the
 * discord.js client before `emu.close()`, or it will keep trying to resume against a closed port.
 * `response().ms` and `timing()` are measured when the emulator handles a request, after injected latency.
 *
 * The rules it enforces like Discord (interactions, intents, tokens, shards) are listed in README.md.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Intents, type EmuContext } from './context.js';
import { Gateway } from './gateway.js';
import { matchPattern, rateLimitResponse, RestServer } from './http.js';
import { InteractionDriver, type AutocompleteArgs, type ButtonArgs, type ModalArgs, type SelectArgs, type SlashArgs } from './driver.js';
import type { InteractionHandle } from './interactions.js';
import { channelRoutes } from './rest-channels.js';
import { readyPayload } from './payloads.js';
import { ShardControls } from './shard-controls.js';
import { restRoutes } from './rest.js';
import { interactionRoutes } from './rest-interactions.js';
import { EmuState, type StoredInteraction } from './state.js';
import type { EmuCommand, EmuMessage, EmulatorOptions, RecordedGatewayOp, RecordedRequest, RoutePattern, UserSeed } from './types.js';
import { postUserMessage, type MessageHandle, type PostMessageArgs } from './user-messages.js';
import { ChangeSignal } from './waits.js';

export type * from './types.js';
export type { ActorArgs, CommandOption, InteractionHandle } from './interactions.js';
export type { AutocompleteArgs, ButtonArgs, MessageRef, ModalArgs, SelectArgs, SlashArgs } from './driver.js';
export type { MessageHandle, PostMessageArgs } from './user-messages.js';
export type { StoredInteraction } from './state.js';
export type { GatewayDelivery, GatewaySessionInfo } from './sessions.js';
export type { ShardControls } from './shard-controls.js';
export { shardOf, snowflakeOnShard, type ShardPair } from './shards.js';
export { Intents, MessageFlag } from './context.js';

const DEFAULT_USER: UserSeed = { id: '190000000000000001', username: 'tester' };

/** A running emulator. Create with {@link DiscordEmulator.start}; always {@link DiscordEmulator.close}. */
export class DiscordEmulator {
  readonly #signal = new ChangeSignal();
  readonly #ctx: EmuContext;
  readonly #gateway: Gateway;
  readonly #rest: RestServer;
  readonly #server: Server;
  readonly #waitMs: number;
  readonly #defaultUser: UserSeed;
  readonly #driver: InteractionDriver;
  /** Sharding: which shard a guild is on, guild ids per shard, sessions, waits and faults per shard. */
  readonly shards: ShardControls;
  #port = 0;

  private constructor(readonly options: Readonly<EmulatorOptions>) {
    const state = new EmuState(options.applicationId, options.botUsername ?? 'quotetrail', options.guilds ?? []);
    for (const dm of options.dmChannels ?? []) state.addDmChannel(dm.id, dm.recipient);
    this.#waitMs = options.waitTimeoutMs ?? 5000;
    this.#defaultUser = options.defaultUser ?? DEFAULT_USER;
    const shardCount = options.shards ?? 1;
    if (!Number.isInteger(shardCount) || shardCount < 1)
      throw new Error(`Discord emulator: shards must be a positive integer, not ${shardCount}`);
    this.#gateway = new Gateway({
      token: options.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41250,
      shardCount,
      signal: this.#signal,
      resumeUrl: () => this.gatewayUrl,
      membersChunk: (request, intents) => state.membersChunk(request, intents),
      ready: (shard) => readyPayload(state.botUser, state.guildIdsOn(shard), shard),
      guildCreates: (shard) => state.guildIdsOn(shard).flatMap<Record<string, unknown>>((id) => state.guildPayload(id, true) ?? []),
    });
    this.#ctx = {
      state,
      gateway: this.#gateway,
      signal: this.#signal,
      applicationId: options.applicationId,
      interactionTimeoutMs: options.interactionTimeoutMs ?? 3000,
      shardCount,
    };
    this.shards = new ShardControls(this.#gateway, this.#signal, shardCount, this.#waitMs);
    this.#driver = new InteractionDriver(this.#ctx, this.#defaultUser, this.#waitMs);
    const routes = [
      ...interactionRoutes(this.#ctx),
      ...channelRoutes(this.#ctx),
      ...restRoutes(this.#ctx, () => this.gatewayUrl, options.maxConcurrency ?? 1),
    ];
    this.#rest = new RestServer(routes, options.token, options.restAuth ?? true, this.#signal);
    this.#server = createServer((req, res) => {
      this.#rest.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `Emulator failure: ${String(error)}`, code: 0 }));
      });
    });
    this.#server.on('upgrade', (req, socket, head) => this.#gateway.handleUpgrade(req, socket, head));
  }

  /** Start listening on 127.0.0.1 with a random port. */
  static async start(options: EmulatorOptions): Promise<DiscordEmulator> {
    const emu = new DiscordEmulator(options);
    await new Promise<void>((resolve, reject) => {
      emu.#server.once('error', reject);
      emu.#server.listen(0, '127.0.0.1', () => resolve());
    });
    emu.#port = (emu.#server.address() as AddressInfo).port;
    return emu;
  }

  get port(): number {
    return this.#port;
  }
  /** What the bot gets as its REST base (`rest: { api }` / DISCORD_API_BASE). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }
  /** The gateway URL announced by `GET /gateway/bot` and READY's `resume_gateway_url`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }
  /** The bot user (id = applicationId). */
  get botUser(): EmuMessage['author'] {
    return this.#ctx.state.botUser;
  }

  /** Every REST request so far, in order. */
  get requests(): readonly RecordedRequest[] {
    return this.#rest.requests;
  }
  /** Requests matching a {@link RoutePattern}. */
  requestsTo(pattern: RoutePattern): RecordedRequest[] {
    return this.#rest.requests.filter((r) => matchPattern(pattern, r.method, r.route) !== null);
  }
  /** Every gateway payload the client sent. */
  get gatewayOps(): readonly RecordedGatewayOp[] {
    return this.#gateway.ops;
  }
  /** Close codes of gateway sockets so far (either side). */
  get gatewayCloses(): readonly number[] {
    return this.#gateway.closes;
  }
  /** Intents of the current gateway session (the last identified or resumed), or null before IDENTIFY. */
  get intents(): number | null {
    return this.#gateway.intents;
  }

  /** Messages visible in a channel or thread, oldest first (ephemeral replies are never here). */
  messages(channelId: string): EmuMessage[] {
    return [...(this.#ctx.state.messages.get(channelId) ?? [])];
  }
  /** Thread channels created through REST, in order. */
  get threads(): Record<string, unknown>[] {
    return [...this.#ctx.state.threads];
  }
  /** A channel's payload (seeded or created), or undefined. */
  channel(id: string): Record<string, unknown> | undefined {
    return this.#ctx.state.channel(id)?.payload;
  }
  /** Registered commands: global without an argument, else that guild's. */
  commands(guildId?: string): EmuCommand[] {
    return [...this.#ctx.state.commandsIn(guildId ?? 'global')];
  }
  /** Every interaction dispatched so far, with callbacks and responses. */
  interactions(): StoredInteraction[] {
    return [...this.#ctx.state.interactions.values()];
  }

  /** Resolves with the `n`-th gateway payload with this op (1-based, counting from the start). */
  waitForOp(op: number, n = 1, timeoutMs = this.#waitMs): Promise<RecordedGatewayOp> {
    return this.#signal.waitFor(`gateway op ${op} #${n}`, () => this.#gateway.ops.filter((o) => o.op === op)[n - 1], timeoutMs);
  }
  /** The `n`-th IDENTIFY (op 2). */
  waitForIdentify(n = 1, timeoutMs = this.#waitMs): Promise<RecordedGatewayOp> {
    return this.waitForOp(2, n, timeoutMs);
  }
  /** The `n`-th RESUME (op 6). */
  waitForResume(n = 1, timeoutMs = this.#waitMs): Promise<RecordedGatewayOp> {
    return this.waitForOp(6, n, timeoutMs);
  }
  /** The `n`-th request matching `pattern` (already made or future). */
  waitForRequest(pattern: RoutePattern, n = 1, timeoutMs = this.#waitMs): Promise<RecordedRequest> {
    return this.#signal.waitFor(
      `request #${n} to ${String(pattern)}`,
      () => {
        const done = this.requestsTo(pattern).filter((r) => r.status !== 0);
        return done[n - 1];
      },
      timeoutMs,
    );
  }
  /** Resolves once the current gateway session is connected (several shards: `shards.waitForReady()`). */
  waitForGatewayConnected(timeoutMs = this.#waitMs): Promise<true> {
    return this.#signal.waitFor('a connected gateway session', () => (this.#gateway.connected ? true : undefined), timeoutMs);
  }

  /** Dispatch a chat-input command (type 2); `commandId` defaults to the registered command's id. */
  slashCommand(args: SlashArgs): InteractionHandle {
    return this.#driver.slashCommand(args);
  }
  /** Dispatch an autocomplete interaction (type 4); `focused` names the focused option. */
  autocomplete(args: AutocompleteArgs): InteractionHandle {
    return this.#driver.autocomplete(args);
  }
  /** Click a button (component type 2) on a stored message. */
  clickButton(args: ButtonArgs): InteractionHandle {
    return this.#driver.clickButton(args);
  }
  /** Choose values in a select menu (string select unless `componentType` says otherwise). */
  selectMenu(args: SelectArgs): InteractionHandle {
    return this.#driver.selectMenu(args);
  }
  /** Submit a modal (type 5) with text-input values by custom id. */
  submitModal(args: ModalArgs): InteractionHandle {
    return this.#driver.submitModal(args);
  }

  /** A member posts a message (MESSAGE_CREATE); the handle awaits the bot's messages after it. */
  postMessage(args: PostMessageArgs): MessageHandle {
    return postUserMessage(this.#ctx, this.#defaultUser, args, this.#waitMs);
  }

  /**
   * Close the current session's socket: 1006 drops it silently, 4000/4009 are resumable, 4004 is fatal.
   * One shard of several: `shards.drop(id, code)`.
   */
  dropGateway(code = 4000): void {
    this.#gateway.drop(code);
  }
  /** Send op 9 INVALID_SESSION (resumable or not) to the current session; one shard: `shards.invalidSession`. */
  invalidSession(resumable: boolean): void {
    this.#gateway.invalidSession(resumable);
  }
  /** Answer the next `times` requests matching `pattern` with `status` (default body: Discord-style error). */
  failNext(pattern: RoutePattern, status: number, body?: unknown, times = 1): void {
    const json = body ?? { message: `${status}: Emulated failure`, code: 0 };
    this.#rest.addFault(pattern, times, () => ({ status, json, headers: {} }));
  }
  /** Answer the next `times` matching requests with 429, `retry_after` and the headers @discordjs/rest reads. */
  rateLimitNext(pattern: RoutePattern, retryAfterS: number, global = false, times = 1): void {
    this.#rest.addFault(pattern, times, () => rateLimitResponse(retryAfterS, global));
  }
  /** Delay REST answers by `ms` (all routes, or those matching `pattern`); 0 removes the rule. */
  setLatency(ms: number, pattern?: RoutePattern): void {
    this.#rest.setLatency(ms, pattern ?? null);
  }
  /** Delay every gateway dispatch by `ms`. */
  setGatewayLatency(ms: number): void {
    this.#gateway.setLatency(ms);
  }

  /**
   * A moderator deletes a channel of a guild: REST calls naming it get 10003 Unknown Channel from now on, and
   * the guild's sessions get CHANNEL_DELETE (Guilds intent). Its messages stay readable to the test.
   */
  deleteChannel(id: string): void {
    const record = this.#ctx.state.channel(id);
    if (!record?.guildId) throw new Error(`no guild channel ${id} to delete`);
    this.#ctx.state.channels.delete(id);
    this.#gateway.dispatch('CHANNEL_DELETE', record.guildId, (intents) =>
      (intents & Intents.Guilds) === 0 ? null : { ...record.payload },
    );
    this.#ctx.signal.notify();
  }

  /**
   * A guild member's roles change (a moderator loses the moderator role), or, with `null`, the member leaves
   * the guild: `GET /guilds/:guild/members/:user` answers the new roles, or 10007 Unknown Member. No gateway
   * event is sent (the bot does not ask for the privileged GuildMembers intent, so Discord sends it none).
   */
  setMemberRoles(guildId: string, userId: string, roles: string[] | null): void {
    const guild = this.#ctx.state.guilds.get(guildId);
    const member = guild?.members.get(userId);
    if (!guild || !member) throw new Error(`no member ${userId} in guild ${guildId}`);
    if (roles === null) guild.members.delete(userId);
    else member.seed = { ...member.seed, roles };
    this.#ctx.signal.notify();
  }

  /** Stop the server and drop every connection. */
  async close(): Promise<void> {
    await this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
