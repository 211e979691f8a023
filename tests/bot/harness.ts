/**
 * End-to-end harness: the local Discord emulator, a temporary corpus and state folder, and the real bot
 * (startApp) connected to the emulator only through DISCORD_API_BASE, as a user would configure it.
 * Everything the bot logs is captured so tests can check it (e.g. that the token never appears).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningBot } from '../../src/bot/app.js';
import { parseConfig } from '../../src/bot/config.js';
import { createLogger } from '../../src/log.js';
import { afterAll, beforeAll } from 'vitest';
import { DiscordEmulator, type EmuMessage } from '../emulator/index.js';

export const TOKEN = 'e2e-secret-token-MTIzNDU2Nzg5.abcdef';
export const APP = '100000000000000001';
export const GUILD = '200000000000000002';
export const CHANNEL = '300000000000000003';
/** The test server's moderators' channel (where /reports notify can send new reports). */
export const MODS_CHANNEL = '300000000000000010';
export const MOD_ROLE = '400000000000000004';
export const MEMBER = { id: '500000000000000005', username: 'member' };
export const MODERATOR = { id: '500000000000000006', username: 'moderator' };
/** The test server's owner (a member without roles: the owner is a moderator by Discord's rules). */
export const OWNER = { id: '500000000000000011', username: 'owner' };
/** A second server with the bot in it: its members must never see the first server's added articles. */
export const OTHER_GUILD = '200000000000000007';
export const OTHER_CHANNEL = '300000000000000008';
export const OTHER_MODERATOR = { id: '500000000000000009', username: 'other-moderator' };
/** Manage Server. */
export const MOD_PERMISSIONS = '32';

export interface Harness {
  emu: DiscordEmulator;
  corpusDir: string;
  stateDir: string;
  logs: string[];
  bot: RunningBot;
  /** Stops the bot and starts a new one with the same folders (a restart). */
  restart(): Promise<RunningBot>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-e2e-'));
  const corpusDir = path.join(root, 'corpus');
  const stateDir = path.join(root, 'state');
  await cp(path.resolve('seeds'), corpusDir, { recursive: true });
  const emu = await DiscordEmulator.start({
    token: TOKEN,
    // an upper bound, not a delay: a reload of the seeds takes several seconds on a loaded two-core machine
    waitTimeoutMs: 20_000,
    applicationId: APP,
    guilds: [
      {
        id: GUILD,
        name: 'Newsroom',
        ownerId: OWNER.id,
        channels: [
          { id: CHANNEL, name: 'fact-check' },
          { id: MODS_CHANNEL, name: 'mods' },
        ],
        roles: [{ id: MOD_ROLE, name: 'Mods', permissions: MOD_PERMISSIONS }],
        members: [
          { user: MEMBER, roles: [] },
          { user: MODERATOR, roles: [MOD_ROLE] },
          { user: OWNER, roles: [] },
        ],
      },
      {
        id: OTHER_GUILD,
        name: 'Other newsroom',
        channels: [{ id: OTHER_CHANNEL, name: 'general' }],
        members: [
          { user: OTHER_MODERATOR, roles: [] },
          { user: MEMBER, roles: [] },
        ],
      },
    ],
  });
  const logs: string[] = [];
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP,
    DISCORD_GUILD_ID: GUILD,
    DISCORD_API_BASE: emu.apiBase,
    CORPUS_DIR: corpusDir,
    STATE_DIR: stateDir,
    MESSAGE_CONTENT_INTENT: 'true',
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'debug',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const config = parsed.config;
  const logger = createLogger('debug', { write: (line: string) => logs.push(line) });
  const h: Harness = {
    emu,
    corpusDir,
    stateDir,
    logs,
    bot: await startApp(config, { logger }),
    async restart() {
      await h.bot.stop();
      h.bot = await startApp(config, { logger });
      return h.bot;
    },
    async close() {
      await h.bot.stop().catch(() => undefined);
      await emu.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  return h;
}

/**
 * Starts a harness before the file's (or the enclosing describe's) tests and closes it after them. The
 * object returned stands for the running harness, so tests write `h.emu`, `h.bot` as with startHarness.
 */
export function useHarness(env: Record<string, string> = {}): Harness {
  let running: Harness | undefined;
  beforeAll(async () => {
    running = await startHarness(env);
  }, 60_000);
  afterAll(async () => {
    await running?.close();
  });
  return new Proxy({} as Harness, {
    get(_, key) {
      if (!running) throw new Error('the harness is used before beforeAll started it');
      return Reflect.get(running, key);
    },
    set(_, key, value) {
      if (!running) throw new Error('the harness is used before beforeAll started it');
      return Reflect.set(running, key, value);
    },
  });
}

/** The test server's channel, and a moderator acting in it. */
export const WHERE = { channelId: CHANNEL, guildId: GUILD };
export const AS_MODERATOR = { user: MODERATOR, member: { roles: [], permissions: MOD_PERMISSIONS }, ...WHERE };

/** Writes `articles` (file name → text) into the harness's corpus folder and has a moderator reload it. */
export async function reloadWith(h: Harness, articles: Record<string, string>): Promise<void> {
  await Promise.all(Object.entries(articles).map(([file, text]) => writeFile(path.join(h.corpusDir, file), text)));
  await h.emu.slashCommand({ name: 'reload', ...AS_MODERATOR }).final(30_000);
}

/**
 * A moderator undoes correction `id` with /correct undo id:; resolves to the reply, and throws when the reply is
 * not "↩️ Correction undone" (a test relying on the undo never goes on from a refusal).
 */
export async function undoCorrection(h: Harness, id: number, as: typeof AS_MODERATOR = AS_MODERATOR): Promise<EmuMessage> {
  const reply = await h.emu
    .slashCommand({ name: 'correct', options: [{ name: 'undo', type: 1, options: [{ name: 'id', type: 4, value: id }] }], ...as })
    .final();
  const title = reply.embeds[0]?.title;
  if (title !== '↩️ Correction undone')
    throw new Error(`/correct undo id:${id} was not done: ${JSON.stringify(reply.embeds[0] ?? reply.content)}`);
  return reply;
}
