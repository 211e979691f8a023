/**
 * The moderators' desk end to end: new reports announced in the channel a server chose (pinging nobody, never in
 * another server), one report per member and answer, long listings paged, a refused reload that keeps the host's
 * folder to the log, /add given words that are no link, and documents whose ids are too long for a choice.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmuMessage } from '../emulator/index.js';
import { checkSentPayloads, expectTokenNowhere, visibleText as escapedText } from '../hostile/helpers.js';
import {
  AS_MODERATOR,
  CHANNEL,
  GUILD,
  MEMBER,
  MOD_ROLE,
  MODERATOR,
  MODS_CHANNEL,
  OTHER_CHANNEL,
  OTHER_GUILD,
  OTHER_MODERATOR,
  OWNER,
  TOKEN,
  useHarness,
  WHERE,
} from './harness.js';

const QUOTE = 'strengthen communication at all levels';
/** What a member reads, Markdown escapes undone. */
const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const h = useHarness();

const OTHER_WHERE = { channelId: OTHER_CHANNEL, guildId: OTHER_GUILD };
const AS_OTHER_MODERATOR = { user: OTHER_MODERATOR, member: { roles: [], permissions: '32' }, ...OTHER_WHERE };

const sub = (name: string, options: { name: string; type: number; value: string | number }[] = []) => [{ name, type: 1, options }];
const reports = (name: string, options: { name: string; type: number; value: string | number }[] = [], as = AS_MODERATOR) =>
  h.emu.slashCommand({ name: 'reports', options: sub(name, options), ...as }).final();
const notify = (channel?: string, as = AS_MODERATOR) =>
  reports('notify', channel ? [{ name: 'channel', type: 7, value: channel }] : [], as);
const ask = (where: { channelId: string; guildId: string } = WHERE) =>
  h.emu.slashCommand({ name: 'who-said', options: [{ name: 'quote', type: 3, value: QUOTE }], user: MEMBER, ...where }).final();
/** Sends the report form on an answer (a member presses Report first, and the form opens). */
const submitReport = async (answer: EmuMessage, reason: string, where: { channelId: string; guildId: string } = WHERE, press = true) => {
  if (press) expect((await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...where }).response()).type).toBe(9);
  return h.emu.submitModal({ customId: 'qt:report-form', fields: { reason }, message: answer, user: MEMBER, ...where }).final();
};
const botMessages = (channelId: string) => h.emu.messages(channelId).filter((m) => m.author.id !== MEMBER.id);
/** What the bot sent `userId` by direct message (the text of the messages Discord took), oldest first. */
const directMessages = (userId: string) =>
  h.emu
    .requestsTo('POST /channels/:channel/messages')
    .filter((r) => r.status === 200)
    .filter((r) => {
      const channel = h.emu.channel(r.route.split('/')[2] ?? '');
      return channel?.type === 1 && (channel.recipients as { id: string }[]).some((u) => u.id === userId);
    })
    .map((r) => {
      const body = r.body as { content?: string; embeds?: Record<string, unknown>[] };
      return visibleText({ content: body.content ?? '', embeds: body.embeds ?? [] });
    });

