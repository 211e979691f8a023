/**
 * Hostile input through the real bot and the local emulator (fewer runs than the in-process properties):
 * every option of every command and every thread message, including 6000-character values the Discord
 * client would refuse. Every reply is a valid payload that pings nobody, acknowledged in time, and the bot
 * never answers with an error.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isChatter } from '../../src/answers/follow-up.js';
import { optionText } from '../../src/answers/question-text.js';
import { CHANNEL, GUILD, MEMBER, TOKEN, startHarness, type Harness } from '../bot/harness.js';
import { BLANKS, hostileText, shortHostile } from './arbitraries.js';
import { checkSentPayloads, command, expectTokenNowhere, opt, visibleText } from './helpers.js';

const QUOTE = 'push the relationship between the two militaries to new heights';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

/** A command with hostile values in every one of its string options. */
const invocation = fc.oneof(
  fc
    .record({ quote: hostileText, speaker: shortHostile, outlet: shortHostile })
    .map((o) => ({ name: 'who-said', options: [opt('quote', o.quote), opt('speaker', o.speaker), opt('outlet', o.outlet)] })),
  fc
    .record({ topic: hostileText, a: shortHostile, b: shortHostile })
    .map((o) => ({ name: 'compare', options: [opt('topic', o.topic), opt('outlet_a', o.a), opt('outlet_b', o.b)] })),
  hostileText.map((s) => ({ name: 'quotes', options: [opt('speaker', s)] })),
  hostileText.map((s) => ({ name: 'source', options: [opt('document', s)] })),
);

/** The bot's internal-error reply; never expected for member input. */
const INTERNAL = /Something went wrong/;

describe('hostile options through the bot', () => {
  it('every command answers every value with a valid, timely reply and no internal error', async () => {
    await fc.assert(
      fc.asyncProperty(invocation, async ({ name, options }) => {
        const handle = command(h, name, options);
        const message = await handle.final(10_000);
        expect(visibleText(message)).not.toMatch(INTERNAL);
        expect(message.mention_everyone).toBe(false);
        expect(message.mentions).toEqual([]);
        // acknowledged in Discord's 3 s; the answer itself is bounded at 1 s in answers.test.ts, in process
        const { firstCallbackMs, finalMs } = handle.timing();
        expect(firstCallbackMs!).toBeLessThan(3000);
        expect(finalMs!).toBeLessThan(3000);
      }),
      { numRuns: 20 },
    );
  }, 60_000);

  it('autocomplete answers anything typed with at most 25 valid choices', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('speaker', 'outlet'), async (typed, focused) => {
        const choices = await h.emu
          .autocomplete({ name: 'who-said', options: [opt('quote', 'x'), opt(focused, typed)], focused, user: MEMBER })
          .choices();
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) expect(c.name.length >= 1 && c.name.length <= 100).toBe(true);
      }),
      { numRuns: 10 },
    );
  }, 30_000);

  it.each(BLANKS.slice(0, 5).map((b) => [JSON.stringify(b), b]))(
    'a blank quote %s is answered with what to give',
    async (_label, blank) => {
      const message = await command(h, 'who-said', [opt('quote', blank)]).final();
      expect(visibleText(message)).toMatch(/words you want checked/);
    },
  );
});

describe('hostile thread messages', () => {
  it('every follow-up message gets a valid answer or is ignored, never an error', async () => {
    const answer = await command(h, 'who-said', [opt('quote', QUOTE)]).final();
    await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER }).response();
    await expect.poll(() => h.emu.threads.length, { timeout: 5000 }).toBeGreaterThan(0);
    const threadId = String(h.emu.threads.at(-1)!.id);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('', 'when was it published? ', 'compare DW and RT ', 'who else '),
        hostileText,
        async (prefix, raw) => {
          // the Discord client refuses messages over 2000 characters; a bot sees them no longer
          const content = (prefix + raw).slice(0, 2000);
          const before = h.emu.messages(threadId).length;
          const posted = h.emu.postMessage({ channelId: threadId, content, author: MEMBER });
          const cleaned = content.replace(
            // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters in replies
            /[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u3000\ud800-\udfff]/g,
            '',
          );
          if (!cleaned) return; // nothing left to answer: the bot may stay silent
          // a short message that asks nothing is members talking among themselves: left unanswered
          if (isChatter(h.bot.ctx.corpus.view(GUILD), optionText(1500).parse(content))) return;
          const reply = await posted.waitForBotMessage(1, 10_000);
          expect(visibleText(reply)).not.toMatch(INTERNAL);
          expect(reply.mention_everyone).toBe(false);
          expect(h.emu.messages(threadId).length).toBeGreaterThan(before);
        },
      ),
      { numRuns: 12 },
    );
    expect(h.logs.some((l) => l.includes('follow-up failed'))).toBe(false);
  }, 60_000);

  it('sent only valid payloads that ping nobody, and never wrote the token', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(30);
    expectTokenNowhere(TOKEN, h.logs, h.emu);
    expect(h.logs.some((l) => l.includes('"outcome":"error"'))).toBe(false);
    expect(h.emu.messages(CHANNEL).every((m) => m.allowed_mentions !== undefined)).toBe(true);
  });
});
