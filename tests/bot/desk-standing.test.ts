/**
 * /correct list says which corrections change anything now (a quotation whose words an outlet changed, an article
 * removed), and /reports list links each report to the answer reported; end to end through the local Discord
 * emulator with the real discord.js client, on SQLite and on PostgreSQL (a throwaway server, as tests/state starts
 * it; skipped when none can be had here, unless QUOTETRAIL_REQUIRE_POSTGRES=1). Articles of our own.
 */
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkSentPayloads, visibleText as escapedText } from '../hostile/helpers.js';
import { postgresAvailability, postgresRequired, startTestPostgres, type TestPostgres } from '../state/postgres-server.js';
import { AS_MODERATOR, CHANNEL, GUILD, MEMBER, reloadWith, useHarness, WHERE } from './harness.js';

/** What a member reads, Markdown escapes undone. */
const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const opt = (name: string, value: string) => ({ name, type: 3, value });

const FERRY = `Night ferry to stop in winter
Source: Bay Tribune
2025-06-11

The island council voted to end the night crossing from November. "The night boat has carried empty seats for three winters," councillor Maret Saar said after the vote.
Deputy mayor Olev Pihl said the savings would pay for a new pier light.
`;
const FERRY_QUOTE = 'The night boat has carried empty seats for three winters';
const LIBRARY = `Village library to open on Sundays
Source: Hill Weekly
2025-06-12

"Every child in the valley should have a quiet place to read on Sundays," librarian Kadri Mets told the weekly.
Parish elder Urmas Lepp welcomed the plan.
`;
const LIBRARY_QUOTE = 'Every child in the valley should have a quiet place to read on Sundays';

const postgres = postgresAvailability();

