/**
 * Corpus faults through the bot's /reload: empty, binary, non-UTF-8 and over-limit files, a bad manifest,
 * a link out of the folder, a file that vanishes between listing and reading. Each gets a clear per-file
 * error, the rest loads; a refused reload leaves the old corpus serving, and a question asked while a reload
 * runs is answered from one corpus, never a mix. The bot is the real one (startApp) against the emulator;
 * its store builder is `openStore` with the loader's own hook, used to hold a reload between listing and
 * reading.
 */
import { mkdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningBot } from '../../src/bot/app.js';
import { parseConfig } from '../../src/bot/config.js';
import { DEFAULT_CORPUS_LIMITS } from '../../src/corpus/types.js';
import { createLogger } from '../../src/log.js';
import { openStore } from '../../src/store/open.js';
import { APP, CHANNEL, GUILD, MEMBER, MODERATOR, MOD_PERMISSIONS, TOKEN } from '../bot/harness.js';
import { DiscordEmulator } from '../emulator/index.js';
import { checkSentPayloads, expectTokenNowhere, opt, visibleText } from './helpers.js';
import { emulatorOptions, tempFolders } from './spawn.js';

const MAX_FILE_BYTES = 20_000;
const MAX_FILES = 12;
const SEED_QUOTE = 'push the relationship between the two militaries to new heights';
const NEW_QUOTE = 'the lighthouse keeps burning through every winter gale';

let emu: DiscordEmulator;
let bot: RunningBot;
let folders: Awaited<ReturnType<typeof tempFolders>>;
const logs: string[] = [];
/** Set by a test: runs between listing the folder and reading its files, during the next reload. */
let afterList: ((ids: readonly string[]) => Promise<void>) | null = null;
/** The moderator's reply to the reload with broken files. */
let firstReply = '';

function reload() {
  return emu.slashCommand({
    name: 'reload',
    user: MODERATOR,
    member: { roles: [], permissions: MOD_PERMISSIONS },
    channelId: CHANNEL,
    guildId: GUILD,
  });
}
function ask(quote: string) {
  return emu.slashCommand({ name: 'who-said', options: [opt('quote', quote)], user: MEMBER, channelId: CHANNEL, guildId: GUILD });
}
const file = (name: string) => path.join(folders.corpusDir, name);
const codes = () => new Map(bot.ctx.corpus.current.errors.map((e) => [e.file, e.code]));

beforeAll(async () => {
  emu = await DiscordEmulator.start(emulatorOptions(TOKEN));
  folders = await tempFolders();
  const parsed = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: APP,
    DISCORD_API_BASE: emu.apiBase,
    CORPUS_DIR: folders.corpusDir,
    STATE_DIR: folders.stateDir,
    COOLDOWN_SECONDS: '0',
    MAX_FILE_BYTES: String(MAX_FILE_BYTES),
    MAX_FILES: String(MAX_FILES),
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const { config } = parsed;
  const logger = createLogger('debug', { write: (line: string) => logs.push(line) });
  const limits = { maxFileBytes: config.MAX_FILE_BYTES, maxFiles: config.MAX_FILES };
  const hooks = { afterList: (ids: readonly string[]) => (afterList ? afterList(ids) : Promise.resolve()) };
  bot = await startApp(config, { logger, builder: (dir) => openStore(dir, { logger, limits, cacheDir: false, hooks }) });
}, 60_000);
afterAll(async () => {
  await bot?.stop().catch(() => undefined);
  await emu?.close();
  if (folders) await rm(folders.root, { recursive: true, force: true });
});

describe('corpus limits', () => {
  it('are configurable, with sane defaults', () => {
    const parsed = parseConfig({ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: APP });
    expect(parsed.ok && [parsed.config.MAX_FILE_BYTES, parsed.config.MAX_FILES]).toEqual([
      DEFAULT_CORPUS_LIMITS.maxFileBytes,
      DEFAULT_CORPUS_LIMITS.maxFiles,
    ]);
    expect(parseConfig({ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: APP, MAX_FILE_BYTES: '-5' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^MAX_FILE_BYTES /),
    });
    expect(parseConfig({ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: APP, MAX_FILES: 'many' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^MAX_FILES /),
    });
  });
});

