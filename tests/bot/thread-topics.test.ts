/**
 * Threads a member opens on a /compare or a /quotes answer, end to end through the local Discord emulator: a
 * question about "it" on a topic or a person with several claims is asked back with the claims numbered, "2" or
 * "the first one" chooses, and the thread stays on the claim chosen. Articles of our own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSentPayloads, visibleText as escapedText } from '../hostile/helpers.js';
import { CHANNEL, MEMBER, reloadWith, TOKEN, useHarness, WHERE as where } from './harness.js';

const ARTICLES: Record<string, string> = {
  'topics-gull.txt': `Lighthouse to go dark for a year
Source: Gull Island Gazette
2026-03-02

"The lighthouse keeps every fishing boat in this sound alive," said Oona Prackett, a sheep farmer on the north shore.

The harbour master, Teodor Villum, said: "The lighthouse lamp will be replaced with a solar beacon before winter."
`,
  'topics-skerry.txt': `Islanders split over lighthouse
Source: Skerry Post
2026-03-03

"The lighthouse keeps every fishing boat in this sound alive," Oona Prackett told the Post.

Prackett added: "Our lambs graze right up to the lighthouse wall and always have."
`,
};

const visibleText = (m: Parameters<typeof escapedText>[0]): string => escapedText(m).replace(/\\\\(.)/g, '$1');
const h = useHarness();

beforeAll(() => reloadWith(h, ARTICLES), 60_000);

/** A thread the member opens on a message themselves (Discord's "Create Thread"), not the bot's button. */
async function memberOpensThread(messageId: string): Promise<void> {
  const res = await fetch(`${h.emu.apiBase}/v10/channels/${CHANNEL}/messages/${messageId}/threads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bot ${TOKEN}` },
    body: JSON.stringify({ name: 'about this' }),
  });
  expect(res.status).toBe(201);
}

const sayIn = (threadId: string) => async (content: string) =>
  visibleText(await h.emu.postMessage({ channelId: threadId, content, author: MEMBER }).waitForBotMessage());

describe('a thread on a /compare answer', () => {
  it('asks which claim, takes "2" as the choice and stays on it', async () => {
    const answer = await h.emu
      .slashCommand({ name: 'compare', options: [{ name: 'topic', type: 3, value: 'lighthouse' }], user: MEMBER, ...where })
      .final();
    await memberOpensThread(answer.id);
    const say = sayIn(answer.id);
    // had been the best match's verdict, the other claims unsaid
    const asked = await say('who said it?');
    expect(asked).toContain('Which one do you mean?');
    expect(asked).toContain('1. *“The lighthouse keeps every fishing boat in this sound alive”* — Oona Prackett');
    expect(asked).toContain('2. *“The lighthouse lamp will be replaced with a solar beacon before winter.”* — Teodor Villum');
    const chosen = await say('2');
    expect(chosen).toContain('Teodor Villum');
    expect(chosen).not.toContain('You named');
    // later follow-ups are about the claim chosen
    const carriers = await say('which outlets carried it?');
    expect(carriers).toContain('solar beacon');
    expect(carriers).toContain('Gull Island Gazette');
    expect(carriers).not.toContain('Skerry Post');
    // several questions in one message: the first answered, the others named to ask next
    const two = await say('when was it published? and show the context');
    expect(two).toContain('One question at a time: this answers your first. Ask next: “and show the context”.');
    expect(two).toContain('Where and when it was published');
    // claims named by number are still the topic's, not the one chosen
    const compared = await say('compare 1 and 2');
    expect(compared).toContain('fishing boat');
    expect(compared).toContain('solar beacon');
  }, 40_000);
});

describe('a claim of a /compare topic chosen by its speaker', () => {
  it('shows the name the member gave, and the thread keeps it', async () => {
    const answer = await h.emu
      .slashCommand({ name: 'compare', options: [{ name: 'topic', type: 3, value: 'lighthouse' }], user: MEMBER, ...where })
      .final();
    await memberOpensThread(answer.id);
    const say = sayIn(answer.id);
    const chosen = await say('the one by Villum');
    expect(chosen).toContain('Teodor Villum');
    expect(chosen).toContain('You named: Villum');
    // later follow-ups are about that claim
    const carriers = await say('which outlets carried it?');
    expect(carriers).toContain('solar beacon');
    expect(carriers).not.toContain('Skerry Post');
  }, 40_000);
});

describe('a thread on a /quotes answer', () => {
  it('is followed: "what else did they say?", and "the second one — who carried it?"', async () => {
    const answer = await h.emu
      .slashCommand({ name: 'quotes', options: [{ name: 'speaker', type: 3, value: 'Oona Prackett' }], user: MEMBER, ...where })
      .final();
    await memberOpensThread(answer.id);
    const say = sayIn(answer.id);
    // had been no answer at all
    expect(await say('what else did they say?')).toContain('lambs graze');
    // on a person, "help" is about their quotations, and "compare them" compares every one of them
    expect(await say('help')).toContain('Ask about Oona Prackett’s quotations here');
    const compared = await say('compare them');
    expect(compared).toMatch(/Oona Prackett: 2 quotations compared across \d+ documents/);
    expect(await say('which outlets?')).toContain('Oona Prackett is quoted saying 2 things in the corpus. Which one do you mean?');
    const carried = await say('the second one — who carried it?');
    expect(carried).toMatch(/Skerry Post/);
    expect(carried).toMatch(/lambs graze/);
    expect(await say('who is the farmer?')).toContain('Oona Prackett');
  }, 40_000);

  it('every message was a valid payload that pings nobody', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(5);
  });
});
