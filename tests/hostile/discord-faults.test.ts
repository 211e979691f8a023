/**
 * Discord faults in the local emulator, with the real bot: rate limits, server errors on callbacks and
 * edits, gateway close codes and invalid sessions, and the per-user cooldown.
 * After each fault the bot answers the next command; the token is never written anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN, startHarness, type Harness } from '../bot/harness.js';
import { checkSentPayloads, command, expectTokenNowhere, opt, visibleText } from './helpers.js';

const QUOTE = 'push the relationship between the two militaries to new heights';
const SPEAKER = 'Yevmenov';
const CALLBACK = 'POST /interactions/:id/:token/callback';

let h: Harness;
let users = 0;
/** A fresh member for each question, so the cooldown (on in this file) never refuses one. */
function someone(): { id: string; username: string } {
  users++;
  return { id: `6${String(users).padStart(17, '0')}`, username: `member${users}` };
}

async function answersNext(): Promise<void> {
  const message = await command(h, 'who-said', [opt('quote', QUOTE)], someone()).final(10_000);
  expect(visibleText(message)).toContain(SPEAKER);
}

beforeAll(async () => {
  h = await startHarness({ COOLDOWN_SECONDS: '30' });
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('REST faults', () => {
  it('waits out a 429 with retry_after on the interaction callback, then answers', async () => {
    h.emu.rateLimitNext(CALLBACK, 0.3);
    const handle = command(h, 'who-said', [opt('quote', QUOTE)], someone());
    expect(visibleText(await handle.final(10_000))).toContain(SPEAKER);
    expect(h.emu.requestsTo(CALLBACK).some((r) => r.status === 429)).toBe(true);
    expect(handle.interaction.callbacks).toHaveLength(1);
    await answersNext();
  });

  it('retries a 500 on the interaction callback and on the edit of the deferred reply', async () => {
    h.emu.failNext(CALLBACK, 500);
    h.emu.failNext('PATCH /webhooks/:app/:token/messages/@original', 502);
    const handle = command(h, 'who-said', [opt('quote', QUOTE)], someone());
    expect(visibleText(await handle.final(10_000))).toContain(SPEAKER);
    expect(handle.interaction.callbacks).toHaveLength(1);
    expect(h.emu.requests.filter((r) => r.status >= 500).length).toBeGreaterThanOrEqual(2);
    await answersNext();
  });
});

describe('gateway faults', () => {
  // what discord.js does with each close code: resumable ones resume, the others start a new session
  it.each([
    [4000, 6],
    [4009, 6],
    [1006, 6],
    [4008, 2],
  ])(
    'after close code %i the bot sends op %i and answers the next command',
    async (code, op) => {
      const before = h.emu.gatewayOps.filter((o) => o.op === op).length;
      h.emu.dropGateway(code);
      await h.emu.waitForOp(op, before + 1, 20_000);
      await answersNext();
    },
    30_000,
  );

  it('identifies again after a non-resumable invalid session, and answers', async () => {
    const identifies = h.emu.gatewayOps.filter((o) => o.op === 2).length;
    h.emu.invalidSession(false);
    await h.emu.waitForIdentify(identifies + 1, 15_000);
    await answersNext();
  }, 30_000);

  it('resumes after a resumable invalid session, and answers', async () => {
    const before = h.emu.gatewayOps.filter((o) => o.op === 6 || o.op === 2).length;
    h.emu.invalidSession(true);
    await expect.poll(() => h.emu.gatewayOps.filter((o) => o.op === 6 || o.op === 2).length, { timeout: 15_000 }).toBeGreaterThan(before);
    await answersNext();
  }, 30_000);
});

// The 200-interaction burst runs in process.test.ts against the bot in its own process: here the emulator
// shares the bot's thread, so its own work would count against the bot's 3-second budget.
describe('cooldown', () => {
  it('answers a second heavy command from the same member with a polite cooldown note', async () => {
    const member = someone();
    expect(visibleText(await command(h, 'who-said', [opt('quote', QUOTE)], member).final())).toContain(SPEAKER);
    const again = await command(h, 'who-said', [opt('quote', QUOTE)], member).final();
    expect(again.flags & 64).toBe(64);
    expect(visibleText(again)).toMatch(/Please wait \d+ s before asking \/who-said again/);
    // another heavy command has its own cooldown, and light commands have none
    expect(visibleText(await command(h, 'compare', [opt('topic', QUOTE)], member).final())).toMatch(/DW|RT/);
    expect(visibleText(await command(h, 'quotes', [opt('speaker', SPEAKER)], member).final())).toContain(SPEAKER);
    expect(visibleText(await command(h, 'quotes', [opt('speaker', SPEAKER)], member).final())).toContain(SPEAKER);
    expect(h.logs.some((l) => l.includes('"outcome":"cooldown"'))).toBe(true);
  });

  it('sent only valid payloads that ping nobody and never wrote the token', () => {
    expect(checkSentPayloads(h.emu)).toBeGreaterThan(10);
    expectTokenNowhere(TOKEN, h.logs, h.emu);
  });
});
