/**
 * Without the privileged Message Content intent Discord shows the bot only the messages that mention it:
 * those follow-ups are answered, the rest are not seen.
 */
import { expect, it } from 'vitest';
import { APP, CHANNEL, GUILD, MEMBER, useHarness } from './harness.js';

const h = useHarness({ MESSAGE_CONTENT_INTENT: 'false' });

it('answers a thread follow-up that mentions the bot when it may not read message content', async () => {
  const answer = await h.emu
    .slashCommand({
      name: 'who-said',
      options: [{ name: 'quote', type: 3, value: 'strengthen communication at all levels' }],
      user: MEMBER,
      channelId: CHANNEL,
      guildId: GUILD,
    })
    .final();
  await h.emu.clickButton({ message: answer, customId: 'qt:thread', user: MEMBER }).response();
  await expect.poll(() => h.emu.threads.length, { timeout: 5000 }).toBeGreaterThan(0);
  const threadId = String(h.emu.threads.at(-1)!.id);
  // members post once the thread shows what can be asked there (else the first bot message may be that one)
  await expect.poll(() => h.emu.messages(threadId).length, { timeout: 5000 }).toBeGreaterThan(0);
  const unseen = h.emu.postMessage({ channelId: threadId, content: 'when was it published?', author: MEMBER });
  const mentioned = h.emu.postMessage({ channelId: threadId, content: `<@${APP}> when was it published?`, author: MEMBER });
  const reply = await mentioned.waitForBotMessage();
  expect(JSON.stringify(reply.embeds)).toContain('2023-07-03');
  expect(unseen.botMessages().filter((m) => m.message_reference?.message_id === unseen.message.id)).toEqual([]);
  expect((h.emu.intents ?? 0) & (1 << 15)).toBe(0);
}, 30_000);
