/**
 * `kill -9` in the middle of an /add: the bot process (as `npm start` runs it) is killed at different moments
 * of adding a large page. After each kill the state database opens and passes SQLite's integrity check, and
 * every article is either whole (its text, bytes and hash agree, its audit event is there, and the restarted
 * bot answers from it) or not there at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDocument, bodyHash } from '../../src/library/document.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { CHANNEL, GUILD, MEMBER, MODERATOR, TOKEN } from '../bot/harness.js';
import { DiscordEmulator } from '../emulator/index.js';
import { opt, visibleText } from './helpers.js';
import { botEnv, emulatorOptions, killBot, spawnBot, tempFolders, type SpawnedBot } from './spawn.js';

/**
 * Moments after the add is acknowledged at which the process is killed (ms); `done`: once the bot has logged
 * the add (so at least one article must be whole).
 */
const KILL_AFTER: (number | 'done')[] = [0, 60, 150, 300, 600, 'done'];
/** One quotation per round, sharing no distinctive word with the others (a near miss would answer "close"). */
const QUOTES = [
  'the night market will stay open until midnight all summer',
  'lantern makers from the islands are welcome at every stall',
  'cheese merchants must register their vans before the festival',
  'our volunteers repaint the benches along the promenade each spring',
  'visitors arriving by tram get a discount on oyster platters',
  'fireworks above the lighthouse end the season on the last Sunday',
];
const quoteOf = (round: number): string => QUOTES[round]!;

/** A long article (about 150 KB) with one attributed quotation, so that reading and storing it takes a while. */
function page(round: number): string {
  const filler = Array.from(
    { length: 1000 },
    (_, i) =>
      `<p>Paragraph ${i} of the harbour report describes stall ${i % 37}, its licence and the fees it pays each season to the port.</p>`,
  );
  filler.splice(3, 0, `<p>"${quoteOf(round)}," said market manager Rosa Delgado on Friday.</p>`);
  return `<!doctype html><html><head><title>Night market ${round} | Harbour Herald</title><meta property="og:site_name" content="Harbour Herald"></head><body><article><h1>Night market ${round}</h1>${filler.join('')}</article></body></html>`;
}

let server: Server;
let emu: DiscordEmulator;
let folders: Awaited<ReturnType<typeof tempFolders>>;
let bot: SpawnedBot | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const round = Number(/^\/market-(\d+)$/.exec(req.url ?? '')?.[1] ?? NaN);
    if (Number.isNaN(round)) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(round));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  emu = await DiscordEmulator.start(emulatorOptions(TOKEN));
  folders = await tempFolders();
}, 60_000);

afterAll(async () => {
  await killBot(bot);
  await emu?.close();
  await new Promise((resolve) => server?.close(resolve));
  await rm(folders.root, { recursive: true, force: true });
});

const start = async (): Promise<SpawnedBot> => {
  const b = spawnBot(botEnv(emu, TOKEN, folders, { FETCH_ALLOW_PRIVATE: 'true' }));
  await b.waitForLog('bot ready', 60_000);
  return b;
};

describe('kill -9 during /add', () => {
  it('leaves every article whole or absent, and the restarted bot answers from the whole ones', async () => {
    const port = (server.address() as AddressInfo).port;
    for (const [round, delay] of KILL_AFTER.entries()) {
      bot = await start();
      const handle = emu.slashCommand({
        name: 'add',
        options: [opt('url', `http://127.0.0.1:${port}/market-${round}`)],
        user: MODERATOR,
        member: { roles: [], permissions: '32' },
        channelId: CHANNEL,
        guildId: GUILD,
      });
      await handle.response(30_000);
      if (delay === 'done') await bot.waitForLog('article added', 60_000);
      else await new Promise((resolve) => setTimeout(resolve, delay));
      bot.child.kill('SIGKILL');
      expect(await bot.exited).toBe('SIGKILL');
    }
    bot = undefined;

    const db = new Database(path.join(folders.stateDir, 'state.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const state = await openState({ stateDir: folders.stateDir, logger: silentLogger });
    const present = new Set<number>();
    try {
      const events = await state.auditLog(GUILD, 100);
      for (const article of await state.loadArticles(GUILD)) {
        const round = Number(/Night market (\d+)/.exec(article.meta.title ?? '')?.[1]);
        present.add(round);
        expect(Buffer.from(article.raw).toString('utf8')).toBe(page(round));
        expect(article.textHash).toBe(bodyHash(articleDocument(article)));
        expect(article.text).toContain(quoteOf(round));
        expect(events.some((e) => e.kind === 'article_added' && e.detail.documentId === article.id)).toBe(true);
      }
    } finally {
      await state.close();
    }

    bot = await start();
    for (const round of KILL_AFTER.keys()) {
      const reply = visibleText(
        await emu
          .slashCommand({ name: 'who-said', options: [opt('quote', quoteOf(round))], user: MEMBER, channelId: CHANNEL, guildId: GUILD })
          .final(),
      );
      if (present.has(round)) expect(reply, `round ${round}`).toContain('Rosa Delgado');
      else expect(reply, `round ${round}`).toMatch(/Not found/i);
    }
    // the last add was logged before its kill: it is whole; the first was killed at once: it is absent
    expect(present.has(KILL_AFTER.length - 1)).toBe(true);
    expect(present.has(0)).toBe(false);
  }, 240_000);
});
