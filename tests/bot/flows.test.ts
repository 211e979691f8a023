/**
 * Members' and moderators' flows end to end, as they meet them in Discord: a thread of follow-ups that
 * wander off, options that are blank once cleaned, /help. Articles of our own are added to the corpus and
 * loaded with /reload; the real bot answers through the local Discord emulator.
 */
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSentPayloads, expectTokenNowhere, visibleText as escapedText } from '../hostile/helpers.js';
import {
  APP,
  CHANNEL,
  GUILD,
  MEMBER,
  OTHER_CHANNEL,
  OTHER_GUILD,
  TOKEN,
  type Harness,
  useHarness,
  AS_MODERATOR as asModerator,
  reloadWith,
  undoCorrection,
  WHERE as where,
} from './harness.js';

const QUOTE = 'we cannot keep the boats running on goodwill';
const ARTICLES: Record<string, string> = {
  'flows-gazette.txt': `Ferry fares to rise
Harbour Gazette, 2025-03-04

The regional transport board will raise ferry fares next month. "We cannot keep the boats running on goodwill alone," said board chair Helga Marstrand at a meeting on Monday.
Marstrand added that pensioners would keep their discount for another year.
`,
  'flows-post.txt': `Islanders protest fare rise
Island Post, 2025-03-06

Councillor Tomas Ekdahl called the increase "a tax on islanders who have no bridge" at a rally on Wednesday.
"We cannot keep the boats running on good will," Marstrand said, according to the minutes.
`,
};

/** What a member reads, Markdown escapes undone. */
const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const h = useHarness();
const opt = (name: string, value: string) => ({ name, type: 3, value });
/** Members post once the thread shows what can be asked there (else the first bot message may be that one). */
const threadReady = (harness: Harness, thread: string) =>
  expect.poll(() => harness.emu.messages(thread).length, { timeout: 5000 }).toBeGreaterThan(0);

beforeAll(() => reloadWith(h, ARTICLES), 60_000);

