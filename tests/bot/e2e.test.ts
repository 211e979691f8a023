/**
 * The bot end to end: the real discord.js client inside the real bot, connected to the local Discord
 * emulator through DISCORD_API_BASE only. Nothing reaches the internet.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import type { MessagePayload } from '../../src/render/payload.js';
import { checkSentPayloads, expectTokenNowhere } from '../hostile/helpers.js';
import { APP, CHANNEL, GUILD, MEMBER, MODERATOR, MOD_PERMISSIONS, TOKEN, type Harness, useHarness } from './harness.js';

const run = promisify(execFile);
const QUOTE = 'continuously push the relationship between the two militaries to new heights';

/** Everything a member reads in a message, with Markdown escapes undone. */
function embedText(message: { embeds: Record<string, unknown>[]; content: string }): string {
  return (message.content + JSON.stringify(message.embeds)).replace(/\\\\(.)/g, '$1');
}

function ask(h: Harness, quote: string, extra: { name: string; type: number; value: string }[] = []) {
  return h.emu.slashCommand({
    name: 'who-said',
    options: [{ name: 'quote', type: 3, value: quote }, ...extra],
    user: MEMBER,
    channelId: CHANNEL,
    guildId: GUILD,
  });
}

const h = useHarness();

describe('quotetrail bot against the local Discord emulator', () => {
  it('registers its commands with deploy-commands through DISCORD_API_BASE', async () => {
    await run(process.execPath, ['--import', 'tsx', 'src/bot/deploy-commands.ts'], {
      env: {
        ...process.env,
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: APP,
        DISCORD_GUILD_ID: GUILD,
        DISCORD_API_BASE: h.emu.apiBase,
        LOG_LEVEL: 'silent',
      },
    });
    expect(
      h.emu
        .commands(GUILD)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['add', 'compare', 'correct', 'help', 'outlets', 'quotes', 'reload', 'remove', 'reports', 'source', 'who-said']);
    const reload = h.emu.commands(GUILD).find((c) => c.name === 'reload') as unknown as { default_member_permissions: string };
    expect(reload.default_member_permissions).toBe(MOD_PERMISSIONS);
  });

  it('answers /who-said with the speaker and every outlet, the payload the CLI prints', async () => {
    const handle = ask(h, QUOTE);
    expect((await handle.response()).type).toBe(5); // deferred at once
    const message = await handle.final();
    const text = embedText(message);
    expect(text).toContain('Nikolai Yevmenov');
    expect(text).toContain('DW');
    expect(text).toContain('000_f83aa7529c895b80.txt');
    const expected: MessagePayload = whoSaidPayload(whoSaid(h.bot.ctx.corpus.current, QUOTE, { speaker: null, outlet: null }));
    expect(message.embeds).toEqual(expected.embeds);
    expect(message.components).toEqual(expected.components);
    expect(handle.timing().firstCallbackMs).toBeLessThan(3000);
  });

  it('says misattributed when the member names the wrong speaker', async () => {
    const message = await ask(h, QUOTE, [{ name: 'speaker', type: 3, value: 'Putin' }]).final();
    expect(embedText(message)).toMatch(/Misattributed/i);
  });

  it('autocompletes speakers from canonical names and variant spellings', async () => {
    const choices = await h.emu
      .autocomplete({
        name: 'who-said',
        options: [
          { name: 'quote', type: 3, value: 'x' },
          { name: 'speaker', type: 3, value: 'evmenov' },
        ],
        focused: 'speaker',
        user: MEMBER,
      })
      .choices();
    expect(choices.map((c) => c.value)).toContain('Nikolai Yevmenov');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('shows the paragraph in context from a button', async () => {
    const answer = await ask(h, QUOTE).final();
    const click = h.emu.clickButton({ message: answer, customId: 'qt:context:0', user: MEMBER });
    const reply = await click.final();
    expect(reply.flags & 64).toBe(64);
    expect(embedText(reply)).toMatch(/Context/);
  });

  it('answers follow-ups in a thread, also after a restart', async () => {
    const answer = await ask(h, QUOTE).final();
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER }).response();
    await expect.poll(() => h.emu.threads.length, { timeout: 5000 }).toBeGreaterThan(0);
    const threadId = String(h.emu.threads.at(-1)!.id);
    // members post once the thread shows what can be asked there (else the first bot message may be that one)
    await expect.poll(() => h.emu.messages(threadId).length, { timeout: 5000 }).toBeGreaterThan(0);
    const first = await h.emu.postMessage({ channelId: threadId, content: 'when was it published?', author: MEMBER }).waitForBotMessage();
    expect(embedText(first)).toContain('2023-07-03');
    await h.restart();
    const afterRestart = await h.emu
      .postMessage({ channelId: threadId, content: 'what did DW say?', author: MEMBER })
      .waitForBotMessage(1, 10_000);
    expect(embedText(afterRestart)).toContain('DW');
    expect(embedText(afterRestart)).toMatch(/verbatim/i);
  }, 30_000);

  it('refuses /reload to a member and reloads for a moderator; the next answer uses the new corpus', async () => {
    const refused = await h.emu.slashCommand({ name: 'reload', user: MEMBER, member: { roles: [], permissions: '0' } }).final();
    expect(refused.flags & 64).toBe(64);
    expect(embedText(refused)).toMatch(/moderator/i);
    await writeFile(
      path.join(h.corpusDir, 'zz_new.txt'),
      'Harbour talks end\n\nThe harbour master Ilse Brandt said the new quay "will open to ferries before the autumn storms arrive".\n',
    );
    const done = await h.emu.slashCommand({ name: 'reload', user: MODERATOR, member: { roles: [], permissions: MOD_PERMISSIONS } }).final();
    expect(embedText(done)).toMatch(/reloaded/i);
    expect(embedText(done)).toContain('zz_new.txt');
    const fresh = await ask(h, 'will open to ferries before the autumn storms').final();
    expect(embedText(fresh)).toContain('Ilse Brandt');
    expect(h.logs.some((l) => l.includes('reload requested') && l.includes(MODERATOR.id))).toBe(true);
  }, 30_000);

  it('refuses a broken corpus and keeps answering from the old one', async () => {
    const files = [
      '000_f83aa7529c895b80.txt',
      '001_bee019fe0c51243f.txt',
      '002_fe98496fdf69faaa.txt',
      '003_efc4b3a9b3049d34.txt',
      '004_58fe8462cd8d2dcd.txt',
      'zz_new.txt',
    ];
    await Promise.all(files.map((f) => rm(path.join(h.corpusDir, f))));
    await writeFile(path.join(h.corpusDir, 'broken.txt'), Buffer.from([0, 1, 2, 0, 255, 254, 0]));
    const refused = await h.emu
      .slashCommand({ name: 'reload', user: MODERATOR, member: { roles: [], permissions: MOD_PERMISSIONS } })
      .final();
    expect(embedText(refused)).toMatch(/refused/i);
    expect(embedText(refused)).toContain('broken.txt');
    expect(embedText(await ask(h, QUOTE).final())).toContain('Nikolai Yevmenov');
  }, 30_000);

  it('resumes after the gateway drops and answers the next command', async () => {
    h.emu.dropGateway(4000);
    await h.emu.waitForResume(1, 10_000);
    expect(embedText(await ask(h, QUOTE).final())).toContain('Nikolai Yevmenov');
  }, 20_000);

  it('sent only valid payloads that ping nobody, and never logged the token', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(5);
    expectTokenNowhere(TOKEN, h.logs, h.emu);
  });
});
