/**
 * The moderators' desk as a demanding moderator uses it, end to end through the local Discord emulator with the
 * real discord.js client: a speaker correction that follows its quotation (an article edited and reloaded, a
 * second outlet carrying the same words), and the moderation log (who did what, when). Articles of our own.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSentPayloads, visibleText as escapedText } from '../hostile/helpers.js';
import {
  AS_MODERATOR,
  GUILD,
  MEMBER,
  MODERATOR,
  OTHER_CHANNEL,
  OTHER_GUILD,
  OTHER_MODERATOR,
  reloadWith,
  undoCorrection,
  useHarness,
  WHERE,
} from './harness.js';

/** What a member reads, Markdown escapes undone. */
const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const h = useHarness({ FETCH_ALLOW_PRIVATE: 'true' });
/** Pages of our own, served on loopback for /add. */
const PAGES: Record<string, string> = {
  '/harbour': `<!doctype html><html><head><title>Harbour fees frozen | Coast Echo</title><meta property="og:site_name" content="Coast Echo">
<meta property="article:published_time" content="2025-04-02"></head><body><article><h1>Harbour fees frozen</h1>
<p>"We will not raise a single fee this year," harbour master Liis Org said on Wednesday.</p>
<p>Boat owners welcomed the news, saying the last two winters had been hard on small fishing crews and on the families who rent out moorings to summer visitors.</p>
<p>The harbour board will meet again in October to look at the budget for dredging the northern basin, which has grown shallow since the storms of the spring.</p>
</article></body></html>`,
  '/market': `<!doctype html><html><head><title>Market square to close | Coast Echo</title><meta property="og:site_name" content="Coast Echo">
<meta property="article:published_time" content="2025-04-05"></head><body><article><h1>Market square to close</h1>
<p>"The stalls will move to the old station for the summer," market manager Rein Kuusk said on Saturday.</p>
<p>Traders said the move would cost them customers, since the old station lies far from the bus stops and the ferry pier that bring most visitors to town.</p>
<p>The council expects the square's new paving to be finished by the end of September, weather permitting.</p>
</article></body></html>`,
};
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
const opt = (name: string, value: string) => ({ name, type: 3, value });
const ask = async (quote: string) =>
  visibleText(await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', quote)], user: MEMBER, ...WHERE }).final());

const TOLLS = `Bridge tolls to rise in spring
Source: Lakeside Courier
2025-03-02

The regional board approved higher tolls on the old bridge. "Drivers will pay for our mistakes for a decade," said board member Tarmo Vilu at the meeting.
Chair Anni Rebane defended the plan.
`;
const TOLLS_AGAIN = `Toll rise angers commuters
Source: North Gazette
2025-03-03

"Drivers will pay for our mistakes for a decade," Tarmo Vilu told the gazette on Monday.
`;
const QUOTE = 'Drivers will pay for our mistakes for a decade';

describe('a speaker correction', () => {
  it('follows its quotation when the article is edited and reloaded, and reaches another outlet carrying the same words', async () => {
    await reloadWith(h, { 'desk-tolls.txt': TOLLS });
    expect(await ask(QUOTE)).toContain('said by **Tarmo Vilu**');
    const made = await h.emu
      .slashCommand({
        name: 'correct',
        options: [{ name: 'speaker', type: 1, options: [opt('quote', QUOTE), opt('speaker', 'Anni Rebane')] }],
        ...AS_MODERATOR,
      })
      .final();
    const id = Number(/Correction #(\d+) is in force/.exec(visibleText(made))?.[1]);
    expect(id).toBeGreaterThan(0);
    expect(await ask(QUOTE)).toContain(`said by **Anni Rebane**`);

    // the outlet updated its article: a sentence before the quotation moves it; the correction still holds
    await reloadWith(h, {
      'desk-tolls.txt': TOLLS.replace('The regional board', 'Late on Friday, after a long debate, the regional board'),
    });
    const edited = await ask(QUOTE);
    expect(edited).toContain('said by **Anni Rebane**');
    expect(edited).toContain(`corrected by ${MODERATOR.username}`);

    // a second outlet carries the same words with the same wrong speaker: the quotation is corrected there too
    await reloadWith(h, { 'desk-tolls-again.txt': TOLLS_AGAIN });
    const both = await ask(QUOTE);
    expect(both).toContain('said by **Anni Rebane**');
    expect(both).toContain('quoted in 2 documents');
    // the outlet that printed another name still says so, beside the corrected speaker
    expect(both).toContain('credited as “Tarmo Vilu”');

    // undone: every outlet has the speaker it printed again
    await undoCorrection(h, id);
    const back = await ask(QUOTE);
    expect(back).toContain('said by **Tarmo Vilu**');
    expect(back).not.toContain('corrected by');
  }, 120_000);
});

describe('/reports log', () => {
  it('shows moderators who did what and when in their server, newest first, without another server’s moderators', async () => {
    const OTHER = { user: OTHER_MODERATOR, member: { roles: [], permissions: '32' }, channelId: OTHER_CHANNEL, guildId: OTHER_GUILD };
    await h.emu.slashCommand({ name: 'reload', ...OTHER }).final(30_000);
    const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', QUOTE)], user: MEMBER, ...WHERE }).final();
    await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...WHERE }).response();
    const sent = visibleText(
      await h.emu
        .submitModal({ customId: 'qt:report-form', fields: { reason: 'The chair said it.' }, message: answer, user: MEMBER, ...WHERE })
        .final(),
    );
    const report = Number(/report #(\d+)/.exec(sent)?.[1]);
    await h.emu
      .slashCommand({
        name: 'reports',
        options: [
          { name: 'resolve', type: 1, options: [{ name: 'id', type: 4, value: report }, opt('note', 'Checked: the article says Vilu.')] },
        ],
        ...AS_MODERATOR,
      })
      .final();

    const reply = await h.emu.slashCommand({ name: 'reports', options: [{ name: 'log', type: 1, options: [] }], ...AS_MODERATOR }).final();
    expect(reply.flags & 64).toBe(64);
    const log = visibleText(reply);
    expect(log).toContain('Moderation log');
    const at = (line: RegExp) => log.search(line);
    // newest first: the resolution, the report, the other server's reload, the undo, (this server's reloads,) the correction
    const order = [
      new RegExp(`${MODERATOR.username} resolved report #${report}: “Checked: the article says Vilu.”`),
      new RegExp(`a member filed report #${report}`),
      /the corpus folder was reloaded \(\d+ documents\), asked in another server/,
      /moderator undid correction #\d+ \(“Drivers will pay for our mistakes for a decade” is by Anni Rebane\)/,
      /moderator made correction #\d+ \(“Drivers will pay/,
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(log).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d — moderator: the corpus folder was reloaded \(\d+ documents\)/);
    expect(log).not.toContain(OTHER_MODERATOR.username);

    // the other server's log has its own reload, and nothing of this server
    const other = visibleText(
      await h.emu.slashCommand({ name: 'reports', options: [{ name: 'log', type: 1, options: [] }], ...OTHER }).final(),
    );
    expect(other).toContain(`${OTHER_MODERATOR.username}: the corpus folder was reloaded`);
    expect(other).not.toMatch(/correction #|report #|Anni Rebane/);
    // a member is refused, privately
    const refused = await h.emu
      .slashCommand({
        name: 'reports',
        options: [{ name: 'log', type: 1, options: [] }],
        user: MEMBER,
        member: { roles: [], permissions: '0' },
        ...WHERE,
      })
      .final();
    expect(refused.flags & 64).toBe(64);
    expect(visibleText(refused)).toMatch(/Only moderators/);
  }, 120_000);
});

describe('a long listing', () => {
  it('shows every line a page says it shows, however long the reports are; the next page starts after them', async () => {
    const filed: number[] = [];
    for (let i = 0; i < 25; i++) {
      const stored = await h.bot.ctx.state.addReport({
        ...WHERE,
        messageId: `70000000000000${String(1000 + i)}`,
        reporterId: MEMBER.id,
        // a member writes as much as the form takes, with the Markdown characters that get escaped
        reason: `Reason ${i}: ${'the *speaker* and the _outlet_ are both wrong here, '.repeat(12)}`.slice(0, 500),
        command: 'who-said',
        query: `${'a long question about the bridge tolls and who said what at the meeting '.repeat(3)}`.slice(0, 200),
        corpusVersion: 'abcdef123456',
      });
      if (stored.ok) filed.push(stored.report.id);
    }
    const list = (page?: number) =>
      h.emu
        .slashCommand({
          name: 'reports',
          options: [{ name: 'list', type: 1, options: page ? [{ name: 'page', type: 4, value: page }] : [] }],
          ...AS_MODERATOR,
        })
        .final();
    const first = await list();
    const shown = visibleText(first);
    const said = /Showing 1–20 of (\d+)/.exec(shown);
    expect(said).not.toBeNull();
    const ids = [...shown.matchAll(/• #(\d+) \/who-said/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(20);
    expect(shown).not.toMatch(/\(truncated\)|more not shown/);
    const second = visibleText(await list(2));
    const next = [...second.matchAll(/• #(\d+) \/who-said/g)].map((m) => Number(m[1]));
    expect(next[0]).toBeGreaterThan(ids.at(-1)!);
    // every report filed here is on one of the two pages
    expect(filed.every((id) => ids.includes(id) || next.includes(id))).toBe(true);
    for (const id of filed) await h.bot.ctx.state.resolveReport(GUILD, id, 'Test over.', { id: MODERATOR.id, name: MODERATOR.username });
  }, 60_000);
});

describe('/remove of an article', () => {
  it('names the open reports of answers that quoted it, so the moderator resolves them; none for an article nobody reported', async () => {
    const add = async (page: string) =>
      visibleText(await h.emu.slashCommand({ name: 'add', options: [opt('url', `${base}${page}`)], ...AS_MODERATOR }).final());
    const harbour = /Added (added\/[^"\s]+)"/.exec(await add('/harbour'))?.[1];
    const market = /Added (added\/[^"\s]+)"/.exec(await add('/market'))?.[1];
    expect(harbour && market).toBeTruthy();
    const answer = await h.emu
      .slashCommand({ name: 'who-said', options: [opt('quote', 'We will not raise a single fee this year')], user: MEMBER, ...WHERE })
      .final();
    expect(visibleText(answer)).toContain('Liis Org');
    await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...WHERE }).response();
    const sent = visibleText(
      await h.emu
        .submitModal({ customId: 'qt:report-form', fields: { reason: 'It was the deputy.' }, message: answer, user: MEMBER, ...WHERE })
        .final(),
    );
    const report = Number(/report #(\d+)/.exec(sent)?.[1]);
    const remove = async (document: string) =>
      h.emu.slashCommand({ name: 'remove', options: [opt('document', document)], ...AS_MODERATOR }).final();

    const quiet = visibleText(await remove(market!));
    expect(quiet).toContain('Removed');
    expect(quiet).not.toMatch(/Open report/);
    const removed = await remove(harbour!);
    expect(removed.flags & 64).toBe(64);
    expect(visibleText(removed)).toMatch(
      new RegExp(
        `⚠️ Open report of answers that quoted it: #${report}\\. Those answers no longer come out the same: resolve the reports with /reports resolve id: note:`,
      ),
    );
    // the member's context button on the answer says the corpus changed, not that it was reloaded
    const context = visibleText(await h.emu.clickButton({ message: answer, customId: 'qt:context:0', user: MEMBER, ...WHERE }).final());
    expect(context).toMatch(
      /no longer carries this quotation: the server’s corpus changed since this answer \(an article was added or removed/,
    );
  }, 60_000);
});

describe('every message', () => {
  it('was a valid payload that pings nobody', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(0);
  });
});