describe('a thread of follow-ups', () => {
  it('stays on its quotation when a message taken for a new quotation is not in the corpus, and says when an answer cannot be sent', async () => {
    const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', QUOTE)], user: MEMBER, ...where }).final();
    expect(visibleText(answer)).toContain('Helga Marstrand');
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.threads.length, { timeout: 5000 }).toBeGreaterThan(0);
    const thread = String(h.emu.threads.at(-1)!.id);
    await threadReady(h, thread);
    const say = (content: string) => h.emu.postMessage({ channelId: thread, content, author: MEMBER }).waitForBotMessage();

    // words without a question shape are read as a new quotation: not in the corpus ("@everyone who said it" was
    // one, but a mention is not part of the question: "who said it" is answered as such)
    expect(visibleText(await say('@everyone the ferry sails at dawn'))).toMatch(/Not found/);
    // the thread is still about the quotation it was opened on
    const context = visibleText(await say('show the context'));
    expect(context).toContain('goodwill alone');
    expect(context).toContain('flows-gazette.txt');
    expect(visibleText(await say('when was it published?'))).toContain('Helga Marstrand');

    // an answer Discord refuses is not dropped in silence: the member is told, with a reference
    h.emu.failNext('POST /channels/:channel/messages', 400, { code: 50035, message: 'Invalid Form Body' });
    const failed = await say('who else said it?');
    expect(visibleText(failed)).toMatch(/Something went wrong while answering/);
    const reference = /reference ([0-9a-f]{8})/.exec(visibleText(failed))?.[1];
    expect(h.logs.some((l) => l.includes('follow-up failed') && l.includes(reference!))).toBe(true);

    // a new quotation the corpus carries does become the thread's quotation
    expect(visibleText(await say('"a tax on islanders who have no bridge"'))).toContain('Tomas Ekdahl');
    expect(visibleText(await say('show the context'))).toContain('rally on Wednesday');
  }, 30_000);

  it('keeps the outlet it was opened with after "who said it?", for the follow-ups after it', async () => {
    const answer = await h.emu
      .slashCommand({ name: 'who-said', options: [opt('quote', QUOTE), opt('outlet', 'flows-post.txt')], user: MEMBER, ...where })
      .final();
    expect(visibleText(answer)).toContain('Marstrand');
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.threads.some((t) => t.id === answer.id), { timeout: 5000 }).toBe(true);
    const thread = answer.id;
    await threadReady(h, thread);
    const say = (content: string) => h.emu.postMessage({ channelId: thread, content, author: MEMBER }).waitForBotMessage();
    const carriers = visibleText(await say('which outlets carried it?'));
    expect(carriers).toContain('flows-post.txt');
    expect(carriers).not.toContain('flows-gazette.txt');
    expect(visibleText(await say('who said it?'))).toContain('Marstrand');
    // still the thread's outlet: the other document's carrying is not what the thread asked about
    const after = visibleText(await say('which outlets carried it?'));
    expect(after).toContain('flows-post.txt');
    expect(after).not.toContain('flows-gazette.txt');
  }, 30_000);

  it('says plainly, on "who else said it?", that the thread\'s quotation is no longer in the corpus once its article is removed', async () => {
    const GONE = 'the lifeboat station will move to the north quay';
    await reloadWith(h, {
      'flows-gone.txt': `Lifeboat station to move\nHarbour Gazette, 2025-03-09\n\n"The lifeboat station will move to the north quay before winter," said coxswain Ilka Vennor.\n`,
    });
    const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', GONE)], user: MEMBER, ...where }).final();
    expect(visibleText(answer)).toContain('Ilka Vennor');
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.threads.some((t) => t.id === answer.id), { timeout: 5000 }).toBe(true);
    const thread = answer.id;
    await threadReady(h, thread);
    await unlink(path.join(h.corpusDir, 'flows-gone.txt'));
    await reloadWith(h, {});
    const reply = visibleText(
      await h.emu.postMessage({ channelId: thread, content: 'who else said it?', author: MEMBER }).waitForBotMessage(),
    );
    // it had said "About “…” — an unnamed source", as if no outlet had named who said it
    expect(reply).not.toContain('unnamed source');
    expect(reply).toContain('No longer carried');
    expect(reply).toContain('No document in the corpus carries these words any more');
  }, 60_000);

  it('says, in a thread opened on one outlet, that the outlet was removed since, and answers from the outlets left', async () => {
    const WORDS = 'the ferry will run twice a day from May';
    await reloadWith(h, {
      'flows-rm-a.txt': `Ferry timetable doubles\nTern Ledger, 2025-04-01\n\n"The ferry will run twice a day from May," said skipper Oda Brisk.\n`,
      'flows-rm-b.txt': `More ferries for the island\nSkerry Beacon, 2025-04-02\n\n"The ferry will run twice a day from May," Oda Brisk told the Beacon.\n`,
    });
    const answer = await h.emu
      .slashCommand({ name: 'who-said', options: [opt('quote', WORDS), opt('outlet', 'flows-rm-a.txt')], user: MEMBER, ...where })
      .final();
    expect(visibleText(answer)).toContain('Oda Brisk');
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.threads.some((t) => t.id === answer.id), { timeout: 5000 }).toBe(true);
    const thread = answer.id;
    await threadReady(h, thread);
    await unlink(path.join(h.corpusDir, 'flows-rm-a.txt'));
    await reloadWith(h, {});
    const ask = async () =>
      visibleText(await h.emu.postMessage({ channelId: thread, content: 'who said it?', author: MEMBER }).waitForBotMessage());
    const reply = await ask();
    // it had said "flows-rm-a.txt is not an outlet in the corpus", under "You named …", as if mistyped
    expect(reply).not.toContain('not an outlet in the corpus');
    expect(reply).toMatch(
      /flows-rm-a\.txt”, the outlet the answer above was limited to, is no longer in the corpus \(its articles were removed since that answer\)/,
    );
    expect(reply).toContain('Oda Brisk');
    // said once: the thread is over every outlet from then on
    const again = await ask();
    expect(again).not.toContain('no longer in the corpus');
    expect(again).toContain('Oda Brisk');
  }, 60_000);
});

