/**
 * The Discord emulator's sharding against the real discord.js client (14.28, whose @discordjs/ws always
 * sends `shard: [id, count]` in IDENTIFY): one client running two shards, two clients splitting them,
 * `shards: 'auto'`, invalid shards (4010), a shard run twice, a dropped shard, and a shard whose process
 * died and is taken over. Guild ids are made to fall on the shard each test wants.
 */
import { Client, type ClientOptions, DiscordAPIError, Events, GatewayIntentBits, type Interaction, Partials } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DiscordEmulator, type EmulatorOptions, shardOf, snowflakeOnShard } from './emulator/index.js';
import { parseShard } from './emulator/shards.js';

const TOKEN = 'shard-test-token';
const APP = '100000000000000001';
const ANA = { id: '500000000000000005', username: 'ana' };
const G0 = snowflakeOnShard(0, 2);
const G1 = snowflakeOnShard(1, 2);
const G1B = snowflakeOnShard(1, 2, 1);
const CHANNEL = { [G0]: '300000000000000010', [G1]: '300000000000000011', [G1B]: '300000000000000012' };
const DM = '300000000000000019';
const CALLBACK = 'POST /interactions/:id/:token/callback';

const baseOptions: EmulatorOptions = {
  token: TOKEN,
  applicationId: APP,
  shards: 2,
  guilds: [G0, G1, G1B].map((id, i) => ({
    id,
    name: `Guild ${i}`,
    channels: [{ id: CHANNEL[id] as string, name: 'fact-check' }],
    members: [{ user: ANA }],
  })),
  dmChannels: [{ id: DM, recipient: ANA }],
};

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startEmulator(extra: Partial<EmulatorOptions> = {}): Promise<DiscordEmulator> {
  const emu = await DiscordEmulator.start({ ...baseOptions, ...extra });
  cleanups.push(() => emu.close());
  return emu;
}

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/** A client on `shards`; it answers every command with `name` and the guild's shard id as it sees it. */
function botClient(emu: DiscordEmulator, name: string, shards: ClientOptions['shards'], shardCount?: number): Client {
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    rest: { api: emu.apiBase },
    shards,
    ...(shardCount ? { shardCount } : {}),
  });
  cleanups.push(() => client.destroy());
  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (!i.isChatInputCommand()) return;
    i.reply(`${name} shard=${i.guild?.shardId ?? 'dm'}`).catch((error: unknown) => refusals.push(error));
  });
  return client;
}

/** Replies the emulator refused (a shard run twice: the second reply gets 40060). */
const refusals: unknown[] = [];

async function login(client: Client): Promise<Client> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await ready;
  return client;
}

/** Per shard id, the guild ids of the GUILD_CREATE dispatches a client received. */
function guildCreatesByShard(client: Client): Map<number, string[]> {
  const seen = new Map<number, string[]>();
  client.ws.on('GUILD_CREATE' as never, (d: { id: string }, shardId: number) => {
    seen.set(shardId, [...(seen.get(shardId) ?? []), d.id]);
  });
  return seen;
}

function ask(emu: DiscordEmulator, guildId: string | undefined) {
  const channelId = guildId ? (CHANNEL[guildId] as string) : DM;
  return emu.slashCommand({ name: 'where', user: ANA, channelId, ...(guildId ? { guildId } : {}) });
}

