/**
 * The Discord emulator against the real discord.js client: login, interactions and their responses,
 * messages and threads, command registration, gateway faults (resume, invalid session, bad token) and REST
 * faults (429, 5xx, unknown routes).
 */
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordEmulator, Intents, type EmulatorOptions } from './emulator/index.js';
import { matchPattern } from './emulator/http.js';

const TOKEN = 'emulator-test-token';
const APP = '100000000000000001';
const GUILD = '200000000000000002';
const CHANNEL = '300000000000000003';
const MOD_ROLE = '400000000000000004';
const ANA = { id: '500000000000000005', username: 'ana' };

const baseOptions: EmulatorOptions = {
  token: TOKEN,
  applicationId: APP,
  guilds: [
    {
      id: GUILD,
      name: 'Newsroom',
      channels: [{ id: CHANNEL, name: 'fact-check' }],
      roles: [{ id: MOD_ROLE, name: 'Mods', permissions: '32' }],
      members: [{ user: ANA, roles: [MOD_ROLE] }],
    },
  ],
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startEmulator(extra: Partial<EmulatorOptions> = {}): Promise<DiscordEmulator> {
  const emu = await DiscordEmulator.start({ ...baseOptions, ...extra });
  cleanups.push(() => emu.close());
  return emu;
}

function newClient(emu: DiscordEmulator, intents: number[] = [GatewayIntentBits.Guilds], extra: Partial<ClientOptions> = {}): Client {
  const client = new Client({ intents, rest: { api: emu.apiBase }, ...extra });
  cleanups.push(() => client.destroy());
  return client;
}

/** Emulator + a logged-in client that has emitted ClientReady. */
async function connected(
  intents?: number[],
  extra: Partial<EmulatorOptions> = {},
  clientExtra: Partial<ClientOptions> = {},
): Promise<{ emu: DiscordEmulator; client: Client<true> }> {
  const emu = await startEmulator(extra);
  const client = newClient(emu, intents, clientExtra);
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(TOKEN);
  return { emu, client: await ready };
}

/** Run `handler` on every interaction; errors are kept so a test can assert on them. */
function onInteraction(client: Client, handler: (i: Interaction) => Promise<unknown>): unknown[] {
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (i) => {
    handler(i).catch((error: unknown) => errors.push(error));
  });
  return errors;
}

