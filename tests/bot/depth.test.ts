/**
 * Corrections and reports end to end: a moderator's /correct changes the next answer and holds over a /reload
 * and a restart, and is undone; a member's report from the answer's button reaches /reports and, resolved, is
 * told to the member by direct message (or in reply to the answer when those are closed); the ClaimReview
 * button attaches the JSON-LD.
 */
import { describe, expect, it } from 'vitest';
import { checkSentPayloads, expectTokenNowhere, visibleText as escapedText } from '../hostile/helpers.js';
import { CHANNEL, GUILD, MEMBER, MODERATOR, MOD_PERMISSIONS, TOKEN, useHarness } from './harness.js';

const QUOTE = 'strengthen communication at all levels';
/** What a member reads, Markdown escapes undone. */
const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const h = useHarness();

const where = { channelId: CHANNEL, guildId: GUILD };
const asModerator = { user: MODERATOR, member: { roles: [], permissions: MOD_PERMISSIONS }, ...where };
const ask = () =>
  h.emu.slashCommand({ name: 'who-said', options: [{ name: 'quote', type: 3, value: QUOTE }], user: MEMBER, ...where }).final();
const listReports = () =>
  h.emu.slashCommand({ name: 'reports', options: [{ name: 'list', type: 1, options: [] }], ...asModerator }).final();
const resolveReport = (id: number, note: string) =>
  h.emu
    .slashCommand({
      name: 'reports',
      options: [
        {
          name: 'resolve',
          type: 1,
          options: [
            { name: 'id', type: 4, value: id },
            { name: 'note', type: 3, value: note },
          ],
        },
      ],
      ...asModerator,
    })
    .final();
const correct = (sub: string, options: { name: string; type: number; value: string | number }[]) =>
  h.emu.slashCommand({ name: 'correct', options: [{ name: sub, type: 1, options }], ...asModerator }).final();

describe('corrections by moderators', () => {
  it('sets a claim’s speaker: the next answer shows it as corrected, also after /reload and a restart; undo takes it back', async () => {
    expect(visibleText(await ask())).toContain('Li Shangfu');
    const done = visibleText(
      await correct('speaker', [
        { name: 'quote', type: 3, value: QUOTE },
        { name: 'speaker', type: 3, value: 'Wei Fenghe' },
      ]),
    );
    expect(done).toMatch(/Correction #1 is in force/);
    const corrected = visibleText(await ask());
    expect(corrected).toContain('Wei Fenghe');
    expect(corrected).toContain(`corrected by ${MODERATOR.username}`);

    await h.emu.slashCommand({ name: 'reload', ...asModerator }).final();
    expect(visibleText(await ask())).toContain('Wei Fenghe');
    await h.restart();
    expect(visibleText(await ask())).toContain('Wei Fenghe');

    expect(visibleText(await correct('list', []))).toContain('#1');
    expect(visibleText(await correct('undo', [{ name: 'id', type: 4, value: 1 }]))).toMatch(/undone/);
    const back = visibleText(await ask());
    expect(back).toContain('Li Shangfu');
    expect(back).not.toContain('corrected by');
  }, 60_000);

  it('refuses /correct to a plain member', async () => {
    const refused = await h.emu
      .slashCommand({
        name: 'correct',
        options: [{ name: 'list', type: 1, options: [] }],
        user: MEMBER,
        member: { roles: [], permissions: '0' },
        ...where,
      })
      .final();
    expect(visibleText(refused)).toMatch(/only moderators/i);
  });
});

describe('reports by members', () => {
  it('takes a report from the answer’s button to /reports, and tells the member when it is resolved', async () => {
    const answer = await ask();
    const click = h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...where });
    expect((await click.response()).type).toBe(9); // the form
    const sent = await h.emu
      .submitModal({
        customId: 'qt:report-form',
        fields: { reason: 'The minister said this, not the ministry.' },
        message: answer,
        user: MEMBER,
        ...where,
      })
      .final();
    expect(sent.flags & 64).toBe(64);
    expect(visibleText(sent)).toMatch(/report #\d+ is with the moderators/);

    const list = visibleText(await listReports());
    expect(list).toContain('The minister said this, not the ministry.');
    expect(list).toContain(QUOTE);
    const id = Number(/#(\d+)/.exec(list)?.[1]);

    const resolved = visibleText(await resolveReport(id, 'Checked against the outlets: the answer stands.'));
    expect(resolved).toMatch(new RegExp(`Report #${id} is resolved`));
    expect(resolved).toMatch(/told by direct message/);
    const dm = h.emu.requestsTo('POST /channels/:channel/messages').map((r) => JSON.stringify(r.body));
    expect(dm.some((b) => b.includes('was resolved') && b.includes('the answer stands'))).toBe(true);
    expect(visibleText(await listReports())).toMatch(/No open report/);
  }, 60_000);

  it('tells the member in reply to the reported answer when their direct messages are closed, pinging them alone', async () => {
    const answer = await ask();
    await h.emu.clickButton({ message: answer, customId: 'qt:report', user: MEMBER, ...where }).response();
    const sent = await h.emu
      .submitModal({ customId: 'qt:report-form', fields: { reason: 'An outlet is missing.' }, message: answer, user: MEMBER, ...where })
      .final();
    expect(visibleText(sent)).toMatch(/report #\d+ is with the moderators/);
    const list = visibleText(await listReports());
    const id = Number(/#(\d+)/.exec(list)?.[1]);
    // closed direct messages: Discord refuses the message to the DM channel (the channel itself may be cached)
    h.emu.failNext('POST /channels/:channel/messages', 403, { code: 50007, message: 'Cannot send messages to this user' });
    const resolved = visibleText(await resolveReport(id, 'Added the missing outlet.'));
    expect(resolved).toMatch(/told in reply to the reported answer/);
    const told = h.emu.messages(CHANNEL).at(-1)!;
    expect(told.content).toBe(`<@${MEMBER.id}>`);
    expect(visibleText(told)).toContain('Added the missing outlet.');
    const body = h.emu.requestsTo('POST /channels/:channel/messages').at(-1)!.body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [], users: [MEMBER.id], replied_user: false });
    expect((body.message_reference as { message_id?: string }).message_id).toBe(answer.id);
  }, 60_000);

  it('attaches the answer as ClaimReview JSON-LD', async () => {
    const answer = await ask();
    const reply = await h.emu.clickButton({ message: answer, customId: 'qt:claimreview', user: MEMBER, ...where }).final();
    expect(reply.flags & 64).toBe(64);
    const upload = h.emu.requests.filter((r) => r.files.length > 0).at(-1);
    expect(upload?.files.length).toBe(1);
  });

  it('sent only valid payloads that ping nobody; the token is nowhere', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(10);
    expectTokenNowhere(TOKEN, h.logs, h.emu);
  });
});
