/**
 * The metrics and health endpoint as the running bot feeds them (startApp in process, against the local
 * Discord emulator): /healthz says `starting` while the corpus loads and `ok` once the shard is ready;
 * commands, autocomplete, buttons and thread follow-ups are counted under bounded names; reloads count
 * `ok` and `refused`; adds count by outcome; after a dropped gateway resumes, the shard is ready again.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startApp } from '../../src/bot/app.js';
import { parseConfig } from '../../src/bot/config.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/open.js';
import { DiscordEmulator } from '../emulator/index.js';
import { parseExposition, sampleValue } from './prometheus-text.js';

const TOKEN = 'wiring-test-token';
const APP = '100000000000000001';
const GUILD = '200000000000000002';
const CHANNEL = '300000000000000003';
const MEMBER = { id: '500000000000000005', username: 'member' };
const QUOTE = 'continuously push the relationship between the two militaries to new heights';

let emu: DiscordEmulator;
let root: string;
let bot: RunningBot;
const logs: string[] = [];
let release: () => void = () => undefined;
let startedAt: Promise<RunningBot>;

const url = (p: string): string => `http://127.0.0.1:${bot.health?.port}${p}`;
const exposition = async () => parseExposition(await (await fetch(url('/metrics'))).text());
const count = async (command: string, outcome = 'ok') =>
  sampleValue(await exposition(), 'quotetrail_interactions_total', { command, outcome }) ?? 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-wiring-'));
  const corpusDir = path.join(root, 'corpus');
  await cp(path.resolve('seeds'), corpusDir, { recursive: true });
  emu = await DiscordEmulator.start({
    token: TOKEN,
    applicationId: APP,
    guilds: [{ id: GUILD, name: 'Newsroom', channels: [{ id: CHANNEL, name: 'fact-check' }], members: [{ user: MEMBER }] }],
  });
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP,
    DISCORD_API_BASE: emu.apiBase,
    CORPUS_DIR: corpusDir,
    STATE_DIR: path.join(root, 'state'),
    MESSAGE_CONTENT_INTENT: 'true',
    COOLDOWN_SECONDS: '0',
    HEALTH_PORT: '0',
    HEALTH_HOST: '127.0.0.1',
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const gate = new Promise<void>((resolve) => (release = resolve));
  let first = true;
  startedAt = startApp(parsed.config, {
    logger: createLogger('debug', { write: (line: string) => logs.push(line) }),
    // the first load waits for the test; reloads build at once
    builder: async (dir) => {
      if (first) {
        first = false;
        await gate;
      }
      return openStore(dir, { cacheDir: false });
    },
  });
}, 30_000);
afterAll(async () => {
  release();
  await (await startedAt.catch(() => null))?.stop();
  await emu?.close();
  await rm(root, { recursive: true, force: true });
});

describe('metrics and health of the running bot', () => {
  it('says starting (503) while the corpus loads, ok once loaded and connected', async () => {
    await expect.poll(() => logs.find((l) => l.includes('health endpoint listening')), { timeout: 10_000 }).toBeTruthy();
    const { port } = JSON.parse(logs.find((l) => l.includes('health endpoint listening'))!) as { port: number };
    const early = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(early.status).toBe(503);
    expect(await early.json()).toMatchObject({ status: 'starting', corpus: null, shards: [{ id: 0, ready: false }] });
    release();
    bot = await startedAt;
    const ready = await fetch(url('/healthz'));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; corpus: { version: string; documents: number; quotations: number } };
    expect(body).toMatchObject({ status: 'ok', shards: [{ id: 0, ready: true }], corpus: { documents: 5 } });
    expect(body.corpus.version).toBe(bot.ctx.corpus.current.corpusVersion().version);
    expect(body.corpus.quotations).toBe(bot.ctx.corpus.current.stats().quotes);
  });

  it('counts commands, autocomplete, buttons and follow-ups under bounded names, with their latency', async () => {
    const answer = await emu
      .slashCommand({
        name: 'who-said',
        options: [{ name: 'quote', type: 3, value: QUOTE }],
        user: MEMBER,
        guildId: GUILD,
        channelId: CHANNEL,
      })
      .final();
    await emu
      .autocomplete({
        name: 'who-said',
        options: [
          { name: 'quote', type: 3, value: 'x' },
          { name: 'speaker', type: 3, value: 'evmenov' },
        ],
        focused: 'speaker',
        user: MEMBER,
        guildId: GUILD,
        channelId: CHANNEL,
      })
      .choices();
    await emu.clickButton({ message: answer, customId: 'qt:context:0', user: MEMBER }).final();
    await emu.clickButton({ message: answer, customId: 'junk:a-very-long-custom-id-that-must-not-become-a-label', user: MEMBER }).final();
    await emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER }).response();
    await expect.poll(() => emu.threads.length, { timeout: 5000 }).toBeGreaterThan(0);
    const threadId = String(emu.threads.at(-1)!.id);
    // members post once the thread shows what can be asked there (else the first bot message may be that one)
    await expect.poll(() => emu.messages(threadId).length, { timeout: 5000 }).toBeGreaterThan(0);
    await emu.postMessage({ channelId: threadId, content: 'when was it published?', author: MEMBER }).waitForBotMessage();

    await expect.poll(() => count('follow-up')).toBe(1);
    expect(await count('who-said')).toBe(1);
    expect(await count('autocomplete:who-said')).toBe(1);
    expect(await count('button:context')).toBe(1);
    expect(await count('button:thread')).toBe(1);
    expect(await count('button:unknown', 'stale_button')).toBe(1);
    const text = await (await fetch(url('/metrics'))).text();
    expect(text).not.toContain('a-very-long-custom-id');
    const metrics = await exposition();
    expect(sampleValue(metrics, 'quotetrail_interaction_seconds_count', { command: 'who-said' })).toBe(1);
    expect(sampleValue(metrics, 'quotetrail_interaction_seconds_bucket', { command: 'who-said', le: '+Inf' })).toBe(1);
  });

  it('counts reloads served and refused; the corpus gauges follow the one served', async () => {
    const moderator = { user: { id: '500000000000000006', username: 'mod' }, member: { roles: [], permissions: '32' } };
    const reload = () => emu.slashCommand({ name: 'reload', ...moderator, guildId: GUILD, channelId: CHANNEL }).final(20_000);
    await writeFile(
      path.join(bot.ctx.corpus.dir, 'zz_new.txt'),
      'Harbour talks end\n\nThe harbour master Ilse Brandt said the quay "will open before the storms".\n',
    );
    await reload();
    await expect.poll(async () => sampleValue(await exposition(), 'quotetrail_reloads_total', { outcome: 'ok' })).toBe(1);
    expect(sampleValue(await exposition(), 'quotetrail_corpus_documents')).toBe(6);
    const version = bot.ctx.corpus.current.corpusVersion().version;
    expect(sampleValue(await exposition(), 'quotetrail_corpus_info', { version })).toBe(1);

    await rm(bot.ctx.corpus.dir, { recursive: true, force: true });
    await reload();
    await expect.poll(async () => sampleValue(await exposition(), 'quotetrail_reloads_total', { outcome: 'refused' })).toBe(1);
    expect(sampleValue(await exposition(), 'quotetrail_corpus_documents')).toBe(6);
  });

  it("counts each add's outcome", async () => {
    const file = (name: string) => ({
      kind: 'file' as const,
      name,
      bytes: new TextEncoder().encode('Fares decided\n\nThe transport councillor Marta Quenby said "the fares stay frozen next year".\n'),
      contentType: 'text/plain',
    });
    const actor = { id: MEMBER.id, name: MEMBER.username };
    expect((await bot.ctx.library.add({ guildId: GUILD, actor, source: file('fares.txt') })).code).toBe('added');
    expect((await bot.ctx.library.add({ guildId: GUILD, actor, source: file('fares-again.txt') })).code).toBe('duplicate');
    const metrics = await exposition();
    expect(sampleValue(metrics, 'quotetrail_added_articles_total', { outcome: 'added' })).toBe(1);
    expect(sampleValue(metrics, 'quotetrail_added_articles_total', { outcome: 'duplicate' })).toBe(1);
  });

  it('reports the shard ready again after a dropped gateway resumes', async () => {
    const resumed = emu.waitForResume(1, 10_000);
    emu.dropGateway(4000);
    await resumed;
    await expect
      .poll(async () => sampleValue(await exposition(), 'quotetrail_gateway_shard_status', { shard: '0' }), { timeout: 10_000 })
      .toBe(1);
    expect(logs.some((l) => l.includes('gateway resumed'))).toBe(true);
  });
});
