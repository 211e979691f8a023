/**
 * /add, /remove and /source end to end: the real bot against the Discord emulator, pages served by a local
 * HTTP server (FETCH_ALLOW_PRIVATE=true lets the bot read loopback, as a self-hosted intranet would).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSentPayloads, expectTokenNowhere } from '../hostile/helpers.js';
import {
  CHANNEL,
  GUILD,
  MEMBER,
  MODERATOR,
  MOD_PERMISSIONS,
  OTHER_CHANNEL,
  OTHER_GUILD,
  OTHER_MODERATOR,
  TOKEN,
  useHarness,
} from './harness.js';

const FERRY = 'the ferry timetable will change on the first of June';
const BRIDGE = 'the old bridge will stay closed to lorries until the repairs are finished';

const PAGES: Record<string, { type: string; body: string }> = {
  '/news/ferry-timetable': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><title>Ferry timetable to change — Lakeside Ledger</title>
<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ferry timetable to change in June',
      datePublished: '2024-05-14T08:30:00+02:00',
      author: { '@type': 'Person', name: 'Anna Berg' },
      publisher: { '@type': 'Organization', name: 'Lakeside Ledger' },
    })}</script>
<link rel="canonical" href="https://lakeside-ledger.example/news/ferry-timetable"></head>
<body><header><a href="/">Home</a> <a href="/news">News</a></header><main><article>
<h1>Ferry timetable to change in June</h1>
<p>Passengers on the lake crossing will see new departure times this summer, the operator announced on Tuesday.</p>
<p>"${FERRY[0]!.toUpperCase()}${FERRY.slice(1)}, and the early boat will leave twenty minutes later," said Marta Kowalczyk, the operator's head of services.</p>
<p>Kowalczyk added that the changes had been discussed with the town council for several months before the decision was taken.</p>
</article></main><footer>Lakeside Ledger</footer></body></html>`,
  },
  '/paywall': {
    type: 'text/html',
    body: '<!doctype html><html><head><title>Subscribe</title></head><body><div class="paywall"><h2>Subscribe to keep reading</h2><p>Already a subscriber? Log in.</p></div></body></html>',
  },
  '/files/blank.txt': { type: 'text/plain', body: '   \n\n  ' },
  '/files/bridge.html': {
    type: 'application/octet-stream',
    body: `<!doctype html><html><head><title>Bridge stays shut | Valley Voice</title><meta property="og:site_name" content="Valley Voice">
<meta property="article:published_time" content="2024-05-20"></head><body><article><h1>Bridge stays shut</h1>
<p>Drivers of heavy vehicles face a long detour through the valley for the rest of the year.</p>
<p>"${BRIDGE[0]!.toUpperCase()}${BRIDGE.slice(1)}," said county engineer Pieter Van Dam on Monday, standing beside the barriers.</p>
<p>Van Dam said the inspection had found cracks in two of the supports that had to be replaced before any reopening.</p>
</article></body></html>`,
  },
};

/** Pages that must be refused, each for its own reason. */
const HOSTILE: Record<string, (res: ServerResponse, bomb: Buffer) => void> = {
  '/slow': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const drip = setInterval(() => res.write('<p>'), 500);
    res.on('close', () => clearInterval(drip));
  },
  '/huge': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(64 * 2 ** 20) });
    res.end();
  },
  '/bomb': (res, bomb) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb),
  '/report.pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/photo': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
};

const h = useHarness({ FETCH_ALLOW_PRIVATE: 'true' });
let server: Server;
let base: string;

/** Everything a member reads in a message, with Markdown escapes undone. */
const text = (m: { embeds: Record<string, unknown>[]; content: string }): string =>
  (m.content + JSON.stringify(m.embeds)).replace(/\\\\(.)/g, '$1');

const moderator = { user: MODERATOR, member: { roles: [], permissions: MOD_PERMISSIONS }, channelId: CHANNEL, guildId: GUILD };
const add = (
  options: { name: string; type: number; value: string; attachment?: { filename: string; url: string; size: number } }[],
  who = moderator,
) => h.emu.slashCommand({ name: 'add', options, ...who });
const ask = (quote: string, where: { guildId: string; channelId: string } = { guildId: GUILD, channelId: CHANNEL }) =>
  h.emu.slashCommand({ name: 'who-said', options: [{ name: 'quote', type: 3, value: quote }], user: MEMBER, ...where }).final();