describe('the thread button', () => {
  it('keeps the answer as it was when opening the thread fails, and tells the member privately', async () => {
    const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', QUOTE)], user: MEMBER, ...where }).final();
    // a server where the bot may not create threads
    h.emu.failNext('POST /channels/:channel/messages/:message/threads', 403, { code: 50013, message: 'Missing Permissions' });
    const click = h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where });
    await expect.poll(() => h.logs.some((l) => l.includes('"command":"button:qt:thread"') && l.includes('"outcome":"error"'))).toBe(true);
    await expect.poll(() => click.interaction.followUps.length).toBeGreaterThan(0);
    const shown = h.emu.messages(CHANNEL).find((m) => m.id === answer.id)!;
    expect(shown.embeds).toEqual(answer.embeds);
    expect(shown.components).toEqual(answer.components);
    const told = click.interaction.followUps.at(-1)!;
    expect(told.flags & 64).toBe(64);
    expect(visibleText(told)).toMatch(/Something went wrong/);
  });

  it('on an answer given inside the bot’s thread, makes that thread’s follow-ups about it instead of failing', async () => {
    const first = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', QUOTE)], user: MEMBER, ...where }).final();
    await h.emu.clickButton({ message: first, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.threads.some((t) => t.id === first.id)).toBe(true);
    const thread = first.id; // a thread started from a message has the message's id
    await threadReady(h, thread);
    const inThread = await h.emu
      .slashCommand({
        name: 'who-said',
        options: [opt('quote', 'a tax on islanders who have no bridge')],
        user: MEMBER,
        channelId: thread,
        guildId: GUILD,
      })
      .final();
    const reply = await h.emu
      .clickButton({ message: inThread, customId: 'qt:thread', user: MEMBER, channelId: thread, guildId: GUILD })
      .final();
    expect(reply.flags & 64).toBe(64);
    expect(visibleText(reply)).toMatch(/follow-up questions asked here are now about it/);
    expect(h.emu.messages(thread).find((m) => m.id === inThread.id)!.embeds).toEqual(inThread.embeds);
    const context = await h.emu.postMessage({ channelId: thread, content: 'show the context', author: MEMBER }).waitForBotMessage();
    expect(visibleText(context)).toContain('rally on Wednesday');
  });
});

describe('the context button', () => {
  it('shows the outlet its label names, also after a /reload put another outlet at its place', async () => {
    const quote = 'the tide tables for the northern harbour will be printed again';
    await writeFile(
      path.join(h.corpusDir, 'flows-tide-b.txt'),
      `Tide tables return\n\n"The tide tables for the northern harbour will be printed again," said harbour master Ines Kallio.\n`,
    );
    await h.emu.slashCommand({ name: 'reload', ...asModerator }).final(30_000);
    const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', quote)], user: MEMBER, ...where }).final();
    const buttons = answer.components.flatMap((r) => (r as { components: { custom_id?: string; label?: string }[] }).components);
    const button = buttons.find((b) => b.custom_id === 'qt:context:0')!;
    expect(button.label).toBe('Show context 1: flows-tide-b.txt');
    // another outlet carrying the words comes first now
    await writeFile(
      path.join(h.corpusDir, 'flows-tide-a.txt'),
      `Printed tide tables\n\n"The tide tables for the northern harbour will be printed again," Ines Kallio said.\n`,
    );
    await h.emu.slashCommand({ name: 'reload', ...asModerator }).final(30_000);
    const now = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', quote)], user: MEMBER, ...where }).final();
    expect(JSON.stringify(now.components)).toContain('Show context 1: flows-tide-a.txt');
    const shown = await h.emu.clickButton({ message: answer, customId: 'qt:context:0', user: MEMBER, ...where }).final();
    expect(shown.embeds[0]!.title).toContain('flows-tide-b.txt');
    expect(shown.flags & 64).toBe(64);
  }, 60_000);
});

