/**
 * Replies a member or a moderator found wanting, end to end through the local Discord emulator: /quotes of a
 * speaker a correction emptied, follow-ups a thread cannot answer (or can, from the claim it holds), /help
 * naming its corpus, and a short typo'd question told why nothing was found. Articles of our own.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSentPayloads, visibleText as escapedText } from '../hostile/helpers.js';
import {
  AS_MODERATOR as asModerator,
  MEMBER,
  MODERATOR,
  MOD_PERMISSIONS,
  type Harness,
  reloadWith,
  undoCorrection,
  useHarness,
  WHERE as where,
} from './harness.js';

const SECOND_MODERATOR = { id: '500000000000000012', username: 'second-moderator' };

const ARTICLES: Record<string, string> = {
  'replies-harbour.txt': `Council backs new sea wall
Source: Harbour Times
2025-06-02

The town council voted on Monday to build a new sea wall along the old docks. "This wall is a promise made of sand," said opposition leader Marek Sallo after the vote.
Mayor Ilse Brandt disagreed. "The first stones go in before Christmas," Brandt said.
`,
  'replies-valley.txt': `Sea wall vote splits town
Source: Valley Post
2025-06-03

"This wall is a promise made of sand," Marek Sallo told reporters on Tuesday.
"Red tide now," said fisherman Ott Kask.
`,
};

/** What a member reads, Markdown escapes undone. */
const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const h = useHarness();
const opt = (name: string, value: string) => ({ name, type: 3, value });
const ask = (harness: Harness, name: string, options: ReturnType<typeof opt>[]) =>
  harness.emu.slashCommand({ name, options, user: MEMBER, ...where }).final();

beforeAll(() => reloadWith(h, ARTICLES), 60_000);

describe('/quotes of a speaker whose quotations a correction moved away', () => {
  it('says they are credited to someone else now, to whom and by whose correction, instead of a bare "0 quotes"', async () => {
    const before = visibleText(await ask(h, 'quotes', [opt('speaker', 'Marek Sallo')]));
    expect(before).toContain('promise made of sand');
    const corrected = await h.emu
      .slashCommand({
        name: 'correct',
        options: [
          { name: 'speaker', type: 1, options: [opt('quote', 'this wall is a promise made of sand'), opt('speaker', 'Ilse Brandt')] },
        ],
        ...asModerator,
      })
      .final();
    const id = Number(/#(\d+)/.exec(visibleText(corrected))?.[1]);
    expect(id).toBeGreaterThan(0);

    const after = visibleText(await ask(h, 'quotes', [opt('speaker', 'Marek Sallo')]));
    expect(after).toMatch(/None now: a moderator’s correction in this server credits Marek Sallo’s quotations to someone else/);
    expect(after).toMatch(/promise made of sand”\* → \*\*Ilse Brandt\*\* · ✏️ corrected by moderator/);
    expect(after).toContain('0 quotes · 1 credited to someone else by a correction');

    await undoCorrection(h, id);
    const undone = visibleText(await ask(h, 'quotes', [opt('speaker', 'Marek Sallo')]));
    expect(undone).toContain('1 quote');
    expect(undone).not.toMatch(/someone else/);
  });
});

describe('follow-ups in a thread', () => {
  it('answers what it can from the claim it holds and says briefly why it cannot answer the rest', async () => {
    const answer = await ask(h, 'who-said', [opt('quote', 'a promise made of sand')]);
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.threads.some((t) => t.id === answer.id), { timeout: 5000 }).toBe(true);
    const thread = answer.id;
    await expect.poll(() => h.emu.messages(thread).length, { timeout: 5000 }).toBeGreaterThan(0);
    const say = async (content: string) =>
      visibleText(await h.emu.postMessage({ channelId: thread, content, author: MEMBER }).waitForBotMessage());

    const french = await say('and in French?');
    expect(french).toContain('No translation');
    expect(french).toContain('I can’t translate');
    // short and about this claim: its speaker and its own outlets, not the generic list
    expect(french).toMatch(/About \*“This wall is a promise made of sand”\* — Marek Sallo/);
    expect(french).toContain('what did Harbour Times say?');
    expect(french).toContain('what else did Marek Sallo say?');

    expect(await say('is this true?')).toContain('not whether what was said is true');

    const outlets = await say('which other outlets carried it?');
    expect(outlets).toContain('Where and when it was published');
    expect(outlets).toMatch(/Harbour Times: \*\*2025-06-02\*\* \(verbatim\)/);
    expect(outlets).toMatch(/Valley Post: \*\*2025-06-03\*\*/);
    expect(outlets).toMatch(/First carried by \*\*Harbour Times\*\* on 2025-06-02/);

    expect(await say('what else did he say?')).toContain('Quotes by **Marek Sallo**');
    // a person of the corpus is no unknown outlet
    const brandt = await say('what did Ilse Brandt say?');
    expect(brandt).toContain('The first stones go in before Christmas');
    expect(brandt).not.toMatch(/No outlet called/);
    // members talking among themselves are left alone; a question the bot cannot place is answered briefly
    const thanks = h.emu.postMessage({ channelId: thread, content: 'thanks!', author: MEMBER });
    expect(await say('hm?')).toMatch(/Not understood[\s\S]*what did Harbour Times say\?/);
    expect(thanks.botMessages().filter((m) => m.message_reference?.message_id === thanks.message.id)).toEqual([]);
  }, 30_000);
});