/** A bare gateway client: HELLO, then an IDENTIFY with `shard` (omitted when undefined); resolves with what came next. */
async function rawIdentify(
  emu: DiscordEmulator,
  shard: unknown,
): Promise<{ socket: WebSocket; next: { t?: string; d?: unknown } | { close: number } }> {
  const socket = new WebSocket(`${emu.gatewayUrl}/?v=10&encoding=json`);
  cleanups.push(async () => socket.terminate());
  const messages: { op: number; t?: string; d?: unknown }[] = [];
  const waiters: (() => void)[] = [];
  let closed = null as number | null;
  const changed = (): void => {
    for (const w of waiters.splice(0)) w();
  };
  socket.on('message', (raw) => {
    messages.push(JSON.parse(raw.toString()) as { op: number; t?: string; d?: unknown });
    changed();
  });
  socket.on('close', (code) => {
    closed = code;
    changed();
  });
  const until = async (check: () => boolean): Promise<void> => {
    while (!check()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  await until(() => messages.length > 0);
  const d: Record<string, unknown> = { token: TOKEN, intents: 1, properties: { os: 'test', browser: 'raw', device: 'raw' } };
  if (shard !== undefined) d.shard = shard;
  socket.send(JSON.stringify({ op: 2, d }));
  await until(() => messages.length > 1 || closed !== null);
  const next = messages[1];
  return { socket, next: next ? { t: next.t, d: next.d } : { close: closed ?? -1 } };
}

describe('shard arithmetic', () => {
  it('makes guild ids on a chosen shard, the same for the same arguments', () => {
    for (let count = 1; count <= 16; count++) {
      for (let shard = 0; shard < count; shard++) {
        const ids = [0, 1, 2, 7].map((index) => snowflakeOnShard(shard, count, index));
        for (const id of ids) {
          expect(id).toMatch(/^\d{19}$/);
          expect(Number((BigInt(id) >> 22n) % BigInt(count))).toBe(shard);
          expect(shardOf(id, count)).toBe(shard);
        }
        expect(new Set(ids).size).toBe(ids.length);
        expect(snowflakeOnShard(shard, count, 2)).toBe(ids[2]);
      }
    }
    expect(shardOf(undefined, 4)).toBe(0);
    expect(() => snowflakeOnShard(2, 2)).toThrow(/not in 0\.\.1/);
    expect(() => snowflakeOnShard(0, 0)).toThrow(/positive integer/);
  });

  it('reads the shard of an IDENTIFY as Discord does', () => {
    expect(parseShard(undefined)).toEqual([0, 1]);
    expect(parseShard([1, 2])).toEqual([1, 2]);
    for (const bad of [[2, 2], [-1, 2], [0, 0], [0], [0, 1, 2], ['0', '1'], [0.5, 2], 'x', {}]) expect(parseShard(bad)).toBeNull();
  });
});

describe('DiscordEmulator with several shards', () => {
  it('recommends its shard count, and one client running shards 0 and 1 gets each guild on its shard only', async () => {
    const emu = await startEmulator({ maxConcurrency: 2 });
    const client = botClient(emu, 'one', [0, 1], 2);
    const byShard = guildCreatesByShard(client);
    const readies: { shardId: number; shard: unknown; guilds: unknown }[] = [];
    client.ws.on('READY' as never, (d: { shard: unknown; guilds: { id: string }[] }, shardId: number) => {
      readies.push({ shardId, shard: d.shard, guilds: d.guilds.map((g) => g.id) });
    });
    await login(client);
    const gateway = await client.rest.get('/gateway/bot');
    expect(gateway).toMatchObject({ shards: 2, session_start_limit: { max_concurrency: 2 } });

    const identifies = emu.gatewayOps.filter((o) => o.op === 2);
    expect(identifies.map((o) => (o.d as { shard: unknown }).shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(identifies.map((o) => o.shard).sort()).toEqual([0, 1]);
    expect(new Set(identifies.map((o) => o.connection)).size).toBe(2);
    expect(readies.sort((a, b) => a.shardId - b.shardId)).toEqual([
      { shardId: 0, shard: [0, 2], guilds: [G0] },
      { shardId: 1, shard: [1, 2], guilds: [G1, G1B] },
    ]);
    expect(Object.fromEntries(byShard)).toEqual({ 0: [G0], 1: [G1, G1B] });
    expect(client.guilds.cache.get(G1B)?.shardId).toBe(1);
    expect(emu.shards.connected()).toEqual([0, 1]);
    expect((await emu.shards.waitForReady()).map((s) => s.shard[0]).sort()).toEqual([0, 1]);

    for (const guildId of [G0, G1, G1B]) {
      const handle = ask(emu, guildId);
      expect(handle.shard).toBe(shardOf(guildId, 2));
      expect(handle.deliveries.map((d) => d.shard)).toEqual([handle.shard]);
      expect((await handle.final()).content).toBe(`one shard=${handle.shard}`);
    }
    const dm = ask(emu, undefined);
    expect(dm.shard).toBe(0);
    expect(dm.deliveries.map((d) => d.shard)).toEqual([0]);
    expect((await dm.final()).content).toBe('one shard=dm');
  });

  it('takes the shard count from GET /gateway/bot with shards: "auto"', async () => {
    const emu = await startEmulator({ maxConcurrency: 2 });
    const client = await login(botClient(emu, 'auto', 'auto'));
    expect(client.options.shardCount).toBe(2);
    expect(emu.shards.connected()).toEqual([0, 1]);
    expect((await ask(emu, G1).final()).content).toBe('auto shard=1');
  });

  it('splits guilds, interactions and messages between two clients with one shard each', async () => {
    const emu = await startEmulator();
    const a = botClient(emu, 'A', [0], 2);
    const b = botClient(emu, 'B', [1], 2);
    const seen: Record<string, string[]> = { A: [], B: [] };
    a.on(Events.MessageCreate, (m) => !m.author.bot && seen.A?.push(m.channelId));
    b.on(Events.MessageCreate, (m) => !m.author.bot && seen.B?.push(m.channelId));
    await Promise.all([login(a), login(b)]);
    expect([...a.guilds.cache.keys()]).toEqual([G0]);
    expect([...b.guilds.cache.keys()].sort()).toEqual([G1, G1B].sort());

    const connectionOf = (shard: number): number | null => emu.shards.sessions().find((s) => s.shard[0] === shard)?.connection ?? null;
    const onB = ask(emu, G1B);
    expect(onB.deliveries).toEqual([expect.objectContaining({ shard: 1, connection: connectionOf(1) })]);
    expect((await onB.final()).content).toBe('B shard=1');
    expect((await ask(emu, G0).final()).content).toBe('A shard=0');
    expect((await ask(emu, undefined).final()).content).toBe('A shard=dm');

    const inG1 = emu.postMessage({ channelId: CHANNEL[G1] as string, content: 'hello', author: ANA });
    const inDm = emu.postMessage({ channelId: DM, content: 'hi', author: ANA });
    expect(inG1.deliveries.map((d) => d.shard)).toEqual([1]);
    expect(inDm.deliveries.map((d) => d.shard)).toEqual([0]);
    await expect.poll(() => seen, { timeout: 3000 }).toEqual({ A: [DM], B: [CHANNEL[G1]] });
  });

  it('closes an IDENTIFY with an invalid shard with 4010, and without one reads it as [0, 1]', async () => {
    const emu = await startEmulator();
    expect((await rawIdentify(emu, [2, 2])).next).toEqual({ close: 4010 });
    expect((await rawIdentify(emu, [0, 3])).next).toEqual({ close: 4010 });
    expect((await rawIdentify(emu, undefined)).next).toEqual({ close: 4010 });
    expect((await rawIdentify(emu, 'zero')).next).toEqual({ close: 4010 });
    const client = botClient(emu, 'wrong', [0], 3);
    await expect(client.login(TOKEN)).rejects.toThrow(/Invalid shard/);
    expect(emu.gatewayCloses.filter((c) => c === 4010)).toHaveLength(5);
    expect(emu.shards.sessions()).toEqual([]);

    const single = await startEmulator({ shards: 1 });
    const { next } = await rawIdentify(single, undefined);
    expect(next).toMatchObject({ t: 'READY', d: { shard: [0, 1], guilds: [{ id: G0 }, { id: G1 }, { id: G1B }] } });
  });

  it('sends a shard run by two sessions to both, as Discord does: one answers, the other gets 40060', async () => {
    const emu = await startEmulator();
    const first = botClient(emu, 'first', [0], 2);
    const second = botClient(emu, 'second', [0], 2);
    await login(first);
    await login(second);
    refusals.length = 0;
    const handle = ask(emu, G0);
    expect(new Set(handle.deliveries.map((d) => d.sessionId)).size).toBe(2);
    expect((await handle.final()).content).toMatch(/^(first|second) shard=0$/);
    await expect
      .poll(
        () =>
          emu
            .requestsTo(CALLBACK)
            .map((r) => r.status)
            .sort(),
        { timeout: 3000 },
      )
      .toEqual([204, 400]);
    await expect.poll(() => refusals.length, { timeout: 3000 }).toBe(1);
    expect(refusals[0]).toBeInstanceOf(DiscordAPIError);
    expect((refusals[0] as DiscordAPIError).code).toBe(40060);
  });

  it('drops one shard: only it resumes, and the interaction sent to it meanwhile is replayed', async () => {
    const emu = await startEmulator({ maxConcurrency: 2 });
    await login(botClient(emu, 'one', [0, 1], 2));
    const resumed = emu.waitForResume();
    expect(emu.shards.drop(1, 4000)).toBe(1);
    const missed = ask(emu, G1);
    expect(missed.deliveries).toEqual([expect.objectContaining({ shard: 1, connection: null })]);
    expect((await resumed).shard).toBe(1);
    expect((await missed.final()).content).toBe('one shard=1');
    expect((await ask(emu, G0).final()).content).toBe('one shard=0');
    expect(emu.gatewayOps.filter((o) => o.op === 2)).toHaveLength(2);
    expect(emu.gatewayOps.filter((o) => o.op === 6).map((o) => o.shard)).toEqual([1]);
  });

  it('leaves a dead shard unanswered until another process identifies it, which replaces the dead session', async () => {
    const emu = await startEmulator();
    await login(botClient(emu, 'A', [0], 2));
    const { socket, next } = await rawIdentify(emu, [1, 2]);
    expect(next).toMatchObject({ t: 'READY', d: { shard: [1, 2] } });
    socket.terminate(); // a killed process: no close frame, the session stays resumable
    await emu.shards.waitForShardDown(1);
    const lost = ask(emu, G1);
    expect(lost.deliveries).toEqual([expect.objectContaining({ shard: 1, connection: null })]);

    const b = await login(botClient(emu, 'B', [1], 2));
    await emu.shards.waitForShard(1);
    expect(emu.shards.sessions().filter((s) => s.shard[0] === 1)).toHaveLength(1);
    expect((await ask(emu, G1).final()).content).toBe('B shard=1');
    expect(lost.interaction.callbacks).toEqual([]);

    await b.destroy(); // a clean stop (close 1000) ends the session: nothing is kept for it
    await emu.shards.waitForShardDown(1);
    expect(emu.shards.sessions().map((s) => s.shard[0])).toEqual([0]);
    expect(ask(emu, G1B).deliveries).toEqual([]);
    expect((await ask(emu, G0).final()).content).toBe('A shard=0');
  });
});