describe('options that are blank once cleaned', () => {
  it('are refused privately, naming the option, instead of a public answer to nothing', async () => {
    const zeroWidth = '\u200b\u2060\u200b';
    for (const [name, option] of [
      ['who-said', 'quote'],
      ['compare', 'topic'],
      ['quotes', 'speaker'],
      ['source', 'document'],
    ] as const) {
      const before = h.emu.messages(CHANNEL).length;
      const reply = await h.emu.slashCommand({ name, options: [opt(option, zeroWidth)], user: MEMBER, ...where }).final();
      expect(reply.flags & 64, name).toBe(64);
      expect(visibleText(reply), name).toMatch(new RegExp(`[Tt]he ${option} option of /${name} is empty`));
      // only a quotation or a topic is "the words you want checked"
      expect(visibleText(reply).includes('the words you want checked'), name).toBe(option === 'quote' || option === 'topic');
      expect(reply.components, name).toEqual([]);
      expect(h.emu.messages(CHANNEL).length, name).toBe(before);
    }
    const correction = await h.emu
      .slashCommand({
        name: 'correct',
        options: [{ name: 'speaker', type: 1, options: [opt('quote', QUOTE), opt('speaker', '   ')] }],
        ...asModerator,
      })
      .final();
    expect(visibleText(correction)).toContain('The speaker option of /correct is empty');
    expect(visibleText(correction)).not.toContain('the words you want checked');
    expect(
      visibleText(await h.emu.slashCommand({ name: 'correct', options: [{ name: 'list', type: 1, options: [] }], ...asModerator }).final()),
    ).toMatch(/No correction/);
  });
});

describe('a report', () => {
  it('that is blank once cleaned is refused for what it is, not as an answer the bot cannot find', async () => {
    const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', QUOTE)], user: MEMBER, ...where }).final();
    await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...where }).response();
    // Discord's min_length counts zero-width characters
    const sent = await h.emu
      .submitModal({ customId: 'qt:report-form', fields: { reason: '\u200b\u200b\u200b\u200b' }, message: answer, user: MEMBER, ...where })
      .final();
    expect(sent.flags & 64).toBe(64);
    expect(visibleText(sent)).toMatch(/says nothing once spaces and invisible characters are taken out/);
    expect(visibleText(sent)).not.toMatch(/could not be matched/);
  });
});

describe('a moderator’s refused request', () => {
  it('is titled as not done, never as done', async () => {
    const sub = (name: string, sub: string, options: { name: string; type: number; value: string | number }[]) =>
      h.emu.slashCommand({ name, options: [{ name: sub, type: 1, options }], ...asModerator }).final();
    const undo = await sub('correct', 'undo', [{ name: 'id', type: 4, value: 999 }]);
    expect(undo.embeds[0]!.title).toBe('⛔ Nothing undone');
    const resolve = await sub('reports', 'resolve', [
      { name: 'id', type: 4, value: 999 },
      { name: 'note', type: 3, value: 'Checked.' },
    ]);
    expect(resolve.embeds[0]!.title).toBe('⛔ Report not resolved');
    const correction = await sub('correct', 'speaker', [
      opt('quote', 'no outlet ever printed these invented words'),
      opt('speaker', 'Helga Marstrand'),
    ]);
    expect(correction.embeds[0]!.title).toBe('⛔ Correction not made');
    for (const m of [undo, resolve, correction]) expect(m.flags & 64).toBe(64);
  });
});