describe('DiscordEmulator with the discord.js Client', () => {
  it('logs the client in and delivers the guild with channels, roles and members', async () => {
    const { emu, client } = await connected();
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('Newsroom');
    expect(guild?.channels.cache.get(CHANNEL)?.name).toBe('fact-check');
    expect(guild?.roles.cache.get(MOD_ROLE)?.permissions.has('ManageGuild')).toBe(true);
    expect(guild?.members.me?.id).toBe(APP);
    expect(client.user.id).toBe(APP);
    expect(emu.intents).toBe(Intents.Guilds);
    const gatewayCall = emu.requestsTo('GET /gateway/bot')[0];
    expect(gatewayCall?.authorized).toBe(true);
    expect(gatewayCall?.headers.authorization).toBeUndefined();
  });

  it('delivers a slash command with options and records the reply body', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      const isMod = i.memberPermissions?.has('ManageGuild') ?? false;
      await i.reply({ content: `q=${i.options.getString('quote', true)} mod=${isMod}`, allowedMentions: { parse: [] } });
    });
    const handle = emu.slashCommand({ name: 'who-said', options: [{ name: 'quote', type: 3, value: 'hello' }], user: ANA });
    const first = await handle.response();
    expect(first.type).toBe(4);
    expect(first.ms).toBeGreaterThanOrEqual(0);
    expect((await handle.final()).content).toBe('q=hello mod=true');
    const call = emu.requestsTo('POST /interactions/:id/:token/callback')[0];
    expect(call?.query.with_response).toBe('false');
    expect(call?.status).toBe(204);
    expect(call?.body).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    expect(emu.messages(CHANNEL).map((m) => m.content)).toEqual(['q=hello mod=true']);
  });

  it('finishes a deferred reply with the @original edit, and keeps ephemeral follow-ups out of the channel', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply('done');
      await i.followUp({ content: 'only you', flags: MessageFlags.Ephemeral });
    });
    const handle = emu.slashCommand({ name: 'compare' });
    expect((await handle.response()).type).toBe(5);
    expect((await handle.final()).content).toBe('done');
    const followUp = await handle.followUp(1);
    expect(followUp.content).toBe('only you');
    expect(followUp.flags & 64).toBe(64);
    expect(emu.messages(CHANNEL).map((m) => m.content)).toEqual(['done']);
    expect(emu.requestsTo('PATCH /webhooks/:app/:token/messages/@original')).toHaveLength(1);
  });

  it('times the first callback and the final message, with injected REST latency', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await new Promise((r) => setTimeout(r, 100));
      await i.followUp('answer'); // The first follow-up after a defer replaces the loading message.
    });
    emu.setLatency(80, 'POST /interactions/**');
    const handle = emu.slashCommand({ name: 'slow' });
    expect((await handle.final()).content).toBe('answer');
    const { firstCallbackMs, finalMs } = handle.timing();
    expect(firstCallbackMs).toBeGreaterThanOrEqual(80);
    expect(finalMs).toBeGreaterThanOrEqual((firstCallbackMs ?? 0) + 100);
    expect(emu.messages(CHANNEL)).toHaveLength(1);
    expect(emu.messages(CHANNEL)[0]?.flags).toBe(0);
  });

  it('answers with_response=true with the message resource', async () => {
    const { emu, client } = await connected();
    const ids: (string | undefined)[] = [];
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'with body', withResponse: true });
      ids.push(response.resource?.message?.id);
    });
    const handle = emu.slashCommand({ name: 'help' });
    const message = await handle.final();
    await emu.waitForRequest('POST /interactions/:id/:token/callback');
    await expect.poll(() => ids, { timeout: 3000 }).toEqual([message.id]);
  });

  it('returns autocomplete choices', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond([{ name: `${typed}…`, value: `${typed}-full` }]);
    });
    const handle = emu.autocomplete({ name: 'who-said', options: [{ name: 'quote', type: 3, value: 'inf' }], focused: 'quote' });
    expect(await handle.choices()).toEqual([{ name: 'inf…', value: 'inf-full' }]);
  });

  it('updates the message a button is on', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
        );
        await i.reply({ content: 'page 1', components: [row] });
      } else if (i.isButton()) {
        await i.update({ content: `page 2 (${i.customId})`, components: [] });
      }
    });
    const reply = await emu.slashCommand({ name: 'outlets' }).final();
    expect(reply.components).toHaveLength(1);
    const click = emu.clickButton({ message: reply, customId: 'more' });
    expect((await click.response()).type).toBe(7);
    const updated = await click.final();
    expect(updated.id).toBe(reply.id);
    expect(updated.content).toBe('page 2 (more)');
    expect(emu.messages(CHANNEL)[0]?.components).toEqual([]);
  });

  it('starts a thread from a message and delivers messages posted in it', async () => {
    const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
    const { emu, client } = await connected(intents);
    const seen: Message[] = [];
    client.on(Events.MessageCreate, (message) => {
      seen.push(message);
      if (message.author.bot || !message.mentions.has(APP) || message.channel.isThread()) return;
      void message
        .startThread({ name: 'fact check' })
        .then((thread) => thread.send({ content: 'looking', allowedMentions: { parse: [] } }));
    });
    const posted = emu.postMessage({ channelId: CHANNEL, content: `<@${APP}> who said this?`, author: ANA });
    const inThread = await posted.waitForBotMessage();
    expect(inThread.content).toBe('looking');
    expect(emu.threads).toHaveLength(1);
    const thread = emu.threads[0];
    expect(thread?.id).toBe(posted.message.id);
    expect(thread?.parent_id).toBe(CHANNEL);
    await expect.poll(() => client.channels.cache.get(posted.message.id)?.isThread(), { timeout: 3000 }).toBe(true);

    emu.postMessage({ channelId: posted.message.id, content: 'plain words', author: ANA });
    await expect.poll(() => seen.find((m) => m.channelId === posted.message.id && !m.author.bot), { timeout: 3000 }).toBeTruthy();
    const plain = seen.find((m) => m.channelId === posted.message.id && !m.author.bot);
    // No MessageContent intent and no mention: Discord blanks the content; the mention kept it above.
    expect(plain?.content).toBe('');
    expect(seen[0]?.content).toContain('who said this?');
  });

  it('shows message content to a client with the MessageContent intent', async () => {
    const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];
    const { emu, client } = await connected(intents);
    const contents: string[] = [];
    client.on(Events.MessageCreate, (m) => contents.push(m.content));
    emu.postMessage({ channelId: CHANNEL, content: 'no mention here' });
    await expect.poll(() => contents, { timeout: 3000 }).toEqual(['no mention here']);
    const messages = (await client.rest.get(Routes.channelMessages(CHANNEL), { query: new URLSearchParams({ limit: '1' }) })) as {
      content: string;
    }[];
    expect(messages.map((m) => m.content)).toEqual(['no mention here']);
  });

  it('answers member requests over the gateway (op 8) and over REST', async () => {
    const { client } = await connected();
    const guild = client.guilds.cache.get(GUILD);
    const byQuery = await guild?.members.fetch({ query: 'an', limit: 5 });
    expect([...(byQuery?.keys() ?? [])]).toEqual([ANA.id]);
    const byIds = await guild?.members.fetch({ user: [ANA.id, APP] });
    expect([...(byIds?.keys() ?? [])].sort()).toEqual([APP, ANA.id].sort());
    guild?.members.cache.delete(ANA.id);
    const one = await guild?.members.fetch({ user: ANA.id, force: true });
    expect(one?.roles.cache.has(MOD_ROLE)).toBe(true);
  });

  it('stores commands registered with rest.put and routes interactions to their ids', async () => {
    const { emu, client } = await connected();
    const body = [{ name: 'who-said', description: 'Who said a quote', options: [{ type: 3, name: 'quote', description: 'q' }] }];
    const stored = (await client.rest.put(Routes.applicationGuildCommands(APP, GUILD), { body })) as { id: string }[];
    expect(emu.commands(GUILD).map((c) => c.name)).toEqual(['who-said']);
    expect(emu.commands(GUILD)[0]?.id).toBe(stored[0]?.id);
    expect(emu.commands()).toEqual([]);
    const fetched = await client.application.commands.fetch({ guildId: GUILD });
    expect([...fetched.keys()]).toEqual([stored[0]?.id]);
    const commandIds: string[] = [];
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) commandIds.push(i.commandId);
      if (i.isChatInputCommand()) await i.reply('ok');
    });
    await emu.slashCommand({ name: 'who-said' }).final();
    expect(commandIds).toEqual([stored[0]?.id]);
  });

  it('resumes after a 4000 close and replays the interaction dispatched while down', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`pong ${i.commandName}`);
    });
    emu.dropGateway(4000);
    const missed = emu.slashCommand({ name: 'missed' });
    const resume = await emu.waitForResume();
    expect(resume.d).toMatchObject({ token: TOKEN });
    expect((await missed.final()).content).toBe('pong missed');
    expect((await emu.slashCommand({ name: 'after' }).final()).content).toBe('pong after');
    expect(emu.gatewayOps.filter((o) => o.op === 2)).toHaveLength(1);
    expect(emu.gatewayCloses[0]).toBe(4000);
  });

  it('resumes after an abnormal 1006 drop and after a resumable invalid session', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply('here');
    });
    // Wait for discord.js to finish handling RESUMED before the next fault, as a real gateway's timing would.
    const resumed = (): Promise<unknown> => new Promise((resolve) => client.once(Events.ShardResume, resolve));
    let next = resumed();
    emu.dropGateway(1006);
    await emu.waitForResume(1);
    await next;
    next = resumed();
    emu.invalidSession(true);
    await emu.waitForResume(2);
    await next;
    expect(emu.gatewayOps.filter((o) => o.op === 6).map((o) => o.connection)).toEqual([2, 2]);
    expect((await emu.slashCommand({ name: 'still-there' }).final()).content).toBe('here');
  });

  it('makes the client identify again after a non-resumable invalid session', async () => {
    // @discordjs/ws spaces identifies 5 s apart (Discord's identify limit); this test lifts that client-side
    // throttle so it runs fast. Bot tests that keep it must allow ~5 s for a re-identify.
    const noThrottle = { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => undefined }) } };
    const { emu, client } = await connected(undefined, {}, noThrottle);
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply('new session');
    });
    emu.invalidSession(false);
    await emu.waitForIdentify(2);
    await emu.waitForGatewayConnected();
    expect((await emu.slashCommand({ name: 'again' }).final()).content).toBe('new session');
  });

  it('makes discord.js wait out a 429 on the callback route and succeed', async () => {
    const { emu, client } = await connected();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply('after the limit');
    });
    emu.rateLimitNext('POST /interactions/:id/:token/callback', 0.3);
    const handle = emu.slashCommand({ name: 'limited' });
    expect((await handle.final()).content).toBe('after the limit');
    const calls = emu.requestsTo('POST /interactions/:id/:token/callback');
    expect(calls.map((c) => c.status)).toEqual([429, 204]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it('makes discord.js wait out a global 429 on a channel route', async () => {
    const { emu, client } = await connected();
    const channel = client.channels.cache.get(CHANNEL);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    emu.rateLimitNext('POST /channels/:id/messages', 0.25, true);
    const limits: boolean[] = [];
    client.rest.on('rateLimited', (info) => limits.push(info.global));
    await channel.send('eventually');
    const calls = emu.requestsTo('POST /channels/:id/messages');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(240);
    expect(limits).toEqual([true]);
  });

  it('lets @discordjs/rest retry a 500 and records unknown routes as Discord 404s', async () => {
    const { emu, client } = await connected();
    emu.failNext('POST /channels/:id/messages', 500);
    const channel = client.channels.cache.get(CHANNEL);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    await channel.send('retried');
    expect(emu.requestsTo('POST /channels/:id/messages').map((r) => r.status)).toEqual([500, 200]);
    expect(emu.messages(CHANNEL).map((m) => m.content)).toEqual(['retried']);
    const error: unknown = await client.rest.get('/nothing/here').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).status).toBe(404);
    expect(emu.requests.at(-1)).toMatchObject({ route: '/nothing/here', unknownRoute: true, status: 404 });
  });

  it('parses multipart bodies and refuses a second callback', async () => {
    const { emu, client } = await connected();
    const errors = onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      const file = new AttachmentBuilder(Buffer.from('quote,outlet\n'), { name: 'quotes.csv' });
      await i.reply({ content: 'file', files: [file] });
      const again = { body: { type: 4, data: { content: 'again' } }, auth: false };
      await i.client.rest.post(Routes.interactionCallback(i.id, i.token), again);
    });
    await emu.slashCommand({ name: 'twice' }).final();
    const first = emu.requestsTo('POST /interactions/:id/:token/callback')[0];
    expect(first?.files).toEqual(['files[0]']);
    expect(first?.body).toMatchObject({ type: 4, data: { content: 'file' } });
    await expect.poll(() => errors.length, { timeout: 3000 }).toBe(1);
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(40060);
  });

  it('forgets an interaction not answered within the response window', async () => {
    const { emu, client } = await connected(undefined, { interactionTimeoutMs: 150 });
    const errors = onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await new Promise((r) => setTimeout(r, 250)); // Always past the 150 ms window, however loaded the host.
      await i.reply('too late');
    });
    const handle = emu.slashCommand({ name: 'late' });
    await expect.poll(() => errors.length, { timeout: 3000 }).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
    expect(handle.interaction.callbacks).toEqual([]);
    expect(emu.messages(CHANNEL)).toEqual([]);
  });

  it('rejects login with a wrong token: 401 on REST, or 4004 at the gateway', async () => {
    const strict = await startEmulator();
    await expect(newClient(strict).login('wrong-token')).rejects.toThrow(/token/i);
    const lax = await startEmulator({ restAuth: false });
    await expect(newClient(lax).login('wrong-token')).rejects.toThrow(/Authentication failed/);
    expect(lax.gatewayCloses).toContain(4004);
    expect(lax.requestsTo('GET /gateway/bot')[0]?.authorized).toBe(false);
  });
});

describe('matchPattern', () => {
  it('matches methods, :params, * and **', () => {
    expect(matchPattern('POST /interactions/:id/:token/callback', 'POST', '/interactions/1/abc/callback')).toEqual({
      id: '1',
      token: 'abc',
    });
    expect(matchPattern('GET /channels/:id', 'POST', '/channels/1')).toBeNull();
    expect(matchPattern('/channels/*/messages', 'GET', '/channels/9/messages')).toEqual({});
    expect(matchPattern('/channels/**', 'PATCH', '/channels/9/messages/3')).toEqual({});
    expect(matchPattern('/channels/:id', 'GET', '/channels/9/messages')).toBeNull();
    expect(matchPattern(/^DELETE /, 'DELETE', '/x')).toEqual({});
  });
});
