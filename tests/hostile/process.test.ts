/**
 * The bot as `npm start` runs it, in its own process against the local emulator: a refused token exits with
 * one clear line, a burst of 200 interactions is acknowledged in time, SIGTERM lets answers in flight finish
 * and flushes thread context before exiting 0; and the CLI's `--format discord` prints valid payloads.
 * The token never appears in anything the processes wrote or the emulator received.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { OPTION_MAX, optionText } from '../../src/bot/options.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { openStore } from '../../src/store/open.js';
import { CHANNEL, GUILD, TOKEN } from '../bot/harness.js';
import { DiscordEmulator } from '../emulator/index.js';
import { checkSentPayloads, opt, visibleText } from './helpers.js';
import { botEnv, emulatorOptions, expectNoToken, killBot, spawnBot, tempFolders, type SpawnedBot } from './spawn.js';

const run = promisify(execFile);
const QUOTE = 'push the relationship between the two militaries to new heights';

describe.concurrent('a refused token', () => {
  const emus: DiscordEmulator[] = [];
  const bots: SpawnedBot[] = [];
  afterAll(async () => {
    await Promise.all(bots.map(killBot));
    await Promise.all(emus.map((e) => e.close()));
  });

  it.each([
    ['gateway close 4004', false],
    ['REST 401', true],
  ])(
    '%s makes npm start exit 1 with one clear line, without the token',
    async (_what, restAuth) => {
      // with REST auth off the wrong token reaches the gateway and is refused there (4004), as Discord does
      const emu = await DiscordEmulator.start(emulatorOptions(TOKEN, { restAuth }));
      emus.push(emu);
      const folders = await tempFolders();
      const wrong = 'wrong-token-NDU2Nzg5MTIz.zyxwvu';
      const bot = spawnBot(botEnv(emu, wrong, folders));
      bots.push(bot);
      expect(await bot.exited).toBe(1);
      if (!restAuth) expect(emu.gatewayCloses).toContain(4004);
      const plain = bot.stderr.filter((l) => !l.startsWith('{'));
      expect(plain).toEqual(['quotetrail: Discord refused the bot token (authentication failed): check DISCORD_TOKEN.']);
      expectNoToken(bot, wrong);
      for (const r of emu.requests) expect(JSON.stringify([r.route, r.query, r.body, r.headers]).includes(wrong)).toBe(false);
      await rm(folders.root, { recursive: true, force: true });
    },
    60_000,
  );
});

describe('the running bot process', () => {
  let emu: DiscordEmulator;
  let bot: SpawnedBot | undefined;
  let folders: Awaited<ReturnType<typeof tempFolders>>;
  beforeAll(async () => {
    emu = await DiscordEmulator.start(emulatorOptions(TOKEN));
    folders = await tempFolders();
    bot = spawnBot(botEnv(emu, TOKEN, folders));
    await bot.waitForLog('bot ready', 60_000);
  }, 90_000);
  afterAll(async () => {
    await killBot(bot);
    await emu?.close();
    await rm(folders.root, { recursive: true, force: true });
  });

  it('acknowledges 200 concurrent interactions within 3 s each, none lost or answered twice', async () => {
    const handles = Array.from({ length: 200 }, (_, i) => {
      const user = { id: `7${String(i).padStart(17, '0')}`, username: `burst${i}` };
      const [name, options] =
        i % 4 === 0 ? (['quotes', [opt('speaker', 'Yevmenov')]] as const) : (['who-said', [opt('quote', `${QUOTE} ${i}`)]] as const);
      return emu.slashCommand({ name, options: [...options], user, channelId: CHANNEL, guildId: GUILD });
    });
    const settled = await Promise.allSettled(handles.map((x) => x.final(30_000)));
    expect(
      handles.filter((x) => x.interaction.callbacks.length !== 1).map((x) => x.id),
      'not acknowledged exactly once',
    ).toEqual([]);
    expect(settled.filter((r) => r.status === 'rejected')).toEqual([]);
    const slowest = Math.max(...handles.map((x) => x.timing().firstCallbackMs ?? Infinity));
    expect(slowest, 'slowest acknowledgement (ms)').toBeLessThan(3000);
    expect(emu.requests.filter((r) => r.route.endsWith('/callback') && r.status >= 400)).toEqual([]);
  }, 60_000);

  it('on SIGTERM finishes the answer in flight, keeps its conversation in the state database and exits 0', async () => {
    const earlier = emu.requestsTo('PATCH /webhooks/:app/:token/messages/@original').length;
    emu.setLatency(1500, 'PATCH /webhooks/:app/:token/messages/@original');
    const slow = emu.slashCommand({ name: 'who-said', options: [opt('quote', QUOTE)], channelId: CHANNEL, guildId: GUILD });
    expect((await slow.response()).type).toBe(5);
    // the answer is on its way (its edit recorded, held by the injected latency) when the signal comes
    const edits = () => emu.requestsTo('PATCH /webhooks/:app/:token/messages/@original').slice(earlier);
    await expect.poll(() => edits().length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(edits()[0]!.status).toBe(0);
    bot!.child.kill('SIGTERM');
    const message = await slow.final(10_000);
    expect(visibleText(message)).toContain('Yevmenov');
    expect(await bot!.exited).toBe(0);
    const state = await openState({ stateDir: folders.stateDir, logger: silentLogger });
    try {
      expect(await state.getConversation(slow.id)).toMatchObject({ command: 'who-said', query: QUOTE, guildId: GUILD });
      expect(await state.getConversation(message.id)).toMatchObject({ command: 'who-said', query: QUOTE });
    } finally {
      await state.close();
    }
    expect(bot!.stderr.some((l) => l.includes('shutting down'))).toBe(true);
  }, 60_000);

  it('sent only valid payloads that ping nobody; the token is in no output or REST body', () => {
    expect(checkSentPayloads(emu)).toBeGreaterThanOrEqual(200);
    expectNoToken(bot!, TOKEN);
    for (const r of emu.requests) expect(JSON.stringify([r.route, r.query, r.body, r.headers]).includes(TOKEN)).toBe(false);
  });
});

/** A payload with the corpus's load time taken out of its footers. */
const withoutLoadTime = (payload: unknown): unknown => JSON.parse(JSON.stringify(payload).replace(/ · loaded [^"]*? UTC/g, ''));

describe('the CLI with --format discord', () => {
  it('prints the payload the bot would send for hostile text, valid and pinging nobody', async () => {
    const store = await openStore('seeds', { cacheDir: false });
    const inputs = [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal "${}" is hostile input on purpose
      '@everyone <@123456789012345678> ```js\n\u202e\u0007 navy \ud800 .*+?^${}()|[] who said "push the relationship"?',
      'militaries'.repeat(600),
    ];
    await Promise.all(
      inputs.map(async (input) => {
        const started = performance.now();
        const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'who-said', input, '--format', 'discord'], {
          env: { ...process.env, LOG_LEVEL: 'silent' },
        });
        expect(performance.now() - started).toBeLessThan(30_000);
        const payload: unknown = JSON.parse(stdout);
        assertValidMessagePayload(payload);
        // argv is UTF-8: a lone surrogate arrives as U+FFFD
        const received = Buffer.from(input, 'utf8').toString('utf8');
        // the same answer; the two loads (the CLI's and this test's) may fall in different minutes
        const expected = whoSaidPayload(whoSaid(store, optionText(OPTION_MAX.quote).parse(received)));
        expect(withoutLoadTime(payload)).toEqual(withoutLoadTime(expected));
      }),
    );
  }, 60_000);

  it('explains a blank query in one line instead of a trace', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'who-said', ' \u200b ', '--format', 'discord'], {
      env: { ...process.env, LOG_LEVEL: 'silent' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect('stderr' in failed ? failed.stderr.trim() : '').toBe('quotetrail: who-said needs a quotation (see --help)');
  }, 60_000);
});