beforeAll(async () => {
  // 40 MB of zeros gzipped to a few kilobytes: past MAX_FILE_BYTES (20 MiB) once inflated
  const bomb = gzipSync(Buffer.alloc(40 * 2 ** 20));
  server = createServer((req, res) => {
    const hostile = HOSTILE[req.url ?? ''];
    if (hostile) {
      hostile(res, bomb);
      return;
    }
    const page = PAGES[req.url ?? ''];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': page.type }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('/add, /remove and /source', () => {
  it('refuses /add to a plain member and stores nothing', async () => {
    const reply = await add([{ name: 'url', type: 3, value: `${base}/news/ferry-timetable` }], {
      user: MEMBER,
      member: { roles: [], permissions: '0' },
      channelId: CHANNEL,
      guildId: GUILD,
    }).final();
    expect(reply.flags & 64).toBe(64);
    expect(text(reply)).toMatch(/only moderators/i);
    expect(await h.bot.ctx.state.listArticles(GUILD)).toEqual([]);
  });

  it('adds a link: acknowledged at once, then what was read', async () => {
    const handle = add([{ name: 'url', type: 3, value: `${base}/news/ferry-timetable` }]);
    expect((await handle.response()).type).toBe(5);
    const reply = await handle.final();
    const shown = text(reply);
    expect(shown).toContain('Ferry timetable to change in June');
    expect(shown).toContain('Lakeside Ledger');
    expect(shown).toContain('2024-05-14');
    expect(shown).toContain('Marta Kowalczyk');
    expect(shown).toMatch(/Quotations \(1\)/);
    // the reply names the server's corpus from now on: the shared one with this article in it
    const serverVersion = h.bot.ctx.corpus.view(GUILD).corpusVersion().version;
    expect(serverVersion).not.toBe(h.bot.ctx.corpus.current.corpusVersion().version);
    expect(shown).toContain(`corpus ${serverVersion}`);
  });

  it('answers /who-said with the article’s speaker and the outlet from its metadata, in that server only', async () => {
    const answer = text(await ask(FERRY));
    expect(answer).toMatch(/Verbatim/);
    expect(answer).toContain('Marta Kowalczyk');
    expect(answer).toContain('Lakeside Ledger');
    expect(answer).toContain(`corpus ${h.bot.ctx.corpus.view(GUILD).corpusVersion().version}`);
    const elsewhere = text(await ask(FERRY, { guildId: OTHER_GUILD, channelId: OTHER_CHANNEL }));
    expect(elsewhere).toMatch(/Not found/i);
    expect(elsewhere).not.toContain('Lakeside Ledger');
  });

  it('adds an attachment, refuses the same article again and a page without one', async () => {
    const file = { filename: 'bridge.html', url: `${base}/files/bridge.html`, size: PAGES['/files/bridge.html']!.body.length };
    const added = text(await add([{ name: 'file', type: 11, value: '900000000000000001', attachment: file }]).final());
    expect(added).toContain('Valley Voice');
    expect(added).toContain('Pieter Van Dam');
    expect(text(await ask(BRIDGE))).toContain('Pieter Van Dam');
    const again = text(await add([{ name: 'url', type: 3, value: `${base}/news/ferry-timetable` }]).final());
    expect(again).toMatch(/already in the corpus as added\//);
    const paywall = await add([{ name: 'url', type: 3, value: `${base}/paywall` }]).final();
    expect(paywall.flags & 64).toBe(64);
    expect(text(paywall)).toMatch(/No article/i);
    expect(text(paywall)).toMatch(/"description":"The page is a web page without an article/);
    expect(text(paywall)).toMatch(/Nothing was stored/);
    // an attachment is spoken of as a file, a link as a page
    const blank = { filename: 'blank.txt', url: `${base}/files/blank.txt`, size: PAGES['/files/blank.txt']!.body.length };
    const empty = await add([{ name: 'file', type: 11, value: '900000000000000002', attachment: blank }]).final();
    expect(text(empty)).toMatch(/"description":"The file is empty or holds only whitespace/);
    expect(await h.bot.ctx.state.listArticles(GUILD)).toHaveLength(2);
  });

  it('refuses a slow body, a body past the limit, a gzip bomb, a PDF, an image and a redirect loop, stores nothing, and keeps answering', async () => {
    const before = (await h.bot.ctx.state.listArticles(GUILD)).length;
    for (const path of ['/slow', '/huge', '/bomb', '/report.pdf', '/photo', '/loop']) {
      const reply = await add([{ name: 'url', type: 3, value: `${base}${path}` }]).final(20_000);
      expect(reply.flags & 64, path).toBe(64);
      expect(text(reply), path).toMatch(/Nothing was stored/);
    }
    expect(await h.bot.ctx.state.listArticles(GUILD)).toHaveLength(before);
    expect(text(await ask(FERRY))).toContain('Marta Kowalczyk');
  }, 60_000);

  it('shows who added a document with /source, and another server cannot see or remove it', async () => {
    const [article] = await h.bot.ctx.state.listArticles(GUILD);
    const shown = text(
      await h.emu
        .slashCommand({
          name: 'source',
          options: [{ name: 'document', type: 3, value: article!.id }],
          user: MEMBER,
          channelId: CHANNEL,
          guildId: GUILD,
        })
        .final(),
    );
    expect(shown).toContain('Added by');
    expect(shown).toContain(MODERATOR.username);
    const other = text(
      await h.emu
        .slashCommand({
          name: 'source',
          options: [{ name: 'document', type: 3, value: article!.id }],
          user: MEMBER,
          channelId: OTHER_CHANNEL,
          guildId: OTHER_GUILD,
        })
        .final(),
    );
    expect(other).toMatch(/Source not found/);
    // named by its outlet, as members type it: the one document of that outlet, with who added it; not elsewhere
    const byOutlet = (guildId: string, channelId: string) =>
      h.emu
        .slashCommand({
          name: 'source',
          options: [{ name: 'document', type: 3, value: 'lakeside ledger' }],
          user: MEMBER,
          channelId,
          guildId,
        })
        .final();
    const named = text(await byOutlet(GUILD, CHANNEL));
    expect(named).toContain('Ferry timetable to change in June');
    expect(named).toContain('Added by');
    expect(named).toContain(MODERATOR.username);
    const namedElsewhere = text(await byOutlet(OTHER_GUILD, OTHER_CHANNEL));
    expect(namedElsewhere).toMatch(/Source not found/);
    expect(namedElsewhere).not.toContain('Ferry timetable');
    const removed = await h.emu
      .slashCommand({
        name: 'remove',
        options: [{ name: 'document', type: 3, value: article!.id }],
        user: OTHER_MODERATOR,
        member: { roles: [], permissions: MOD_PERMISSIONS },
        channelId: OTHER_CHANNEL,
        guildId: OTHER_GUILD,
      })
      .final();
    expect(text(removed)).toMatch(/Not removed/);
    // worded as the other moderator replies: ⛔ on a refusal, the document's name in curly quotes
    expect(removed.embeds?.[0]?.title).toBe('⛔ Not removed');
    expect(text(removed)).toContain(`No article added in this server is called “${article!.id}”.`);
    expect(await h.bot.ctx.state.listArticles(GUILD)).toHaveLength(2);
    const choices = await h.emu
      .autocomplete({
        name: 'remove',
        options: [{ name: 'document', type: 3, value: '' }],
        focused: 'document',
        user: OTHER_MODERATOR,
        channelId: OTHER_CHANNEL,
        guildId: OTHER_GUILD,
      })
      .choices();
    expect(choices).toEqual([]);
  });

  it('still has the articles after a restart, and /remove takes one out', async () => {
    await h.restart();
    expect(text(await ask(FERRY))).toContain('Marta Kowalczyk');
    const [ferry] = (await h.bot.ctx.state.listArticles(GUILD)).filter((a) => a.meta.outlet === 'Lakeside Ledger');
    const choices = await h.emu
      .autocomplete({
        name: 'remove',
        options: [{ name: 'document', type: 3, value: 'ferry' }],
        focused: 'document',
        user: MODERATOR,
        channelId: CHANNEL,
        guildId: GUILD,
      })
      .choices();
    expect(choices.map((c) => c.value)).toContain(ferry!.id);
    const removed = text(
      await h.emu.slashCommand({ name: 'remove', options: [{ name: 'document', type: 3, value: ferry!.id }], ...moderator }).final(),
    );
    expect(removed).toMatch(/Removed/);
    expect(removed).toMatch(/Removed “[^"”]+”\./);
    expect(text(await ask(FERRY))).toMatch(/Not found/i);
    const log = await h.bot.ctx.state.auditLog(GUILD);
    expect(log.map((e) => e.kind)).toEqual(expect.arrayContaining(['article_added', 'article_removed']));
  });

  it('sent only valid payloads that ping nobody; the token is nowhere', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(10);
    expectTokenNowhere(TOKEN, h.logs, h.emu);
  });
});

describe('/add on a bot that may not read private addresses (the default)', () => {
  const strict = useHarness();

  it('refuses loopback, link-local and other schemes with a clear private reply, stores nothing, and keeps answering', async () => {
    const port = (server.address() as AddressInfo).port;
    for (const url of [
      `http://127.0.0.1:${port}/news/ferry-timetable`,
      `http://[::1]:${port}/news/ferry-timetable`,
      'http://169.254.169.254/latest/meta-data/',
      `http://2130706433:${port}/news/ferry-timetable`,
      'file:///etc/passwd',
    ]) {
      const reply = await strict.emu.slashCommand({ name: 'add', options: [{ name: 'url', type: 3, value: url }], ...moderator }).final();
      expect(reply.flags & 64, url).toBe(64);
      expect(text(reply), url).toMatch(/could not be read/i);
      expect(text(reply), url).toMatch(/Nothing was stored/);
    }
    expect(await strict.bot.ctx.state.listArticles(GUILD)).toEqual([]);
    const answer = await strict.emu
      .slashCommand({
        name: 'who-said',
        options: [{ name: 'quote', type: 3, value: 'strengthen communication at all levels' }],
        user: MEMBER,
        channelId: CHANNEL,
        guildId: GUILD,
      })
      .final();
    expect(text(answer)).toContain('Li Shangfu');
    expect(strict.logs.some((l) => l.includes('fetch refused'))).toBe(true);
  });
});