describe('/reload with broken files', () => {
  it('reports each broken file with a clear error and loads the rest', async () => {
    const outside = path.join(os.tmpdir(), `quotetrail-outside-${process.pid}.txt`);
    await writeFile(outside, 'A secret outside the corpus said "do not read this file at all please".\n');
    await writeFile(file('empty.txt'), '');
    await writeFile(file('blank.txt'), ' \n\n\t\n');
    await writeFile(file('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0xff]));
    await writeFile(
      file('latin1.txt'),
      Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, said the owner. '.repeat(5))]),
    );
    await writeFile(file('big.txt'), `A long file.\n\n${'The council said it would meet again. '.repeat(700)}`);
    await symlink(outside, file('outside.txt'));
    await writeFile(file('vanishing.txt'), 'This article will be gone before it is read.\n');
    await writeFile(file('zz_good.txt'), `Coast news\n\nThe keeper Mara Olsen said "${NEW_QUOTE}".\n`);
    await writeFile(
      file('sources.json'),
      JSON.stringify([
        { file: 42 },
        { file: '000_f83aa7529c895b80.txt', date: 'last tuesday' },
        { file: 'ghost.txt', outlet: 'Nowhere Times' },
        { file: '../../etc/passwd', outlet: 'Sneaky' },
        { file: 'zz_good.txt', outlet: 'Coast Gazette' },
      ]),
    );
    afterList = async (ids) => {
      if (ids.includes('vanishing.txt')) await unlink(file('vanishing.txt'));
    };
    const reply = await reload().final(20_000);
    afterList = null;
    const text = visibleText(reply);
    expect(text).toMatch(/reloaded/i);
    const expected: [string, string][] = [
      ['empty.txt', 'empty'],
      ['blank.txt', 'empty'],
      ['binary.txt', 'binary'],
      ['latin1.txt', 'invalid_utf8'],
      ['big.txt', 'too_large'],
      ['outside.txt', 'outside_corpus'],
      ['vanishing.txt', 'vanished'],
    ];
    const found = codes();
    for (const [name, code] of expected) expect(found.get(name), name).toBe(code);
    firstReply = text;
    // the footer counts the skipped files and names the corpus that now serves
    const version = bot.ctx.corpus.current.corpusVersion().version;
    expect((reply.embeds[0]?.footer as { text?: string } | undefined)?.text).toMatch(
      new RegExp(`^${bot.ctx.corpus.current.errors.length} files skipped · corpus ${version} · loaded `),
    );
    expect(text).toContain('big.txt');
    const manifest = bot.ctx.corpus.current.errors
      .filter((e) => e.file === 'sources.json')
      .map((e) => e.code)
      .sort();
    expect(manifest).toEqual(['manifest_invalid', 'manifest_invalid', 'manifest_unknown_file', 'outside_corpus']);
    for (const e of bot.ctx.corpus.current.errors) expect(e.message.length, e.file).toBeGreaterThan(20);
    // the rest loaded: the seeds, and the good file with its manifest outlet
    const store = bot.ctx.corpus.current;
    expect([...store.documents.keys()].sort()).toEqual([
      '000_f83aa7529c895b80.txt',
      '001_bee019fe0c51243f.txt',
      '002_fe98496fdf69faaa.txt',
      '003_efc4b3a9b3049d34.txt',
      '004_58fe8462cd8d2dcd.txt',
      'zz_good.txt',
    ]);
    expect(store.documents.get('zz_good.txt')!.meta.outlet).toBe('Coast Gazette');
    expect(visibleText(await ask(NEW_QUOTE).final())).toContain('Mara Olsen');
    expect(visibleText(await ask(SEED_QUOTE).final())).toContain('Yevmenov');
    expect(JSON.stringify(store.documents.get('zz_good.txt'))).not.toContain('do not read this file');
  }, 30_000);

  it('names every skipped file in the reply', () => {
    for (const e of bot.ctx.corpus.current.errors) expect(firstReply, e.file).toContain(e.file);
  });

  it('reports too many files and reads only up to MAX_FILES', async () => {
    await mkdir(file('extra'));
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        writeFile(file(`extra/note${i}.txt`), `Note ${i}\n\nThe clerk said the office opens at nine.\n`),
      ),
    );
    const reply = await reload().final(20_000);
    expect(visibleText(reply)).toMatch(/reloaded/i);
    expect(bot.ctx.corpus.current.errors.some((e) => e.code === 'too_many_files')).toBe(true);
    expect(bot.ctx.corpus.current.documents.size).toBeLessThanOrEqual(MAX_FILES);
    await rm(file('extra'), { recursive: true });
  }, 30_000);

  it('answers from the old corpus while a reload runs, and from the new one after, never a mix', async () => {
    const before = bot.ctx.corpus.current;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let listed!: () => void;
    const reached = new Promise<void>((resolve) => (listed = resolve));
    afterList = async () => {
      listed();
      await held;
    };
    await writeFile(
      file('zz_later.txt'),
      'Late news\n\nThe ferry captain Ivo Maric said "the crossing resumes when the fog lifts tomorrow".\n',
    );
    const pending = reload();
    await reached;
    // mid-reload: the old store serves, whole
    const during = await ask('the crossing resumes when the fog lifts tomorrow').final();
    expect(visibleText(during)).toMatch(/not found/i);
    expect(bot.ctx.corpus.current).toBe(before);
    release();
    expect(visibleText(await pending.final(20_000))).toMatch(/reloaded/i);
    afterList = null;
    expect(visibleText(await ask('the crossing resumes when the fog lifts tomorrow').final())).toContain('Ivo Maric');
  }, 30_000);

  it('refuses a corpus with nothing loadable and keeps every old document serving', async () => {
    const before = bot.ctx.corpus.current;
    const ids = [...before.documents.keys()];
    await Promise.all(ids.map((id) => rm(file(id))));
    const reply = await reload().final(20_000);
    const text = visibleText(reply);
    expect(text).toMatch(/refused/i);
    expect(text).toContain('binary.txt');
    expect(bot.ctx.corpus.current).toBe(before);
    expect([...bot.ctx.corpus.current.documents.keys()]).toEqual(ids);
    expect(visibleText(await ask(SEED_QUOTE).final())).toContain('Yevmenov');
    expect(visibleText(await ask(NEW_QUOTE).final())).toContain('Mara Olsen');
  }, 30_000);

  it('sent only valid payloads and never wrote the token', () => {
    expect(checkSentPayloads(emu)).toBeGreaterThan(5);
    expectTokenNowhere(TOKEN, logs, emu);
  });
});