describe('a thread and a report after /reload changed the corpus', () => {
  const FERRY = `Ferry fares to rise
Source: Island Courier
2025-04-02

"The ferry will cost twice as much by summer," said harbour master Lene Vogt on Wednesday.
`;
  const FERRY_AGAIN = `Ferry fares: islanders protest
Source: Coast Weekly
2025-04-04

Harbour master Lene Vogt said: "The ferry will cost twice as much by summer."
`;

  it('says once in the thread that the corpus changed since its answer; a report names the corpus the answer came from', async () => {
    await reloadWith(h, { 'replies-ferry.txt': FERRY });
    const answer = await ask(h, 'who-said', [opt('quote', 'the ferry will cost twice as much by summer')]);
    const answered = /corpus ([0-9a-f]{12})/.exec((answer.embeds[0]!.footer as { text: string }).text)?.[1];
    expect(answered).toBeDefined();
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER, ...where }).response();
    await expect.poll(() => h.emu.messages(answer.id).length, { timeout: 5000 }).toBeGreaterThan(0);
    const say = async (content: string) =>
      visibleText(await h.emu.postMessage({ channelId: answer.id, content, author: MEMBER }).waitForBotMessage());
    expect(await say('which outlets carried it?')).not.toMatch(/corpus changed/);

    // a moderator reloads: a second outlet now carries the quotation
    await reloadWith(h, { 'replies-ferry-again.txt': FERRY_AGAIN });
    const outlets = await say('which outlets carried it?');
    const now = /, ([0-9a-f]{12}) now\)/.exec(outlets)?.[1];
    expect(outlets).toMatch(
      new RegExp(`The corpus changed since the answer above \\(corpus ${answered} then, [0-9a-f]{12} now\\): this is from the corpus now`),
    );
    expect(now).not.toBe(answered);
    expect(outlets).toContain('Coast Weekly');
    // said once: the next follow-up is about the corpus the member was just told of
    expect(await say('when was it published?')).not.toMatch(/corpus changed/);

    expect(now).toMatch(/^[0-9a-f]{12}$/);
    // the thread moves on to a new quotation: the answer above, its buttons and its Report stay about the ferry
    expect(await say('"Red tide now"')).toContain('Ott Kask');
    expect(await say('which outlets carried it?')).toContain('Valley Post');
    const more = await h.emu.clickButton({ message: answer, customId: 'qt:context:0', user: MEMBER, ...where }).final();
    expect(visibleText(more)).toContain('ferry will cost twice as much');

    // the member reports the answer above: the moderators see the corpus that answer came from, not today's
    await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...where }).response();
    await h.emu
      .submitModal({
        customId: 'qt:report-form',
        fields: { reason: 'Only one outlet was named.' },
        message: answer,
        user: MEMBER,
        ...where,
      })
      .final();
    const list = visibleText(
      await h.emu.slashCommand({ name: 'reports', options: [{ name: 'list', type: 1, options: [] }], ...asModerator }).final(),
    );
    expect(list).toContain('/who-said “the ferry will cost twice as much by summer” — “Only one outlet was named.”');
    expect(list).toMatch(new RegExp(`Only one outlet was named\\.” \\(corpus ${answered},`));
  }, 60_000);
});