describe('a merge by a moderator', () => {
  it('leaves the merged name in autocomplete only as the person it is now, in that server only', async () => {
    const merged = await h.emu
      .slashCommand({
        name: 'correct',
        options: [{ name: 'merge', type: 1, options: [opt('name', 'Tomas Ekdahl'), opt('into', 'Helga Marstrand')] }],
        ...asModerator,
      })
      .final();
    const id = Number(/#(\d+)/.exec(visibleText(merged))?.[1]);
    expect(id).toBeGreaterThan(0);
    const choices = (guildId: string, channelId: string) =>
      h.emu
        .autocomplete({ name: 'quotes', options: [opt('speaker', 'ekdahl')], focused: 'speaker', user: MEMBER, guildId, channelId })
        .choices();
    const here = await choices(GUILD, CHANNEL);
    expect(here.length).toBeGreaterThan(0);
    expect(here.map((c) => c.value)).toEqual(here.map(() => 'Helga Marstrand'));
    expect(here.map((c) => c.name)).toContain('Tomas Ekdahl → Helga Marstrand');
    expect((await choices(OTHER_GUILD, OTHER_CHANNEL)).map((c) => c.value)).toContain('Tomas Ekdahl');
    await undoCorrection(h, id);
    expect((await choices(GUILD, CHANNEL)).map((c) => c.value)).toContain('Tomas Ekdahl');
  });
});

describe('/quotes', () => {
  it('shows what a speaker is only reported to have said without quotation marks, and says so', async () => {
    const reply = await h.emu
      .slashCommand({ name: 'quotes', options: [opt('speaker', 'Helga Marstrand')], user: MEMBER, ...where })
      .final();
    const shown = visibleText(reply);
    expect(shown).toContain('*“We cannot keep the boats running on goodwill alone”*');
    expect(shown).toMatch(/Reported, not quoted: \*pensioners would keep their discount/);
    expect(shown).not.toMatch(/“pensioners/);
  });
});

describe('/compare', () => {
  it('compares an outlet named twice once', async () => {
    const reply = await h.emu
      .slashCommand({
        name: 'compare',
        options: [opt('topic', 'strengthen communication at all levels'), opt('outlet_a', 'DW'), opt('outlet_b', 'dw')],
        user: MEMBER,
        ...where,
      })
      .final();
    const lead = reply.embeds[0]!.description as string;
    expect(lead).toMatch(/Outlets: DW$/m);
    expect(lead).toMatch(/across 1 document/);
  });
});

describe('/help', () => {
  it('lists each subcommand with its own options, not subcommands as optional options', async () => {
    const reply = await h.emu.slashCommand({ name: 'help', user: MEMBER, ...where }).final();
    expect(reply.flags & 64).toBe(64);
    const shown = visibleText(reply);
    expect(shown).toContain('/correct speaker');
    expect(shown).toContain('/reports resolve');
    expect(shown).toMatch(/Moderators: set who said a quotation/);
    expect(shown).not.toMatch(/\*\*(speaker|merge|split|undo|list|resolve)\*\* \(optional\) — (Set|Two|A name|Undo|The)/);
    expect(shown).toMatch(/\*\*note\*\* \(required\)/);
  });
});

describe('a member spamming a thread', () => {
  const cooled = useHarness({ COOLDOWN_SECONDS: '60' });

  it('gets one answer per cooldown and an hourglass on the other messages, as with slash commands', async () => {
    const answer = await cooled.emu
      .slashCommand({ name: 'who-said', options: [opt('quote', 'strengthen communication at all levels')], user: MEMBER, ...where })
      .final();
    await cooled.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => cooled.emu.threads.length, { timeout: 5000 }).toBeGreaterThan(0);
    const thread = String(cooled.emu.threads.at(-1)!.id);
    await threadReady(cooled, thread);
    const botMessages = () => cooled.emu.messages(thread).filter((m) => m.author.id === APP).length;
    const opened = botMessages();
    const posts = Array.from({ length: 6 }, (_, i) =>
      cooled.emu.postMessage({ channelId: thread, content: `who else said it? (${i + 1})`, author: MEMBER }),
    );
    const reactions = () => cooled.emu.requestsTo('PUT /channels/:channel/messages/:message/reactions/:emoji/@me');
    await expect.poll(() => reactions().length, { timeout: 10_000 }).toBe(5);
    await posts[0]!.waitForBotMessage();
    expect(botMessages()).toBe(opened + 1);
    expect(reactions().every((r) => decodeURIComponent(r.route).includes('⏳'))).toBe(true);
    expect(cooled.logs.filter((l) => l.includes('"outcome":"cooldown"'))).toHaveLength(5);
    // another member in the same thread is answered
    const other = { id: '500000000000000011', username: 'another-member' };
    const reply = await cooled.emu.postMessage({ channelId: thread, content: 'when was it published?', author: other }).waitForBotMessage();
    expect(visibleText(reply)).toContain('2023-07-03');
  }, 30_000);
});

describe('every message', () => {
  it('was a valid payload that pings nobody; the token is nowhere', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(5);
    expectTokenNowhere(TOKEN, h.logs, h.emu);
  });
});