describe('new reports announced to the moderators', () => {
  it('announces each new report in the channel the server chose, saying who, which answer and why, pinging nobody', async () => {
    const set = visibleText(await notify(MODS_CHANNEL));
    expect(set).toMatch(/New reports will be announced in #mods, pinging nobody/);
    // the channel is tried at once: the moderators there read where reports will come from
    expect(visibleText(botMessages(MODS_CHANNEL).at(-1)!)).toMatch(/each new report of a member .* is posted here/);

    const answer = await ask();
    const before = botMessages(MODS_CHANNEL).length;
    expect(visibleText(await submitReport(answer, 'The minister said it, not the ministry.'))).toMatch(
      /report #\d+ is with the moderators/,
    );
    await expect.poll(() => botMessages(MODS_CHANNEL).length, { timeout: 5000 }).toBe(before + 1);
    const notice = botMessages(MODS_CHANNEL).at(-1)!;
    const text = visibleText(notice);
    expect(text).toMatch(new RegExp(`New report #\\d+ from ${MEMBER.username}`));
    expect(text).toContain(QUOTE);
    expect(text).toContain('The minister said it, not the ministry.');
    expect(JSON.stringify(notice.embeds)).toContain(`https://discord.com/channels/${GUILD}/${CHANNEL}/${answer.id}`);
    const body = h.emu.requestsTo('POST /channels/:channel/messages').at(-1)!.body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // the list says where new reports go, before the count whose colon introduces the list
    const listed = await reports('list');
    expect(visibleText(listed)).toMatch(new RegExp(`New reports are announced in #mods \\(set by ${MODERATOR.username}\\)`));
    expect(String(listed.embeds[0]!.description).replace(/\\(.)/g, '$1')).toMatch(
      /\. \d+ open reports? \(resolve with \/reports resolve id: note:\):$/,
    );
  }, 60_000);

  it('never shows one server’s reports to another, nor lets it pick another server’s channel', async () => {
    const before = botMessages(MODS_CHANNEL).length;
    const answer = await ask(OTHER_WHERE);
    expect(visibleText(await submitReport(answer, 'Wrong speaker here too.', OTHER_WHERE))).toMatch(/report #\d+ is with the moderators/);
    // the other server chose no channel: its report waits for its /reports list, and nothing reaches #mods
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(botMessages(MODS_CHANNEL)).toHaveLength(before);
    expect(botMessages(OTHER_CHANNEL).some((m) => /New report/.test(visibleText(m)))).toBe(false);
    expect(visibleText(await reports('list', [], AS_OTHER_MODERATOR))).toContain('Wrong speaker here too.');
    // a crafted interaction naming this server's channel from the other server is refused, and changes nothing
    expect(visibleText(await notify(MODS_CHANNEL, AS_OTHER_MODERATOR))).toMatch(/Pick a text channel of this server/);
    expect(await h.bot.ctx.state.getReportChannel(OTHER_GUILD)).toBeNull();
    expect(botMessages(MODS_CHANNEL)).toHaveLength(before);
    // crafted interactions from the other server on this server's answer find no answer: no report is filed there
    // with this server's question, and no button answers from this server's corpus
    const here = await ask();
    // the answer is remembered under its message id just after it is posted
    await expect.poll(() => h.bot.ctx.state.getConversation(here.id), { timeout: 5000 }).toBeDefined();
    const crafted = await h.emu
      .submitModal({
        customId: 'qt:report-form',
        fields: { reason: 'Crafted from elsewhere.' },
        message: here,
        user: MEMBER,
        ...OTHER_WHERE,
      })
      .final();
    expect(visibleText(crafted)).toMatch(/could not be matched to an answer/);
    expect(visibleText(await reports('list', [], AS_OTHER_MODERATOR))).not.toContain('Crafted from elsewhere.');
    expect(visibleText(await reports('list'))).not.toContain('Crafted from elsewhere.');
    const button = await h.emu.clickButton({ message: here, customId: 'qt:context:0', user: MEMBER, ...OTHER_WHERE }).final();
    expect(visibleText(button)).toMatch(/no longer remembers/);
  }, 60_000);

  it('refuses a channel the bot cannot post in, keeping the one set; without a channel it stops announcing', async () => {
    h.emu.failNext('POST /channels/:channel/messages', 403, { code: 50013, message: 'Missing Permissions' });
    const refused = visibleText(await notify(CHANNEL));
    expect(refused).toMatch(/cannot post in #fact-check: give it View Channel, Send Messages and Embed Links/);
    expect((await h.bot.ctx.state.getReportChannel(GUILD))?.channelId).toBe(MODS_CHANNEL);

    expect(visibleText(await notify())).toMatch(/no longer announced: they wait for \/reports list/);
    const before = botMessages(MODS_CHANNEL).length;
    const answer = await ask();
    await submitReport(answer, 'An outlet is missing.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(botMessages(MODS_CHANNEL)).toHaveLength(before);
    const list = visibleText(await reports('list'));
    expect(list).toContain('An outlet is missing.');
    expect(list).toMatch(/New reports are announced nowhere: \/reports notify channel: chooses a channel/);
  }, 60_000);

  it('tells the moderators when the chosen channel stops taking reports (access taken away, channel deleted), and when it works again', async () => {
    expect(visibleText(await notify(MODS_CHANNEL))).toMatch(/New reports will be announced in #mods/);
    const dmsBefore = directMessages(MODERATOR.id).length;
    // the bot's View Channel is taken away: Discord refuses the announcement
    h.emu.failNext('POST /channels/:channel/messages', 403, { code: 50001, message: 'Missing Access' });
    const before = botMessages(MODS_CHANNEL).length;
    expect(visibleText(await submitReport(await ask(), 'Lost report one.'))).toMatch(/report #\d+ is with the moderators/);
    // the moderator who chose the channel is told at once, by direct message, and /reports list says why
    await expect.poll(() => directMessages(MODERATOR.id).length, { timeout: 5000 }).toBe(dmsBefore + 1);
    const dm = directMessages(MODERATOR.id).at(-1)!;
    expect(dm).toContain('New reports are not being announced');
    expect(dm).toContain('the bot can no longer see the channel');
    expect(dm).toContain('/reports list shows them');
    let list = visibleText(await reports('list'));
    expect(list).toMatch(
      new RegExp(
        `New reports are not being announced in #mods \\(set by ${MODERATOR.username}\\): the bot can no longer see the channel .*1 report was not announced since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`,
      ),
    );
    expect(list).toContain('Lost report one.');
    // access given back: the next report is announced, and the warning is gone
    await submitReport(await ask(), 'Announced again.');
    await expect.poll(() => botMessages(MODS_CHANNEL).length, { timeout: 5000 }).toBe(before + 1);
    await expect.poll(async () => (await h.bot.ctx.state.getReportChannel(GUILD))?.failing, { timeout: 5000 }).toBeNull();
    expect(visibleText(await reports('list'))).toMatch(/New reports are announced in #mods \(set by/);

    // the channel is deleted: each report is counted, the moderator told once, and the list says so
    h.emu.deleteChannel(MODS_CHANNEL);
    await submitReport(await ask(), 'Lost report two.');
    await expect.poll(() => directMessages(MODERATOR.id).length, { timeout: 5000 }).toBe(dmsBefore + 2);
    expect(directMessages(MODERATOR.id).at(-1)).toContain('the channel no longer exists (it was deleted)');
    await submitReport(await ask(), 'Lost report three.');
    await expect.poll(async () => (await h.bot.ctx.state.getReportChannel(GUILD))?.failing?.missed, { timeout: 5000 }).toBe(2);
    expect(directMessages(MODERATOR.id)).toHaveLength(dmsBefore + 2);
    list = visibleText(await reports('list'));
    expect(list).toMatch(
      /New reports are not being announced in the channel chosen .*: the channel no longer exists \(it was deleted\)\. 2 reports were not announced/,
    );
    expect(list).toMatch(
      /Choose a channel with \/reports notify channel: \(the same one again once the bot can post there; leave channel out to stop announcing\)/,
    );
    expect(list).toContain('Lost report two.');
    expect(list).toContain('Lost report three.');
    // the other server's setting and list are untouched
    expect(visibleText(await reports('list', [], AS_OTHER_MODERATOR))).not.toMatch(/not being announced|Lost report/);
    // stopping the announcements clears the warning
    await notify();
    expect(visibleText(await reports('list'))).toMatch(/New reports are announced nowhere/);
  }, 60_000);

  it('tells a current moderator when the channel fails: the chooser while still one, else the owner, else nobody; the list says who', async () => {
    const AS_OWNER = { user: OWNER, member: { roles: [], permissions: '8' }, ...WHERE };
    expect(visibleText(await notify(CHANNEL))).toMatch(/New reports will be announced in #fact-check/);
    // the moderator who chose the channel loses the moderator role (their interaction above still had it)
    h.emu.setMemberRoles(GUILD, MODERATOR.id, []);
    const toModerator = directMessages(MODERATOR.id).length;
    const toOwner = directMessages(OWNER.id).length;
    h.emu.failNext('POST /channels/:channel/messages', 403, { code: 50001, message: 'Missing Access' });
    await submitReport(await ask(), 'Lost while the chooser is no moderator.');
    await expect.poll(() => directMessages(OWNER.id).length, { timeout: 5000 }).toBe(toOwner + 1);
    const dm = directMessages(OWNER.id).at(-1)!;
    expect(dm).toMatch(/You are a moderator of Newsroom, and moderator chose where new reports of Newsroom are announced/);
    expect(dm).toContain('the bot can no longer see the channel');
    expect(dm).not.toMatch(/Other newsroom|other-moderator/);
    expect(directMessages(MODERATOR.id)).toHaveLength(toModerator);
    await expect
      .poll(async () => (await h.bot.ctx.state.getReportChannel(GUILD))?.failing?.notice?.toldId, { timeout: 5000 })
      .toBe(OWNER.id);
    expect(visibleText(await reports('list', [], AS_OWNER))).toMatch(
      /1 report was not announced since [^.]+\. Moderator, who chose the channel, is no longer a moderator: the server’s owner, owner, was told by direct message\./,
    );

    // back in the role and choosing the channel again: the next failure tells them, and the list says so
    h.emu.setMemberRoles(GUILD, MODERATOR.id, [MOD_ROLE]);
    await notify(CHANNEL);
    h.emu.failNext('POST /channels/:channel/messages', 403, { code: 50001, message: 'Missing Access' });
    await submitReport(await ask(), 'Lost while the chooser is a moderator again.');
    await expect.poll(() => directMessages(MODERATOR.id).length, { timeout: 5000 }).toBe(toModerator + 1);
    expect(directMessages(MODERATOR.id).at(-1)).toContain('You chose where new reports of Newsroom are announced');
    await expect
      .poll(async () => (await h.bot.ctx.state.getReportChannel(GUILD))?.failing?.notice?.toldId, { timeout: 5000 })
      .toBe(MODERATOR.id);
    expect(visibleText(await reports('list'))).toMatch(/Moderator, who chose the channel, was told by direct message\./);
    expect(directMessages(OWNER.id)).toHaveLength(toOwner + 1);

    // the other server: its chooser holds no moderator role and its owner is not to be found: nobody is told
    expect(visibleText(await notify(OTHER_CHANNEL, AS_OTHER_MODERATOR))).toMatch(/New reports will be announced in #general/);
    const toOther = directMessages(OTHER_MODERATOR.id).length;
    h.emu.failNext('POST /channels/:channel/messages', 403, { code: 50001, message: 'Missing Access' });
    await submitReport(await ask(OTHER_WHERE), 'Lost in the other server.', OTHER_WHERE);
    await expect
      .poll(async () => (await h.bot.ctx.state.getReportChannel(OTHER_GUILD))?.failing?.notice?.note, { timeout: 5000 })
      .toMatch(/nobody/);
    expect(directMessages(OTHER_MODERATOR.id)).toHaveLength(toOther);
    expect(directMessages(OWNER.id)).toHaveLength(toOwner + 1);
    expect(visibleText(await reports('list', [], AS_OTHER_MODERATOR))).toMatch(
      /Other-moderator, who chose the channel, is no longer a moderator, and the server’s owner could not be found: nobody was told by direct message\./,
    );
    // neither server's list names the other's people
    expect(visibleText(await reports('list'))).not.toMatch(/other-moderator/i);
    await notify(undefined, AS_OTHER_MODERATOR);
    await notify();
  }, 60_000);
});

describe('one report per member and answer', () => {
  it('refuses a second report of the same answer privately, saying the first one’s number and status', async () => {
    const answer = await ask();
    const first = visibleText(await submitReport(answer, 'The date is wrong.'));
    const id = Number(/report #(\d+)/.exec(first)?.[1]);
    // pressing Report again: told at once, before writing anything
    const click = await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...WHERE }).final();
    expect(click.flags & 64).toBe(64);
    expect(visibleText(click)).toMatch(new RegExp(`already reported this answer: report #${id}, and it is still open`));
    // a form sent twice (two windows): the second is refused the same way, and stored nowhere
    const again = await submitReport(answer, 'The date is still wrong.', WHERE, false);
    expect(again.flags & 64).toBe(64);
    expect(visibleText(again)).toMatch(new RegExp(`already reported this answer: report #${id}`));
    const list = visibleText(await reports('list'));
    expect(list).toContain('The date is wrong.');
    expect(list).not.toContain('The date is still wrong.');
    // resolved, it says so and how
    await reports('resolve', [
      { name: 'id', type: 4, value: id },
      { name: 'note', type: 3, value: 'Fixed the date.' },
    ]);
    const later = await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...WHERE }).final();
    expect(visibleText(later)).toMatch(new RegExp(`report #${id}, and it was resolved on \\d{4}-\\d\\d-\\d\\d: “Fixed the date.”`));
  }, 60_000);
});

describe('long listings', () => {
  it('pages /reports list and /correct list, saying which lines it shows, with Previous and Next', async () => {
    const state = h.bot.ctx.state;
    // the open reports there are, then enough more for three pages
    const open = (await state.listReports(GUILD, 'open')).length;
    for (let i = open; i < 57; i++)
      await state.addReport({
        guildId: GUILD,
        channelId: CHANNEL,
        messageId: `9000000000000${String(i).padStart(5, '0')}`,
        reporterId: MEMBER.id,
        reason: `Paged reason number ${i + 1}.`,
        command: 'who-said',
        query: QUOTE,
        corpusVersion: 'v1',
      });
    const first = await reports('list');
    expect(visibleText(first)).toMatch(/57 open reports/);
    expect(visibleText(first)).toMatch(/Showing 1–20 of 57 \(page 1\/3\)/);
    const next = await h.emu.clickButton({ message: first, customId: 'qt:reports:1', ...AS_MODERATOR }).final();
    expect(visibleText(next)).toMatch(/Showing 21–40 of 57 \(page 2\/3\)/);
    expect(visibleText(next)).toContain('Paged reason number 40.');
    expect(visibleText(next)).not.toContain('Paged reason number 41.');
    const labels = JSON.stringify(next.components);
    expect(labels).toContain('qt:reports:0');
    expect(labels).toContain('qt:reports:2');
    const last = visibleText(await reports('list', [{ name: 'page', type: 4, value: 3 }]));
    expect(last).toMatch(/Showing 41–57 of 57 \(page 3\/3\)/);
    expect(last).toContain('Paged reason number 57.');
    // a member who is no moderator cannot page the list
    const refused = await h.emu
      .clickButton({ message: first, customId: 'qt:reports:1', user: MEMBER, member: { roles: [], permissions: '0' }, ...WHERE })
      .final();
    expect(visibleText(refused)).toMatch(/Only moderators/);

    for (let i = 0; i < 23; i++)
      await state.addCorrection({
        guildId: GUILD,
        kind: 'merge',
        payload: { from: `Paged Person ${i + 1}`, into: `Other Person ${i + 1}` },
        createdById: MODERATOR.id,
        createdByName: MODERATOR.username,
      });
    const corrections = await h.emu.slashCommand({ name: 'correct', options: sub('list'), ...AS_MODERATOR }).final();
    expect(visibleText(corrections)).toMatch(/Showing 1–20 of 23/);
    const more = await h.emu.clickButton({ message: corrections, customId: 'qt:corrections:1', ...AS_MODERATOR }).final();
    expect(visibleText(more)).toMatch(/Showing 21–23 of 23 \(page 2\/2\)/);
    expect(visibleText(more)).toContain('Paged Person 23 is Other Person 23');
  }, 60_000);
});

describe('what moderators are told', () => {
  it('says why a reload was refused without the corpus folder’s path on the host, which the log keeps', async () => {
    const away = `${h.corpusDir}-away`;
    await rename(h.corpusDir, away);
    try {
      const reload = () => h.emu.slashCommand({ name: 'reload', ...AS_MODERATOR }).final(30_000);
      const missing = visibleText(await reload());
      expect(missing).toMatch(/Reload refused/);
      expect(missing).toContain('The corpus folder does not exist.');
      expect(missing).not.toContain(h.corpusDir);
      // an empty folder: refused too, and no path either
      await mkdir(h.corpusDir);
      const empty = visibleText(await reload());
      expect(empty).toMatch(/No document in the corpus folder could be loaded/);
      expect(empty).not.toContain(h.corpusDir);
      expect(h.logs.some((l) => l.includes(h.corpusDir) && l.includes('does not exist'))).toBe(true);
    } finally {
      await rm(h.corpusDir, { recursive: true, force: true });
      await rename(away, h.corpusDir);
    }
  }, 60_000);

  it('tells a moderator who gives /add words or a file’s name instead of a link that it is none, and how to add a file', async () => {
    const add = (url: string) =>
      h.emu.slashCommand({ name: 'add', options: [{ name: 'url', type: 3, value: url }], ...AS_MODERATOR }).final(30_000);
    const words = visibleText(await add('the minister’s speech on Tuesday'));
    expect(words).toMatch(/That is not a link/);
    expect(words).toMatch(
      /“the minister’s speech on Tuesday” is not a link\. Paste the article’s address \(https:\/\/…\), or attach the article as a file with \/add file:/,
    );
    expect(words).not.toMatch(/could not be read/);
    const file = visibleText(await add('C:\\Users\\ana\\Downloads\\harbour-speech.html'));
    expect(file).toMatch(/is a file on a computer, not a link: the bot cannot reach it there\. Attach the file itself with \/add file:/);
    expect(visibleText(await add('harbour-speech.txt'))).toMatch(/is a file on a computer/);
  }, 60_000);

  it('offers a document whose id is longer than a choice may be, readably, and /source reads the choice back', async () => {
    const folder = 'regional-desk/archive-2025/harbour-and-ferries/council-meetings-and-public-hearings-on-the-timetable';
    const file = 'ferry-fares-hearing-in-the-old-customs-house.txt';
    const id = `${folder}/${file}`;
    expect(id.length).toBeGreaterThan(100);
    await mkdir(path.join(h.corpusDir, folder), { recursive: true });
    await writeFile(
      path.join(h.corpusDir, id),
      'Ferry fares hearing\nIsland Courier, 2025-04-02\n\n"Nobody on Skarholm can pay twice as much for the same crossing," said harbour councillor Lene Vogt.\n',
    );
    await h.emu.slashCommand({ name: 'reload', ...AS_MODERATOR }).final(30_000);
    const choices = await h.emu
      .autocomplete({
        name: 'source',
        options: [{ name: 'document', type: 3, value: 'ferry fares hearing', focused: true }],
        ...AS_MODERATOR,
      })
      .choices();
    const choice = choices.find((c) => String(c.name).includes('ferry-fares-hearing-in-the-old-customs-house.txt'));
    expect(choice, JSON.stringify(choices)).toBeDefined();
    expect(String(choice!.value).length).toBeLessThanOrEqual(100);
    expect(String(choice!.name).length).toBeLessThanOrEqual(100);
    expect(String(choice!.name)).toMatch(/^regional-desk\/.*…/);
    const shown = visibleText(
      await h.emu
        .slashCommand({ name: 'source', options: [{ name: 'document', type: 3, value: String(choice!.value) }], ...AS_MODERATOR })
        .final(),
    );
    expect(shown).toContain('Lene Vogt');
    expect(shown).toContain('Island Courier');
    await rm(path.join(h.corpusDir, 'regional-desk'), { recursive: true, force: true });
  }, 60_000);

  it('sent only valid payloads that ping nobody; the token is nowhere', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(10);
    expectTokenNowhere(TOKEN, h.logs, h.emu);
  });
});