describe('/help', () => {
  it('names the corpus it answers from, as every answer does', async () => {
    const help = await h.emu.slashCommand({ name: 'help', user: MEMBER, ...where }).final();
    const version = (await ask(h, 'outlets', [])).embeds[0]!.footer as { text: string };
    const corpus = /corpus [0-9a-f]{12}/.exec(version.text)?.[0];
    expect(corpus).toBeDefined();
    expect((help.embeds[0]!.footer as { text: string }).text).toContain(corpus);
    expect(visibleText(help)).toMatch(/The corpus here: \d+ documents, \d+ quotations/);
  });
});

describe('moderators', () => {
  const as = (user: typeof MODERATOR) => ({ user, member: { roles: [], permissions: MOD_PERMISSIONS }, ...where });
  const sub = (name: string, subcommand: string, options: { name: string; type: number; value: string | number }[], user = MODERATOR) =>
    h.emu.slashCommand({ name, options: [{ name: subcommand, type: 1, options }], ...as(user) }).final();

  it('merging a part of a name merges the person it names, and merging a person into themself is refused', async () => {
    // "Marek" finds Marek Sallo, but the correction had been stored as "Marek is Ilse Brandt" and changed nothing
    const merged = visibleText(await sub('correct', 'merge', [opt('name', 'Marek'), opt('into', 'Ilse Brandt')]));
    expect(merged).toMatch(/Correction #(\d+) is in force: Marek Sallo is Ilse Brandt/);
    expect(visibleText(await ask(h, 'quotes', [opt('speaker', 'Ilse Brandt')]))).toContain('promise made of sand');
    const id = Number(/#(\d+)/.exec(merged)?.[1]);
    await sub('correct', 'undo', [{ name: 'id', type: 4, value: id }]);

    const self = await sub('correct', 'merge', [opt('name', 'Marek Sallo'), opt('into', 'marek sallo')]);
    expect(self.embeds[0]!.title).toBe('⛔ Correction not made');
    expect(visibleText(self)).toContain('already one speaker, Marek Sallo');
    expect(visibleText(await sub('correct', 'list', []))).toMatch(/No correction is in force/);
  });

  it('the second of two moderators resolving one report is told it was already resolved, and how', async () => {
    const answer = await ask(h, 'who-said', [opt('quote', 'a promise made of sand')]);
    await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...where }).response();
    const sent = await h.emu
      .submitModal({ customId: 'qt:report-form', fields: { reason: 'The mayor said it first.' }, message: answer, user: MEMBER, ...where })
      .final();
    const id = Number(/#(\d+)/.exec(visibleText(sent))?.[1]);
    const first = await sub('reports', 'resolve', [
      { name: 'id', type: 4, value: id },
      opt('note', 'Checked: both outlets credit Marek Sallo.'),
    ]);
    expect(first.embeds[0]!.title).toBe('📋 Report resolved');
    const second = await sub('reports', 'resolve', [{ name: 'id', type: 4, value: id }, opt('note', 'Fixed.')], SECOND_MODERATOR);
    expect(second.embeds[0]!.title).toBe('⛔ Report not resolved');
    expect(visibleText(second)).toMatch(
      new RegExp(`Report #${id} was already resolved on \\d{4}-\\d{2}-\\d{2}: “Checked: both outlets credit Marek Sallo\\.”`),
    );
  });
});

describe('help on the command line', () => {
  it('prints the /help answer with its corpus as JSON (it printed the usage text)', async () => {
    const stateDir = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-help-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'help', '--json'], {
        env: { ...process.env, STATE_DIR: stateDir, LOG_LEVEL: 'silent' },
      });
      const parsed = JSON.parse(stdout) as { commands: { name: string }[]; corpus: { version: string; loadedAt: string } };
      expect(parsed.corpus.version).toMatch(/^[0-9a-f]{12}$/);
      expect(parsed.commands.map((c) => c.name)).toContain('who-said');
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a short typo’d question', () => {
  it('is not found, and the member is told it is too short to match safely', async () => {
    const reply = visibleText(await ask(h, 'who-said', [opt('quote', 'red tid nw')]));
    expect(reply).toContain('Not found');
    expect(reply).toMatch(/Your question has 3 words: too few to match safely/);
    // three words spelt right are found
    expect(visibleText(await ask(h, 'who-said', [opt('quote', 'red tide now')]))).toContain('Ott Kask');
  });
});

describe('every message', () => {
  it('was a valid payload that pings nobody', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(5);
  });
});