for (const engine of ['SQLite', 'PostgreSQL'] as const)
  describe.skipIf(engine === 'PostgreSQL' && !postgres.ok && !postgresRequired)(`on ${engine}`, () => {
    const env: Record<string, string> = {};
    if (engine === 'PostgreSQL') {
      let server: TestPostgres | undefined;
      beforeAll(async () => {
        server = await startTestPostgres();
        env.DATABASE_URL = await server.createDatabase();
      }, 60_000);
      afterAll(async () => {
        await server?.stop();
      });
    }
    const h = useHarness(env);

    const correctSpeaker = async (quote: string, speaker: string): Promise<number> => {
      const made = visibleText(
        await h.emu
          .slashCommand({
            name: 'correct',
            options: [{ name: 'speaker', type: 1, options: [opt('quote', quote), opt('speaker', speaker)] }],
            ...AS_MODERATOR,
          })
          .final(),
      );
      const id = Number(/Correction #(\d+) is in force/.exec(made)?.[1]);
      expect(id, made).toBeGreaterThan(0);
      return id;
    };
    const listCorrections = async (): Promise<string> =>
      visibleText(
        await h.emu.slashCommand({ name: 'correct', options: [{ name: 'list', type: 1, options: [] }], ...AS_MODERATOR }).final(),
      );
    /** The listing's line of correction `id` (up to the next line's bullet). */
    const lineOf = (list: string, id: number): string => new RegExp(`#${id} [^•]*`).exec(list)?.[0] ?? '';

    describe('/correct list', () => {
      it('says which corrections apply now: in force, words no longer in the corpus, article removed', async () => {
        await reloadWith(h, { 'standing-ferry.txt': FERRY, 'standing-library.txt': LIBRARY });
        const ferry = await correctSpeaker(FERRY_QUOTE, 'Olev Pihl');
        const library = await correctSpeaker(LIBRARY_QUOTE, 'Urmas Lepp');
        let list = await listCorrections();
        expect(list).toContain('2 corrections in force');
        expect(lineOf(list, ferry)).toContain('— in force —');
        expect(lineOf(list, library)).toContain('— in force —');

        // the outlet changed the quotation's words: the correction is still stored, and changes nothing now
        await reloadWith(h, { 'standing-ferry.txt': FERRY.replace('three winters', 'four long winters') });
        // the library article is taken out of the corpus
        await unlink(path.join(h.corpusDir, 'standing-library.txt'));
        const reloaded = visibleText(await h.emu.slashCommand({ name: 'reload', ...AS_MODERATOR }).final(30_000));
        // the moderator who reloaded is told the library correction applies to nothing now, and why
        expect(reloaded).toContain('A correction of this server applies to nothing in the new corpus');
        expect(reloaded).toMatch(new RegExp(`#${library} [^•]*article removed`));

        list = await listCorrections();
        expect(list).not.toContain('2 corrections in force');
        expect(list).toContain('2 corrections not undone, none in force');
        expect(lineOf(list, ferry)).toContain('applies to nothing now: the words are no longer in the corpus');
        expect(lineOf(list, ferry)).not.toContain('in force');
        expect(lineOf(list, library)).toContain('article removed');
        expect(lineOf(list, library)).not.toContain('in force');

        // the words come back: in force again
        await reloadWith(h, { 'standing-ferry.txt': FERRY });
        list = await listCorrections();
        expect(lineOf(list, ferry)).toContain('— in force —');
        expect(list).toContain('2 corrections not undone, 1 in force');
        checkSentPayloads(h.emu);
      }, 180_000);
    });

    describe('/reports list', () => {
      it('links each report to the answer reported (a jump URL of ids), and nothing else becomes a link', async () => {
        const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', FERRY_QUOTE)], user: MEMBER, ...WHERE }).final();
        await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...WHERE }).response();
        const sent = visibleText(
          await h.emu
            .submitModal({
              customId: 'qt:report-form',
              // a member's reason trying to make a link of its own, and to ping
              fields: { reason: 'Wrong speaker [click](https://evil.example) @everyone' },
              message: answer,
              user: MEMBER,
              ...WHERE,
            })
            .final(),
        );
        const id = Number(/report #(\d+)/.exec(sent)?.[1]);
        expect(id, sent).toBeGreaterThan(0);
        // a stored report whose message id is no id (the database is outside data): no link is made of it
        const odd = await h.bot.ctx.state.addReport({
          ...WHERE,
          messageId: '1)[x](https://evil.example/',
          reporterId: MEMBER.id,
          reason: 'odd',
          command: 'who-said',
          query: 'odd row',
          corpusVersion: 'abc',
        });
        expect(odd.ok).toBe(true);

        const reply = await h.emu
          .slashCommand({ name: 'reports', options: [{ name: 'list', type: 1, options: [] }], ...AS_MODERATOR })
          .final();
        const raw = JSON.stringify(reply.embeds);
        // the one link: the reported answer's message, as Discord addresses it
        const links = [...raw.matchAll(/\]\((https?:[^)\s"]*)\)/g)].map((m) => m[1]);
        expect(links).toEqual([`https://discord.com/channels/${GUILD}/${CHANNEL}/${answer.id}`]);
        expect(raw).toContain(`[↗ the answer](https://discord.com/channels/${GUILD}/${CHANNEL}/${answer.id})`);
        expect(raw).not.toMatch(/(?<!\\)\[click\]/);
        expect(raw).not.toMatch(/@everyone/);
        checkSentPayloads(h.emu);
      }, 120_000);
    });

    describe('a report sent at once after the answer', () => {
      it('is filed when the answer’s message is not remembered yet, found by the interaction that answered (as buttons are)', async () => {
        const answer = await h.emu.slashCommand({ name: 'who-said', options: [opt('quote', FERRY_QUOTE)], user: MEMBER, ...WHERE }).final();
        await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...WHERE }).response();
        // the record under the message's id is written after the reply is sent: on a busy database it may come later
        const state = h.bot.ctx.state;
        const read = state.getConversation.bind(state);
        const spy = vi
          .spyOn(state, 'getConversation')
          .mockImplementation((key) => (key === answer.id ? Promise.resolve(undefined) : read(key)));
        try {
          const sent = visibleText(
            await h.emu
              .submitModal({
                customId: 'qt:report-form',
                fields: { reason: 'Said by the deputy mayor.' },
                message: answer,
                user: MEMBER,
                ...WHERE,
              })
              .final(),
          );
          expect(sent).toMatch(/report #\d+ is with the moderators/);
        } finally {
          spy.mockRestore();
        }
      }, 120_000);
    });
  });
